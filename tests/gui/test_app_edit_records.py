"""The edit dialogs give back the record they were opened on: every field the form shows as
typed, the id and version as read, and what only the database keeps (counts, computed dates,
names of linked records) left out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import replace

import pytest

from db.drills import DrillBook
from db.drills import PlanData
from db.drills import SiteData
from db.duty import CallData
from db.duty import HandoverData
from db.duty import LeaveData
from db.duty import Ledger
from db.duty import MemberData
from db.duty import PeriodData
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet import KitItemData
from db.fleet import VehicleData
from db.supplies import Supplies
from db.supplies import SupplyData
from desktop.common.forms import typed_record
from desktop.drills.dialogs.plans import PlanDialog
from desktop.drills.dialogs.sites import SiteDialog
from desktop.duty.dialogs import CallDialog
from desktop.duty.dialogs import HandoverDialog
from desktop.duty.dialogs import LeaveDialog
from desktop.duty.dialogs import LevelDialog
from desktop.duty.dialogs import MemberDialog
from desktop.duty.dialogs import PeriodDialog
from desktop.fleet.dialogs import EquipmentDialog
from desktop.fleet.dialogs import VehicleDialog
from desktop.supplies.dialogs import SupplyDialog

DAY = dt.date(2026, 3, 2)


@dataclass
class Pair:
    name: str = ""
    count: int = 0
    id: int | None = None
    version: int | None = None
    note: str = "默认"


def test_typed_record_reads_the_fields_by_name_and_keeps_the_id_and_version():
    edited = Pair("旧", 1, id=7, version=3, note="旧说明")
    typed = typed_record(Pair, {"name": "新", "count": 2, "shown": "只显示"}, edited)
    assert typed == Pair("新", 2, id=7, version=3)  # note: not in the form, so the default
    given = typed_record(Pair, {"name": "", "count": 2}, edited, name="无名")
    assert given == Pair("无名", 2, id=7, version=3)


@pytest.fixture
def ledger(database) -> Ledger:
    return Ledger(database)


def _opened(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    return dialog._data(dialog.values())


def test_duty_dialogs_give_back_their_record(qtbot, ledger):
    mid = ledger.save_member(MemberData("张伟", "副队长", "13800000000", True, True, DAY, "老队员"))
    member = ledger.member(mid)
    back = _opened(qtbot, MemberDialog(None, ledger, member))
    assert back == replace(member, duty_count=0)
    assert back.version is not None

    ledger.save_leave(LeaveData(mid, DAY, DAY + dt.timedelta(days=2), "探亲"))
    leave = ledger.leaves(mid)[0]
    assert _opened(qtbot, LeaveDialog(None, ledger, leave)) == replace(leave, member_name="")

    ledger.save_period(PeriodData("春耕", DAY, DAY + dt.timedelta(days=5), 2, 3, "防火"))
    period = next(p for p in ledger.periods(DAY.year) if p.name == "春耕")
    assert _opened(qtbot, PeriodDialog(None, ledger, period)) == period

    at = dt.datetime(2026, 3, 2, 9, 30)
    ledger.save_call(CallData(at, "镇政府", "李明", "110", "山火", "已出动", "王队"))
    call = ledger.calls()[0]
    assert _opened(qtbot, CallDialog(None, ledger, call)) == call


def test_duty_level_and_handover_save_what_was_typed(qtbot, ledger):
    level = next(lv for lv in ledger.levels() if lv.level == 2)
    dialog = LevelDialog(None, ledger, level)
    qtbot.addWidget(dialog)
    dialog.form.editor("standby").setValue(4)
    dialog.accept()
    saved = next(lv for lv in ledger.levels() if lv.level == 2)
    assert saved == replace(level, standby=4, version=saved.version)

    ledger.save_handover(HandoverData(DAY, None, True, False, True, "平稳", "无", "甲", "乙"))
    handover = ledger.handovers()[0]
    dialog = HandoverDialog(None, ledger, handover)
    qtbot.addWidget(dialog)
    dialog.form.editor("situation").setPlainText("下雨")
    dialog.accept()
    again = ledger.handovers()[0]
    assert again == replace(handover, situation="下雨", version=again.version)


def test_fleet_and_supplies_dialogs_give_back_their_record(qtbot, database):
    fleet = Fleet(database)
    kit = [KitItemData("水带", 4, "左一箱")]
    vid = fleet.save_vehicle(
        VehicleData("川A·12345", "抢险救援车", 3000, None, 40.5, DAY, 1200, None, DAY, kit=kit)
    )
    vehicle = fleet.vehicle(vid)
    back = _opened(qtbot, VehicleDialog(None, fleet, vehicle))
    assert back == vehicle

    eid = fleet.save_equipment(
        EquipmentData(
            "SD-001", "灭火器", "灭火器", "MFZ/ABC4", DAY, "器材库", vid, "右箱", agent="干粉"
        )
    )
    item = fleet.equipment(eid)
    back = _opened(qtbot, EquipmentDialog(None, fleet, item))
    assert back == replace(item, next_due=None, retire_on=None, vehicle_plate="")

    stock = Supplies(database)
    sid = stock.save_supply(SupplyData("沙袋", "防汛", "袋", "仓库", 200, "备用"))
    supply = stock.supply(sid)
    assert _opened(qtbot, SupplyDialog(None, stock, supply)) == replace(supply, archived=False)


def test_drills_dialogs_give_back_their_record(qtbot, database):
    book = DrillBook(database)
    site_id = book.save_site(
        SiteData(
            "中心小学", "学校", "正街1号", "新街村", 105.93, 29.81, contact="校长", occupancy=800
        )
    )
    site = book.site(site_id)
    dialog = SiteDialog(None, book, site)
    qtbot.addWidget(dialog)
    parsed, problems = dialog._parse(dialog.values())
    assert problems == {} and parsed == replace(site, plan_names=[])

    plan_id = book.save_plan(
        PlanData("防汛预案", "YA-01", author="王", issued_on=DAY, site_ids=[site_id])
    )
    plan = book.plan(plan_id)
    back = _opened(qtbot, PlanDialog(None, book, plan))
    assert back == replace(plan, version_no=1, site_names=[])
