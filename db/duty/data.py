"""Plain data the duty facade hands to widgets and commands: members, leave, alert levels and
periods, a month of duty, today's duty, calls and handovers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field

from db.duty import roster

Progress = Callable[[int, int], None]


@dataclass
class MemberData:
    name: str = ""
    role: str = "队员"
    phone: str = ""
    can_lead: bool = False
    driver: bool = False
    joined_on: dt.date | None = None
    notes: str = ""
    id: int | None = None
    version: int | None = None
    archived: bool = False
    duty_count: int = 0


@dataclass
class LeaveData:
    member_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    reason: str = ""
    id: int | None = None
    version: int | None = None
    member_name: str = ""


@dataclass
class PeriodData:
    name: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    level: int = 1
    min_staff: int = 2
    note: str = ""
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class DutyCount:
    """One member's on-duty shifts (带班领导 or 值班员) in a month and in its year so far,
    rest days (weekends, holidays) and working days apart, as the generation balances them."""

    member_id: int
    name: str
    can_lead: bool
    month_rest: int = 0
    month_work: int = 0
    year_rest: int = 0
    year_work: int = 0


@dataclass
class TwoSessionsData:
    """One year's 两会 window as the table shows it: ``office`` when the office entered it
    (``id``/``version`` then name its row), else the shipped data or the usual window."""

    year: int
    start: dt.date | None = None
    end: dt.date | None = None
    source: str = ""
    confirmed: bool = True
    office: bool = False
    id: int | None = None
    version: int | None = None

    @property
    def status(self) -> str:
        """确认 or 待核对, as the table and the printed roster say it."""
        return "已确认" if self.confirmed else "待核对"


@dataclass
class LevelData:
    level: int
    name: str
    staff: int
    standby: int
    colour: str
    id: int | None = None
    version: int | None = None


@dataclass
class CallData:
    at: dt.datetime | None = None
    caller_unit: str = ""
    caller_name: str = ""
    phone: str = ""
    content: str = ""
    action: str = ""
    reported_to: str = ""
    id: int | None = None
    version: int | None = None


@dataclass
class HandoverData:
    duty_date: dt.date | None = None
    at: dt.datetime | None = None
    phones_ok: bool = True
    radios_ok: bool = True
    vehicles_ready: bool = True
    situation: str = ""
    open_items: str = ""
    handed_by: str = ""
    received_by: str = ""
    id: int | None = None
    version: int | None = None


@dataclass
class MonthRoster:
    """A month as the roster page shows it."""

    year: int
    month: int
    dates: list[dt.date]
    days: dict[dt.date, roster.Day]
    versions: dict[dt.date, int]
    needs: dict[dt.date, roster.Need]
    people: dict[int, roster.Person]
    phones: dict[int, str]
    issues: list[roster.Issue] = field(default_factory=list)

    def name(self, pid: int | None) -> str:
        if pid is None:
            return ""
        return self.people[pid].name if pid in self.people else f"#{pid}"


@dataclass
class DutyToday:
    date: dt.date
    level_name: str
    level: int
    period: str
    leader: tuple[str, str] | None
    staff: list[tuple[str, str]]
    standby: list[tuple[str, str]]
