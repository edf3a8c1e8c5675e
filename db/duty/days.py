"""The duty days: a month as the roster page shows it, generation, manual edits, swaps, today's
duty. The rules themselves are in ``db.duty.roster``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from db import calendar
from db.access import ADMINISTER
from db.duty import roster
from db.duty.alerts import Alerts
from db.duty.choices import LEADER
from db.duty.choices import STAFF
from db.duty.choices import STANDBY
from db.duty.data import DutyCount
from db.duty.data import DutyToday
from db.duty.data import MonthRoster
from db.duty.data import Progress
from db.duty.models import AlertPeriod
from db.duty.models import DutyAssignment
from db.duty.models import DutyDay
from db.duty.models import Member
from db.duty.team import people_in
from db.errors import NotFoundError
from db.errors import ValidationError
from db.errors import check_version
from db.errors import refuse


class Days(Alerts):
    """The stored roster: reads a month, fills empty days, saves edits and swaps."""

    def month(self, year: int, month: int) -> MonthRoster:
        dates = roster.month_dates(year, month)
        needs = self.needs(dates)
        with self.db.read() as s:
            people, phones = people_in(s)
            days, versions = days_in(
                s, dates[0] - dt.timedelta(days=1), dates[-1] + dt.timedelta(days=1)
            )
        issues = roster.check(days, people, needs, only=dates)
        in_month = {d: v for d, v in days.items() if d.month == month}
        result = MonthRoster(year, month, dates, in_month, versions, needs, people, phones, issues)
        result.days.update({d: v for d, v in days.items() if d.month != month})  # neighbours
        return result

    def duty_counts(self, year: int, month: int) -> list[DutyCount]:
        """Each member in use (and anyone on duty in the year) with their shifts in the month
        and in the year up to the month's end, rest days and working days apart."""
        month_end = roster.month_dates(year, month)[-1]
        with self.db.read() as s:
            people, _ = people_in(s)
            archived = set(s.scalars(select(Member.id).where(Member.archived)))
            days, _ = days_in(s, dt.date(year, 1, 1), month_end)
        tally: dict[int, list[int]] = {}
        for day, d in days.items():
            column = 0 if calendar.is_rest_day(day) else 1
            for pid in d.on_duty():
                row = tally.setdefault(pid, [0, 0, 0, 0])
                row[2 + column] += 1
                if day.month == month:
                    row[column] += 1
        return [
            DutyCount(pid, p.name, p.can_lead, *tally.get(pid, [0, 0, 0, 0]))
            for pid, p in people.items()
            if pid not in archived or pid in tally
        ]

    def generate(self, dates: Sequence[dt.date], progress: Progress | None = None) -> roster.Result:
        """Fill the empty days among ``dates``; saves only when every day can be filled."""
        dates = sorted(dates)
        lo, hi = dates[0], dates[-1]
        needs = self.needs(dates)
        with self.db.read() as s:
            people, _ = people_in(s)
            active = [p for pid, p in people.items() if not s.get(Member, pid).archived]  # type: ignore[union-attr]
            year_start = dt.date(lo.year, 1, 1)
            history, _ = days_in(
                s, min(year_start, lo - dt.timedelta(days=1)), hi + dt.timedelta(days=1)
            )
        existing = {d: history.pop(d) for d in list(history) if lo <= d <= hi}
        result = roster.generate(dates, active, needs, existing, history)
        if result.ok and result.generated:
            plan = {d: result.days[d] for d in result.generated}
            skipped = self._write_days(plan, progress, only_empty=True)
            if skipped:
                self._note_skipped(result, skipped)
        return result

    def _note_skipped(self, result: roster.Result, skipped: list[dt.date]) -> None:
        """Days a colleague filled while the roster was worked out keep what they saved; the
        generated days next to them are checked again against what is now stored."""
        result.skipped = skipped
        result.generated = [d for d in result.generated if d not in skipped]
        around = sorted(
            {d + dt.timedelta(days=k) for d in skipped for k in (-1, 1)} & set(result.generated)
        )
        with self.db.read() as s:
            people, _ = people_in(s)
            days, _ = days_in(
                s, skipped[0] - dt.timedelta(days=2), skipped[-1] + dt.timedelta(days=2)
            )
        result.days.update({d: days[d] for d in skipped if d in days})
        checked = roster.check(days, people, self.needs(around), only=around) if around else []
        result.warnings += [roster.Issue(i.day, i.message, False, i.member) for i in checked]

    def generate_month(
        self, year: int, month: int, progress: Progress | None = None
    ) -> roster.Result:
        seeded = self.seed_campaign_of(year, month)
        result = self.generate(roster.month_dates(year, month), progress)
        result.seeded = seeded
        return result

    def seed_campaign_of(self, year: int, month: int) -> list[str]:
        """Load the preset periods of the winter-spring campaign ``month`` belongs to
        (November to March) when that campaign has no period yet and was never loaded
        (periods the office deleted do not come back). Returns the names loaded."""
        if 4 <= month <= 10:
            return []
        start = year if month >= 11 else year - 1
        key = f"campaign_preloaded_{start}"
        if self.settings().get(key):
            return []
        with self.db.read() as s:
            present = s.scalar(
                select(AlertPeriod.id).where(
                    AlertPeriod.end >= dt.date(start, 11, 1),
                    AlertPeriod.start <= dt.date(start + 1, 3, 31),
                )
            )
        if present:
            return []
        before = {p.id for p in self.periods()}
        self.preload_campaign(start)
        if self.db.may(ADMINISTER):  # the settings are an admin's to write
            self.save_settings({key: "1"})
        return [p.name for p in self.periods() if p.id not in before]

    def _write_days(
        self,
        days: dict[dt.date, roster.Day],
        progress: Progress | None = None,
        *,
        only_empty: bool = False,
    ) -> list[dt.date]:
        """Store ``days``; with ``only_empty``, a day that has assignments by the time the
        write lock is held is left alone and returned (the transaction reads under the lock,
        so nobody can fill a day between this read and the write)."""
        skipped: list[dt.date] = []
        with self.db.transaction() as s:
            existing = {
                d.date: d for d in s.scalars(select(DutyDay).where(DutyDay.date.in_(list(days))))
            }
            for i, (date, d) in enumerate(sorted(days.items())):
                row = existing.get(date)
                if row is None:
                    row = DutyDay(date=date)
                    s.add(row)
                if only_empty and row.assignments:
                    skipped.append(date)
                else:
                    self._assign(s, row, d)
                if progress:
                    progress(i + 1, len(days))
        return skipped

    @staticmethod
    def _assign(s: Session, row: DutyDay, d: roster.Day) -> None:
        """Make the day's assignments equal ``d``; the day row is stamped and versioned."""
        wanted = [(m, r) for r, m in d.posts()]
        keep = set(wanted)
        stale = [a for a in row.assignments if (a.member_id, a.role) not in keep]
        for a in stale:
            row.assignments.remove(a)  # deleted and audited as an orphan at the flush
        if stale:
            s.flush()  # removals first: a member changing role must not trip the unique index
        current = {(a.member_id, a.role): a for a in row.assignments}
        for pos, (m, r) in enumerate(wanted):
            kept = current.get((m, r))
            if kept is None:
                row.assignments.append(DutyAssignment(member_id=m, role=r, position=pos))
            elif kept.position != pos:
                kept.position = pos
        if row.id is not None:
            flag_modified(row, "updated_at")

    def day_id(self, date: dt.date) -> int | None:
        """The id of the stored roster day ``date`` (None while nothing is planned for it)."""
        with self.db.read() as s:
            return s.scalar(select(DutyDay.id).where(DutyDay.date == date))

    def validate_day(self, day: roster.Day) -> dict[str, str]:
        """What refuses saving ``day``, by post: a member in two posts (the rules of
        roster.check are shown, not refused)."""
        return roster.post_problems(day.posts(), self._member_name)

    def _member_name(self, member_id: int) -> str:
        with self.db.read() as s:
            return s.scalar(select(Member.name).where(Member.id == member_id)) or f"#{member_id}"

    def set_day(
        self, date: dt.date, day: roster.Day, version: int | None = None
    ) -> list[roster.Issue]:
        """Save a manually edited day; returns the rules it breaks (shown, not blocking)."""
        refuse(self.validate_day(day))
        with self.db.transaction() as s:
            row = s.scalar(select(DutyDay).where(DutyDay.date == date))
            if row is None:
                row = DutyDay(date=date)
                s.add(row)
            else:
                check_version(row, version)
            self._assign(s, row, day)
        month = self.month(date.year, date.month)
        around = [date - dt.timedelta(days=1), date, date + dt.timedelta(days=1)]
        return roster.check(month.days, month.people, month.needs, only=around)

    def swap(self, a: tuple[dt.date, int], b: tuple[dt.date, int]) -> None:
        """Swap two members between two days (their roles travel with the day)."""
        with self.db.transaction() as s:
            rows = {
                d.date: d for d in s.scalars(select(DutyDay).where(DutyDay.date.in_([a[0], b[0]])))
            }
            if a[0] not in rows or b[0] not in rows:
                raise NotFoundError("只能交换已排班日期中的人员")
            ax = next((x for x in rows[a[0]].assignments if x.member_id == a[1]), None)
            bx = next((x for x in rows[b[0]].assignments if x.member_id == b[1]), None)
            if ax is None or bx is None:
                raise NotFoundError("所选队员不在当日值班表中")
            if any(x.member_id == b[1] for x in rows[a[0]].assignments if x is not ax) or any(
                x.member_id == a[1] for x in rows[b[0]].assignments if x is not bx
            ):
                raise ValidationError({"day": "交换后同一名队员会在同一天担任两个岗位"})
            ax.member_id, bx.member_id = b[1], a[1]
            for date in {a[0], b[0]}:
                flag_modified(rows[date], "updated_at")

    def clear_days(self, dates: Sequence[dt.date]) -> int:
        with self.db.transaction() as s:
            rows = list(s.scalars(select(DutyDay).where(DutyDay.date.in_(list(dates)))))
            for row in rows:
                s.delete(row)
            return len(rows)

    def on_duty(self, date: dt.date) -> DutyToday:
        need = self.needs([date])[date]
        with self.db.read() as s:
            days, _ = days_in(s, date, date)
            people = {m.id: m for m in s.scalars(select(Member))}
        d = days.get(date, roster.Day())

        def who(pid: int) -> tuple[str, str]:
            m = people.get(pid)
            return (m.name, m.phone) if m else (f"#{pid}", "")

        return DutyToday(
            date,
            need.level_name,
            need.level,
            need.period,
            who(d.leader) if d.leader is not None else None,
            [who(p) for p in d.staff],
            [who(p) for p in d.standby],
        )


def days_in(
    s: Session, lo: dt.date, hi: dt.date
) -> tuple[dict[dt.date, roster.Day], dict[dt.date, int]]:
    """The stored duty days from ``lo`` to ``hi`` and their versions, read in session ``s``."""
    days: dict[dt.date, roster.Day] = {}
    versions: dict[dt.date, int] = {}
    rows = s.execute(
        select(DutyDay.date, DutyDay.version, DutyAssignment.member_id, DutyAssignment.role)
        .outerjoin(DutyAssignment, DutyAssignment.day_id == DutyDay.id)
        .where(DutyDay.date >= lo, DutyDay.date <= hi)
        .order_by(DutyDay.date, DutyAssignment.position)
    )
    for date, version, member_id, role in rows:
        d = days.setdefault(date, roster.Day())
        versions[date] = version
        if role == LEADER:
            d.leader = member_id
        elif role == STAFF:
            d.staff.append(member_id)
        elif role == STANDBY:
            d.standby.append(member_id)
    return days, versions
