"""The fleet work of a period as a report reads it: every vehicle and equipment check, and the
repair tickets opened or resolved, each with what it is about (a plate, or an item's code and
name) read in the same query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_
from sqlalchemy import or_
from sqlalchemy import select

from db.fleet.common import Part
from db.fleet.data import EQUIPMENT
from db.fleet.data import VEHICLE
from db.fleet.data import RepairData
from db.fleet.models import Check
from db.fleet.models import Equipment
from db.fleet.models import RepairTicket
from db.fleet.models import Vehicle
from db.fleet.repairs import _repair_data


@dataclass
class CheckRow:
    """One check of a period: when, on what (a plate, or an item's code and name), its kind
    and whether it passed."""

    check_id: int
    done_on: dt.date
    target_table: str
    subject: str
    category: str  # "车辆" or the equipment category
    kind: str
    passed: bool
    inspector: str


def _with_subject(query: Any, table: Any, target: Any) -> Any:
    """``query`` with the plate, or the item's code, name and category, of its target."""
    return (
        query.add_columns(Vehicle.plate, Equipment.code, Equipment.name, Equipment.category)
        .outerjoin(Vehicle, and_(table == VEHICLE, Vehicle.id == target))
        .outerjoin(Equipment, and_(table == EQUIPMENT, Equipment.id == target))
    )


def _subject(
    table: str, target: int, plate: Any, code: Any, name: Any, cat: Any
) -> tuple[str, str]:
    """What a check or ticket is about, and its category ("车辆" or the item's)."""
    if table == VEHICLE:
        return plate or f"车辆#{target}", "车辆"
    return (f"{code} {name}" if code else f"器材#{target}"), cat or "器材"


class Period(Part):
    """What a period report reads from the fleet."""

    def checks_between(self, start: dt.date, end: dt.date) -> list[CheckRow]:
        """Every vehicle and equipment check from ``start`` to ``end``, by date."""
        query = _with_subject(
            select(
                Check.id,
                Check.done_on,
                Check.target_table,
                Check.target_id,
                Check.kind,
                Check.passed,
                Check.inspector,
            ),
            Check.target_table,
            Check.target_id,
        )
        with self.db.read() as s:
            rows = s.execute(
                query.where(Check.done_on >= start, Check.done_on <= end).order_by(
                    Check.done_on, Check.id
                )
            ).all()
        out = []
        for cid, on, table, target, kind, passed, inspector, *about in rows:
            subject, category = _subject(table, target, *about)
            out.append(CheckRow(cid, on, table, subject, category, kind, passed, inspector))
        return out

    def repairs_between(self, start: dt.date, end: dt.date) -> list[RepairData]:
        """Repair tickets opened or resolved from ``start`` to ``end``, by opening date."""
        query = _with_subject(
            select(RepairTicket), RepairTicket.target_table, RepairTicket.target_id
        ).where(
            or_(
                and_(RepairTicket.opened_on >= start, RepairTicket.opened_on <= end),
                and_(RepairTicket.resolved_on >= start, RepairTicket.resolved_on <= end),
            )
        )
        with self.db.read() as s:
            rows = s.execute(query.order_by(RepairTicket.opened_on, RepairTicket.id)).all()
            return [
                _repair_data(r, _subject(r.target_table, r.target_id, *about)[0])
                for r, *about in rows
            ]
