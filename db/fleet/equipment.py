"""The equipment register; each item's next test and retirement date are stored on its row
and kept up to date here, so long lists never compute them."""

from __future__ import annotations

import datetime as dt
from typing import Any
from typing import cast

from sqlalchemy import Select
from sqlalchemy import Table
from sqlalchemy import bindparam
from sqlalchemy import select
from sqlalchemy import update
from sqlalchemy.orm import Session

from db import records
from db import validate
from db.errors import refuse
from db.fleet.common import EQUIPMENT_GONE
from db.fleet.common import Part
from db.fleet.data import EQUIPMENT
from db.fleet.data import EquipmentData
from db.fleet.data import EquipmentFilter
from db.fleet.models import EQUIPMENT_STATUSES
from db.fleet.models import Equipment
from db.fleet.models import Vehicle
from db.fleet.rules import AGENT_CATEGORY
from db.fleet.rules import AGENTS
from db.fleet.rules import Intervals
from db.paging import PAGE_SIZE
from db.paging import Page
from db.paging import any_contains
from db.paging import clamp
from db.paging import count
from db.paging import not_archived
from db.paging import register_total
from db.words import said
from db.words import said_list

EQUIPMENT_ROW_COLUMNS = (
    Equipment.code, Equipment.name, Equipment.category, Equipment.spec,
    Equipment.manufactured_on, Equipment.location, Equipment.vehicle_id, Equipment.compartment,
    Equipment.status, Equipment.last_test_on, Equipment.notes, Equipment.id, Equipment.version,
    Equipment.archived, Equipment.next_due, Equipment.retire_on, Vehicle.plate, Equipment.agent,
)  # fmt: skip
_PLATE = EQUIPMENT_ROW_COLUMNS.index(Vehicle.plate)


def _equipment_row(row: Any) -> EquipmentData:
    """An EquipmentData from a row of ``EQUIPMENT_ROW_COLUMNS``."""
    values = list(row)
    values[_PLATE] = values[_PLATE] or ""  # no truck: no plate
    return EquipmentData(*values)


def _equipment_data(e: Equipment, plate: str | None = "") -> EquipmentData:
    return EquipmentData(
        e.code,
        e.name,
        e.category,
        e.spec,
        e.manufactured_on,
        e.location,
        e.vehicle_id,
        e.compartment,
        e.status,
        e.last_test_on,
        e.notes,
        e.id,
        e.version,
        e.archived,
        e.next_due,
        e.retire_on,
        plate or "",
        e.agent,
    )


def equipment_problems(data: EquipmentData) -> dict[str, str]:
    """What is wrong with ``data``, by field: the rules an item's dialog and its import share
    (a number or a vehicle in the register is the dialog's own check; the import matches
    items by number and vehicles by plate)."""
    problems = validate.found(
        code=validate.required(data.code, said("编号"), 40),
        name=validate.required(data.name, said("名称"), 80),
    )
    if msg := validate.required(data.category, said("类别"), 20):  # the office's own list
        problems["category"] = msg
    if data.status not in EQUIPMENT_STATUSES:
        problems["status"] = said("状态只能是：{options}", options=said_list(EQUIPMENT_STATUSES))
    if data.agent and data.agent not in AGENTS:
        problems["agent"] = said("灭火剂类型只能是：{options}", options=said_list(AGENTS))
    elif data.category.strip() == AGENT_CATEGORY and not data.agent:
        problems["agent"] = said("请选择灭火剂类型（决定维修和报废年限）")
    made, tested = data.manufactured_on, data.last_test_on
    problems |= validate.found(
        manufactured_on=validate.not_future(made, said("生产日期")),
        last_test_on=validate.not_future(tested, said("上次检验日期")),
    )
    if made and tested and tested < made and "last_test_on" not in problems:
        problems["last_test_on"] = said(
            "上次检验日期 {tested} 早于生产日期 {made}", tested=tested, made=made
        )
    return problems


# Above this many text matches the search stays one SQL query (no long IN list).
TEXT_MATCH_LIMIT = 5000
EQUIPMENT_SORTS = {
    "code": Equipment.code,
    "name": Equipment.name,
    "category": Equipment.category,
    "status": Equipment.status,
    "next_due": Equipment.next_due,
    "retire_on": Equipment.retire_on,
    "location": Equipment.location,
    "manufactured_on": Equipment.manufactured_on,
    "last_test_on": Equipment.last_test_on,
}


