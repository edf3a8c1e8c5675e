"""Vehicles and their kit lists; each service's last and next date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db import records
from db import validate
from db.errors import NotFoundError
from db.errors import refuse
from db.fleet.checklists import has_pump
from db.fleet.common import VEHICLE_GONE
from db.fleet.common import Part
from db.fleet.data import OPEN_REPAIR
from db.fleet.data import VEHICLE
from db.fleet.data import VEHICLE_KINDS
from db.fleet.data import KitItemData
from db.fleet.data import ServiceDue
from db.fleet.data import VehicleData
from db.fleet.data import VehicleRow
from db.fleet.models import VEHICLE_STATUSES
from db.fleet.models import Check
from db.fleet.models import Equipment
from db.fleet.models import KitItem
from db.fleet.models import RepairTicket
from db.fleet.models import Vehicle
from db.fleet.rules import COVERS
from db.words import said
from db.words import said_list

PUMP_TEST = "水泵测试"


def _vehicle_data(v: Vehicle) -> VehicleData:
    return records.as_data(
        VehicleData, v, kit=[KitItemData(k.name, k.expected, k.compartment, k.id) for k in v.kit]
    )


def vehicle_problems(data: VehicleData) -> dict[str, str]:
    """What is wrong with ``data``, by field: the rules a vehicle's dialog and its import share
    (a plate another vehicle has is the dialog's own check; the import matches by plate)."""
    problems: dict[str, str] = {}
    if msg := validate.required(data.plate, said("车牌号"), 20):
        problems["plate"] = msg
    if data.status not in VEHICLE_STATUSES:
        problems["status"] = said("状态只能是：{options}", options=said_list(VEHICLE_STATUSES))
    for name in ("tank_l", "foam_l", "pump_lps", "mileage_km"):
        value = getattr(data, name)
        if value is not None and value < 0:
            problems[name] = said("不能为负数")
    for i, k in enumerate(data.kit):
        if not k.name.strip():
            problems[f"kit.{i}"] = said("随车器材第{row}行：请填写名称", row=i + 1)
        elif k.expected < 0:
            problems[f"kit.{i}"] = said("随车器材“{name}”：数量不能为负数", name=k.name)
    return problems


class Vehicles(Part):
    """The vehicle register."""

    def vehicles(self, include_archived: bool = False) -> list[VehicleData]:
        with self.db.read() as s:
            query = select(Vehicle).options(selectinload(Vehicle.kit)).order_by(Vehicle.plate)
            if not include_archived:
                query = query.where(Vehicle.archived.is_(False))
            return [_vehicle_data(v) for v in s.scalars(query)]

    def vehicle(self, vehicle_id: int) -> VehicleData:
        with self.db.read() as s:
            return _vehicle_data(
                records.load(s, Vehicle, vehicle_id, said("找不到车辆 #{id}", id=vehicle_id))
            )

    def vehicle_by_plate(self, plate: str) -> VehicleData:
        """The vehicle with ``plate`` however it is written (渝A12345 = 渝A·12345)."""
        wanted = validate.normalize_plate(plate)
        with self.db.read() as s:
            for v in s.scalars(select(Vehicle).order_by(Vehicle.archived, Vehicle.id)):
                if validate.normalize_plate(v.plate) == wanted:
                    return _vehicle_data(v)
            raise NotFoundError(said("没有车牌号为“{plate}”的车辆", plate=plate))

    def validate_vehicle(self, data: VehicleData) -> dict[str, str]:
        problems = vehicle_problems(data)
        if "plate" not in problems:
            wanted = validate.normalize_plate(data.plate)
            with self.db.read() as s:
                others = s.execute(select(Vehicle.plate).where(Vehicle.id != (data.id or 0)))
                clash = any(validate.normalize_plate(p) == wanted for (p,) in others)
            if clash:
                problems["plate"] = said("已有车牌号为“{plate}”的车辆", plate=data.plate.strip())
        return problems

    def save_vehicle(self, data: VehicleData) -> int:
        """Insert or update a vehicle with its kit list (the kit list is replaced as given)."""
        refuse(self.validate_vehicle(data))
        with self.db.transaction() as s:
            v = records.for_save(s, Vehicle, data, VEHICLE_GONE)
            v.plate = validate.normalize_plate(data.plate)  # 渝A12345 → 渝A·12345
            for name in (
                "type",
                "tank_l",
                "foam_l",
                "pump_lps",
                "in_service_on",
                "mileage_km",
                "insurance_due",
                "inspection_due",
                "status",
                "notes",
            ):
                setattr(v, name, getattr(data, name))
            self._set_kit(v, data.kit)
            s.flush()
            return int(v.id)

    @staticmethod
    def _set_kit(v: Vehicle, kit: Sequence[KitItemData]) -> None:
        existing = {k.id: k for k in v.kit}
        keep: list[KitItem] = []
        for pos, item in enumerate(kit):
            row = existing.get(item.id) if item.id is not None else None
            if row is None:
                row = KitItem()
            row.name, row.expected = item.name.strip(), int(item.expected)
            row.compartment, row.position = item.compartment.strip(), pos
            keep.append(row)
        v.kit[:] = keep

    def delete_vehicle(self, vehicle_id: int, version: int | None) -> str:
        """Delete a vehicle read at ``version``; one with checks, repairs or equipment on
        record is archived."""
        with self.db.transaction() as s:
            v = records.current(s, Vehicle, vehicle_id, version, VEHICLE_GONE)
            carries = s.scalar(select(func.count()).where(Equipment.vehicle_id == vehicle_id))
            return records.retire(s, v, self._has_history(s, VEHICLE, vehicle_id) or bool(carries))

    def restore_vehicle(self, vehicle_id: int, version: int | None) -> None:
        """Bring an archived vehicle back into the register; refused while a vehicle in use
        has the same plate however written."""
        with self.db.transaction() as s:
            records.restore(
                s,
                Vehicle,
                vehicle_id,
                version,
                VEHICLE_GONE,
                "plate",
                lambda own, twin: said(
                    "不能恢复“{own}”：在用车辆“{twin}”是同一个车牌号。请先把其中一辆的车牌号改正。",
                    own=own,
                    twin=twin,
                ),
                validate.normalize_plate,
            )

    def last_checks(self, table: str = VEHICLE) -> dict[int, dict[str, dt.date]]:
        """{target id: {kind: last date}}, a 二级保养 also counting as a 一级保养."""
        with self.db.read() as s:
            rows = s.execute(
                select(Check.target_id, Check.kind, func.max(Check.done_on))
                .where(Check.target_table == table)
                .group_by(Check.target_id, Check.kind)
            ).all()
        out: dict[int, dict[str, dt.date]] = {}
        for target_id, kind, last in rows:
            for counted in COVERS.get(kind, (kind,)):
                seen = out.setdefault(target_id, {})
                if counted not in seen or seen[counted] < last:
                    seen[counted] = last
        return out

    def vehicle_rows(self, include_archived: bool = False) -> list[VehicleRow]:
        """Every vehicle with the last and next date of each service kind."""
        intervals = self.intervals()
        last = self.last_checks(VEHICLE)
        with self.db.read() as s:
            open_counts = dict(
                s.execute(
                    select(RepairTicket.target_id, func.count())
                    .where(
                        RepairTicket.target_table == VEHICLE,
                        RepairTicket.status.in_(OPEN_REPAIR),
                    )
                    .group_by(RepairTicket.target_id)
                ).all()
            )
        out = []
        for v in self.vehicles(include_archived):
            assert v.id is not None
            done = last.get(v.id, {})
            dues = {}
            pump = has_pump(v.tank_l, v.foam_l, v.pump_lps)
            for kind in VEHICLE_KINDS:
                since = done.get(kind) or v.in_service_on
                due = intervals.vehicle_due(kind, since) if pump or kind != PUMP_TEST else None
                dues[kind] = ServiceDue(kind, done.get(kind), due)
            out.append(VehicleRow(v, dues, open_counts.get(v.id, 0)))
        return out
