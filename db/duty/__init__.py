"""Duty (值班备勤): the team register and leave, alert levels and periods, the duty roster, the
call log and shift handovers.

Widgets and commands receive a :class:`Ledger` and the dataclasses of ``db.duty.data``; they
never see a Session. Each method is one short transaction. The roster rules are plain functions
in ``db.duty.roster``; the fixed words in ``db.duty.choices``. Other domains that refer to
members (drill attendance, the registers' name lookup) import ``Member`` from here.
"""

from __future__ import annotations

from db.duty.calls import Calls
from db.duty.choices import DUTY_ROLE_LABELS
from db.duty.choices import LEADER
from db.duty.choices import ROLES
from db.duty.choices import STAFF
from db.duty.choices import STANDBY
from db.duty.data import CallData
from db.duty.data import DutyCount
from db.duty.data import DutyToday
from db.duty.data import HandoverData
from db.duty.data import LeaveData
from db.duty.data import LevelData
from db.duty.data import MemberData
from db.duty.data import MonthRoster
from db.duty.data import PeriodData
from db.duty.data import Progress
from db.duty.data import TwoSessionsData
from db.duty.days import Days
from db.duty.handovers import Handovers
from db.duty.history import History
from db.duty.models import Member
from db.duty.period import DutyDayRow
from db.duty.period import Period
from db.duty.setup import FirstStart
from db.facade import Facade


class Ledger(FirstStart, Days, Calls, Handovers, History, Period, Facade):
    """Team register, alert periods, duty roster, call log and handovers (and the office's
    settings, which every domain's letterhead reads)."""


__all__ = [
    "DUTY_ROLE_LABELS",
    "LEADER",
    "ROLES",
    "STAFF",
    "STANDBY",
    "CallData",
    "DutyCount",
    "DutyDayRow",
    "DutyToday",
    "HandoverData",
    "LeaveData",
    "Ledger",
    "LevelData",
    "Member",
    "MemberData",
    "MonthRoster",
    "PeriodData",
    "Progress",
    "TwoSessionsData",
]
