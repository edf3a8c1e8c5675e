"""The fleet's sheets (A4): the vehicle routine check (blank and filled) and the equipment
inspection sheet per category.

Every sheet is a plain data class filled by :mod:`db.fleet.forms`; nothing here reads the
database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from db.pdf.base import (
    HEAD_FILL,
    PORTRAIT,
    Form,
    Letterhead,
    Signature,
    Styles,
    blank,
    cn_date,
    fit_table,
    para,
    render,
    section,
    signature_block,
    styles,
    text_box,
)
from db.pdf.marks import Box, CheckLine, Part
from db.validate import NOT_CHECKED

OUTCOMES = ("合格", "不合格", "不适用")  # the boxes; 未检 prints as the word


def _num(value: float | None, unit: str = "") -> str:
    return "" if value is None else f"{value:g}{unit}"


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _outcome_line(chosen: str | None, size: float = 9) -> CheckLine:
    parts: list[Part] = []
    for opt in OUTCOMES:
        parts += [Box(opt == chosen), opt + " "]
    return CheckLine(parts, size=size)


def _info_table(pairs: Sequence[tuple[str, object]], st: Styles, width: float) -> Flowable:
    """Label/value pairs two to a row (labels shaded)."""
    rows: list[list[object]] = []
    for i in range(0, len(pairs), 2):
        chunk = list(pairs[i : i + 2])
        while len(chunk) < 2:
            chunk.append(("", ""))
        rows.append(
            [para(chunk[0][0], st.head), chunk[0][1], para(chunk[1][0], st.head), chunk[1][1]]
        )
    return fit_table(
        rows,
        (0.16, 0.34, 0.16, 0.34),
        width,
        body=st.cell,
        header_rows=0,
        padding=4,
        extra=[
            ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
            ("BACKGROUND", (2, 0), (2, -1), HEAD_FILL),
        ],
    )


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

    letterhead: Letterhead
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
    rendered = render(_vehicle_check_form(sheet, compact=False))
    if rendered.pages > 1:
        tight = render(_vehicle_check_form(sheet, compact=True))
        if tight.pages < rendered.pages:
            return tight.data
    return rendered.data


def _vehicle_check_form(sheet: VehicleCheckSheet, compact: bool) -> Form:
    st = styles(9 if compact else 10)
    row = 14 if compact else 17
    gap = 1.5 * mm if compact else 3 * mm
    width = PORTRAIT.width
    kinds = ("例行检查", "出车后检查", "一级保养", "二级保养")
    kind_parts: list[Part] = []
    for k in kinds:
        kind_parts += [Box(not sheet.is_blank and k == sheet.kind), k + " "]
    info = _info_table(
        [
            ("车牌号", sheet.plate),
            ("车\u3000\u3000型", sheet.vehicle_type),
            ("检查日期", cn_date(sheet.done_on)),
            ("里\u3000\u3000程", para_markup(blank(_num(sheet.mileage_km) or None, "km", 10), st)),
            ("水罐容量", _num(sheet.tank_l, " L") or "无"),
            ("泡沫容量", _num(sheet.foam_l, " L") or "无"),
        ],
        st,
        width,
    )
    body: list[Flowable] = [
        info,
        Spacer(1, 2 * mm),
        CheckLine(["检查类别：", *kind_parts], size=10),
        Spacer(1, 2 * mm),
        section("一、车辆检查项目", st, width),
        _items_table(sheet, st, width, row),
        Spacer(1, gap),
        section("二、随车器材清点", st, width),
        _kit_table(sheet, st, width, row),
        Spacer(1, gap),
        section("三、保养计划", st, width),
        _info_table(
            [
                ("下次一级保养", cn_date(sheet.next_level1)),
                ("下次二级保养", cn_date(sheet.next_level2)),
                (
                    "下次水泵测试",
                    cn_date(sheet.next_pump) if sheet.has_pump else "不适用（无水泵）",
                ),
                ("", ""),
            ],
            st,
            width,
        ),
        Spacer(1, gap),
        section("四、发现问题及处理", st, width),
        text_box(sheet.findings, st.body, width, (40 if compact else 56) if sheet.is_blank else 30),
        Spacer(1, 2 * mm),
        signature_block(
            [
                Signature("检查人", sheet.inspector),
                Signature("复核人", sheet.reviewer),
                Signature("带班领导", sheet.leader),
            ],
            width,
            st.body,
            when_row=False,
        ),
    ]
    form = Form(
        sheet.letterhead,
        "消防车辆例行检查表",
        body,
        layout=PORTRAIT,
        printed_on=sheet.printed_on,
        subtitle=f"车牌号：{sheet.plate}",
    )
    return form


def _result_cell(line: CheckLineData, st: Styles, blank_form: bool) -> object:
    if not blank_form and line.outcome == NOT_CHECKED:
        return para_markup(f"<b>{NOT_CHECKED}</b>", st)  # not checked: no box ticked
    if line.kind == "value":
        shown = None if blank_form else (line.value or None)
        return para_markup(blank(shown, line.unit, 10), st)
    return _outcome_line(None if blank_form else line.outcome)


def para_markup(markup: str, st: Styles) -> Flowable:
    from reportlab.platypus import Paragraph

    return Paragraph(markup, st.cell)


def _items_table(sheet: VehicleCheckSheet, st: Styles, width: float, row: float = 17) -> Flowable:
    rows: list[list[object]] = [["序号", "检查项目", "检查结果", "备注"]]
    for i, line in enumerate(sheet.items, 1):
        note = ""
        if not sheet.is_blank and line.kind == "value" and line.outcome == "不合格":
            note = "不合格"
        rows.append([str(i), line.text, _result_cell(line, st, sheet.is_blank), note])
    return fit_table(
        rows,
        (0.07, 0.45, 0.34, 0.14),
        width,
        body=st.cell,
        head=st.head,
        padding=3,
        row_heights=row if sheet.is_blank else None,
        extra=[("ALIGN", (0, 1), (0, -1), "CENTER")],
    )


def _kit_table(sheet: VehicleCheckSheet, st: Styles, width: float, row: float = 17) -> Flowable:
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
    return fit_table(
        rows,
        (0.07, 0.33, 0.18, 0.09, 0.09, 0.24),
        width,
        body=st.cell,
        head=st.head,
        padding=3,
        row_heights=row if sheet.is_blank else None,
        extra=[("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (3, 1), (4, -1), "CENTER")],
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
    letterhead: Letterhead
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
                para(value, style).wrap(w, 10_000)[1]
                for value, w in zip(row, inner, strict=False)
                if isinstance(value, str) and value
            ),
            default=0.0,
        )
        heights.append(max(least, needed + 2 * 0.6 * padding + 2))
    return heights


def build_inspection_pdf(sheet: EquipmentInspectionSheet) -> bytes:
    st = styles(10)
    width = PORTRAIT.width
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
        _info_table(
            [
                ("器材类别", sheet.category),
                ("检查日期", cn_date(None)),
                ("检查地点", ""),
                ("器材数量", str(len(sheet.items)) if sheet.items else ""),
            ],
            st,
            width,
        ),
        Spacer(1, 2 * mm),
        section("检查内容", st, width),
        text_box(items, st.cell, width, 20),
        Spacer(1, 2 * mm),
        fit_table(
            rows,
            INSPECTION_COLUMNS,
            width,
            body=st.cell,
            head=st.head,
            padding=3,
            row_heights=[None, *grown_heights(rows[1:], INSPECTION_COLUMNS, width, st.cell, 3)],
            extra=[("ALIGN", (0, 1), (0, -1), "CENTER")],
        ),
        Spacer(1, 3 * mm),
        section("发现问题及处理", st, width),
        text_box("", st.body, width, 40),
        signature_block(
            [Signature("检查人"), Signature("复核人"), Signature("带班领导")], width, st.body
        ),
    ]
    form = Form(
        sheet.letterhead,
        f"{sheet.category}检查表",
        body,
        layout=PORTRAIT,
        printed_on=sheet.printed_on,
        subtitle="装备器材检查测试记录",
    )
    return render(form).data
