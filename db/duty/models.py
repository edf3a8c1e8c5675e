"""The duty's tables: the team register, leave, alert levels and periods, duty days, calls and
handovers (值班备勤). Their fixed words are in ``db.duty.choices``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean
from sqlalchemy import Date
from sqlalchemy import DateTime
from sqlalchemy import ForeignKey
from sqlalchemy import Integer
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from db.base import Base
from db.base import Tracked
from db.base import now


class Member(Tracked, Base):
    """A member of the rescue team (队员)."""

    __tablename__ = "member"

    name: Mapped[str] = mapped_column(String(40), index=True)
    role: Mapped[str] = mapped_column(String(10), default="队员")
    phone: Mapped[str] = mapped_column(String(40), default="")
    can_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    driver: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    leaves: Mapped[list[Leave]] = relationship(back_populates="member", cascade="all")

    def __repr__(self) -> str:
        return f"Member({self.id}, {self.name})"


class Leave(Tracked, Base):
    """A period in which a member cannot be scheduled (请假/不可排班)."""

    __tablename__ = "leave"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")

    member: Mapped[Member] = relationship(back_populates="leaves")


class AlertLevel(Tracked, Base):
    """A readiness level (战备等级) and the staffing each shift needs at that level."""

    __tablename__ = "alert_level"

    level: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(20), unique=True)
    staff: Mapped[int] = mapped_column(Integer, default=1)
    standby: Mapped[int] = mapped_column(Integer, default=1)
    colour: Mapped[str] = mapped_column(String(9), default="#ffffff")


class AlertPeriod(Tracked, Base):
    """A dated period of raised alert (元旦, 春节, 两会 …) with its own minimum staffing."""

    __tablename__ = "alert_period"

    name: Mapped[str] = mapped_column(String(60))
    start: Mapped[dt.date] = mapped_column(Date, index=True)
    end: Mapped[dt.date] = mapped_column(Date)
    level: Mapped[int] = mapped_column(Integer, default=1)
    min_staff: Mapped[int] = mapped_column(Integer, default=2)
    note: Mapped[str] = mapped_column(String(200), default="")


class TwoSessions(Tracked, Base):
    """The office's entry for one year's 两会 window (over the shipped data, ``db.two_sessions``)."""

    __tablename__ = "two_sessions"

    year: Mapped[int] = mapped_column(Integer, unique=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(200), default="")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True)


class DutyDay(Tracked, Base):
    """One 24 h shift starting on ``date`` at the shift start time (default 08:30)."""

    __tablename__ = "duty_day"

    date: Mapped[dt.date] = mapped_column(Date, unique=True)
    note: Mapped[str] = mapped_column(String(200), default="")

    assignments: Mapped[list[DutyAssignment]] = relationship(
        back_populates="day", cascade="all, delete-orphan", order_by="DutyAssignment.position"
    )


class DutyAssignment(Base):
    """A member's role on one duty day; each insert/delete is its own audit row."""

    __tablename__ = "duty_assignment"
    # At most one leader a day is a partial unique index (migration 0001). It is declared in
    # db.duty.schema, not here: its PostgreSQL option would load that dialect in every command.
    __table_args__ = (
        UniqueConstraint("day_id", "member_id", name="uq_duty_assignment_day_member"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("duty_day.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    role: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer, default=0)

    day: Mapped[DutyDay] = relationship(back_populates="assignments")
    member: Mapped[Member] = relationship()


class CallLog(Tracked, Base):
    """The duty call log (值班电话记录): 接·报·传·跟."""

    __tablename__ = "call_log"

    at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, index=True)
    caller_unit: Mapped[str] = mapped_column(String(100), default="")
    caller_name: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    reported_to: Mapped[str] = mapped_column(String(40), default="")


class Handover(Tracked, Base):
    """A written shift handover (值班交接班记录)."""

    __tablename__ = "handover"

    duty_date: Mapped[dt.date] = mapped_column(Date, index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    phones_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    radios_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    vehicles_ready: Mapped[bool] = mapped_column(Boolean, default=True)
    situation: Mapped[str] = mapped_column(Text, default="")
    open_items: Mapped[str] = mapped_column(Text, default="")
    handed_by: Mapped[str] = mapped_column(String(40), default="")
    received_by: Mapped[str] = mapped_column(String(40), default="")
