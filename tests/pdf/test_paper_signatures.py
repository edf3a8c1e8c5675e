"""Signature lines on the plan cover, the water register, the coverage report and the water map:
each role has an empty line for the pen (a name on the record prints as a field above it)."""

from __future__ import annotations

import io

import pdfplumber

from db.drills import DrillBook
from db.drills import forms as drill_forms
from db.water import WaterBook
from db.water import forms as water_forms
from tests.drills.helpers import plan
from tests.drills.helpers import school
from tests.water.helpers import hydrant


def empty_lines(data: bytes, labels: tuple[str, ...]) -> dict[str, bool]:
    """For each label: is there, on some page, a rule to its right with nothing written on it
    (the pen's line)?"""
    out = dict.fromkeys(labels, False)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            rules = [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 1]
            for label in labels:
                for w in (w for w in words if w["text"].startswith(label + "：")):
                    for ln in rules:
                        beside = ln["x0"] >= w["x0"] and ln["x0"] - w["x1"] < 20
                        if not (beside and 0 <= ln["top"] - w["bottom"] < 8):
                            continue
                        written = [
                            c
                            for c in page.chars
                            if ln["x0"] <= c["x0"] <= ln["x1"]
                            and w["top"] - 2 <= c["top"] <= ln["top"]
                        ]
                        out[label] = out[label] or not written
    return out


REPORT = ("填报人", "审核人", "单位负责人")


def test_plan_cover_has_signature_lines_under_the_names(database):
    book = DrillBook(database)
    pid = plan(book, [school(book)])
    data = drill_forms.plan_pdf(book, pid)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "".join("".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "编制人：陈志强" in text and "审核人：主任" in text and "批准人：" in text
    assert empty_lines(data, ("签名",)) == {"签名": True}


def test_water_register_coverage_and_map_have_empty_signature_lines(database):
    book = WaterBook(database)
    hydrant(book, "XHS-001")
    hydrant(book, "XHS-002")
    for data in (
        water_forms.register_pdf(database),
        water_forms.coverage_pdf(database),
    ):
        assert empty_lines(data, REPORT) == dict.fromkeys(REPORT, True)
    the_map = water_forms.map_pdf(database)
    with pdfplumber.open(io.BytesIO(the_map)) as pdf:
        assert len(pdf.pages) == 1  # the map and its signatures share the one page
    assert empty_lines(the_map, REPORT) == dict.fromkeys(REPORT, True)
