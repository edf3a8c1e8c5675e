"""The 两会 dates per year: the shipped data (``db.two_sessions``) with the office's entries
over it. Only an admin changes them (table ``two_sessions``, ``db.access``). Saving a year also
moves that year's 全国两会 alert period when it still has the dates it was preset with."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import records
from db import two_sessions
from db import validate
from db.duty.common import Store
from db.duty.data import TwoSessionsData
from db.duty.models import AlertPeriod
from db.duty.models import TwoSessions
from db.errors import refuse
from db.two_sessions import SessionDates

GONE = "这一年的两会会期已被删除"
PERIOD_NAME = "全国两会"
FIRST_YEAR, LAST_YEAR = 2000, 2100


def office_dates(s: Session) -> dict[int, SessionDates]:
    """The office's entries, read in ``s``."""
    return {
        r.year: SessionDates(r.year, r.start, r.end, r.confirmed, r.source)
        for r in s.scalars(select(TwoSessions))
    }


def _data(sessions: SessionDates, row: TwoSessions | None) -> TwoSessionsData:
    return TwoSessionsData(
        sessions.year,
        sessions.start,
        sessions.end,
        sessions.source or sessions.detail,
        sessions.confirmed,
        row is not None,
        row.id if row else None,
        row.version if row else None,
    )


class Sessions(Store):
    """Read and change the 两会 dates per year."""

    def two_sessions(self, first: int, last: int) -> list[TwoSessionsData]:
        """Every year from ``first`` to ``last``, and any other year the office entered."""
        with self.db.read() as s:
            rows = {r.year: r for r in s.scalars(select(TwoSessions))}
            office = office_dates(s)
        years = sorted(set(range(first, last + 1)) | set(rows))
        return [_data(two_sessions.dates(y, office), rows.get(y)) for y in years]

    def two_sessions_of(self, year: int) -> SessionDates:
        """The window presets use for ``year``."""
        with self.db.read() as s:
            return sessions_for(s, year)

    def validate_two_sessions(self, data: TwoSessionsData) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not FIRST_YEAR <= data.year <= LAST_YEAR:
            problems["year"] = f"年份应在{FIRST_YEAR}至{LAST_YEAR}之间"
        if msg := validate.date_range(data.start, data.end):
            problems["end"] = msg
        elif data.start and data.start.year != data.year:
            problems["start"] = f"开幕日期应在{data.year}年内"
        elif data.start and data.end and (data.end - data.start).days > 31:
            problems["end"] = "会期不应超过一个月，请核对闭幕日期"
        if len(data.source.strip()) > 200:
            problems["source"] = "来源最多200个字"
        return problems

    def save_two_sessions(self, data: TwoSessionsData) -> int:
        """Keep the office's dates for ``data.year`` (a new entry when ``data.id`` is None)."""
        refuse(self.validate_two_sessions(data))
        assert data.start is not None and data.end is not None
        data.source = data.source.strip() or "本办公室录入"
        with self.db.transaction() as s:
            before = two_sessions.dates(data.year, office_dates(s))
            if data.id is None:
                existing = s.scalar(select(TwoSessions).where(TwoSessions.year == data.year))
                if existing is not None:  # entered meanwhile by a colleague: update that one
                    data.id, data.version = existing.id, data.version or existing.version
            row_id = records.store(
                s, TwoSessions, data, ("year", "start", "end", "source", "confirmed"), GONE
            )
            after = two_sessions.dates(data.year, office_dates(s))
            _move_period(s, before, after)
            return row_id

    def reset_two_sessions(self, record_id: int, version: int | None) -> None:
        """Drop the office's entry: the year goes back to the shipped data or 待核对."""
        with self.db.transaction() as s:
            row = records.current(s, TwoSessions, record_id, version, GONE)
            before = two_sessions.dates(row.year, office_dates(s))
            s.delete(row)
            s.flush()
            _move_period(s, before, two_sessions.dates(before.year, office_dates(s)))


def _move_period(s: Session, before: SessionDates, after: SessionDates) -> None:
    """The year's 全国两会 alert period follows new dates while it has the old ones."""
    if (before.start, before.end) == (after.start, after.end) and before.note == after.note:
        return
    for period in s.scalars(
        select(AlertPeriod).where(
            AlertPeriod.name == PERIOD_NAME,
            AlertPeriod.start == before.start,
            AlertPeriod.end == before.end,
        )
    ):
        period.start, period.end, period.note = after.start, after.end, after.note


def sessions_for(s: Session, year: int) -> SessionDates:
    """The window of ``year`` read in ``s`` (for the presets)."""
    return two_sessions.dates(year, office_dates(s))
