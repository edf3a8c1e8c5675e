"""The fleet's tables: vehicles and their kit lists, equipment, checklists, checks and repairs."""

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
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from db.base import Base
from db.base import Tracked
from db.words import said

VEHICLE_STATUSES = (said("执勤"), said("备用"), said("维修"), said("报废"))
EQUIPMENT_CATEGORIES = (
    said("水带"),
    said("水枪/水炮"),
    said("机动泵"),
    said("呼吸器"),
    said("气瓶"),
    said("灭火器"),
    said("破拆工具"),
    said("照明"),
    said("通信"),
    said("防护服"),
    said("其他"),
)
EQUIPMENT_STATUSES = (said("在用"), said("备用"), said("维修"), said("停用"), said("报废"))
CHECK_KINDS = (
    said("例行检查"),
    said("一级保养"),
    said("二级保养"),
    said("水泵测试"),
    said("定期检验"),
    said("使用后检查"),
)
ITEM_KINDS = ("pass", "value", "quantity")  # pass/fail; a measured value; a count against kit
OUTCOMES = (said("合格"), said("不合格"), said("不适用"), said("未检"))
REPAIR_STATUSES = (said("待维修"), said("维修中"), said("已修复"), said("已关闭"))


class Vehicle(Tracked, Base):
    """A fire vehicle (消防车辆)."""

    __tablename__ = "vehicle"

    plate: Mapped[str] = mapped_column(String(20), unique=True)
    type: Mapped[str] = mapped_column(String(40), default="水罐消防车")
    tank_l: Mapped[float | None] = mapped_column(Float, nullable=True)
    foam_l: Mapped[float | None] = mapped_column(Float, nullable=True)
    pump_lps: Mapped[float | None] = mapped_column(Float, nullable=True)
    in_service_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    mileage_km: Mapped[float | None] = mapped_column(Float, nullable=True)
    insurance_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    inspection_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="执勤", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    kit: Mapped[list[KitItem]] = relationship(
        back_populates="vehicle", cascade="all, delete-orphan", order_by="KitItem.position"
    )


class KitItem(Base):
    """What a vehicle should carry (随车器材清单): counted at each vehicle check."""

    __tablename__ = "kit_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(
        ForeignKey("vehicle.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(60))
    compartment: Mapped[str] = mapped_column(String(30), default="")
    expected: Mapped[int] = mapped_column(Integer, default=1)

    vehicle: Mapped[Vehicle] = relationship(back_populates="kit")


class Equipment(Tracked, Base):
    """A serialised item of equipment (装备器材)."""

    __tablename__ = "equipment"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), index=True)
    category: Mapped[str] = mapped_column(String(20), index=True)
    spec: Mapped[str] = mapped_column(String(80), default="")
    # 灭火剂类型 of an extinguisher (db.fleet.rules.AGENTS); "" for other items.
    agent: Mapped[str] = mapped_column(String(10), default="", server_default="")
    manufactured_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    location: Mapped[str] = mapped_column(String(60), default="")
    vehicle_id: Mapped[int | None] = mapped_column(
        ForeignKey("vehicle.id"), nullable=True, index=True
    )
    compartment: Mapped[str] = mapped_column(String(30), default="")
    status: Mapped[str] = mapped_column(String(10), default="在用", index=True)
    last_test_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    next_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    retire_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    vehicle: Mapped[Vehicle | None] = relationship()


class CheckTemplateItem(Tracked, Base):
    """A checklist line for a target kind: ``target`` is "vehicle" or an equipment category."""

    __tablename__ = "check_template_item"

    target: Mapped[str] = mapped_column(String(20), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(10), default="pass")
    unit: Mapped[str] = mapped_column(String(10), default="")


class Check(Tracked, Base):
    """A performed check, maintenance or test of a vehicle or an item."""

    __tablename__ = "check"
    __table_args__ = (Index("ix_check_target", "target_table", "target_id", "done_on"),)

    target_table: Mapped[str] = mapped_column(String(20))  # "vehicle" | "equipment"
    target_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    done_on: Mapped[dt.date] = mapped_column(Date)
    inspector: Mapped[str] = mapped_column(String(60), default="")
    passed: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    mileage_km: Mapped[float | None] = mapped_column(Float, nullable=True)

    results: Mapped[list[CheckResult]] = relationship(
        back_populates="check", cascade="all, delete-orphan", order_by="CheckResult.position"
    )


class CheckResult(Base):
    __tablename__ = "check_result"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("check.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(10), default="pass")
    outcome: Mapped[str] = mapped_column(String(10), default="合格")
    value: Mapped[str] = mapped_column(String(40), default="")
    unit: Mapped[str] = mapped_column(String(10), default="")
    expected: Mapped[int | None] = mapped_column(Integer, nullable=True)
    counted: Mapped[int | None] = mapped_column(Integer, nullable=True)

    check: Mapped[Check] = relationship(back_populates="results")


class RepairTicket(Tracked, Base):
    """A repair (待维修 → 维修中 → 已修复 → 已关闭); opened by a failed check item."""

    __tablename__ = "repair_ticket"
    __table_args__ = (Index("ix_repair_ticket_target", "target_table", "target_id"),)

    target_table: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int] = mapped_column(Integer)
    check_id: Mapped[int | None] = mapped_column(ForeignKey("check.id"), nullable=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    problem: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="待维修", index=True)
    assigned_to: Mapped[str] = mapped_column(String(60), default="")
    cost: Mapped[float | None] = mapped_column(Float, nullable=True)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    previous_status: Mapped[str] = mapped_column(String(10), default="")
