"""The equipment inspection sheet: long names and specs stay inside their rows."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber

from db.fleet.forms.sheets import WRITING_ROW
from db.fleet.forms.sheets import EquipmentInspectionSheet
from db.fleet.forms.sheets import InspectionItem
from db.fleet.forms.sheets import build_inspection_pdf
from db.pdf.base import Letterhead

LETTERHEAD = Letterhead("高楼镇", "应急办")
CHECKLIST = [("外观无破损、霉变、老化", "pass", ""), ("耐压试验压力", "value", "MPa")]
LONG_SPEC = "13-65-20 20m 聚氨酯衬里 内扣式接口 KD65 工作压力1.3MPa 爆破压力3.9MPa"


def sheet(items: list[InspectionItem], blank_rows: int = 0) -> EquipmentInspectionSheet:
    return EquipmentInspectionSheet(
        LETTERHEAD, "水带", CHECKLIST, items, printed_on=dt.date(2026, 1, 5), blank_rows=blank_rows
    )


def rules(page: pdfplumber.page.Page, x: float) -> list[float]:
    """The tops of the horizontal rules crossing ``x`` (the row borders there), top down."""
    tops = {
        round(e["top"], 1)
        for e in page.horizontal_edges
        if e["x0"] - 1 <= x <= e["x1"] + 1 and e["width"] > 20
    }
    return sorted(tops)


def row_band(borders: list[float], top: float, bottom: float) -> tuple[float, float] | None:
    """The two consecutive borders that hold ``top``..``bottom``, or None if it crosses one."""
    for upper, lower in zip(borders, borders[1:], strict=False):
        if upper - 0.5 <= top and bottom <= lower + 0.5:
            return upper, lower
    return None


def test_a_long_spec_grows_its_row_and_stays_inside_it():
    name = "65mm有衬里水带"
    items = [
        InspectionItem("SD-001", name, LONG_SPEC, "渝B·F1119", dt.date(2026, 2, 4)),
        InspectionItem("SD-002", "备用件", "甲", "器材库", dt.date(2026, 2, 27)),
    ]
    with pdfplumber.open(io.BytesIO(build_inspection_pdf(sheet(items, blank_rows=3)))) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        head = next(w for w in words if w["text"] == "名称")
        left = max(e["x0"] for e in page.vertical_edges if e["x0"] < head["x0"])
        right = min(e["x0"] for e in page.vertical_edges if e["x0"] > head["x1"])
        after = next(w for w in words if w["text"].startswith("发现问题"))  # the next section
        code = next(w for w in words if w["text"] == "SD-001")
        borders = rules(page, code["x0"])
        band = row_band(borders, code["top"], code["bottom"])
        assert band is not None
        # every glyph of the name and spec, wherever it landed in that column, lies inside
        # SD-001's row: between its borders, not across the next row's
        wanted = set(name + LONG_SPEC) - {" "}
        glyphs = [
            c
            for c in page.chars
            if left <= c["x0"] and c["x1"] <= right and head["bottom"] < c["top"] < after["top"]
            if c["text"] in wanted
        ]
        assert len(glyphs) >= len((name + LONG_SPEC).replace(" ", ""))
        assert len({round(c["top"]) for c in glyphs}) >= 3  # it wrapped onto several lines
        for c in glyphs:
            assert row_band(borders, c["top"], c["bottom"]) == band, c["text"]
        assert band[1] - band[0] > 2 * WRITING_ROW  # the row grew
        # the short row and the blank rows keep the writing height
        short = next(w for w in words if w["text"] == "SD-002")
        upper, lower = row_band(borders, short["top"], short["bottom"]) or (0, 0)
        assert abs((lower - upper) - WRITING_ROW) < 1
        below = [b for b in borders if b >= lower - 0.5]
        assert len(below) >= 4
        for upper, lower in zip(below[:3], below[1:4], strict=True):
            assert lower - upper >= WRITING_ROW - 0.5
