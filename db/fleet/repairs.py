"""Repair tickets (待维修 → 维修中 → 已修复 → 已关闭): opening one takes the vehicle or item
out of service, resolving the last open one brings it back to its previous status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from db import records
from db import validate
from db.errors import NotFoundError
from db.errors import ValidationError
from db.errors import refuse
from db.fleet.common import Part
from db.fleet.data import EQUIPMENT
from db.fleet.data import OPEN_REPAIR
from db.fleet.data import OUT_OF_SERVICE
from db.fleet.data import TARGETS
from db.fleet.data import VEHICLE
from db.fleet.data import OutOfService
from db.fleet.data import RepairData
from db.fleet.models import Equipment
from db.fleet.models import RepairTicket
from db.fleet.models import Vehicle
from db.words import said


def _repair_data(r: RepairTicket, subject: str = "") -> RepairData:
    return records.as_data(RepairData, r, subject=subject)


def open_ticket(
    s: Session,
    target: Vehicle | Equipment,
    table: str,
    problem: str,
    opened_on: dt.date,
    check_id: int | None,
) -> int:
    """Open a ticket for ``target`` in session ``s``; it goes out of service (status 维修), the
    status it had before the first open ticket remembered."""
    previous = target.status
    if previous == OUT_OF_SERVICE:
        # Already out of service: remember what it was before the first open ticket.
        earlier = s.scalar(
            select(RepairTicket.previous_status)
            .where(
                RepairTicket.target_table == table,
                RepairTicket.target_id == target.id,
                RepairTicket.status.in_(OPEN_REPAIR),
            )
            .order_by(RepairTicket.id)
            .limit(1)
        )
        previous = earlier or previous
    ticket = RepairTicket(
        target_table=table,
        target_id=target.id,
        check_id=check_id,
        opened_on=opened_on,
        problem=problem[:2000],
        status="待维修",
        previous_status=previous,
    )
    s.add(ticket)
    target.status = OUT_OF_SERVICE
    s.flush()
    return int(ticket.id)


class Repairs(Part):
    """Repair tickets and what is out of service."""

    def open_repair(
        self,
        target_table: str,
        target_id: int,
        problem: str,
        opened_on: dt.date | None = None,
        check_id: int | None = None,
    ) -> int:
        """Open a repair ticket by hand; the vehicle or item goes out of service."""
        if msg := validate.required(problem, said("故障情况"), 2000):
            raise ValidationError({"problem": msg})
        if target_table not in TARGETS:
            raise ValidationError({"target_table": said("请选择车辆或器材")})
        with self.db.transaction() as s:
            target = self._target(s, target_table, target_id)
            return open_ticket(
                s, target, target_table, problem.strip(), opened_on or dt.date.today(), check_id
            )

    def repair(self, repair_id: int) -> RepairData:
        with self.db.read() as s:
            r = s.get(RepairTicket, repair_id)
            if r is None:
                raise NotFoundError(said("找不到维修单 #{id}", id=repair_id))
            return _repair_data(r, self._subject(s, r.target_table, r.target_id))

    def repairs(
        self,
        open_only: bool = True,
        target: tuple[str, int] | None = None,
        limit: int = 500,
    ) -> list[RepairData]:
        """Repair tickets, newest first (open ones only unless ``open_only`` is False)."""
        with self.db.read() as s:
            query = select(RepairTicket).order_by(
                RepairTicket.opened_on.desc(), RepairTicket.id.desc()
            )
            if open_only:
                query = query.where(RepairTicket.status.in_(OPEN_REPAIR))
            if target is not None:
                query = query.where(
                    RepairTicket.target_table == target[0], RepairTicket.target_id == target[1]
                )
            rows = list(s.scalars(query.limit(limit)))
            return [_repair_data(r, self._subject(s, r.target_table, r.target_id)) for r in rows]

    def start_repair(self, repair_id: int, assigned_to: str = "", *, version: int | None) -> None:
        """待维修 → 维修中."""
        with self.db.transaction() as s:
            r = self._ticket(s, repair_id, version)
            if r.status != "待维修":
                raise ValidationError(
                    {"status": said("维修单当前为“{status}”，不能开始维修", status=said(r.status))}
                )
            r.status = "维修中"
            if assigned_to.strip():
                r.assigned_to = assigned_to.strip()

    def resolve_repair(
        self,
        repair_id: int,
        resolution: str,
        *,
        done_by: str = "",
        cost: float | None = None,
        resolved_on: dt.date | None = None,
        version: int | None,
    ) -> str:
        """待维修/维修中 → 已修复. When no other ticket is open for it, the vehicle or item goes
        back to the status it had before; returns that status ("" if it stays out)."""
        problems: dict[str, str] = {}
        if msg := validate.required(resolution, said("维修情况"), 2000):
            problems["resolution"] = msg
        if cost is not None and cost < 0:
            problems["cost"] = said("费用不能为负数")
        refuse(problems)
        with self.db.transaction() as s:
            r = self._ticket(s, repair_id, version)
            if r.status not in OPEN_REPAIR:
                raise ValidationError(
                    {"status": said("维修单当前为“{status}”，不能再次修复", status=said(r.status))}
                )
            r.status = "已修复"
            r.resolution = resolution.strip()
            r.resolved_on = resolved_on or dt.date.today()
            r.cost = cost
            if done_by.strip():
                r.assigned_to = done_by.strip()
            s.flush()
            still_open = s.scalar(
                select(func.count()).where(
                    RepairTicket.target_table == r.target_table,
                    RepairTicket.target_id == r.target_id,
                    RepairTicket.status.in_(OPEN_REPAIR),
                )
            )
            if still_open:
                return ""
            target = self._target(s, r.target_table, r.target_id)
            if target.status == OUT_OF_SERVICE:
                default = "执勤" if r.target_table == VEHICLE else "在用"
                target.status = r.previous_status or default
            return target.status

    def close_repair(self, repair_id: int, version: int | None) -> None:
        """已修复 → 已关闭 (checked and signed off)."""
        with self.db.transaction() as s:
            r = self._ticket(s, repair_id, version)
            if r.status != "已修复":
                raise ValidationError({"status": said("只有“已修复”的维修单才能关闭")})
            r.status = "已关闭"
            r.closed_on = dt.date.today()

    @staticmethod
    def _ticket(s: Session, repair_id: int, version: int | None) -> RepairTicket:
        return records.current(s, RepairTicket, repair_id, version, said("这张维修单已被删除"))

    def out_of_service(self) -> list[OutOfService]:
        """Vehicles and items that are 维修 or 停用 (not archived), with their open repair."""
        with self.db.read() as s:
            since: dict[tuple[str, int], tuple[dt.date, str]] = {}
            for r in s.scalars(
                select(RepairTicket)
                .where(RepairTicket.status.in_(OPEN_REPAIR))
                .order_by(RepairTicket.id.desc())
            ):
                since[(r.target_table, r.target_id)] = (r.opened_on, r.problem)
            out = []
            for v in s.scalars(
                select(Vehicle)
                .where(Vehicle.archived.is_(False), Vehicle.status == OUT_OF_SERVICE)
                .order_by(Vehicle.plate)
            ):
                on, problem = since.get((VEHICLE, v.id), (None, ""))
                out.append(OutOfService(VEHICLE, v.id, v.plate, "车辆", v.status, on, problem))
            for e in s.scalars(
                select(Equipment)
                .where(
                    Equipment.archived.is_(False), Equipment.status.in_((OUT_OF_SERVICE, "停用"))
                )
                .order_by(Equipment.category, Equipment.code)
                .limit(1000)
            ):
                on, problem = since.get((EQUIPMENT, e.id), (None, ""))
                out.append(
                    OutOfService(
                        EQUIPMENT, e.id, f"{e.code} {e.name}", e.category, e.status, on, problem
                    )
                )
            return out
