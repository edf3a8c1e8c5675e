"""``rescue-ledger audit list`` and ``audit export``: the modification record on the command line."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.cli.main import main
from tests.cli.test_cli import TEAM
from tests.cli.test_cli import members_file


@pytest.fixture
def url(tmp_path, monkeypatch):
    monkeypatch.setenv("RESCUE_LEDGER_DATA_DIR", str(tmp_path / "data"))
    return "sqlite:///" + (tmp_path / "audit.sqlite3").as_posix()


def _team(url, tmp_path) -> None:
    src = members_file(
        tmp_path / "team.xlsx", [*TEAM[:2], ("@SUM(A1)", "队员", "+86 139", "", "", "", "-2人")]
    )
    assert main(["--db", url, "--operator", "王芳", "import", "members", str(src)]) == 0
    changed = members_file(
        tmp_path / "again.xlsx", [("刘建国", "队长", "13911112222", "是", "是", "2020-03-01", "")]
    )
    assert main(["--db", url, "--operator", "李明", "import", "members", str(changed)]) == 0


def test_list_filters_and_reads_in_chinese(url, tmp_path, capsys):
    _team(url, tmp_path)
    capsys.readouterr()
    assert main(["--db", url, "audit", "list", "--table", "队员名册", "--by", "李明"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "（共 1 条）"
    when, who, register, record, action, summary = lines[0].split("\t")
    assert (who, register, action) == ("李明", "队员名册", "修改")
    assert record.startswith("刘建国（#")
    assert summary == "联系电话：13800000001 → 13911112222"
    record_id = record.split("#")[1].rstrip("）")

    assert main(["--db", url, "audit", "list", "--table", "members", "--record", record_id]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[4] for line in out[:-1]] == ["修改", "新增"]
    assert main(["--db", url, "audit", "list", "--table", "members", "--limit", "2"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "（共 4 条，显示最新 2 条）"
    assert main(["--db", url, "audit", "list", "--since", "2999-01-01"]) == 0
    assert "没有符合条件" in capsys.readouterr().out


def test_users_mistakes_are_one_readable_line(url, tmp_path, capsys):
    _team(url, tmp_path)
    capsys.readouterr()
    assert main(["--db", url, "audit", "list", "--table", "花名册"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert (
        len(err) == 1
        and err[0].startswith("错误：没有名为“花名册”的台账（可选：")
        and "队员名册" in err[0]
    )
    assert (
        main(["--db", url, "audit", "list", "--since", "2026-03-02", "--until", "2026-03-01"]) == 2
    )
    assert capsys.readouterr().err.strip() == "错误：结束日期 2026-03-01 早于开始日期 2026-03-02"
    with pytest.raises(SystemExit) as stop:  # argparse: a usage line and the one problem
        main(["--db", url, "audit", "list", "--record", "二"])
    assert stop.value.code == 2
    assert "记录编号应为正整数，例如 12（收到“二”）" in capsys.readouterr().err


def test_export_writes_a_real_workbook_with_text_never_formulas(url, tmp_path, capsys):
    _team(url, tmp_path)
    out = tmp_path / "修改记录.xlsx"
    assert main(["--db", url, "audit", "export", str(out), "--table", "members"]) == 0
    assert "已导出 4 条修改记录" in capsys.readouterr().out
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("时间", "操作人", "台账", "记录", "记录编号", "操作", "字段", "原值", "新值")
    edit = [r for r in rows if r[1] == "李明"]
    assert [r[2:] for r in edit] == [
        ("队员名册", "刘建国", 1, "修改", "联系电话", "13800000001", "13911112222")
    ]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value[:1] in "=+-@"]
    assert {c.value for c in risky} >= {"@SUM(A1)", "-2人", "+86 139"}
    assert all(c.data_type == "s" for c in risky)  # stored as text, never as a formula
    assert (
        main(["--db", url, "audit", "export", str(tmp_path / "none.xlsx"), "--by", "无名氏"]) == 0
    )
    assert len(list(openpyxl.load_workbook(tmp_path / "none.xlsx").active.iter_rows())) == 1
