"""The month duty roster (值班表): one A4 landscape page per month, to post on the wall.

One row per day: date, weekday (holiday name), alert level (shaded in the level's colour
during a raised-alert period), the leader, the staff on duty and the standby, each with their
phone. Weekends and holidays are shaded grey with the date in red. The font size and row
height are chosen so that the month fills exactly one page at no less than 7.5 pt; when the
phones beside the names do not fit, the cells show the names alone and the phones go to a list
beside the table. A name never breaks across lines.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from db import calendar
from db.pdf import base as pdf
from db.pdf.fonts import FONT
from db.pdf.fonts import FONT_BOLD
from db.pdf.fonts import register_fonts
from db.pdf.marks import CheckLine
from db.pdf.marks import Part
from db.pdf.marks import Swatch
from db.pdf.marks import colour
from db.pdf.marks import ink_on
from db.pdf.markup import escape
from db.pdf.people import Person
from db.pdf.people import people_markup
from db.pdf.people import phone_list

WEEKDAYS = "一二三四五六日"
REST_FILL = "#e4e4e4"
REST_INK = "#b00000"
LAYOUT = pdf.Layout(landscape=True, top=17 * mm, bottom=13 * mm, left=10 * mm, right=10 * mm)
MAX_SIZE, MIN_SIZE, STEP = 10.0, 7.5, 0.25  # 7.5 pt: still legible on the wall
SEP = "；\u0020"  # lines break between people only: a name and its phone are one word
LIST_GAP = 3 * mm  # between the table and the phone list beside it
TIGHT_PAD = 1.5  # a cell's padding when the month needs every point of the page
HEADERS = ("日期", "星期", "战备等级", "带班领导", "值班员", "备勤", "备注")


@functools.lru_cache(maxsize=16384)
def _string_width(text: str, font: str, size: float) -> float:
    """reportlab's ``stringWidth``, remembered: choosing the layout measures the same names and
    phones at every candidate size (and once per line count at each size)."""
    return pdfmetrics.stringWidth(text, font, size)


class _Cell(Paragraph):
    """A cell paragraph that keeps its last wrap: the fit check and the table's drawing wrap
    each cell at the same width (the table's arithmetic may differ in the last bits), and the
    lines depend on the width alone."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_at is not None and abs(self._wrapped_at - availWidth) < 1e-6:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


@dataclass
class RosterDay:
    """One duty day (the shift starting that morning)."""

    date: dt.date
    weekday_text: str = ""  # "六"; empty: taken from the date
    is_holiday: bool = False  # an official rest day (法定节假日)
    holiday_name: str = ""  # "春节", or "调休上班" on a make-up workday
    level_name: str = ""  # "日常", "二级战备" …
    level_colour: str = "#ffffff"
    raised: bool = False  # inside a raised-alert period
    period_name: str = ""  # "春节", "全国两会" …
    leader: Person | None = None
    staff: list[Person] = field(default_factory=list)
    standby: list[Person] = field(default_factory=list)
    note: str = ""
    workday_swap: bool = False  # a weekend day that is a working day (调休)

    @property
    def weekday(self) -> str:
        return self.weekday_text or WEEKDAYS[self.date.weekday()]

    @property
    def rest_day(self) -> bool:
        """A holiday, or a weekend day that is not a make-up workday."""
        return self.is_holiday or (self.date.weekday() >= 5 and not self.workday_swap)

    @property
    def level_text(self) -> str:
        if self.raised and self.period_name:
            return f"{self.level_name}·{self.period_name}" if self.level_name else self.period_name
        return self.level_name


@dataclass
class RosterSheet:
    letterhead: pdf.Letterhead
    year: int
    month: int
    shift_text: str = "每日08:30至次日08:30"
    duty_phone: str = ""
    days: list[RosterDay] = field(default_factory=list)
    team: str = "综合应急救援队"
    compiled_by: str = ""  # 编制
    reviewed_by: str = ""  # 审核
    printed_on: dt.date | None = None
    unconfirmed: list[str] = field(default_factory=list)  # periods whose dates are 待核对

    @property
    def title(self) -> str:
        return f"{self.letterhead.place}{self.team} {self.year}年{self.month}月 值班表"


@dataclass(frozen=True)
class _Fit:
    size: float
    widths: list[float]
    header_h: float
    row_h: float | None  # None: rows grow with their content
    pad: float
    phones: bool = True  # beside the names; False: the names alone (phones in the list)


def build_roster_pdf(sheet: RosterSheet) -> bytes:
    """The month's roster as a one-page PDF.

    Tries font sizes from the largest down (one, then two or three lines per row); the first
    layout in which every cell fits its row and the page holds the month is used. A month too
    full even for the smallest size runs onto a second page with the header repeated.
    """
    register_fonts()
    days = sorted(sheet.days, key=lambda d: d.date)
    form = pdf.Form(
        sheet.letterhead,
        sheet.title,
        [],
        layout=LAYOUT,
        printed_on=sheet.printed_on,
        title_size=16,
        subject="值班表",
    )
    title_h = _height(pdf.title_block(form))
    footer = _footer(sheet, days)
    height = LAYOUT.height - title_h - _height(footer) - 4
    for fit in _fits(days, LAYOUT.width, height):
        table, fits = _table(days, fit)
        if table is None or not fits:
            continue
        form.body = [table, *footer]
        result = pdf.render(form)
        if result.pages == 1:
            return result.data
    # the names alone in the cells, the phones in a list beside the table
    footer = _footer(sheet, days, phones=False)
    height = LAYOUT.height - title_h - _height(footer) - 4
    side = phone_list(_everyone(days), MIN_SIZE, height, LAYOUT.width * 0.4)
    if side is not None:
        listed, list_w = side
        left = LAYOUT.width - list_w - LIST_GAP
        for fit in _fits(days, left, height, phones=False):
            table, fits = _table(days, fit)
            if table is None or not fits:
                continue
            form.body = [_side_by_side(table, left, listed, list_w), *footer]
            result = pdf.render(form)
            if result.pages == 1:
                return result.data
    table, _ = _table(days, _loose_fit(days, LAYOUT.width))
    assert table is not None  # rows grow with their content: every cell fits
    most = max((1 + len(d.staff) + len(d.standby) for d in days), default=0)
    why = (
        f"说明：本月每日值班人数较多（最多 {most} 人），在不小于 {MIN_SIZE:g} 磅的字号下"
        "一页排不下，续排下页（表头重复）。"
    )
    form.body = [pdf.para(why, pdf.styles(9).body), Spacer(1, 1 * mm), table, *footer]
    return pdf.render(form).data


def _everyone(days: Sequence[RosterDay]) -> list[Person]:
    """Everyone on the month's roster once, in order of first appearance."""
    seen: dict[str, Person] = {}
    for d in days:
        for p in [*([d.leader] if d.leader else []), *d.staff, *d.standby]:
            seen.setdefault(p.name + "\0" + p.phone, p)
    return list(seen.values())


def _side_by_side(table: Table, left: float, listed: Table, list_w: float) -> Table:
    both = Table([[table, listed]], colWidths=[left + LIST_GAP, list_w])
    both.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                *[(k, (0, 0), (-1, -1), 0) for k in ("LEFTPADDING", "RIGHTPADDING")],
                *[(k, (0, 0), (-1, -1), 0) for k in ("TOPPADDING", "BOTTOMPADDING")],
            ]
        )
    )
    return both


