"""The fleet work of a period as a report reads it: every vehicle and equipment check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, select

from db.fleet.common import Part
from db.fleet.data import EQUIPMENT, VEHICLE
from db.fleet.models import Check, Equipment, Vehicle


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


class Period(Part):
    """What a period report reads from the fleet."""

    def checks_between(self, start: dt.date, end: dt.date) -> list[CheckRow]:
        """Every vehicle and equipment check from ``start`` to ``end``, by date."""
        with self.db.read() as s:
            rows = s.execute(
                select(
                    Check.id,
                    Check.done_on,
                    Check.target_table,
                    Check.target_id,
                    Check.kind,
                    Check.passed,
                    Check.inspector,
                    Vehicle.plate,
                    Equipment.code,
                    Equipment.name,
                    Equipment.category,
                )
                .outerjoin(
                    Vehicle, and_(Check.target_table == VEHICLE, Vehicle.id == Check.target_id)
                )
                .outerjoin(
                    Equipment,
                    and_(Check.target_table == EQUIPMENT, Equipment.id == Check.target_id),
                )
                .where(Check.done_on >= start, Check.done_on <= end)
                .order_by(Check.done_on, Check.id)
            ).all()
        out = []
        for cid, on, table, target, kind, passed, inspector, plate, code, name, cat in rows:
            if table == VEHICLE:
                subject, category = plate or f"车辆#{target}", "车辆"
            else:
                subject = f"{code} {name}" if code else f"器材#{target}"
                category = cat or "器材"
            out.append(CheckRow(cid, on, table, subject, category, kind, passed, inspector))
        return out
