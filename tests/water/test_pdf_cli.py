"""Water PDFs (text checks) and the print/coverage commands."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from db.drills import DrillBook
from db.drills import SiteData
from db.water import SurveyData
from db.water import WaterBook
from db.water import forms
from desktop.cli.main import main
from tests.water.helpers import DAY
from tests.water.helpers import LAT
from tests.water.helpers import LON
from tests.water.helpers import east
from tests.water.helpers import hydrant
from tests.water.helpers import north
from tests.water.helpers import pool
from tests.water.helpers import river


def flat(data: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def town(database):
    book = WaterBook(database)
    drills = DrillBook(database)
    drills.save_site(SiteData("高楼小学", "学校", village="高楼社区", lon=LON, lat=LAT))
    drills.save_site(SiteData("敬老院", "养老院", village="新街村", lon=east(3000), lat=LAT))
    h = hydrant(book, "XHS-001", lat=north(80))
    hydrant(book, "XHS-002", village="新街村", lon=east(3000), lat=north(400))
    pool(book, "SC-001")
    river(book, "TR-001")
    data = book.new_inspection(h, on=DAY)
    data.inspectors = "刘建国、陈志强"
    next(i for i in data.items if i.text == "静压").value = "0.10"
    book.record_inspection(data)
    return book


def test_hydrant_checklist_blank_and_filled(town, database):
    blank = flat(forms.checklist_pdf(database, hydrant=True))
    assert "市政消火栓检查表" in blank and "静压" in blank and "≥0.14MPa" in blank
    assert (
        "检查人" in blank and "复核人" in blank and "带班领导" in blank and "第1页/共1页" in blank
    )
    filled = flat(forms.checklist_pdf(database, hydrant=True, code="XHS-001"))
    assert "XHS-001" in filled and "0.10" in filled and "不合格" in filled
    assert "刘建国、陈志强" in filled and "2025年6月10日" in filled


def test_pool_checklist(town, database):
    blank = flat(forms.checklist_pdf(database, hydrant=False))
    assert "消防水池/天然水源取水点检查表" in blank
    for text in ("取水口与水面高差", "≤6m", "冬季水温", "拦污格栅", "停车位置"):
        assert text in blank
    prefilled = flat(forms.checklist_pdf(database, hydrant=False, code="TR-001"))
    assert "龙溪河取水点" in prefilled and "枯水期12,1,2月" in prefilled


def test_register_survey_and_coverage_pdfs(town, database):
    register = forms.register_pdf(database)
    text = flat(register)
    assert "消防水源台账" in text and "共4处" in text and "XHS-002" in text
    village = flat(forms.register_pdf(database, "新街村"))
    assert "XHS-002" in village and "XHS-001" not in village
    sid = town.start_survey(SurveyData("夏季普查", DAY, DAY + dt.timedelta(days=10), "刘建国"))
    sheet = flat(forms.survey_sheet_pdf(database, sid))
    assert (
        "消防水源普查现场登记表" in sheet
        and "新街村（1处）" in sheet
        and "高楼社区（2处）" in sheet
        and "龙溪村（1处）" in sheet
    )
    report = flat(forms.survey_summary_pdf(database, sid))
    assert "消防水源普查情况报告" in report and "4/0" in report
    coverage = forms.coverage_pdf(database, on=DAY)
    text = flat(coverage)
    assert "重点场所消防水源覆盖情况" in text and "缺口" in text and "敬老院" in text
    assert pages(coverage) == 2  # the table, then the map
    assert "消防水源分布图" in flat(forms.map_pdf(database, "flow"))


def run(tmp_path, *args):
    return main(["--data-dir", str(tmp_path / "data"), *args])


def test_cli_print_and_coverage(tmp_path, capsys):
    from db.engine import open_database

    database = open_database(data_dir=tmp_path / "data", operator="测试员")
    book = WaterBook(database)
    DrillBook(database).save_site(SiteData("高楼小学", "学校", lon=LON, lat=LAT))
    DrillBook(database).save_site(SiteData("敬老院", "养老院", lon=east(2000), lat=LAT))
    hydrant(book, "XHS-001", lat=north(100))
    hydrant(book, "XHS-002", lon=east(2000), lat=north(200))
    database.dispose()
    for args in (
        ["hydrant-checklist", "--blank"],
        ["hydrant-checklist", "--source", "XHS-001"],
        ["pool-checklist", "--blank"],
        ["water-register"],
        ["coverage"],
    ):
        out = tmp_path / f"{args[0]}.pdf"
        assert run(tmp_path, "print", *args, "-o", str(out)) == 0
        assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert run(tmp_path, "coverage") == 0
    lines = capsys.readouterr().out.splitlines()
    assert sorted(lines) == [
        "敬老院\t缺口\t消火栓XHS-002（XHS-002）\t200米",
        "高楼小学\t覆盖\t消火栓XHS-001（XHS-001）\t100米",
    ]
    assert run(tmp_path, "coverage", "--radius", "250") == 0
    assert "缺口" not in capsys.readouterr().out
    assert (
        run(
            tmp_path,
            "print",
            "pool-checklist",
            "--source",
            "XHS-001",
            "-o",
            str(tmp_path / "x.pdf"),
        )
        == 2
    )
    assert "请打印 hydrant-checklist" in capsys.readouterr().err
    assert (
        run(
            tmp_path,
            "print",
            "hydrant-checklist",
            "--source",
            "NOPE",
            "-o",
            str(tmp_path / "y.pdf"),
        )
        != 0
    )
    assert not (tmp_path / "y.pdf").exists()


def test_due_command_lists_water_items(tmp_path, capsys):
    from db.engine import open_database

    database = open_database(data_dir=tmp_path / "data", operator="测试员")
    DrillBook(database).save_site(SiteData("敬老院", "养老院", lon=LON, lat=LAT))
    database.dispose()
    assert run(tmp_path, "due") == 0
    assert "150 米内无可用消防水源" in capsys.readouterr().out