def _sizes() -> list[float]:
    out, s = [], MAX_SIZE
    while s >= MIN_SIZE - 1e-9:
        out.append(round(s, 2))
        s -= STEP
    return out


def _height(flowables: Sequence[Flowable]) -> float:
    total = 0.0
    for f in flowables:
        total += f.wrap(LAYOUT.width, LAYOUT.height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _has_notes(days: Sequence[RosterDay]) -> bool:
    return any(d.note for d in days)


def _phone_size(size: float) -> float:
    return max(round(size * 0.9, 2), MIN_SIZE)


def _person_width(p: Person, size: float, phones: bool = True) -> float:
    width = _string_width(p.name, FONT, size)
    if phones and p.phone:
        width += _string_width("\u00a0" + p.phone, FONT, _phone_size(size))
    return width


def _people_width(people: Sequence[Person], size: float, phones: bool = True) -> float:
    width = _string_width(SEP, FONT, size) * max(0, len(people) - 1)
    return width + sum(_person_width(p, size, phones) for p in people)


def _widest_person(days: Sequence[RosterDay], size: float, phones: bool) -> float:
    """The widest single person: a names column is never narrower (names do not break)."""
    return max(
        (_person_width(p, size, phones) for d in days for p in [*d.staff, *d.standby]),
        default=0.0,
    )


def _natural(days: Sequence[RosterDay], size: float, phones: bool = True) -> list[float]:
    """Each column's single-line width at ``size`` (text only)."""

    def w(text: str, font: str = FONT) -> float:
        return _string_width(text, font, size)

    cols = [
        [w("31日")],
        [w(d.weekday + (" " + d.holiday_name if d.holiday_name else "")) for d in days],
        [w(d.level_text, FONT_BOLD) for d in days],
        [_people_width([d.leader] if d.leader else [], size, phones) for d in days],
        [_people_width(d.staff, size, phones) for d in days],
        [_people_width(d.standby, size, phones) for d in days],
    ]
    if _has_notes(days):
        cols.append([min(w(d.note), w("一" * 12)) for d in days])
    return [max([w(h, FONT_BOLD), *c]) for h, c in zip(HEADERS, cols, strict=False)]


def _pad(size: float) -> float:
    return max(2.0, size * 0.4)


def _fits(
    days: Sequence[RosterDay], width: float, height: float, phones: bool = True
) -> Iterator[_Fit]:
    """Candidate layouts whose estimated size fits the page: the largest font first, and at
    one size, one line per row before two or three."""
    n = max(1, len(days))
    for size in _sizes():
        text = _natural(days, size, phones)  # the same for every line count and padding
        widest = _widest_person(days, size, phones)
        for lines, pad in itertools.product((1, 2, 3), dict.fromkeys((_pad(size), TIGHT_PAD))):
            cols = [w + 2 * pad + 1 for w in text[:3]]
            for header, w in zip(HEADERS[3:], text[3:], strict=False):
                need = w if lines == 1 else max(w / lines * 1.2, widest)
                cols.append(max(need, _string_width(header, FONT_BOLD, size)) + 2 * pad + 1)
            leading = size * 1.2
            row = lines * leading + 1.2 * pad + 0.5  # the lines and the cell's padding
            header_h = leading + 5
            if sum(cols) > width or header_h + n * row > height:
                continue
            row_h = min((height - header_h) / n, row + size * 1.6)
            yield _Fit(size, _share(cols, width), header_h, row_h, pad, phones)


def _share(cols: list[float], width: float) -> list[float]:
    """Give the spare width to the name columns: the leader's (one person) a little, the
    staff, standby and notes columns by what they hold, each at least a fair share."""
    spare = width - sum(cols)
    weights = [0.0, 0.0, 0.0, cols[3] * 0.3] + [max(w, width * 0.12) for w in cols[4:]]
    total = sum(weights)
    return [w + spare * k / total for w, k in zip(cols, weights, strict=True)]


def _loose_fit(days: Sequence[RosterDay], width: float) -> _Fit:
    size = MIN_SIZE
    pad = _pad(size)
    text = _natural(days, size)
    cols = [w + 2 * pad + 1 for w in text[:3]]
    cols.append(min(text[3] + 2 * pad + 1, width * 0.15))  # the leader: one person
    rest = width - sum(cols)
    others = text[4:]
    cols += [rest * w / sum(others) for w in others]
    return _Fit(size, cols, size * 1.2 + 5, None, pad)


def _table(days: Sequence[RosterDay], fit: _Fit) -> tuple[Table | None, bool]:
    """The table, and whether every cell fits its fixed row height (no table when not)."""
    size = fit.size
    register_fonts()

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=kw.pop("font", FONT),  # type: ignore[arg-type]
            fontSize=size,
            leading=size * 1.2,
            wordWrap=kw.pop("wordWrap", "CJK"),
            **kw,  # type: ignore[arg-type]
        )

    normal = style("r_cell")
    names = style("r_names", wordWrap=None)  # breaks at the spaces between people only
    center = style("r_center", alignment=TA_CENTER)
    head = style("r_head", font=FONT_BOLD, alignment=TA_CENTER)
    notes = _has_notes(days)
    headers = list(HEADERS if notes else HEADERS[:-1])
    phone = _phone_size(size)
    room = None if fit.row_h is None else fit.row_h - 1.2 * fit.pad

    def fits(cell: Paragraph, width: float) -> bool:
        return room is None or cell.wrap(width - 2 * fit.pad, 10_000)[1] <= room

    parsed: dict[tuple[str, str], tuple[ParagraphStyle, list[object]]] = {}

    def cell(markup: str, style: ParagraphStyle) -> _Cell:
        """A cell; markup seen before in this table (weekdays, levels) is not parsed again."""
        known = parsed.get((markup, style.name))
        if known is not None:
            return _Cell(markup, known[0], frags=known[1])
        made = _Cell(markup, style)
        parsed[markup, style.name] = (made.style, made.frags)
        return made

    def names_cell(people: Sequence[Person]) -> Paragraph:
        shown = people if fit.phones else [Person(p.name) for p in people]
        return cell(people_markup(shown, phone, SEP), names)

    def notes_cell(day: RosterDay) -> Paragraph:
        return cell(escape(day.note), normal)

    # A layout too tight for the month is usually refused by its fullest cell: try the fullest
    # leader, staff, standby and notes cells before laying out every cell of the month.
    fullest = [
        (3, lambda d: [d.leader] if d.leader else []),
        (4, lambda d: d.staff),
        (5, lambda d: d.standby),
    ]
    for col, people in fullest:
        day = max(days, key=lambda d: _people_width(people(d), size, fit.phones), default=None)
        if day is not None and not fits(names_cell(people(day)), fit.widths[col]):
            return None, False
    if notes:
        day = max(days, key=lambda d: _string_width(d.note, FONT, size))
        if not fits(notes_cell(day), fit.widths[6]):
            return None, False

    rows: list[list[object]] = [[Paragraph(h, head) for h in headers]]
    extra: list[tuple[object, ...]] = []
    for r, day in enumerate(days, start=1):
        ink = REST_INK if day.rest_day else "#000000"
        date_markup = f'<font color="{ink}">{day.date.day}日</font>'
        weekday = escape(day.weekday)
        if day.holiday_name:
            weekday += f' <font size="{phone:g}">{escape(day.holiday_name)}</font>'
        level = escape(day.level_text)
        if day.raised:
            fill = colour(day.level_colour, "#ffd54f")
            extra.append(("BACKGROUND", (2, r), (2, r), fill))
            text_ink = ink_on(fill).hexval().replace("0x", "#")
            level = f'<font name="{FONT_BOLD}" color="{text_ink}">{level}</font>'
        else:
            level = f'<font color="#555555">{level}</font>'
        row: list[Paragraph] = [
            cell(date_markup, center),
            cell(f'<font color="{ink}">{weekday}</font>', center),
            cell(level, center),
            names_cell([day.leader] if day.leader else []),
            names_cell(day.staff),
            names_cell(day.standby),
        ]
        if notes:
            row.append(notes_cell(day))
        if not all(fits(p, w) for p, w in zip(row, fit.widths, strict=False)):
            return None, False
        rows.append(list(row))
        if day.rest_day:
            extra.append(("BACKGROUND", (0, r), (1 if day.raised else -1, r), REST_FILL))
            if day.raised:
                extra.append(("BACKGROUND", (3, r), (-1, r), REST_FILL))
        if day.date.weekday() == 6 and r < len(days):
            extra.append(("LINEBELOW", (0, r), (-1, r), 1.1, colors.black))
    heights = None if fit.row_h is None else [fit.header_h] + [fit.row_h] * len(days)
    table = pdf.fit_table(
        rows,
        fit.widths,
        sum(fit.widths),
        body=normal,
        head=head,
        row_heights=heights,
        padding=fit.pad,
        extra=extra,
    )
    return table, True


