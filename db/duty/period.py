"""The duty days of a period as a report reads them (who led and who was on duty)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from sqlalchemy import select

from db.duty.choices import LEADER
from db.duty.choices import STAFF
from db.duty.common import Store
from db.duty.models import DutyAssignment
from db.duty.models import DutyDay
from db.duty.models import Member


@dataclass
class DutyDayRow:
    """A stored duty day: its date, the 带班领导 and the 值班员 by name."""

    date: dt.date
    leader: str = ""
    staff: list[str] = field(default_factory=list)


class Period(Store):
    """What a period report reads from the roster."""

    def duty_days_between(self, start: dt.date, end: dt.date) -> list[DutyDayRow]:
        """Stored duty days from ``start`` to ``end`` with someone on duty, by date."""
        out: dict[dt.date, DutyDayRow] = {}
        with self.db.read() as s:
            rows = s.execute(
                select(DutyDay.date, DutyAssignment.role, Member.name)
                .join(DutyAssignment, DutyAssignment.day_id == DutyDay.id)
                .join(Member, Member.id == DutyAssignment.member_id)
                .where(
                    DutyDay.date >= start,
                    DutyDay.date <= end,
                    DutyAssignment.role.in_((LEADER, STAFF)),
                )
                .order_by(DutyDay.date, DutyAssignment.position)
            )
            for date, role, name in rows:
                row = out.setdefault(date, DutyDayRow(date))
                if role == LEADER:
                    row.leader = name
                else:
                    row.staff.append(name)
        return list(out.values())
