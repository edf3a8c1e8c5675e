"""The fleet's sheets (A4): the vehicle routine check (blank and filled) and the equipment
inspection sheet per category.

Every sheet is a plain data class filled by :mod:`db.fleet.forms`; nothing here reads the
database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from db.pdf import base as pdf
from db.pdf.marks import Box
from db.pdf.marks import CheckLine
from db.pdf.marks import choice
from db.pdf.marks import outcome_line
from db.pdf.sheet import sheet_form
from db.pdf.sheet import sheet_pdf
from db.pdf.table import numbered_table
from db.pdf.table import pairs_table
from db.validate import NOT_CHECKED


def _num(value: float | None, unit: str = "") -> str:
    return "" if value is None else f"{value:g}{unit}"


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


# --- 消防车辆例行检查表 -------------------------------------------------------------------------
@dataclass
class CheckLineData:
    text: str
    kind: str = "pass"  # pass / value / quantity
    unit: str = ""
    outcome: str | None = None  # None: blank form
    value: str = ""
    expected: int | None = None
    counted: int | None = None
    compartment: str = ""


@dataclass
class VehicleCheckSheet:
    """One vehicle's routine check; ``done_on`` None prints the blank form for the field."""

    letterhead: pdf.Letterhead
    plate: str
    vehicle_type: str = ""
    tank_l: float | None = None
    foam_l: float | None = None
    kind: str = "例行检查"
    done_on: dt.date | None = None
    mileage_km: float | None = None
    items: list[CheckLineData] = field(default_factory=list)
    kit: list[CheckLineData] = field(default_factory=list)
    next_level1: dt.date | None = None
    next_level2: dt.date | None = None
    next_pump: dt.date | None = None
    has_pump: bool = True  # False: no pump line, no pump-test date
    findings: str = ""
    inspector: str = ""
    reviewer: str = ""
    leader: str = ""
    printed_on: dt.date | None = None

    @property
    def is_blank(self) -> bool:
        return self.done_on is None


def build_vehicle_check_pdf(sheet: VehicleCheckSheet) -> bytes:
    """One A4 page where it can be: a long kit list first tightens the rows, then flows on."""
    rendered = pdf.render(_vehicle_check_form(sheet, compact=False))
    if rendered.pages > 1:
        tight = pdf.render(_vehicle_check_form(sheet, compact=True))
        if tight.pages < rendered.pages:
            return tight.data
    return rendered.data


def _vehicle_check_form(sheet: VehicleCheckSheet, compact: bool) -> pdf.Form:
    st = pdf.styles(9 if compact else 10)
    row = 14 if compact else 17
    gap = 1.5 * mm if compact else 3 * mm
    width = pdf.PORTRAIT.width
    kinds = ("例行检查", "出车后检查", "一级保养", "二级保养")
    kind = None if sheet.is_blank else sheet.kind
    info = pairs_table(
        [
            ("车牌号", sheet.plate),
            ("车\u3000\u3000型", sheet.vehicle_type),
            ("检查日期", pdf.cn_date(sheet.done_on)),
            (
                "里\u3000\u3000程",
                para_markup(pdf.blank(_num(sheet.mileage_km) or None, "km", 10), st),
            ),
            ("水罐容量", _num(sheet.tank_l, " L") or "无"),
            ("泡沫容量", _num(sheet.foam_l, " L") or "无"),
        ],
        st,
        width,
    )
    body: list[Flowable] = [
        info,
        Spacer(1, 2 * mm),
        CheckLine(choice("检查类别：", kinds, kind, gap=" "), size=10),
        Spacer(1, 2 * mm),
        pdf.section("一、车辆检查项目", st, width),
        _items_table(sheet, st, width, row),
        Spacer(1, gap),
        pdf.section("二、随车器材清点", st, width),
        _kit_table(sheet, st, width, row),
        Spacer(1, gap),
        pdf.section("三、保养计划", st, width),
        pairs_table(
            [
                ("下次一级保养", pdf.cn_date(sheet.next_level1)),
                ("下次二级保养", pdf.cn_date(sheet.next_level2)),
                (
                    "下次水泵测试",
                    pdf.cn_date(sheet.next_pump) if sheet.has_pump else "不适用（无水泵）",
                ),
                ("", ""),
            ],
            st,
            width,
        ),
        Spacer(1, gap),
        pdf.section("四、发现问题及处理", st, width),
        pdf.text_box(
            sheet.findings, st.body, width, (40 if compact else 56) if sheet.is_blank else 30
        ),
        Spacer(1, 2 * mm),
        pdf.signature_block(
            [
                pdf.Signature("检查人", sheet.inspector),
                pdf.Signature("复核人", sheet.reviewer),
                pdf.Signature("带班领导", sheet.leader),
            ],
            width,
            st.body,
            when_row=False,
        ),
    ]
    return sheet_form(sheet, "消防车辆例行检查表", body, subtitle=f"车牌号：{sheet.plate}")


