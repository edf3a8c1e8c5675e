"""The shift handover record (值班交接班记录), A4 portrait.

The same layout prints blank (for the duty room, filled in by hand) and filled (the record
from the ledger): who was on duty at which alert level, the equipment checks, the day's call
log (接·报·传·跟), the situation and open items handed over, and the signatures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer

from db.pdf import base as pdf
from db.pdf.marks import CheckLine
from db.pdf.marks import choice
from db.pdf.people import Person
from db.pdf.people import people_markup
from db.pdf.sheet import sheet_pdf
from db.pdf.table import label_grid

SHIFT_TEXT = "08:30—次日08:30"
CALL_HEADERS = ("时间", "来电单位", "姓名", "电话", "内容", "处理情况", "报告领导")
CALL_FRACTIONS = (0.1, 0.15, 0.1, 0.15, 0.24, 0.17, 0.09)
CHECKS = (
    ("phones_ok", "值班电话", ("畅通", "不畅通")),
    ("radios_ok", "对讲机（电台）", ("正常", "故障")),
    ("vehicles_ready", "车辆装备", ("战备完好", "存在问题")),
)


@dataclass
class CallRow:
    """One entry of the call log."""

    at: dt.datetime | dt.time | str | None = None
    unit: str = ""  # 来电单位
    name: str = ""
    phone: str = ""
    content: str = ""
    action: str = ""  # 处理情况
    reported_to: str = ""  # 报告领导


@dataclass
class HandoverSheet:
    """A handover record; every field empty/None prints the blank form."""

    letterhead: pdf.Letterhead
    date: dt.date | None = None
    shift_text: str = SHIFT_TEXT
    level_name: str = ""
    leader: Person | None = None
    staff: list[Person] = field(default_factory=list)
    standby: list[Person] = field(default_factory=list)
    phones_ok: bool | None = None
    radios_ok: bool | None = None
    vehicles_ready: bool | None = None
    calls: list[CallRow] = field(default_factory=list)
    situation: str = ""
    open_items: str = ""
    handed_by: str = ""  # 交班人
    received_by: str = ""  # 接班人
    at: dt.datetime | None = None  # when the shift was handed over
    printed_on: dt.date | None = None
    blank_call_rows: int = 8

    @classmethod
    def blank(cls, letterhead: pdf.Letterhead, shift_text: str = SHIFT_TEXT) -> HandoverSheet:
        return cls(letterhead, shift_text=shift_text)

    @property
    def is_blank(self) -> bool:
        return self.date is None and not self.calls and self.leader is None


def build_handover_pdf(sheet: HandoverSheet) -> bytes:
    """The handover record (blank or filled) as PDF bytes."""
    st = pdf.styles(10.5)
    width = pdf.PORTRAIT.width
    body: list[Flowable] = [
        *_people(sheet, st, width),
        Spacer(1, 3 * mm),
        pdf.section("一、交接检查", st, width),
        _checks(sheet, st, width),
        Spacer(1, 3 * mm),
        pdf.section("二、来电记录（接·报·传·跟）", st, width),
        _calls(sheet, st, width),
        Spacer(1, 3 * mm),
        pdf.section("三、本班值班情况", st, width),
        pdf.text_box(sheet.situation, st.body, width, 80 if sheet.is_blank else 40),
        Spacer(1, 3 * mm),
        pdf.section("四、移交事项（未办结事项、需跟踪事项）", st, width),
        pdf.text_box(sheet.open_items, st.body, width, 66 if sheet.is_blank else 36),
        Spacer(1, 2 * mm),
        *_signatures(sheet, st, width),
    ]
    return sheet_pdf(sheet, "值班交接班记录", body, subject="值班交接班记录")


def _people(sheet: HandoverSheet, st: pdf.Styles, width: float) -> list[Flowable]:
    leader = people_markup([sheet.leader] if sheet.leader else [])
    rows: list[list[object]] = [
        ["值班日期", pdf.cn_date(sheet.date), "班\u3000\u3000次", sheet.shift_text],
        ["战备等级", sheet.level_name, "带班领导", Paragraph(leader, st.cell)],
        ["值 班 员", Paragraph(people_markup(sheet.staff, sep="；\u3000"), st.cell)],
        ["备\u3000\u3000勤", Paragraph(people_markup(sheet.standby, sep="；\u3000"), st.cell)],
    ]
    height = 22 if sheet.is_blank else None
    return [label_grid(rows, st, width, label=0.14, padding=5, row_height=height)]


def _checks(sheet: HandoverSheet, st: pdf.Styles, width: float) -> Flowable:
    rows: list[list[object]] = []
    for attr, label, (yes, no) in CHECKS:
        value = getattr(sheet, attr)
        chosen = None if value is None else (yes if value else no)
        rows.append([pdf.para(label, st.head), CheckLine(choice("", (yes, no), chosen), size=10)])
    return pdf.fit_table(
        rows,
        (0.2, 0.8),
        width,
        body=st.cell,
        header_rows=0,
        padding=5,
        extra=[("BACKGROUND", (0, 0), (0, -1), pdf.HEAD_FILL)],
    )


def _call_time(at: dt.datetime | dt.time | str | None, day: dt.date | None) -> str:
    if at is None:
        return ""
    if isinstance(at, str):
        return at
    if isinstance(at, dt.datetime):
        if day is None or at.date() == day:
            return f"{at:%H:%M}"
        if at.date() == day + dt.timedelta(days=1):
            return f"次日{at:%H:%M}"
        return f"{at.month}月{at.day}日{at:%H:%M}"
    return f"{at:%H:%M}"


def _calls(sheet: HandoverSheet, st: pdf.Styles, width: float) -> Flowable:
    rows: list[list[object]] = [list(CALL_HEADERS)]
    extra: list[tuple[object, ...]] = []
    heights: list[float | None] = [None]
    if sheet.is_blank:
        rows += [[""] * len(CALL_HEADERS) for _ in range(sheet.blank_call_rows)]
        heights += [26.0] * sheet.blank_call_rows
    elif not sheet.calls:
        quiet: list[object] = ["本班次无来电记录。", *[""] * (len(CALL_HEADERS) - 1)]
        rows.append(quiet)
        extra.append(("SPAN", (0, 1), (-1, 1)))
        heights.append(None)
    else:
        for call in sheet.calls:
            rows.append(
                [
                    _call_time(call.at, sheet.date),
                    call.unit,
                    call.name,
                    call.phone,
                    call.content,
                    call.action,
                    call.reported_to,
                ]
            )
            heights.append(None)
    return pdf.fit_table(
        rows,
        CALL_FRACTIONS,
        width,
        body=st.cell,
        head=st.head,
        row_heights=heights,
        padding=3,
        extra=extra,
    )


def _signatures(sheet: HandoverSheet, st: pdf.Styles, width: float) -> list[Flowable]:
    leader = sheet.leader.name if sheet.leader else ""
    names = pdf.signature_block(
        [
            pdf.Signature("交班人", sheet.handed_by),
            pdf.Signature("接班人", sheet.received_by),
            pdf.Signature("带班领导", leader),
        ],
        width,
        st.body,
        when_row=False,
    )
    if sheet.at is None:
        when = f"{pdf.BLANK_DATE}{pdf.BLANK_TIME}"
    else:
        when = f"{pdf.cn_date(sheet.at.date())} {sheet.at:%H:%M}"
    right = st.body.clone("when_right", alignment=2, spaceBefore=6)
    return [names, pdf.para(f"交接时间：{when}", right)]