def _footer(sheet: RosterSheet, days: Sequence[RosterDay], phones: bool = True) -> list[Flowable]:
    st = pdf.styles(9)
    info: list[Part] = [f"值班时间：{sheet.shift_text}"]
    if sheet.duty_phone:
        info.append(f"\u3000\u3000值班电话：{sheet.duty_phone}")
    legend: list[Part] = ["图例：", Swatch(REST_FILL), " 周末、节假日（日期红色）\u3000"]
    seen: dict[tuple[str, str], list[str]] = {}
    for d in days:
        if d.raised:
            periods = seen.setdefault((d.level_name, d.level_colour), [])
            if d.period_name and d.period_name not in periods:
                periods.append(d.period_name)
    for (name, col), periods in seen.items():
        label = name or "战备"
        if periods:
            label += "（" + "、".join(periods) + "）"
        legend += [Swatch(col), f" {label}\u3000"]
    legend.append(
        ("人员姓名后为联系电话" if phones else "联系电话见右侧电话表") + "；周日后加粗线分周。"
    )
    if not calendar.covered(sheet.year):
        legend.append(
            f"{sheet.year}年节假日安排尚未收录：休息日和战备时段按惯例推算，待核对国务院通知。"
        )
    if sheet.unconfirmed:
        legend.append(f"{'、'.join(sheet.unconfirmed)}日期按惯例预设，待核对。")
    signatures = pdf.signature_block(
        [
            pdf.Signature("编制", sheet.compiled_by),
            pdf.Signature("审核", sheet.reviewed_by),
            pdf.Signature("日期", ""),
        ],
        LAYOUT.width * 0.62,
        st.body,
        when_row=False,
    )
    signatures.hAlign = "RIGHT"
    return [
        Spacer(1, 2 * mm),
        CheckLine(info, size=10, font=FONT_BOLD),
        CheckLine(legend, size=8.5),
        signatures,
    ]
