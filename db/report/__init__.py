"""The campaign report (工作总结) and the month's bulletin (通报) the plan asks for (§三
通报调度、总结提升; §四 年度考核): for a period, what the office did in each kind of work, the
lists behind each figure, and a month-by-month table.

The figures are read from each domain through its facade only (``db.duty.Ledger``,
``db.drills.DrillBook``, ``db.water.WaterBook``, ``db.fleet.Fleet``, ``db.supplies.Supplies``);
nothing is written. The PDF is :mod:`db.report.forms`, the workbook :mod:`db.report.xlsx`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db.dates import add_months
from db.engine import Database
from db.errors import ValidationError
from db.report import assets
from db.report import sections
from db.report.data import MONTH_COLUMNS
from db.report.data import Listing
from db.report.data import MonthRow
from db.report.data import Report
from db.report.data import Section
from db.report.data import figure_text
from db.xlsx.spec import OperationCancelled

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

STEPS = (
    sections.duty,
    sections.drills,
    sections.plans,
    assets.water,
    assets.fleet,
    assets.supplies,
)
CAMPAIGN_FIRST_MONTH, CAMPAIGN_LAST_MONTH = 11, 3  # 今冬明春: November to March
LONGEST_DAYS = 366 * 3


def campaign_period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The current 今冬明春 campaign (November to March) or, between April and October, the
    last one."""
    today = today or dt.date.today()
    first = today.year if today.month >= CAMPAIGN_FIRST_MONTH else today.year - 1
    return dt.date(first, CAMPAIGN_FIRST_MONTH, 1), dt.date(first + 1, CAMPAIGN_LAST_MONTH, 31)


def month_period(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    first = dt.date(year, month, 1)
    return first, add_months(first, 1) - dt.timedelta(days=1)


def check_period(start: dt.date | None, end: dt.date | None) -> None:
    """Refuse a period the report cannot cover, in a sentence by field."""
    problems: dict[str, str] = {}
    if start is None:
        problems["start"] = "请填写开始日期"
    if end is None:
        problems["end"] = "请填写结束日期"
    if start and end and end < start:
        problems["end"] = "结束日期不能早于开始日期"
    elif start and end and (end - start).days > LONGEST_DAYS:
        problems["end"] = "统计期最长三年，请缩短后再试"
    if problems:
        raise ValidationError(problems)


def campaign_title(start: dt.date, end: dt.date) -> str:
    """今冬明春 for a campaign's exact span, else the dates."""
    if (start.month, start.day, end.month, end.day) == (11, 1, 3, 31) and (
        end.year == start.year + 1
    ):
        return f"{start.year}—{end.year}年度今冬明春火灾防控工作总结"
    if start.day == 1 and month_period(start.year, start.month)[1] == end:
        return f"{start.year}年{start.month}月应急救援工作总结"
    return "应急救援工作总结"


def gather(
    database: Database,
    start: dt.date,
    end: dt.date,
    *,
    bulletin: bool = False,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Report:
    """The report for ``start``–``end`` (a month's 通报 when ``bulletin``)."""
    check_period(start, end)
    today = today or dt.date.today()
    # A period still running is counted up to today (its planned roster is not work done).
    as_of = min(end, today) if start <= today else end
    found: list[Section] = []
    events: dict[str, list[tuple[dt.date, float]]] = {}
    for done, step in enumerate(STEPS):
        if cancelled is not None and cancelled():
            raise OperationCancelled("已取消，没有生成报告。")
        if progress is not None:
            progress(done, len(STEPS))
        section, more = step(database, start, as_of, as_of)  # work done so far
        found.append(section)
        for key, items in more.items():
            events.setdefault(key, []).extend(items)
    if progress is not None:
        progress(len(STEPS), len(STEPS))
    title = (
        f"{start.year}年{start.month}月应急救援工作通报" if bulletin else campaign_title(start, end)
    )
    return Report(title, start, end, as_of, found, month_rows(start, as_of, events), bulletin)


def month_rows(
    start: dt.date, end: dt.date, events: dict[str, list[tuple[dt.date, float]]]
) -> list[MonthRow]:
    """The month-by-month table: each column's events counted in their month."""
    rows: list[MonthRow] = []
    first = dt.date(start.year, start.month, 1)
    while first <= end:
        lo, hi = max(first, start), min(month_period(first.year, first.month)[1], end)
        values: dict[str, int | float | None] = {}
        for column in MONTH_COLUMNS:
            if column == "参演率":
                listed = _sum(events.get(sections.LISTED, []), lo, hi)
                here = _sum(events.get(sections.ATTENDED, []), lo, hi)
                values[column] = round(100.0 * here / listed, 1) if listed else None
            else:
                values[column] = int(_sum(events.get(column, []), lo, hi))
        rows.append(MonthRow(first.year, first.month, values))
        first = add_months(first, 1)
    return rows


def _sum(items: list[tuple[dt.date, float]], lo: dt.date, hi: dt.date) -> float:
    return sum(weight for day, weight in items if lo <= day <= hi)


__all__ = [
    "MONTH_COLUMNS",
    "Listing",
    "MonthRow",
    "Report",
    "Section",
    "campaign_period",
    "check_period",
    "figure_text",
    "gather",
    "month_period",
]
