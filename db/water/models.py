"""Fire water sources (消防水源): the register, surveys, inspections, repairs and flow tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean
from sqlalchemy import Date
from sqlalchemy import Float
from sqlalchemy import ForeignKey
from sqlalchemy import Index
from sqlalchemy import Integer
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from db.base import Base
from db.base import Tracked
from db.limits import INTERNAL
from db.words import said

SOURCE_TYPES = (
    said("市政消火栓"),
    said("消防水鹤"),
    said("消防水池"),
    said("天然水源"),
    said("取水点"),
)
HYDRANT_FORMS = (said("地上式"), said("地下式"), said("墙壁式"))
NATURAL_FORMS = (said("河"), said("溪"), said("塘"), said("湖"), said("水库"), said("井"))
INTAKE_FORMS = (said("取水点"), said("取水码头"))
STATUSES = (said("可用"), said("故障"), said("维修中"), said("停用"), said("撤除"))
INSPECTION_KINDS = (said("巡查"), said("检查"), said("保养"), said("普查"), said("流量测试"))
RESULTS = ("合格", "不合格")
OUTCOMES = (said("合格"), said("不合格"), said("不适用"), said("未检"))
REPAIR_STATUSES = (said("待报修"), said("已报修"), said("维修中"), said("已修复"))
SURVEY_STATUSES = (said("进行中"), said("已完成"))


class WaterSource(Tracked, Base):
    """One water source. Per-type details (管网形式, 储水量 …) live in ``details`` (JSON)."""

    __tablename__ = "water_source"
    __table_args__ = (
        Index("ix_water_source_filter", "type", "status", "village"),
        Index("ix_water_source_grid", "lat_wgs", "lon_wgs"),
        # migration 0006: due lists of live sources; text search scans this, not the table
        Index("ix_water_source_due", "next_due", "archived"),
        Index("ix_water_source_text", "code", "name", "village", "address", "archived"),
        # migration 0009: 今天可用 counted from the index. On SQLite the same migration adds
        # the trigram index ``water_source_text`` kept by triggers: a migration that rebuilds
        # this table (batch "move and copy") must create them again.
        Index("ix_water_source_available", "archived", "status", "has_dry_season", "dry_months"),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    type: Mapped[str] = mapped_column(String(10))
    form: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    village: Mapped[str] = mapped_column(String(60), default="", index=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    crs: Mapped[str] = mapped_column(String(10), default="WGS84")
    lon_wgs: Mapped[float | None] = mapped_column(Float, nullable=True)  # converted for distances
    lat_wgs: Mapped[float | None] = mapped_column(Float, nullable=True)
    owner: Mapped[str] = mapped_column(String(100), default="")  # 水源归属/供水单位
    phone: Mapped[str] = mapped_column(String(40), default="")
    station: Mapped[str] = mapped_column(String(60), default="")  # 管辖队站
    status: Mapped[str] = mapped_column(String(10), default="可用", index=True)
    built_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}", info={INTERNAL: True})
    has_dry_season: Mapped[bool] = mapped_column(Boolean, default=False)
    dry_months: Mapped[str] = mapped_column(String(40), default="")  # e.g. "12,1,2"
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("water_source.id"), nullable=True)
    flow_class: Mapped[str] = mapped_column(String(4), default="", index=True)
    last_inspected_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Derived (recomputed in bulk and unaudited when a rule changes): audit verify skips it.
    next_due: Mapped[dt.date | None] = mapped_column(
        Date, nullable=True, index=True, info={"derived": True}
    )
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class Survey(Tracked, Base):
    """A survey campaign (普查): the sources to visit, their results, a closing summary."""

    __tablename__ = "survey"

    name: Mapped[str] = mapped_column(String(100))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    inspectors: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(10), default="进行中")
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[SurveyItem]] = relationship(
        back_populates="survey", cascade="all, delete-orphan"
    )


class SurveyItem(Base):
    __tablename__ = "survey_item"
    __table_args__ = (UniqueConstraint("survey_id", "source_id", name="uq_survey_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("water_source.id"), index=True)
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspection.id"), nullable=True)

    survey: Mapped[Survey] = relationship(back_populates="items")


class Inspection(Tracked, Base):
    """An inspection, patrol, maintenance or survey visit, with its checklist results."""

    __tablename__ = "inspection"
    __table_args__ = (Index("ix_inspection_source_date", "source_id", "inspected_on"),)

    source_id: Mapped[int] = mapped_column(ForeignKey("water_source.id"))
    inspected_on: Mapped[dt.date] = mapped_column(Date, index=True)
    inspectors: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(10), default="检查")
    result: Mapped[str] = mapped_column(String(10), default="合格")
    problems: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    survey_id: Mapped[int | None] = mapped_column(ForeignKey("survey.id"), nullable=True)

    items: Mapped[list[InspectionItem]] = relationship(
        back_populates="inspection",
        cascade="all, delete-orphan",
        order_by="InspectionItem.position",
    )


class InspectionItem(Base):
    __tablename__ = "inspection_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(120))
    outcome: Mapped[str] = mapped_column(String(10), default="合格")
    value: Mapped[str] = mapped_column(String(40), default="")
    unit: Mapped[str] = mapped_column(String(10), default="")

    inspection: Mapped[Inspection] = relationship(back_populates="items")


class WaterRepair(Tracked, Base):
    """A repair of a failed source, reported to the water company or owner."""

    __tablename__ = "water_repair"

    source_id: Mapped[int] = mapped_column(ForeignKey("water_source.id"), index=True)
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspection.id"), nullable=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    problem: Mapped[str] = mapped_column(Text)
    reported_to: Mapped[str] = mapped_column(String(100), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="待报修", index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")


class FlowTest(Tracked, Base):
    """A hydrant flow test (NFPA 291): pressures and outlet, flow at 0.14 MPa and class."""

    __tablename__ = "flow_test"

    source_id: Mapped[int] = mapped_column(ForeignKey("water_source.id"), index=True)
    tested_on: Mapped[dt.date] = mapped_column(Date)
    static_mpa: Mapped[float] = mapped_column(Float)
    residual_mpa: Mapped[float] = mapped_column(Float)
    pitot_mpa: Mapped[float] = mapped_column(Float)
    outlet_mm: Mapped[float] = mapped_column(Float)
    coefficient: Mapped[float] = mapped_column(Float, default=0.9)
    flow_lps: Mapped[float] = mapped_column(Float)
    rated_lps: Mapped[float] = mapped_column(Float)
    flow_class: Mapped[str] = mapped_column(String(4))
    testers: Mapped[str] = mapped_column(String(120), default="")