class EquipmentRegister(Part):
    """Serialised items of equipment."""

    def equipment(self, equipment_id: int) -> EquipmentData:
        with self.db.read() as s:
            e = records.load(s, Equipment, equipment_id, said("找不到器材 #{id}", id=equipment_id))
            return _equipment_data(e, e.vehicle.plate if e.vehicle else "")

    def equipment_by_code(self, code: str) -> EquipmentData:
        with self.db.read() as s:
            missing = said("没有编号为“{code}”的器材", code=code)
            e = records.load_by(s, Equipment.code, code, missing)
            return _equipment_data(e, e.vehicle.plate if e.vehicle else "")

    def validate_equipment(self, data: EquipmentData) -> dict[str, str]:
        problems = equipment_problems(data)
        with self.db.read() as s:
            if "code" not in problems and records.taken(s, Equipment.code, data.code, data.id):
                problems["code"] = said("已有编号为“{code}”的器材", code=data.code.strip())
            if data.vehicle_id is not None and s.get(Vehicle, data.vehicle_id) is None:
                problems["vehicle_id"] = said("所选车辆不存在")
        return problems

    def save_equipment(self, data: EquipmentData) -> int:
        """Insert or update an item; its next test and retirement dates are recomputed."""
        refuse(self.validate_equipment(data))
        intervals = self.intervals()
        with self.db.transaction() as s:
            e = records.for_save(s, Equipment, data, EQUIPMENT_GONE)
            e.code, e.name = data.code.strip(), data.name.strip()
            e.agent = data.agent if data.category.strip() == AGENT_CATEGORY else ""
            for name in (
                "category",
                "spec",
                "manufactured_on",
                "location",
                "vehicle_id",
                "compartment",
                "status",
                "last_test_on",
                "notes",
            ):
                setattr(e, name, getattr(data, name))
            e.next_due, e.retire_on = intervals.equipment_dates(
                e.category, e.agent, e.manufactured_on, e.last_test_on
            )
            s.flush()
            return int(e.id)

    def delete_equipment(self, equipment_id: int, version: int | None) -> str:
        """Delete an item read at ``version``; one with checks or repairs on record is
        archived instead."""
        with self.db.transaction() as s:
            e = records.current(s, Equipment, equipment_id, version, EQUIPMENT_GONE)
            return records.retire(s, e, self._has_history(s, EQUIPMENT, equipment_id))

    def restore_equipment(self, equipment_id: int, version: int | None) -> None:
        """Bring an archived item back into the register; refused while an item in use has
        the same number as imports match it (case, full-width forms and spaces aside)."""
        with self.db.transaction() as s:
            records.restore(
                s,
                Equipment,
                equipment_id,
                version,
                EQUIPMENT_GONE,
                "code",
                lambda own, twin: said(
                    "不能恢复“{own}”：在用器材“{twin}”的编号与它相同"
                    "（不分大小写、全角半角和空格）。请先给其中一件换一个编号。",
                    own=own,
                    twin=twin,
                ),
            )

    @staticmethod
    def _equipment_query(f: EquipmentFilter) -> Select[Any]:
        query = select(Equipment)
        if not f.include_archived:
            query = query.where(not_archived(Equipment))
        if f.text.strip():
            query = query.where(
                any_contains(
                    f.text, Equipment.code, Equipment.name, Equipment.spec, Equipment.location
                )
            )
        if f.category:
            query = query.where(Equipment.category == f.category)
        if f.status:
            query = query.where(Equipment.status == f.status)
        if f.vehicle_id is not None:
            query = query.where(Equipment.vehicle_id == f.vehicle_id)
        if f.due_before is not None:
            query = query.where(Equipment.next_due <= f.due_before)
        return query

    def equipment_page(
        self,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        sort: str = "code",
        descending: bool = False,
        filter: EquipmentFilter | None = None,  # noqa: A002 - the brief's name
    ) -> Page[EquipmentData]:
        """One page of the equipment register, sorted and filtered in SQL."""
        offset, limit = clamp(offset, limit)
        query = self._equipment_query(filter or EquipmentFilter())
        column = EQUIPMENT_SORTS.get(sort, Equipment.code)
        order = column.desc() if descending else column.asc()
        with self.db.read() as s:
            if filter is not None and filter.text.strip():
                # A text search runs its LIKEs once: the matching ids give the total, and
                # the page is sorted from those few rows, read by key.
                ids = list(s.scalars(query.with_only_columns(Equipment.id)))
                total = len(ids)
                if total <= TEXT_MATCH_LIMIT:
                    query = select(Equipment).where(Equipment.id.in_(ids))
            elif filter is None or not filter.narrows():
                total = register_total(s, Equipment, filter is not None and filter.include_archived)
            else:
                total = count(s, query)
            # One query with the plate joined in: a page picked in a subquery and joined back
            # to the table made SQLite sort every matching row twice (~35 ms for 20,000 items).
            rows = s.execute(
                query.with_only_columns(*EQUIPMENT_ROW_COLUMNS)
                .select_from(Equipment)
                .outerjoin(Vehicle, Vehicle.id == Equipment.vehicle_id)
                .order_by(order, Equipment.id)
                .offset(offset)
                .limit(limit)
            )
            return Page([_equipment_row(r) for r in rows], total, offset, limit)

    def equipment_list(self, filter: EquipmentFilter | None = None) -> list[EquipmentData]:  # noqa: A002
        """Every item matching ``filter``, by category and code (for printing)."""
        query = self._equipment_query(filter or EquipmentFilter())
        sub = query.subquery()
        with self.db.read() as s:
            rows = s.execute(
                select(Equipment, Vehicle.plate)
                .join(sub, sub.c.id == Equipment.id)
                .outerjoin(Vehicle, Vehicle.id == Equipment.vehicle_id)
                .order_by(Equipment.category, Equipment.code)
            ).all()
            return [_equipment_data(e, plate) for e, plate in rows]

    def equipment_due(self, before: dt.date, limit: int = 500) -> list[EquipmentData]:
        """Items in service whose next test is on or before ``before`` (soonest first)."""
        query = (
            self._equipment_query(EquipmentFilter(due_before=before))
            .where(Equipment.status.not_in(("报废", "停用")))
            .order_by(Equipment.next_due, Equipment.id)
            .limit(limit)
        )
        with self.db.read() as s:
            return [_equipment_data(e) for e in s.scalars(query)]

    def equipment_retiring(self, before: dt.date, limit: int = 500) -> list[EquipmentData]:
        """Items not yet scrapped that reach their service life on or before ``before``."""
        query = (
            select(Equipment)
            .where(
                Equipment.archived.is_(False),
                Equipment.status != "报废",
                Equipment.retire_on <= before,
            )
            .order_by(Equipment.retire_on, Equipment.id)
            .limit(limit)
        )
        with self.db.read() as s:
            return [_equipment_data(e) for e in s.scalars(query)]

    def equipment_counts(self) -> dict[str, dict[str, int]]:
        """{category: {status: count}} of items not archived."""
        with self.db.read() as s:
            return records.tally(s, Equipment.category, Equipment.status)

    def refresh_due_dates(self, category: str | None = None) -> int:
        """Recompute every item's next test and retirement date (after a rule changed)."""
        with self.db.transaction() as s:
            return refresh_dates(s, category)


def refresh_dates(session: Session, category: str | None = None) -> int:
    """Recompute the next test and retirement date of every item (of ``category``) from the
    rule table as ``session`` sees it (the transaction that changes a rule sees the new value)."""
    intervals = Intervals.from_session(session)
    query = select(
        Equipment.id,
        Equipment.category,
        Equipment.agent,
        Equipment.manufactured_on,
        Equipment.last_test_on,
        Equipment.next_due,
        Equipment.retire_on,
    )
    if category:
        query = query.where(Equipment.category == category)
    changes = []
    for eid, cat, agent, made, last, due, retire in session.execute(query):
        new_due, new_retire = intervals.equipment_dates(cat, agent, made, last)
        if (new_due, new_retire) != (due, retire):
            changes.append({"eid": eid, "due": new_due, "retire": new_retire})
    table = cast(Table, Equipment.__table__)
    if changes:
        # Derived dates only: written in bulk, not audited row by row.
        session.connection().execute(
            update(table)
            .where(table.c.id == bindparam("eid"))
            .values(next_due=bindparam("due"), retire_on=bindparam("retire")),
            changes,
        )
    return len(changes)
