"""The campaign report and the month's bulletin: figures checked against records made here,
on paper (pdfplumber) and in the workbook (openpyxl), and from the command line."""

from __future__ import annotations

import datetime as dt
import shutil

import openpyxl
import pdfplumber
import pytest

from db import report
from db.drills import DrillBook
from db.drills import DrillData
from db.drills import FindingData
from db.duty import CallData
from db.duty import HandoverData
from db.duty import Ledger
from db.duty import MemberData
from db.duty import PeriodData
from db.engine import open_database
from db.errors import ValidationError
from db.fleet import VEHICLE
from db.fleet import Fleet
from db.fleet import VehicleData
from db.report.forms import report_pdf
from db.report.xlsx import write_report
from db.supplies import MoveData
from db.supplies import Supplies
from db.supplies import SupplyData
from db.water import WaterBook
from desktop.cli.main import main
from tests.water.helpers import hydrant

START, END = dt.date(2024, 11, 1), dt.date(2025, 3, 31)
NAMES = ("刘建国", "陈志强", "王海波", "张明亮", "李德华")


def _drill(book: DrillBook, name: str, kind: str, on: dt.date, statuses: dict[int, str]) -> int:
    at = dt.datetime.combine(on, dt.time(9, 30))
    did = book.save_drill(DrillData(name, kind, at, "操场", organiser="刘建国"))
    book.set_attendance(did, book.drill(did).version, statuses)
    return did


@pytest.fixture(scope="module")
def campaign_folder(tmp_path_factory):
    """A campaign's worth of known records (2024-11 → 2025-03), built once for the module."""
    folder = tmp_path_factory.mktemp("campaign") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("RESCUE_LEDGER_DB", raising=False)
        patch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)
        database = open_database(data_dir=folder, operator="测试员")
        try:
            _fill(database)
        finally:
            database.dispose()
    return folder


@pytest.fixture
def records(campaign_folder, monkeypatch):
    """The campaign's records, opened for one test that only reads them."""
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    database = open_database(data_dir=campaign_folder, operator="测试员")
    yield database
    database.dispose()


@pytest.fixture
def own_copy(campaign_folder, tmp_path, monkeypatch):
    """A copy of the campaign's records for a test that adds to them."""
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    folder = tmp_path / "data"
    shutil.copytree(campaign_folder, folder)
    database = open_database(data_dir=folder, operator="测试员")
    yield database
    database.dispose()


def _fill(database) -> None:
    ledger = Ledger(database)
    ids = [ledger.save_member(MemberData(n, "队员", can_lead=i < 2)) for i, n in enumerate(NAMES)]
    ledger.save_period(PeriodData("春节", dt.date(2025, 1, 28), dt.date(2025, 2, 4), 2, 3))
    ledger.save_call(
        CallData(dt.datetime(2024, 12, 3, 10, 0), "石桥村", "王先生", content="报火警")
    )
    ledger.save_call(CallData(dt.datetime(2025, 1, 5, 22, 0), "镇政府", "李主任", content="通知"))
    ledger.save_call(CallData(dt.datetime(2025, 4, 5, 9, 0), "镇政府", "外", content="期外"))
    ledger.save_handover(
        HandoverData(dt.date(2024, 12, 3), handed_by="刘建国", received_by="陈志强")
    )
    book = DrillBook(database)
    all_here = dict.fromkeys(ids, "出席")
    # 3 drills of 2 kinds: 5/5, 4/5 (one 迟到 counts as present, one 缺席), 2/5.
    _drill(book, "疏散演练", "熟悉演练", dt.date(2024, 11, 20), all_here)
    second = {**all_here, ids[3]: "迟到", ids[4]: "缺席"}
    drill_b = _drill(book, "灭火实战", "综合实战演练", dt.date(2024, 12, 10), second)
    third = {**dict.fromkeys(ids, "缺席"), ids[0]: "出席", ids[1]: "出席"}
    _drill(book, "再次熟悉", "熟悉演练", dt.date(2025, 1, 15), third)
    _drill(book, "期外演练", "熟悉演练", dt.date(2025, 5, 1), all_here)  # outside the period
    closed = book.save_finding(
        FindingData(drill_b, "水带接口漏水", owner="王海波", deadline=dt.date(2024, 12, 31))
    )
    book.advance(closed, version=book.finding(closed).version)
    book.advance(closed, dt.date(2024, 12, 20), "已更换", version=book.finding(closed).version)
    book.save_finding(
        FindingData(drill_b, "疏散路线不清", owner="陈志强", deadline=dt.date(2025, 1, 10))
    )
    water = WaterBook(database)
    sid = hydrant(water, "XHS-101", name="新街消火栓")
    data = water.new_inspection(sid, on=dt.date(2024, 12, 5), inspectors="刘建国")
    next(i for i in data.items if i.text == "静压").value = "0.10"
    failed = water.record_inspection(data)
    assert failed.repair_id is not None
    water.close_repair(
        failed.repair_id,
        "更换阀门",
        dt.date(2025, 1, 8),
        version=water.repair(failed.repair_id).version,
    )
    water.record_inspection(water.new_inspection(sid, on=dt.date(2025, 1, 9), inspectors="刘建国"))
    other = hydrant(water, "XHS-102", name="老街消火栓")
    data = water.new_inspection(other, on=dt.date(2025, 2, 12), inspectors="陈志强")
    next(i for i in data.items if i.text == "静压").value = "0.05"
    water.record_inspection(data)  # still 故障 at the end
    fleet = Fleet(database)
    vid = fleet.save_vehicle(
        VehicleData("渝A·12345", "水罐消防车", tank_l=3000, pump_lps=30, in_service_on=START)
    )
    check = fleet.new_check(VEHICLE, vid, "例行检查", dt.date(2024, 11, 25))
    check.inspector = "张明亮"
    check.results[0].outcome = "不合格"
    outcome = fleet.record_check(check)
    assert outcome.repair_id is not None
    fleet.resolve_repair(
        outcome.repair_id,
        "已修好",
        resolved_on=dt.date(2024, 11, 28),
        version=fleet.repair(outcome.repair_id).version,
    )
    stock = Supplies(database)
    short = stock.save_supply(SupplyData("灭火器", "器材", "具", "仓库", quota=20))
    stock.move(MoveData(short, "入库", 5, dt.date(2024, 11, 2)))