def _result_cell(line: CheckLineData, st: pdf.Styles, blank_form: bool) -> object:
    if not blank_form and line.outcome == NOT_CHECKED:
        return para_markup(f"<b>{NOT_CHECKED}</b>", st)  # not checked: no box ticked
    if line.kind == "value":
        shown = None if blank_form else (line.value or None)
        return para_markup(pdf.blank(shown, line.unit, 10), st)
    return outcome_line(None if blank_form else line.outcome)


def para_markup(markup: str, st: pdf.Styles) -> Flowable:
    from reportlab.platypus import Paragraph

    return Paragraph(markup, st.cell)


def _items_table(
    sheet: VehicleCheckSheet, st: pdf.Styles, width: float, row: float = 17
) -> Flowable:
    checks: list[list[object]] = []
    for line in sheet.items:
        note = ""
        if not sheet.is_blank and line.kind == "value" and line.outcome == "不合格":
            note = "不合格"
        checks.append([line.text, _result_cell(line, st, sheet.is_blank), note])
    return numbered_table(
        ["序号", "检查项目", "检查结果", "备注"],
        checks,
        (0.07, 0.45, 0.34, 0.14),
        st,
        width,
        row_height=row if sheet.is_blank else None,
    )


def _kit_table(sheet: VehicleCheckSheet, st: pdf.Styles, width: float, row: float = 17) -> Flowable:
    rows: list[list[object]] = [["序号", "器材名称", "存放位置", "应有", "实有", "结果"]]
    for i, line in enumerate(sheet.kit, 1):
        counted = "" if sheet.is_blank or line.counted is None else str(line.counted)
        outcome = None if sheet.is_blank else line.outcome
        rows.append(
            [
                str(i),
                line.text,
                line.compartment,
                "" if line.expected is None else str(line.expected),
                counted,
                para_markup(f"<b>{NOT_CHECKED}</b>", st)
                if outcome == NOT_CHECKED
                else CheckLine(
                    [Box(outcome == "合格"), "齐全 ", Box(outcome == "不合格"), "短缺"], size=9
                ),
            ]
        )
    if len(rows) == 1:
        rows.append(["", "（未登记随车器材清单）", "", "", "", ""])
    return pdf.fit_table(
        rows,
        (0.07, 0.33, 0.18, 0.09, 0.09, 0.24),
        width,
        body=st.cell,
        head=st.head,
        padding=3,
        row_heights=row if sheet.is_blank else None,
        extra=[pdf.CENTRED_NUMBERS, ("ALIGN", (3, 1), (4, -1), "CENTER")],
    )


# --- 器材检查表（按类别） -----------------------------------------------------------------------
@dataclass
class InspectionItem:
    code: str
    name: str
    spec: str = ""
    location: str = ""
    last_test_on: dt.date | None = None
    next_due: dt.date | None = None


