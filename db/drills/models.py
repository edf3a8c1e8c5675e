"""Key and sensitive sites, contingency plans and their versions, drills and findings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean
from sqlalchemy import Column
from sqlalchemy import Date
from sqlalchemy import DateTime
from sqlalchemy import Float
from sqlalchemy import ForeignKey
from sqlalchemy import Integer
from sqlalchemy import String
from sqlalchemy import Table
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from db.base import Base
from db.base import Tracked
from db.limits import INTERNAL

plan_site = Table(
    "plan_site",
    Base.metadata,
    Column("plan_id", ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True),
    Column("site_id", ForeignKey("site.id", ondelete="CASCADE"), primary_key=True),
)


class Site(Tracked, Base):
    """A key or sensitive site (重点场所/敏感场所)."""

    __tablename__ = "site"

    name: Mapped[str] = mapped_column(String(100), index=True)
    type: Mapped[str] = mapped_column(String(20), default="其他")
    address: Mapped[str] = mapped_column(String(200), default="")
    village: Mapped[str] = mapped_column(String(60), default="", index=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    crs: Mapped[str] = mapped_column(String(10), default="WGS84")
    contact: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    occupancy: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    plans: Mapped[list[Plan]] = relationship(secondary=plan_site, back_populates="sites")


class Plan(Tracked, Base):
    """A contingency plan (应急预案); its history is in :class:`PlanVersion`."""

    __tablename__ = "plan"

    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(120), index=True)
    type: Mapped[str] = mapped_column(String(20), default="现场处置方案")
    level: Mapped[str] = mapped_column(String(20), default="镇级")
    status: Mapped[str] = mapped_column(String(10), default="草稿")
    author: Mapped[str] = mapped_column(String(40), default="")
    reviewer: Mapped[str] = mapped_column(String(40), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    evaluated_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    summary: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    sites: Mapped[list[Site]] = relationship(secondary=plan_site, back_populates="plans")
    versions: Mapped[list[PlanVersion]] = relationship(
        back_populates="plan", order_by="PlanVersion.number", cascade="all, delete-orphan"
    )


class PlanVersion(Tracked, Base):
    """One edition of a plan: why it was revised, when, who approved it, and what it said."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "number", name="uq_plan_version_number"),)

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    revised_on: Mapped[dt.date] = mapped_column(Date)
    trigger: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(40), default="")
    snapshot: Mapped[str] = mapped_column(
        Text, default="", info={INTERNAL: True}
    )  # JSON of the plan's fields

    plan: Mapped[Plan] = relationship(back_populates="versions")


class RevisionTask(Tracked, Base):
    """A plan revision to be done, opened by a drill finding or by hand."""

    __tablename__ = "revision_task"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id"), nullable=True)
    trigger: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="待修订")
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    version_id: Mapped[int | None] = mapped_column(ForeignKey("plan_version.id"), nullable=True)


class Drill(Tracked, Base):
    """A drill (演练): planned, run, evaluated."""

    __tablename__ = "drill"

    name: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="熟悉演练")
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"), nullable=True, index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id"), nullable=True, index=True)
    organiser: Mapped[str] = mapped_column(String(40), default="")
    scenario: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="计划")
    other_units: Mapped[str] = mapped_column(Text, default="")
    other_headcount: Mapped[int] = mapped_column(Integer, default=0)
    conclusion: Mapped[str] = mapped_column(String(10), default="")  # 合格/基本合格/不合格
    summary: Mapped[str] = mapped_column(Text, default="")
    evaluators: Mapped[str] = mapped_column(String(120), default="")
    evaluated_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    site: Mapped[Site | None] = relationship()
    plan: Mapped[Plan | None] = relationship()
    attendance: Mapped[list[DrillAttendance]] = relationship(
        back_populates="drill", cascade="all, delete-orphan"
    )
    events: Mapped[list[DrillEvent]] = relationship(
        back_populates="drill", cascade="all, delete-orphan", order_by="DrillEvent.at"
    )
    scores: Mapped[list[DrillScore]] = relationship(
        back_populates="drill", cascade="all, delete-orphan", order_by="DrillScore.position"
    )
    findings: Mapped[list[Finding]] = relationship(
        back_populates="drill", cascade="all, delete-orphan", order_by="Finding.id"
    )


class DrillAttendance(Base):
    __tablename__ = "drill_attendance"
    __table_args__ = (UniqueConstraint("drill_id", "member_id", name="uq_drill_attendance"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    drill_id: Mapped[int] = mapped_column(ForeignKey("drill.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="出席")
    note: Mapped[str] = mapped_column(String(200), default="")

    drill: Mapped[Drill] = relationship(back_populates="attendance")


class DrillEvent(Base):
    """A line of the drill's timeline (what happened when)."""

    __tablename__ = "drill_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    drill_id: Mapped[int] = mapped_column(ForeignKey("drill.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)

    drill: Mapped[Drill] = relationship(back_populates="events")


class DrillScore(Base):
    """One evaluation item: a rating (合格/基本合格/不合格) or score, and a comment."""

    __tablename__ = "drill_score"
    __table_args__ = (UniqueConstraint("drill_id", "item", name="uq_drill_score_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    drill_id: Mapped[int] = mapped_column(ForeignKey("drill.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    item: Mapped[str] = mapped_column(String(60))
    rating: Mapped[str] = mapped_column(String(10), default="")
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")

    drill: Mapped[Drill] = relationship(back_populates="scores")


class Finding(Tracked, Base):
    """A problem found in a drill, tracked until closed (待整改 → 整改中 → 已整改)."""

    __tablename__ = "finding"

    drill_id: Mapped[int] = mapped_column(ForeignKey("drill.id", ondelete="CASCADE"), index=True)
    problem: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(40), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(10), default="待整改")
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    triggers_revision: Mapped[bool] = mapped_column(Boolean, default=False)

    drill: Mapped[Drill] = relationship(back_populates="findings")