def test_campaign_figures_match_the_records(records):
    found = report.gather(records, START, END)
    assert found.title == "2024—2025年度今冬明春火灾防控工作总结"
    duty = found.section("duty").figures
    assert duty["统计天数"] == 151 and duty["值班来电"] == 2 and duty["交接班记录"] == 1
    assert duty["提升战备天数"] == 8 and duty["战备时段"] == 1
    drills = found.section("drills")
    assert drills.figures["演练次数"] == 3
    assert (drills.figures["应参演人次"], drills.figures["实参演人次"]) == (15, 11)
    assert drills.figures["参演率"] == 73.3
    by_kind = {row[0]: row[1:] for row in drills.listing("按演练类型").rows}
    assert by_kind["熟悉演练"] == ["2", "10", "7", "70.0%"]
    assert by_kind["综合实战演练"] == ["1", "5", "4", "80.0%"]
    assert (drills.figures["发现问题"], drills.figures["完成整改"]) == (2, 1)
    assert drills.figures["逾期未整改"] == 1
    water = found.section("water").figures
    assert (water["检查次数"], water["检查水源"], water["检查不合格"]) == (3, 2, 2)
    assert (water["新报修"], water["已修复"], water["仍不可用"]) == (2, 1, 1)
    assert found.section("water").listing("仍不可用的水源").rows[0][:2] == ["XHS-102", "老街消火栓"]
    fleet = found.section("fleet").figures
    assert (fleet["车辆检查"], fleet["检查不合格"], fleet["新开维修单"], fleet["已修复"]) == (
        1,
        1,
        1,
        1,
    )
    assert found.section("supplies").figures["低于储备定额"] == 1
    months = {(m.year, m.month): m.values for m in found.months}
    assert list(months) == [(2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3)]
    assert months[(2024, 11)]["参演率"] == 100.0 and months[(2024, 12)]["参演率"] == 80.0
    assert months[(2025, 1)]["参演率"] == 40.0 and months[(2025, 2)]["参演率"] is None
    assert months[(2024, 12)]["水源不合格"] == 1 and months[(2025, 1)]["水源修复"] == 1
    assert months[(2025, 1)]["战备天数"] == 4 and months[(2025, 2)]["战备天数"] == 4
    assert months[(2024, 12)]["问题整改"] == 1 and months[(2024, 12)]["新发现问题"] == 2


def test_a_month_and_a_running_period(records):
    dec = report.gather(records, *report.month_period(2024, 12), bulletin=True)
    assert dec.title == "2024年12月应急救援工作通报"
    assert dec.section("drills").figures["演练次数"] == 1
    assert dec.section("water").figures["检查不合格"] == 1
    assert dec.section("water").figures["已修复"] == 0  # repaired in January
    running = report.gather(records, START, END, today=dt.date(2024, 12, 31))
    assert running.as_of == dt.date(2024, 12, 31) and len(running.months) == 2
    assert running.section("drills").figures["演练次数"] == 2
    assert "统计至2024年12月31日" in running.period_text


