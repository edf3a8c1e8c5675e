"""Due items of vehicles and equipment for the home page and ``rescue-ledger due``."""

from __future__ import annotations

import datetime as dt

from db.due import OPEN
from db.due import DueItem
from db.due import provider
from db.due import state_for
from db.engine import Database
from db.fleet import EQUIPMENT
from db.fleet import VEHICLE
from db.fleet import VEHICLE_KINDS
from db.fleet import Fleet
from db.words import said


@provider
def vehicle_items(database: Database, today: dt.date, within: int) -> list[DueItem]:
    """Vehicle services, insurance and annual inspection due or overdue (daily checks only
    when already missed)."""
    out = []
    for row in Fleet(database).vehicle_rows():
        v = row.vehicle
        if v.status == "报废" or v.id is None:
            continue
        for kind in VEHICLE_KINDS:
            due = row.dues[kind].due
            if due is None:
                continue
            horizon = 0 if kind == "例行检查" else within
            state = state_for(due, today, horizon)
            if state:
                out.append(DueItem(said("车辆"), v.plate, kind, due, state, (VEHICLE, v.id)))
        for what, date in (
            (said("保险到期"), v.insurance_due),
            (said("年检到期"), v.inspection_due),
        ):
            if date is not None and (state := state_for(date, today, within)):
                out.append(DueItem(said("车辆"), v.plate, what, date, state, (VEHICLE, v.id)))
    return out


@provider
def equipment_items(database: Database, today: dt.date, within: int) -> list[DueItem]:
    """Item tests and retirements due, and everything out of service or under repair."""
    fleet = Fleet(database)
    horizon = today + dt.timedelta(days=within)
    out = []
    for items, what, field in (
        (fleet.equipment_due(horizon, limit=200), said("检验"), "next_due"),
        (fleet.equipment_retiring(horizon, limit=200), said("到期报废"), "retire_on"),
    ):
        for e in items:
            date = getattr(e, field)
            if date and e.id is not None and (state := state_for(date, today, within)):
                subject = f"{e.code} {e.name}"
                out.append(DueItem(said("器材"), subject, what, date, state, (EQUIPMENT, e.id)))
    for item in fleet.out_of_service():
        register = said("车辆") if item.target_table == VEHICLE else said("器材")
        out.append(
            DueItem(
                register,
                item.subject,
                said("停用待修：{problem}", problem=item.problem or said(item.status)),
                None,
                OPEN,
                (item.target_table, item.target_id),
            )
        )
    return out
