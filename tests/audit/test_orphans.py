"""A child row taken out of its parent's list (``delete-orphan``) is audited as a delete.

Each domain's list is shortened the way a clerk does it (the roster day, the vehicle's kit
list, the drill's sign-in list and evaluation) or, where no form removes a line, through the
parent's list in a transaction (check lines, supply batches, inspection lines); then the
trail verifies (the command exits 0 on SQLite) and the child's history shows its removal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from db.audit_verify import verify
from db.drills import DrillBook
from db.drills.choices import EVALUATION_ITEMS
from db.duty import Ledger
from db.duty import MemberData
from db.duty.roster import Day
from db.engine import Database
from db.fleet import Fleet
from db.fleet import KitItemData
from db.fleet import VehicleData
from db.fleet.models import Check
from db.history import History
from db.supplies import Supplies
from db.supplies import SupplyData
from db.supplies.models import Supply
from db.supplies.models import SupplyBatch
from db.water import WaterBook
from db.water import WaterSourceData
from db.water.models import Inspection
from desktop.cli.main import main
from tests.drills.helpers import drill
from tests.drills.helpers import team

Removal = Callable[[Database], tuple[str, int]]  # what was removed: (table, id)


def _ids(db: Database, model: Any, **where: Any) -> list[int]:
    with db.read() as s:
        query = select(model.id).filter_by(**where).order_by(model.id)
        return list(s.scalars(query))


def _roster_day(db: Database) -> tuple[str, int]:
    from db.duty.models import DutyAssignment

    ledger = Ledger(db)
    m = [ledger.save_member(MemberData(f"队员{i}")) for i in range(4)]
    day = dt.date.today().replace(day=1)
    ledger.set_day(day, Day(m[0], [m[1], m[2]], [m[3]]))
    gone = _ids(db, DutyAssignment, member_id=m[2])[0]
    version = ledger.month(day.year, day.month).versions[day]
    ledger.set_day(day, Day(m[0], [m[1]], [m[3]]), version)  # 队员2 taken off the day
    return "duty_assignment", gone


def _kit_item(db: Database) -> tuple[str, int]:
    fleet = Fleet(db)
    kit = [KitItemData("水带", 4, "左一"), KitItemData("分水器", 1, "左二")]
    vid = fleet.save_vehicle(VehicleData("渝A12345", tank_l=3000, pump_lps=30, kit=kit))
    vehicle = fleet.vehicle(vid)
    gone = vehicle.kit[1].id
    vehicle.kit = vehicle.kit[:1]  # 分水器 taken off the list in the form
    fleet.save_vehicle(vehicle)
    assert gone is not None
    return "kit_item", gone


def _sign_in(db: Database) -> tuple[str, int]:
    from db.drills.models import DrillAttendance

    book = DrillBook(db)
    ids, did = team(db), drill(book)
    version = book.set_attendance(did, book.drill(did).version, {ids[0]: "出席", ids[1]: "迟到"})
    gone = _ids(db, DrillAttendance, member_id=ids[1])[0]
    book.set_attendance(did, version, {ids[0]: "出席"})  # 陈志强 off the sign-in list
    return "drill_attendance", gone


def _score(db: Database) -> tuple[str, int]:
    from db.drills.models import DrillScore

    book = DrillBook(db)
    did = drill(book)
    items = [(item, "合格", 90, "") for item in EVALUATION_ITEMS]
    version = book.score(did, book.drill(did).version, items, "合格", "主任", dt.date.today())
    gone = _ids(db, DrillScore, drill_id=did)[-1]
    book.score(did, version, items[:1], "合格", "主任", dt.date.today())  # evaluated again
    return "drill_score", gone


def _check_line(db: Database) -> tuple[str, int]:
    fleet = Fleet(db)
    vid = fleet.save_vehicle(VehicleData("渝A54321", tank_l=3000, pump_lps=30))
    data = fleet.new_check("vehicle", vid)
    data.inspector = "刘建国"
    fleet.record_check(data)
    with db.transaction() as s:
        check = s.scalars(select(Check)).one()
        line = check.results.pop()
        gone = line.id
    return "check_result", gone


def _batch(db: Database) -> tuple[str, int]:
    supply = Supplies(db).save_supply(SupplyData("矿泉水", "生活", "箱"))
    with db.transaction() as s:
        row = s.get(Supply, supply)
        assert row is not None
        row.batches.extend([SupplyBatch(batch="A"), SupplyBatch(batch="B")])
    with db.transaction() as s:
        row = s.get(Supply, supply)
        assert row is not None
        gone = row.batches.pop().id
    return "supply_batch", gone


def _inspection_line(db: Database) -> tuple[str, int]:
    book = WaterBook(db)
    source = book.save_source(WaterSourceData("XHS-001", "场镇1号消火栓"))
    book.record_inspection(book.new_inspection(source, inspectors="刘建国"))
    with db.transaction() as s:
        inspection = s.scalars(select(Inspection)).one()
        gone = inspection.items.pop(0).id
    return "inspection_item", gone


REMOVALS: dict[str, Removal] = {
    "roster day": _roster_day,
    "vehicle kit": _kit_item,
    "drill sign-in": _sign_in,
    "drill evaluation": _score,
    "check line": _check_line,
    "supply batch": _batch,
    "inspection line": _inspection_line,
}


def test_a_child_taken_out_of_its_list_is_audited(any_database, capsys):
    removed = {name: removal(any_database) for name, removal in REMOVALS.items()}  # one database

    result = verify(any_database)
    assert result.ok, [b.line for b in result.breaks]
    history = History(any_database)
    for name, (table, gone) in removed.items():
        changes = [c.action for c in history.record(table, gone)]
        assert changes == ["删除", "新增"], (name, changes)
    if any_database.engine.dialect.name == "sqlite":
        folder = str(any_database.data_dir)
        assert main(["--data-dir", folder, "audit", "verify"]) == 0
        assert "修改记录完整" in capsys.readouterr().out
