"""Checklist lines start unanswered in the window's forms: a check is saved only with every
line answered, 未检 for an item the inspector did not check, and the printed forms say 未检."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from db.errors import ValidationError
from db.fleet import VEHICLE
from db.fleet import Fleet
from db.fleet import VehicleData
from db.fleet.forms import vehicle_check_pdf
from db.water import WaterBook
from db.water import forms
from tests.water.helpers import DAY
from tests.water.helpers import hydrant

TODAY = dt.date(2025, 6, 10)


def text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join("".join((p.extract_text() or "").split()) for p in pdf.pages)


def test_a_vehicle_check_needs_every_line_answered_and_prints_not_checked(database):
    fleet = Fleet(database)
    vid = fleet.save_vehicle(VehicleData("渝A·12345", "水罐消防车", 5000, status="执勤"))
    check = fleet.new_check(VEHICLE, vid, on=TODAY, unanswered=True)
    assert check.results and {r.outcome for r in check.results} == {""}
    check.inspector = "张三"
    check.results[0].outcome = "合格"
    with pytest.raises(ValidationError) as refused:
        fleet.record_check(check)
    assert list(refused.value.problems) == ["results.1"]  # one sentence, the first one focused
    left = len(check.results) - 1
    assert f"还有 {left} 项没有填写结果：“{check.results[1].text}”" in str(refused.value)
    assert "没有检查的项请选“未检”" in str(refused.value)
    assert fleet.checks(VEHICLE, vid) == []

    pump = next(r for r in check.results if r.text.startswith("水泵运转"))
    for r in check.results[1:]:
        r.outcome = "未检" if r is pump else "合格"
    outcome = fleet.record_check(check)
    assert outcome.passed  # an item not checked is no failure
    [saved] = fleet.checks(VEHICLE, vid)
    assert [r.outcome for r in saved.results if r.text == pump.text] == ["未检"]
    printed = text(vehicle_check_pdf(database, "渝A·12345"))
    assert "未检" in printed


def test_a_water_inspection_needs_every_line_answered_and_prints_not_checked(database):
    book = WaterBook(database)
    sid = hydrant(book, "XHS-001")
    data = book.new_inspection(sid, on=DAY, inspectors="李四", unanswered=True)
    assert {it.outcome for it in data.items} == {""}
    problems = book.validate_inspection(data)
    assert list(problems) == ["items.0"]
    assert f"还有 {len(data.items)} 项没有填写结果" in problems["items.0"]
    assert "没有检查的项请选“未检”" in problems["items.0"]
    for it in data.items:
        it.outcome = "合格"
    skipped = next(it for it in data.items if it.kind == "value")
    skipped.outcome = "未检"  # no gauge that day: the limit is not applied to a blank reading
    outcome = book.record_inspection(data)
    assert outcome.result == "合格"
    [saved] = book.inspections(sid)
    assert "未检" in [it.outcome for it in book.inspection(saved.id).items]
    printed = text(forms.checklist_pdf(database, True, "XHS-001"))
    assert f"{skipped.text}" in printed and "未检" in printed


def test_facade_checks_start_answered_for_callers_that_fill_them(database):
    """The command line and imports fill a check themselves: their lines start 合格."""
    fleet = Fleet(database)
    vid = fleet.save_vehicle(VehicleData("渝A·54321", "水罐消防车", 5000))
    assert {r.outcome for r in fleet.new_check(VEHICLE, vid, on=TODAY).results} == {"合格"}
