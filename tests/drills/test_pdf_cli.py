"""Drill and plan PDFs (text checks, the pack's photo page) and the command line."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from db.drills import DrillBook
from db.drills import FindingData
from db.drills import forms
from db.drills.choices import EVALUATION_ITEMS
from db.engine import open_database
from desktop.cli.main import main

from .helpers import NAMES
from .helpers import TODAY
from .helpers import drill
from .helpers import plan
from .helpers import school
from .helpers import team


def text_of(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(pages: list[str]) -> str:
    return "".join("".join(p.split()) for p in pages)


@pytest.fixture
def recorded(database, tmp_path):
    """A drill run, scored, with a finding and a photo."""
    ids = team(database)
    book = DrillBook(database)
    sid = school(book)
    pid = plan(book, [sid])
    did = drill(book, plan_id=pid, site_id=sid)
    book.set_attendance(
        did,
        book.drill(did).version,
        {ids[0]: "出席", ids[1]: "迟到", ids[2]: "缺席", ids[3]: "出席"},
    )
    at = dt.datetime.combine(TODAY - dt.timedelta(days=30), dt.time(9, 45))
    book.add_event(did, at, "救援队到场铺设水带")
    book.score(
        did,
        book.drill(did).version,
        [(i, "合格", None, "按方案实施") for i in EVALUATION_ITEMS],
        "基本合格",
        "王海波、主任",
        TODAY,
    )
    book.save_finding(
        FindingData(did, "水带接口漏水", "更换接口", "李德华", TODAY, triggers_revision=True)
    )
    photo = tmp_path / "scene.jpg"
    Image.new("RGB", (640, 480), (200, 60, 40)).save(photo)
    book.add_drill_photo(did, photo, "队员铺设水带")
    return book, did, pid


def test_signin_lists_every_member_and_attendance(recorded):
    book, did, _ = recorded
    blank = flat(text_of(forms.signin_pdf(book, None)))
    assert "演练签到表" in blank and all(name in blank for name in NAMES)
    assert "签名" in blank and "缺席" not in blank
    filled = flat(text_of(forms.signin_pdf(book, did)))
    assert "小学疏散演练" in filled and "迟到" in filled and "缺席" in filled
    assert "出席2人；迟到1人；缺席1人" in filled


def test_record_shows_what_happened(recorded):
    book, did, _ = recorded
    filled = flat(text_of(forms.record_pdf(book, did)))
    for expected in """
        演练记录表 小学疏散演练 小学操场 高楼小学 小学火灾现场处置方案 教学楼起火
        检验疏散 09:45 救援队到场铺设水带 缺席：王海波 迟到：陈志强
    """.split():
        assert expected in filled, expected
    blank = flat(text_of(forms.record_pdf(book, None)))
    assert "演练经过" in blank and "熟悉演练" in blank  # the kinds as boxes


def test_evaluation_has_the_six_items_findings_and_evaluators(recorded):
    book, did, _ = recorded
    for drill_id in (None, did):
        page = flat(text_of(forms.evaluation_pdf(book, drill_id)))
        assert "应急演练评估表" in page
        assert all("".join(item.split()) in page for item in EVALUATION_ITEMS)
        assert "合格" in page and "基本合格" in page and "不合格" in page
        assert "是否需要修订预案" in page and "评估人" in page
    filled = flat(text_of(forms.evaluation_pdf(book, did)))
    assert "水带接口漏水" in filled and "李德华" in filled and "王海波" in filled
    assert f"{TODAY.year}年{TODAY.month}月{TODAY.day}日" in filled


def test_pack_has_record_signin_evaluation_and_photo_page(recorded):
    book, did, _ = recorded
    data = forms.pack_pdf(book, did)
    pages = text_of(data)
    assert len(pages) == 5
    assert "目录" in flat(pages[:1])
    assert "演练记录表" in flat(pages[1:2]) and "演练签到表" in flat(pages[2:3])
    assert "应急演练评估表" in flat(pages[3:4])
    assert "图1队员铺设水带" in flat(pages[4:5])
    photo_page = PdfReader(io.BytesIO(data)).pages[4]
    assert len(photo_page.images) == 1
    assert all(f"第{i}页/共5页" in flat([p]) for i, p in enumerate(pages, start=1))


def test_plan_summary_shows_cover_and_versions(recorded):
    book, _, pid = recorded
    book.revise(
        pid,
        "演练或实际应对中发现重大问题",
        "水带接口问题",
        "镇长",
        TODAY,
        version=book.plan(pid).version,
    )
    page = flat(text_of(forms.plan_pdf(book, pid)))
    for expected in """
        应急预案 XC-01 高楼小学 现场处置方案 已发布 陈志强
        2024年3月1日 第2版 初次编制 演练或实际应对中发现重大问题 镇长
    """.split():
        assert expected in page, expected


# ----- command line ----------------------------------------------------------------------------


@pytest.fixture
def url(tmp_path, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.setenv("RESCUE_LEDGER_DATA_DIR", str(tmp_path / "data"))
    return "sqlite:///" + (tmp_path / "ledger.sqlite3").as_posix()


@pytest.fixture
def filled_url(url, tmp_path):
    database = open_database(url, tmp_path / "data")
    team(database)
    book = DrillBook(database)
    pid = plan(book, [school(book)], issued=dt.date(2020, 1, 1))
    did = drill(book, plan_id=pid, name="小学疏散演练")
    drill(book, name="小学消防演练")
    book.set_attendance(did, book.drill(did).version)
    database.dispose()
    return url


@pytest.mark.parametrize("form", ["drill-signin", "drill-record", "drill-evaluation", "drill-pack"])
def test_cli_prints_drill_forms(filled_url, tmp_path, form, capsys):
    out = tmp_path / f"{form}.pdf"
    assert main(["--db", filled_url, "print", form, "--drill", "小学疏散演练", "-o", str(out)]) == 0
    assert "小学疏散演练" in flat(text_of(out.read_bytes()))
    if form != "drill-pack":
        blank = tmp_path / "blank.pdf"
        assert main(["--db", filled_url, "print", form, "--blank", "-o", str(blank)]) == 0
        assert "刘建国" in flat(text_of(blank.read_bytes())) or form != "drill-signin"


def test_cli_plan_summary_by_number(filled_url, tmp_path):
    out = tmp_path / "plan.pdf"
    assert main(["--db", filled_url, "print", "plan-summary", "--plan", "1", "-o", str(out)]) == 0
    assert "小学火灾现场处置方案" in flat(text_of(out.read_bytes()))


def test_cli_plan_summary_by_code(filled_url, tmp_path, capsys):
    database = open_database(filled_url, tmp_path / "data")
    plan(DrillBook(database), name="小学防汛应急预案", code="GLZ-ZX-2024-01")
    database.dispose()
    out = tmp_path / "plan.pdf"
    args = ["--db", filled_url, "print", "plan-summary", "-o", str(out), "--plan"]
    assert main([*args, "GLZ-ZX-2024-01"]) == 0
    assert "小学防汛应急预案" in flat(text_of(out.read_bytes()))
    assert main([*args, "xc-01"]) == 0  # codes match whatever the case
    assert "小学火灾现场处置方案" in flat(text_of(out.read_bytes()))
    assert main([*args, "GLZ-ZX-2099-09"]) == 2
    assert "找不到预案“GLZ-ZX-2099-09”" in capsys.readouterr().err


def test_cli_unknown_or_ambiguous_drill_is_bad_input(filled_url, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert (
        main(["--db", filled_url, "print", "drill-record", "--drill", "没有这次", "-o", str(out)])
        == 2
    )
    assert "找不到演练“没有这次”" in capsys.readouterr().err
    assert (
        main(["--db", filled_url, "print", "drill-record", "--drill", "小学", "-o", str(out)]) == 2
    )
    err = capsys.readouterr().err
    assert "小学疏散演练" in err and "小学消防演练" in err
    assert not out.exists()
    with pytest.raises(SystemExit) as exc:  # neither --drill nor --blank
        main(["--db", filled_url, "print", "drill-signin", "-o", str(out)])
    assert exc.value.code == 2


def test_cli_due_lists_one_line_per_item(filled_url, capsys):
    assert main(["--db", filled_url, "due"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert any("已逾期" in line and "预案评估" in line for line in lines), lines
    assert all(len(line.split("\t")) == 5 for line in lines)
    assert main(["--db", filled_url, "due", "--within", "5000"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) >= len(lines)
    with pytest.raises(SystemExit):
        main(["--db", filled_url, "due", "--within", "-1"])


def test_signin_counts_the_unrecorded_and_leaves_time_and_signature_to_the_pen(recorded):
    import pdfplumber

    book, did, _ = recorded
    data = forms.signin_pdf(book, did)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        table = next(t for t in pdf.pages[0].extract_tables() if t and t[0][0] == "序号")
        text = "".join((pdf.pages[0].extract_text() or "").split())
    head = table[0]
    rows = {r[1]: r for r in table[1:] if r[1]}
    time_col, sign_col, status_col = (head.index(h) for h in ("签到时间", "签名", "出勤情况"))
    assert set(rows) == set(NAMES)
    assert rows["李德华"][status_col] == "未登记"  # on the list, no status recorded
    assert rows["王海波"][status_col] == "缺席" and rows["王海波"][time_col] == "—"
    for name in ("刘建国", "陈志强", "李德华"):
        assert "".join(rows[name][time_col].split()) == "时分"  # a blank time for the pen
    assert all(not r[sign_col] for r in table[1:])  # signatures are the pen's
    assert "应到5人，出席2人；迟到1人；缺席1人；未登记1人。" in text
    record = flat(text_of(forms.record_pdf(book, did)))
    assert "应到5人，出席2人，迟到1人，缺席1人，未登记1人" in record