@dataclass
class EquipmentInspectionSheet:
    letterhead: pdf.Letterhead
    category: str
    checklist: list[tuple[str, str, str]]  # (text, kind, unit)
    items: list[InspectionItem] = field(default_factory=list)
    printed_on: dt.date | None = None
    blank_rows: int = 0  # extra empty rows for items written in by hand


#: 序号, 编号, 名称 / 规格型号, 存放位置, 上次检验, 检查结果, 备注 (fractions of the width)
INSPECTION_COLUMNS = (0.06, 0.12, 0.30, 0.15, 0.12, 0.16, 0.09)
#: the height of a row to write in by hand (and the least any row gets)
WRITING_ROW = 18.0


def grown_heights(
    rows: Sequence[Sequence[object]],
    fractions: Sequence[float],
    width: float,
    style: ParagraphStyle,
    padding: float,
    least: float = WRITING_ROW,
) -> list[float]:
    """Row heights for :func:`fit_table`: ``least`` each, more where a text cell wraps, so
    long names and specs stay inside their borders and blank rows keep room to write."""
    total = sum(fractions)
    inner = [width * f / total - 2 * padding for f in fractions]
    heights = []
    for row in rows:
        needed = max(
            (
                pdf.para(value, style).wrap(w, 10_000)[1]
                for value, w in zip(row, inner, strict=False)
                if isinstance(value, str) and value
            ),
            default=0.0,
        )
        heights.append(max(least, needed + 2 * 0.6 * padding + 2))
    return heights


def build_inspection_pdf(sheet: EquipmentInspectionSheet) -> bytes:
    st = pdf.styles(10)
    width = pdf.PORTRAIT.width
    items = "\u3000".join(
        f"{i}. {text}" + (f"（____{unit}）" if kind == "value" and unit else "")
        for i, (text, kind, _unit) in enumerate(sheet.checklist, 1)
        for unit in [_unit]
    )
    rows: list[list[object]] = [
        ["序号", "编号", "名称 / 规格型号", "存放位置", "上次检验", "检查结果", "备注"]
    ]
    for i, it in enumerate(sheet.items, 1):
        rows.append(
            [
                str(i),
                it.code,
                f"{it.name} {it.spec}".strip(),
                it.location,
                _date(it.last_test_on),
                CheckLine([Box(), "合格 ", Box(), "不合格"], size=9),
                "",
            ]
        )
    for _ in range(sheet.blank_rows or (0 if sheet.items else 12)):
        rows.append(["", "", "", "", "", CheckLine([Box(), "合格 ", Box(), "不合格"], size=9), ""])
    body: list[Flowable] = [
        pairs_table(
            [
                ("器材类别", sheet.category),
                ("检查日期", pdf.cn_date(None)),
                ("检查地点", ""),
                ("器材数量", str(len(sheet.items)) if sheet.items else ""),
            ],
            st,
            width,
        ),
        Spacer(1, 2 * mm),
        pdf.section("检查内容", st, width),
        pdf.text_box(items, st.cell, width, 20),
        Spacer(1, 2 * mm),
        pdf.fit_table(
            rows,
            INSPECTION_COLUMNS,
            width,
            body=st.cell,
            head=st.head,
            padding=3,
            row_heights=[None, *grown_heights(rows[1:], INSPECTION_COLUMNS, width, st.cell, 3)],
            extra=[pdf.CENTRED_NUMBERS],
        ),
        Spacer(1, 3 * mm),
        pdf.section("发现问题及处理", st, width),
        pdf.text_box("", st.body, width, 40),
        pdf.signature_block(
            [pdf.Signature("检查人"), pdf.Signature("复核人"), pdf.Signature("带班领导")],
            width,
            st.body,
        ),
    ]
    return sheet_pdf(sheet, f"{sheet.category}检查表", body, subtitle="装备器材检查测试记录")
