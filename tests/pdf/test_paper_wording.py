"""Printed forms say what was found: a failed line in its failure wording, never its pass wording."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber

from db.fleet import EQUIPMENT
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet.forms.readiness import readiness_pdf
from db.water import SurveyData
from db.water import WaterBook
from db.water import forms
from db.wording import failed_wording
from tests.water.helpers import DAY
from tests.water.helpers import hydrant

TODAY = dt.date(2025, 6, 10)


def text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join("".join((p.extract_text() or "").split()) for p in pdf.pages)


def test_failure_wording_of_check_lines():
    assert failed_wording("启动正常") == "启动异常"
    assert failed_wording("接口完好，密封圈齐全") == "接口有损坏或密封圈不全"
    assert failed_wording("保压3分钟无渗漏", "接口处滴水") == "保压3分钟有渗漏（接口处滴水）"
    assert failed_wording("除锈、注油保养") == "不合格：除锈、注油保养"


def test_readiness_report_prints_the_failure_not_the_pass_wording(database):
    fleet = Fleet(database)
    eid = fleet.save_equipment(
        EquipmentData(
            "JDB-1", "机动泵", "机动泵", manufactured_on=dt.date(2020, 1, 1), status="备用"
        )
    )
    check = fleet.new_check(EQUIPMENT, eid, on=TODAY)
    check.inspector = "张三"
    next(r for r in check.results if r.text == "启动正常").outcome = "不合格"
    fleet.record_check(check)
    printed = text(readiness_pdf(database, TODAY))
    assert "启动异常" in printed
    assert "不合格：启动正常" not in printed


def test_failed_inspection_problem_reads_what_was_found(database):
    book = WaterBook(database)
    h = hydrant(book, "XHS-001")
    data = book.new_inspection(h, on=DAY)
    data.inspectors = "刘建国"
    next(i for i in data.items if i.text == "静压").value = "0.30"
    line = next(i for i in data.items if i.text.startswith("关阀后无渗漏"))
    line.outcome = "不合格"
    book.record_inspection(data)
    printed = text(forms.checklist_pdf(database, hydrant=True, code="XHS-001"))
    assert "发现问题：关阀后有渗漏或放空（地上式排水）异常" in printed
    assert "发现问题：关阀后无渗漏" not in printed


def test_survey_report_totals_agree_with_the_sources_still_out(database):
    book = WaterBook(database)
    hydrant(book, "XHS-001")
    broken = hydrant(book, "XHS-002", status="故障")
    sid = book.start_survey(SurveyData("夏季普查", DAY, DAY + dt.timedelta(days=10), "刘建国"))
    for source in (broken,):
        data = book.new_inspection(source, on=DAY)
        data.inspectors = "刘建国"
        next(i for i in data.items if i.text == "静压").value = "0.30"
        book.record_survey_result(sid, data)
    printed = text(forms.survey_summary_pdf(database, sid))
    assert "故障1" in printed  # the status table
    assert "未发现问题" not in printed
    assert "不可用1处（含原有故障未修复1处）" in printed
    assert "原有故障未修复（本次检查合格）1" in printed and "XHS-002" in printed


def test_vehicle_check_follows_the_vehicle_type(database):
    from db.fleet import VEHICLE
    from db.fleet import VehicleData
    from db.fleet.forms import vehicle_check_pdf

    fleet = Fleet(database)
    vid = fleet.save_vehicle(
        VehicleData("渝B·F3119", "抢险救援车", in_service_on=dt.date(2022, 9, 1), status="备用")
    )
    tanker = fleet.save_vehicle(
        VehicleData("渝A·12345", "水罐消防车", 5000, in_service_on=dt.date(2022, 9, 1))
    )
    check = fleet.new_check(VEHICLE, vid, on=TODAY)
    assert not [r for r in check.results if "水罐" in r.text or "水泵" in r.text]
    check.inspector = "张三"
    next(r for r in check.results if r.text == "发动机启动、运转正常").outcome = "不合格"
    fleet.record_check(check)
    for printed in (
        text(vehicle_check_pdf(database, "渝B·F3119")),
        text(vehicle_check_pdf(database, "渝B·F3119", blank=True)),
    ):
        assert "水罐水位" not in printed and "泡沫罐液位" not in printed
        assert "水泵运转" not in printed and "取力器" not in printed
        assert "下次水泵测试不适用（无水泵）" in printed
    assert "发动机启动、运转异常" in text(vehicle_check_pdf(database, "渝B·F3119"))
    rows = {r.vehicle.id: r for r in fleet.vehicle_rows()}
    assert rows[vid].dues["水泵测试"].due is None
    assert rows[tanker].dues["水泵测试"].due is not None
    tank_form = text(vehicle_check_pdf(database, "渝A·12345", blank=True))
    assert "水罐水位" in tank_form and "水泵运转" in tank_form and "泡沫罐液位" not in tank_form


def test_names_print_as_a_field_and_the_signature_line_stays_empty(database):
    from db.fleet import VEHICLE
    from db.fleet import VehicleData
    from db.fleet.forms import vehicle_check_pdf

    fleet = Fleet(database)
    vid = fleet.save_vehicle(VehicleData("渝A·12345", "水罐消防车", 5000))
    check = fleet.new_check(VEHICLE, vid, on=TODAY)
    check.inspector = "刘建国"
    fleet.record_check(check)
    data = vehicle_check_pdf(database, "渝A·12345")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[-1]
        words = page.extract_words()
        name = next(w for w in words if "刘建国" in w["text"])
        signs = [w for w in words if w["text"].startswith("签名")]
        lines = [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 1]
    assert "检查人：刘建国" in text(data)
    assert signs and min(s["top"] for s in signs) > name["bottom"]  # the pen's line is below
    # no underline runs under the typed name
    assert not [
        ln
        for ln in lines
        if ln["x0"] <= name["x0"] <= ln["x1"] and 0 <= ln["top"] - name["bottom"] < 4
    ]
    blank = text(vehicle_check_pdf(database, "渝A·12345", blank=True))
    assert "签名：" not in blank and "检查人：" in blank


def test_site_circles_stay_inside_the_map_frame():
    from reportlab.graphics.shapes import Circle

    from db.water.forms.map import MapSite
    from db.water.forms.map import MapSource
    from db.water.forms.map import map_drawing
    from tests.water.helpers import LAT
    from tests.water.helpers import LON
    from tests.water.helpers import east
    from tests.water.helpers import north

    sources = [MapSource(LON, LAT, "XHS-001", "市政消火栓", "可用")]
    sites = [MapSite(east(600), north(900), "敬老院", gap=True)]
    d = map_drawing(sources, sites, 400, 300)
    frame_bottom, frame_top = 16.0 + 4, 300.0
    rings = [c for c in d.contents if isinstance(c, Circle) and c.r > 10]
    assert rings
    for c in rings:
        assert c.cx - c.r >= 0 and c.cx + c.r <= 400
        assert c.cy - c.r >= frame_bottom and c.cy + c.r <= frame_top
