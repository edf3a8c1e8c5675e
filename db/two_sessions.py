"""The national 两会 (CPPCC plenary and NPC sessions) by year: the raised-alert window.

Known years come from ``db/data/two_sessions.csv`` (each with its source); the office's own
entries (table ``two_sessions``, kept by the duty facade) win over them; any other year gets
the usual window, 3-04 → 3-11, marked 待核对 until the office enters the published dates.
Pure Python, no database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from db.paths import data_rows
from db.paths import package_dir

DATA_FILE = package_dir("db") / "data" / "two_sessions.csv"
#: The usual window for a year nobody has entered yet (CPPCC opens 3-04, NPC closes ~3-11).
USUAL = ((3, 4), (3, 11))
USUAL_SOURCE = "按惯例预设（3月4日至3月11日），待核对当年公布的会期"
UNCONFIRMED = "待核对"


@dataclass(frozen=True)
class SessionDates:
    """One year's 两会 window: first and last day, whether it is confirmed, and its source."""

    year: int
    start: dt.date
    end: dt.date
    confirmed: bool
    source: str
    detail: str = ""  # "全国政协3月4日至11日，全国人大3月5日至12日"

    @property
    def span_text(self) -> str:
        return f"{self.start.month}月{self.start.day}日至{self.end.month}月{self.end.day}日"

    @property
    def note(self) -> str:
        """The alert period's note (≤ 200 characters): the dates' origin, or 待核对."""
        if not self.confirmed:
            return f"全国两会会期{UNCONFIRMED}：按惯例预设，以当年公布的会期为准"
        text = f"全国两会会期：{self.detail or self.span_text}"
        return text if len(text) + len(self.source) + 2 > 200 else f"{text}（{self.source}）"


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text.strip())


def _md(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"


@lru_cache(maxsize=1)
def known() -> dict[int, SessionDates]:
    """The years held in the data file, each with its source."""
    out: dict[int, SessionDates] = {}
    for row in data_rows(DATA_FILE.name):
        year = int(row["year"])
        cppcc = _day(row["cppcc_open"]), _day(row["cppcc_close"])
        npc = _day(row["npc_open"]), _day(row["npc_close"])
        detail = f"全国政协{_md(cppcc[0])}至{_md(cppcc[1])}，全国人大{_md(npc[0])}至{_md(npc[1])}"
        out[year] = SessionDates(
            year,
            min(cppcc[0], npc[0]),
            max(cppcc[1], npc[1]),
            True,
            row["source"].strip(),
            detail,
        )
    return out


def usual(year: int) -> SessionDates:
    """The usual window of a year no one has entered: 待核对."""
    (m1, d1), (m2, d2) = USUAL
    return SessionDates(year, dt.date(year, m1, d1), dt.date(year, m2, d2), False, USUAL_SOURCE)


def dates(year: int, office: Mapping[int, SessionDates] | None = None) -> SessionDates:
    """The 两会 window of ``year``: the office's entry, else the data file, else the usual one."""
    if office and year in office:
        return office[year]
    return known().get(year) or usual(year)
