"""What the fleet's parts share: the database, the interval rules and
the lookups of a check's or repair's target."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import NotFoundError
from db.fleet.data import VEHICLE
from db.fleet.models import Check
from db.fleet.models import Equipment
from db.fleet.models import RepairTicket
from db.fleet.models import Vehicle
from db.fleet.rules import Intervals
from db.words import said

VEHICLE_GONE = said("这辆车已被删除")
EQUIPMENT_GONE = said("这件器材已被删除")


class Part:
    """Base of the facade's parts (:class:`db.fleet.Fleet` is composed of them)."""

    db: Database

    def intervals(self) -> Intervals:
        return Intervals.load(self.db)

    @staticmethod
    def _has_history(s: Session, table: str, record_id: int) -> bool:
        checks = s.scalar(
            select(func.count()).where(Check.target_table == table, Check.target_id == record_id)
        )
        repairs = s.scalar(
            select(func.count()).where(
                RepairTicket.target_table == table, RepairTicket.target_id == record_id
            )
        )
        return bool(checks or repairs)

    @staticmethod
    def _target(s: Session, table: str, target_id: int) -> Vehicle | Equipment:
        row: Vehicle | Equipment | None = (
            s.get(Vehicle, target_id) if table == VEHICLE else s.get(Equipment, target_id)
        )
        if row is None:
            raise NotFoundError(VEHICLE_GONE if table == VEHICLE else EQUIPMENT_GONE)
        return row

    @staticmethod
    def _subject(s: Session, table: str, target_id: int) -> str:
        if table == VEHICLE:
            plate = s.scalar(select(Vehicle.plate).where(Vehicle.id == target_id))
            return plate or f"车辆#{target_id}"
        row = s.execute(
            select(Equipment.code, Equipment.name).where(Equipment.id == target_id)
        ).first()
        return f"{row[0]} {row[1]}" if row else f"器材#{target_id}"