def test_default_period_is_the_current_or_last_campaign():
    assert report.campaign_period(dt.date(2025, 1, 10)) == (START, END)
    assert report.campaign_period(dt.date(2024, 11, 1)) == (START, END)
    assert report.campaign_period(dt.date(2025, 7, 1)) == (START, END)
    assert report.campaign_period(dt.date(2025, 11, 2))[0] == dt.date(2025, 11, 1)


def test_a_period_ending_before_it_starts_is_refused():
    with pytest.raises(ValidationError) as err:
        report.check_period(END, START)
    assert "结束日期不能早于开始日期" in str(err.value)


def _text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_report_on_paper_and_in_the_workbook(records, tmp_path):
    found = report.gather(records, START, END)
    out = tmp_path / "report.pdf"
    out.write_bytes(report_pdf(records, found).data)
    text = _text(out)
    for words in (
        "今冬明春火灾防控工作总结",
        "参演率 73.3%",
        "逐月情况",
        "老街消火栓",
        "水带接口漏水",
    ):
        assert words in text, words
    assert "填报人" in text and "审核人" in text and "校验码" in text
    xlsx = tmp_path / "report.xlsx"
    write_report(found, xlsx)
    wb = openpyxl.load_workbook(xlsx)
    months = list(wb["逐月情况"].iter_rows(values_only=True))
    assert months[0][:7] == ("月份", "值班天数", "战备天数", "来电", "交接班", "演练", "参演率")
    assert months[2][0] == "2024年12月" and months[2][5] == 1 and months[2][6] == pytest.approx(0.8)
    drills = {row[0]: row[1] for row in wb["演练与整改"].iter_rows(values_only=True) if row[0]}
    assert drills["演练次数"] == 3 and drills["参演率"] == pytest.approx(0.733)


def test_bulletin_is_one_page_however_many_problems(own_copy, tmp_path):
    records = own_copy
    water = WaterBook(records)
    for n in range(30):
        sid = hydrant(water, f"XHS-2{n:02d}")
        data = water.new_inspection(sid, on=dt.date(2025, 2, 3), inspectors="刘建国")
        next(i for i in data.items if i.text == "静压").value = "0.05"
        water.record_inspection(data)
    found = report.gather(records, *report.month_period(2025, 2), bulletin=True)
    rendered = report_pdf(records, found)
    assert rendered.pages == 1
    out = tmp_path / "bulletin.pdf"
    out.write_bytes(rendered.data)
    text = _text(out)
    assert "2025年2月应急救援工作通报" in text and "下步工作要求" in text
    assert "检查不合格 31次" in text and "详见当月工作总结" in text


def test_the_command_line(campaign_folder, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    folder = str(campaign_folder)
    pdf, xlsx = tmp_path / "c.pdf", tmp_path / "c.xlsx"
    period = ["--from", "2024-11-01", "--to", "2025-03-31"]
    assert main(["--data-dir", folder, "print", "campaign-report", *period, "-o", str(pdf)]) == 0
    assert "参演率 73.3%" in _text(pdf)
    assert main(["--data-dir", folder, "export", "campaign-report", str(xlsx), *period]) == 0
    assert "演练与整改" in openpyxl.load_workbook(xlsx).sheetnames
    bulletin = tmp_path / "b.pdf"
    assert (
        main(["--data-dir", folder, "print", "bulletin", "--month", "2024-12", "-o", str(bulletin)])
        == 0
    )
    assert "2024年12月应急救援工作通报" in _text(bulletin)
    capsys.readouterr()
    bad = ["--from", "2025-03-31", "--to", "2024-11-01", "-o", str(tmp_path / "x.pdf")]
    assert main(["--data-dir", folder, "print", "campaign-report", *bad]) == 2
    assert capsys.readouterr().err.strip() == "错误：结束日期不能早于开始日期"
    assert not (tmp_path / "x.pdf").exists()


def test_a_long_list_prints_its_first_rows_and_counts_the_rest(records, tmp_path, monkeypatch):
    from db.report import forms

    monkeypatch.setattr(forms, "PAPER_ROWS", 1)
    found = report.gather(records, START, END)
    out = tmp_path / "short.pdf"
    out.write_bytes(report_pdf(records, found).data)
    text = _text(out)
    assert "检查不合格（2）" in text and "以上列出前 1 项，另有 1 项见导出的 Excel 工作簿。" in text
    xlsx = tmp_path / "all.xlsx"
    write_report(found, xlsx)
    rows = [r for r in openpyxl.load_workbook(xlsx)["消防水源"].iter_rows(values_only=True)]
    assert sum(1 for r in rows if r[0] in (1, 2) and r[2] in ("XHS-101", "XHS-102")) >= 2
