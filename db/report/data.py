"""What a campaign report holds: the period, one section per kind of work (its figures and
the lists behind them) and the month-by-month table. Plain data: the PDF and the workbook
are both drawn from it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

Number = int | float | None


@dataclass
class Listing:
    """A list behind a section's figures: a title, column headers and rows of text."""

    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    fractions: list[float] = field(default_factory=list)  # column widths on paper
    empty: str = "（无）"


@dataclass
class Section:
    """One kind of work: its figures (label → number, in order) and its lists."""

    key: str
    title: str
    figures: dict[str, Number] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    lists: list[Listing] = field(default_factory=list)
    note: str = ""

    def figure(self, label: str, value: Number, unit: str) -> None:
        """Add the figure ``label``, ``value`` counted in ``unit``, after those already there."""
        self.figures[label] = value
        self.units[label] = unit

    def listing(self, title: str) -> Listing:
        return next(item for item in self.lists if item.title == title)


@dataclass
class MonthRow:
    """One month of the month-by-month table (``values`` follow ``MONTH_COLUMNS``)."""

    year: int
    month: int
    values: dict[str, Number]

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月"


# The month-by-month table's columns, in order (the first column is the month).
MONTH_COLUMNS = (
    "值班天数",
    "战备天数",
    "来电",
    "交接班",
    "演练",
    "参演率",
    "新发现问题",
    "问题整改",
    "水源检查",
    "水源不合格",
    "水源修复",
    "装备检查",
    "装备不合格",
    "装备修复",
)
PERCENT_COLUMNS = frozenset({"参演率"})


@dataclass
class Report:
    """A campaign report (工作总结) or a month's bulletin (通报) for ``start``–``end``.

    ``as_of`` is the day the standing figures are read on (overdue items, sources still out of
    service, coverage): the period's end, or today while the period is still running."""

    title: str
    start: dt.date
    end: dt.date
    as_of: dt.date
    sections: list[Section]
    months: list[MonthRow]
    bulletin: bool = False

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    @property
    def period_text(self) -> str:
        text = f"{cn(self.start)}至{cn(self.end)}"
        if self.as_of < self.end:
            text += f"（统计至{cn(self.as_of)}）"
        return text


def cn(day: dt.date) -> str:
    """2026-11-01 → 2026年11月1日."""
    return f"{day.year}年{day.month}月{day.day}日"


def figure_text(value: Number, unit: str = "") -> str:
    """A figure as printed: 12 / 85.7% / — for a rate with nothing to measure."""
    if value is None:
        return "—"
    if unit == "%":
        return f"{value:.1f}%"
    if isinstance(value, float):
        return f"{value:g}{unit}"
    return f"{value}{unit}"
