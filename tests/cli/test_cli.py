"""The command-line contract: commands, exit status, one line per problem, nothing written."""

from __future__ import annotations

import subprocess
import sys

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func
from sqlalchemy import select

from db.duty.models import DutyDay
from db.duty.models import Member
from db.engine import open_database
from db.shared_models import AuditLog
from desktop.cli.main import main
from tests.xlsx.helpers import ALERT_HEADERS
from tests.xlsx.helpers import MEMBER_HEADERS


@pytest.fixture
def url(tmp_path, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.setenv("RESCUE_LEDGER_DATA_DIR", str(tmp_path / "data"))
    return "sqlite:///" + (tmp_path / "ledger.sqlite3").as_posix()


def counts(url: str) -> tuple[int, int, int]:
    db = open_database(url)
    with db.read() as s:
        result = tuple(
            s.scalar(select(func.count()).select_from(t)) for t in (Member, DutyDay, AuditLog)
        )
    db.dispose()
    return result  # type: ignore[return-value]


def members_file(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "职务", "联系电话", "可任带班领导", "驾驶员", "入队日期", "备注"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


TEAM = [
    ("刘建国", "队长", "13800000001", "是", "是", "2020-03-01", ""),
    ("陈志强", "副队长", "13800000002", "√", "", "2021/5/6", ""),
    ("王海波", "副队长", "13800000003", "Y", "N", "2022.1.9", ""),
] + [(f"队员{i}", "队员", f"1390000000{i}", "否", "", "2023年2月10日", "") for i in range(7)]


def test_import_generate_print(url, tmp_path, capsys):
    src = members_file(tmp_path / "team.xlsx", TEAM)
    assert main(["--db", url, "import", "members", str(src)]) == 0
    assert counts(url)[0] == 10
    assert main(["--db", url, "roster", "generate", "--month", "2026-02"]) == 0
    out = capsys.readouterr().out
    assert "新排 28 天" in out
    pdf = tmp_path / "roster.pdf"
    assert main(["--db", url, "print", "roster", "--month", "2026-02", "-o", str(pdf)]) == 0
    text = PdfReader(pdf).pages[0].extract_text()
    assert "2026年2月" in text and "刘建国" in text and "13800000001" in text
    assert main(["--db", url, "roster", "generate", "--month", "2026-02"]) == 0
    assert "新排 0 天，保留已排 28 天" in capsys.readouterr().out
    blank = tmp_path / "blank.pdf"
    assert main(["--db", url, "print", "handover", "--blank", "-o", str(blank)]) == 0
    assert "交接班" in PdfReader(blank).pages[0].extract_text()
    filled = tmp_path / "day.pdf"
    assert main(["--db", url, "print", "handover", "--date", "2026-02-17", "-o", str(filled)]) == 0
    assert "2026" in PdfReader(filled).pages[0].extract_text()


def test_bad_import_exits_2_with_file_row_column_lines_and_writes_nothing(url, tmp_path, capsys):
    good = members_file(tmp_path / "ok.xlsx", TEAM[:2])
    assert main(["--db", url, "import", "members", str(good)]) == 0
    before = counts(url)
    bad = members_file(
        tmp_path / "bad.xlsx",
        [
            ("张三", "队员", "138", "是", "", "2024-13-45", ""),
            ("", "队员", "abc", "", "", "", ""),
            ("李四", "司令", "13800000000", "", "也许", "", ""),
        ],
    )
    assert main(["--db", url, "import", "members", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert any(line.startswith(f"{bad}:2:入队日期: ") for line in err), err
    assert any(line.startswith(f"{bad}:3:姓名: ") for line in err), err
    assert any(line.startswith(f"{bad}:3:联系电话: ") for line in err), err
    assert any(line.startswith(f"{bad}:4:驾驶员: ") for line in err), err
    assert len(err) == 4
    assert counts(url) == before


def test_not_a_spreadsheet_is_refused(url, tmp_path, capsys):
    fake = tmp_path / "members.xlsx"
    fake.write_bytes(b"%PDF-1.7\n\x00\x01\x02 not a table")
    assert main(["--db", url, "import", "members", str(fake)]) == 2
    assert "xlsx" in capsys.readouterr().err.lower()
    assert counts(url)[0] == 0


def test_unknown_names_in_duty_import(url, tmp_path, capsys):
    assert (
        main(["--db", url, "import", "members", str(members_file(tmp_path / "t.xlsx", TEAM))]) == 0
    )
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["日期", "带班领导", "值班员", "备勤人员", "战备等级"])
    ws.append(["2026-03-01", "刘建国", "队员1、无名氏", "队员2", "常态"])
    wb.save(tmp_path / "duty.xlsx")
    before = counts(url)
    assert main(["--db", url, "import", "duty", str(tmp_path / "duty.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "duty.xlsx:2:值班员:" in err and "无名氏" in err
    assert counts(url) == before


def test_export_and_template(url, tmp_path):
    assert (
        main(["--db", url, "import", "members", str(members_file(tmp_path / "t.xlsx", TEAM))]) == 0
    )
    out = tmp_path / "out.xlsx"
    assert main(["--db", url, "export", "members", str(out)]) == 0
    ws = openpyxl.load_workbook(out).active
    assert [c.value for c in ws[1]] == MEMBER_HEADERS
    assert ws.max_row == 11 and ws.freeze_panes == "A2"
    tpl = tmp_path / "tpl.xlsx"
    assert main(["template", "alert-periods", str(tpl)]) == 0
    ws = openpyxl.load_workbook(tpl).active
    assert [c.value for c in ws[1]] == ALERT_HEADERS
    assert ws.max_row == 1


def test_impossible_roster_exits_2_and_names_days(url, tmp_path, capsys):
    team = [("甲", "队长", "", "是", "", "", "")] + [
        (f"乙{i}", "队员", "", "", "", "", "") for i in range(5)
    ]
    assert (
        main(["--db", url, "import", "members", str(members_file(tmp_path / "t.xlsx", team))]) == 0
    )
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "开始日期", "结束日期", "事由"])
    ws.append(["甲", "2026-04-10", "2026-04-11", "出差"])
    wb.save(tmp_path / "leave.xlsx")
    assert main(["--db", url, "import", "leave", str(tmp_path / "leave.xlsx")]) == 0
    assert main(["--db", url, "roster", "generate", "--month", "2026-04"]) == 2
    err = capsys.readouterr().err
    assert "2026-04-10" in err and "2026-04-11" in err and "带班领导" in err
    assert counts(url)[1] == 0


def test_roster_of_a_past_campaign_month_loads_its_presets(url, tmp_path, capsys):
    team = [("甲", "队长", "", "是", "", "", ""), ("丙", "队长", "", "是", "", "", "")] + [
        (f"乙{i}", "队员", "", "", "", "", "") for i in range(8)
    ]
    assert (
        main(["--db", url, "import", "members", str(members_file(tmp_path / "t.xlsx", team))]) == 0
    )
    capsys.readouterr()
    assert main(["--db", url, "roster", "generate", "--month", "2024-02"]) == 0
    out = capsys.readouterr().out
    assert "已先载入预设" in out and "春节" in out
    assert main(["--db", url, "roster", "generate", "--month", "2024-03"]) == 0
    assert "已先载入预设" not in capsys.readouterr().out


def test_bad_month_is_bad_input(url, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", url, "roster", "generate", "--month", "2026-13"])
    assert exit_.value.code == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_unreachable_server_is_one_sentence_and_debug_adds_the_traceback(tmp_path, capsys):
    bad_url = "postgresql://nobody:wrong@127.0.0.1:1/none"
    assert main(["--db", bad_url, "export", "members", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err == "错误：无法连接数据库服务器，请检查网络连接和服务器是否开启后重试。\n"
    assert main(["--debug", "--db", bad_url, "export", "members", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "OperationalError" in err


def test_an_unexpected_error_is_readable_without_traceback(tmp_path, capsys, monkeypatch):
    from desktop.cli import main as cli_main

    def broken(ledger, args):  # type: ignore[no-untyped-def]
        raise KeyError("internal")

    monkeypatch.setattr(cli_main, "cmd_export", broken)
    url = f"sqlite:///{(tmp_path / 'x.sqlite3').as_posix()}"
    assert main(["--db", url, "export", "members", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "--debug" in err


def test_installed_entry_point_runs(tmp_path):
    env_dir = tmp_path / "data"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.app",
            "--data-dir",
            str(env_dir),
            "template",
            "members",
            str(tmp_path / "m.xlsx"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "m.xlsx").exists() and (env_dir / "rescue-ledger.sqlite3").exists()


@pytest.mark.parametrize(
    "command,message",
    [
        (["coverage", "--radius", "-5"], "保护半径应大于0"),
        (["print", "hydrant-checklist", "--source", "NOPE", "-o", "{tmp}/x.pdf"], "NOPE"),
        (["print", "vehicle-check", "--vehicle", "NOPE", "-o", "{tmp}/x.pdf"], "NOPE"),
        (
            ["export", "members", "{tmp}/plain/x.xlsx"],
            "无法读写文件 {tmp}/plain/x.xlsx",
        ),
    ],
)
def test_bad_input_of_every_kind_exits_2_with_a_readable_line(
    url, tmp_path, capsys, command, message
):
    (tmp_path / "plain").write_text("a file, not a folder", encoding="utf-8")
    command = [c.replace("{tmp}", str(tmp_path)) for c in command]
    assert main(["--db", url, *command]) == 2
    err = capsys.readouterr().err
    assert message.replace("{tmp}", str(tmp_path)) in err
    assert "Traceback" not in err and ".~" not in err
