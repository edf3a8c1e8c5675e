"""Every register's save and delete name the version they were read at (no lost edits).

For each domain's records: a delete from a stale copy is refused with the standard sentence,
an update or a delete that names no version is refused, and the database (the record and the
audit trail) is unchanged after each refusal; a delete at the current version goes through.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any
from typing import NamedTuple

import pytest
from sqlalchemy import func
from sqlalchemy import select

from db.drills import DrillBook
from db.drills import DrillData
from db.drills import FindingData
from db.drills import PlanData
from db.drills import SiteData
from db.duty import CallData
from db.duty import LeaveData
from db.duty import Ledger
from db.duty import MemberData
from db.duty import PeriodData
from db.errors import NO_VERSION_MESSAGE
from db.errors import STALE_MESSAGE
from db.errors import NotFoundError
from db.errors import StaleRecordError
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet import VehicleData
from db.shared_models import AuditLog
from db.supplies import Supplies
from db.supplies import SupplyData
from db.water import WaterBook
from db.water import WaterSourceData

DAY = dt.date(2026, 3, 2)


class Case(NamedTuple):
    """How one register is made, read, edited (``field`` is a text field) and deleted."""

    facade: Callable[[Any], Any]
    add: Callable[[Any], int]
    read: Callable[[Any, int], Any]
    save: str
    delete: str
    field: str


def _one(rows: list[Any], record_id: int) -> Any:
    found = next((r for r in rows if r.id == record_id), None)
    if found is None:
        raise NotFoundError(f"#{record_id}")
    return found


def _drill(book: DrillBook) -> int:
    return book.save_drill(DrillData("消防演练", starts_at=dt.datetime(2026, 3, 1, 9)))


def _member(ledger: Ledger) -> int:
    return ledger.save_member(MemberData("张伟"))


CASES = {
    "member": Case(Ledger, _member, Ledger.member, "save_member", "delete_member", "notes"),
    "call": Case(
        Ledger,
        lambda ledger: ledger.save_call(CallData(dt.datetime(2026, 3, 2, 8), content="报警")),
        lambda ledger, i: _one(ledger.calls(), i),
        "save_call",
        "delete_call",
        "action",
    ),
    "leave": Case(
        Ledger,
        lambda ledger: ledger.save_leave(LeaveData(_member(ledger), DAY, DAY, "事假")),
        lambda ledger, i: _one(ledger.leaves(), i),
        "save_leave",
        "delete_leave",
        "reason",
    ),
    "period": Case(
        Ledger,
        lambda ledger: ledger.save_period(PeriodData("两会", DAY, DAY + dt.timedelta(days=7))),
        lambda ledger, i: _one(ledger.periods(), i),
        "save_period",
        "delete_period",
        "note",
    ),
    "site": Case(
        DrillBook,
        lambda book: book.save_site(SiteData("高楼小学")),
        DrillBook.site,
        "save_site",
        "delete_site",
        "notes",
    ),
    "plan": Case(
        DrillBook,
        lambda book: book.save_plan(PlanData("学校火灾现场处置方案")),
        DrillBook.plan,
        "save_plan",
        "delete_plan",
        "summary",
    ),
    "drill": Case(DrillBook, _drill, DrillBook.drill, "save_drill", "delete_drill", "scenario"),
    "finding": Case(
        DrillBook,
        lambda book: book.save_finding(FindingData(_drill(book), "水带接口漏水")),
        DrillBook.finding,
        "save_finding",
        "delete_finding",
        "measure",
    ),
    "vehicle": Case(
        Fleet,
        lambda fleet: fleet.save_vehicle(VehicleData("渝A12345")),
        Fleet.vehicle,
        "save_vehicle",
        "delete_vehicle",
        "notes",
    ),
    "equipment": Case(
        Fleet,
        lambda fleet: fleet.save_equipment(EquipmentData("SD-001", "水带", "水带")),
        Fleet.equipment,
        "save_equipment",
        "delete_equipment",
        "notes",
    ),
    "supply": Case(
        Supplies,
        lambda stock: stock.save_supply(SupplyData("矿泉水", "生活", "箱")),
        Supplies.supply,
        "save_supply",
        "delete_supply",
        "notes",
    ),
    "water source": Case(
        WaterBook,
        lambda book: book.save_source(WaterSourceData("XHS-001", "场镇1号消火栓")),
        WaterBook.source,
        "save_source",
        "delete_source",
        "notes",
    ),
}


def _audit_rows(db: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)


@pytest.mark.parametrize("name", list(CASES))
def test_a_stale_or_versionless_change_is_refused_and_changes_nothing(any_database, name):
    case = CASES[name]
    facade = case.facade(any_database)
    save, delete = getattr(facade, case.save), getattr(facade, case.delete)
    record_id = case.add(facade)
    stale = case.read(facade, record_id)
    fresh = dataclasses.replace(stale, **{case.field: "同事先改了"})
    save(fresh)  # a colleague saves first: ``stale`` is now an old copy
    before, audited = case.read(facade, record_id), _audit_rows(any_database)
    assert before.version != stale.version

    with pytest.raises(StaleRecordError) as refused:
        delete(record_id, stale.version)
    assert str(refused.value) == STALE_MESSAGE
    with pytest.raises(StaleRecordError) as refused:
        delete(record_id, None)
    assert str(refused.value) == NO_VERSION_MESSAGE
    with pytest.raises(StaleRecordError) as refused:
        save(dataclasses.replace(before, version=None, **{case.field: "覆盖"}))
    assert str(refused.value) == NO_VERSION_MESSAGE
    with pytest.raises(StaleRecordError) as refused:
        save(dataclasses.replace(stale, **{case.field: "覆盖"}))
    assert str(refused.value) == STALE_MESSAGE

    assert case.read(facade, record_id) == before
    assert getattr(before, case.field) == "同事先改了"
    assert _audit_rows(any_database) == audited

    delete(record_id, before.version)  # the current version: deleted (or archived)
    assert _audit_rows(any_database) > audited


def test_restoring_names_the_version_too(any_database):
    ledger = Ledger(any_database)
    member = _member(ledger)
    ledger.save_leave(LeaveData(member, DAY, DAY, "事假"))  # history: deleting archives
    stale = ledger.member(member)
    assert ledger.delete_member(member, stale.version) == "archived"
    archived = ledger.member(member)
    for version, message in ((stale.version, STALE_MESSAGE), (None, NO_VERSION_MESSAGE)):
        with pytest.raises(StaleRecordError) as refused:
            ledger.restore_member(member, version)
        assert str(refused.value) == message
    assert ledger.member(member) == archived
    ledger.restore_member(member, archived.version)
    assert not ledger.member(member).archived
