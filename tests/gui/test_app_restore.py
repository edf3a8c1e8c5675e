"""恢复 on every page that shows archived rows: a record with history is deleted (so archived),
shown again with the page's archived check box, selected and brought back; the database has it
in use with a ``restore`` audit row, and the table shows it in use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func
from sqlalchemy import select

from db.drills import DrillBook
from db.drills import SiteData
from db.duty import LeaveData
from db.duty import MemberData
from db.fleet import EQUIPMENT
from db.fleet import VEHICLE
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet import VehicleData
from db.shared_models import AuditLog
from db.supplies import IN
from db.supplies import MoveData
from db.supplies import Supplies
from db.supplies import SupplyData
from db.water import WaterBook
from db.water import WaterSourceData
from tests.drills.helpers import plan
from tests.drills.helpers import school
from tests.gui.helpers import select_paged


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def restores(database, table: str, record_id: int) -> int:
    with database.read() as s:
        return s.scalar(
            select(func.count())
            .select_from(AuditLog)
            .where(
                AuditLog.table_name == table,
                AuditLog.record_id == record_id,
                AuditLog.action == "restore",
            )
        )


def cell(model, row: int, header: str) -> str:
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == header
    )
    return model.index(row, column).data() or ""


def deleted(
    qtbot, page, key: Callable[[object], bool], messages, table=None, button=None
) -> list[str]:
    """Select the row of ``table`` (the page's) for which ``key`` holds and press ``button``
    (its 删除): what it said. The archived rows are not shown yet, so 恢复 stays hidden."""
    table = page.table if table is None else table
    table.select_row(next(r for r in table.visible_rows() if key(r)))
    click(qtbot, page.delete_button if button is None else button)
    assert not page.restore_button.isVisible()
    return messages.texts("information")


def shown_archived(page, table, key: Callable[[object], bool]) -> tuple[object, int]:
    """Tick the page's archived box: 恢复 shows, disabled until a row is chosen. The archived
    row for which ``key`` holds, and its row number."""
    page.archived.setChecked(True)
    assert page.restore_button.isVisible() and not page.restore_button.isEnabled()
    gone = next(r for r in table.visible_rows() if key(r))
    return gone, table.visible_rows().index(gone)


def restore(qtbot, page, table, row) -> None:
    """Select the archived ``row``: 恢复 is enabled; press it."""
    table.select_row(row)
    assert page.restore_button.isEnabled()
    click(qtbot, page.restore_button)


@pytest.fixture
def open_page(make_window) -> Callable[[str], Any]:
    """Build the window on the test's database and show its page ``name``: that page."""

    def open_(name: str) -> Any:
        window = make_window()
        window.show_page(name)
        return window.pages[name]

    return open_


@pytest.fixture
def fleet(database) -> Fleet:
    return Fleet(database)


def checked(fleet: Fleet, table: str, target_id: int) -> None:
    check = fleet.new_check(table, target_id)
    check.inspector = "张三"
    fleet.record_check(check)


def test_vehicles_page(qtbot, open_page, database, fleet, messages):
    vid = fleet.save_vehicle(VehicleData("渝B·T001"))
    checked(fleet, VEHICLE, vid)
    page = open_page("vehicles")
    assert deleted(qtbot, page, lambda _row: True, messages) == [
        "渝B·T001 有检查或维修记录，已归档（勾选“显示已归档”可查看和恢复）。"
    ]
    assert page.table.visible_rows() == []

    row, _ = shown_archived(page, page.table, lambda _row: True)
    assert page.table.visible_rows() == [row] and cell(page.table.proxy, 0, "状态") == "已归档"
    restore(qtbot, page, page.table, row)

    assert not fleet.vehicle(vid).archived and restores(database, "vehicle", vid) == 1
    [row] = page.table.visible_rows()
    assert not row.vehicle.archived and cell(page.table.proxy, 0, "状态") == "执勤"
    assert not page.restore_button.isEnabled()
    assert messages.texts("warning") == []


def equipment_with_history(database) -> tuple[int, Callable[[], bool]]:
    fleet = Fleet(database)
    item = fleet.save_equipment(EquipmentData("SD-001", "65mm水带", "水带"))
    fleet.save_equipment(EquipmentData("SD-002", "65mm水带", "水带"))
    checked(fleet, EQUIPMENT, item)
    return item, lambda: fleet.equipment(item).archived


def sources_with_history(database) -> tuple[int, Callable[[], bool]]:
    book = WaterBook(database)
    sid = book.save_source(WaterSourceData("XHS-001", "高楼社区消火栓", "市政消火栓", "地上式"))
    book.save_source(WaterSourceData("XHS-002", "学校门口消火栓", "市政消火栓", "地上式"))
    book.record_inspection(book.new_inspection(sid, inspectors="刘建国"))
    return sid, lambda: book.source(sid).archived


@pytest.mark.parametrize(
    ("name", "make", "code", "table", "status", "in_use", "why"),
    [
        ("equipment", equipment_with_history, "SD", "equipment", "状态", "在用", "有"),
        ("water", sources_with_history, "XHS", "water_source", "可用状态", "可用", "已有"),
    ],
)
def test_paged_register_pages(
    qtbot, open_page, database, messages, name, make, code, table, status, in_use, why
):
    record_id, archived = make(database)
    first, second = f"{code}-001", f"{code}-002"
    page = open_page(name)
    select_paged(page, lambda x: x.code == first)
    click(qtbot, page.delete_button)
    assert messages.texts("information") == [
        f"{first} {why}检查或维修记录，已归档（勾选“含已归档”可查看和恢复）。"
    ]
    assert [x.code for x in page.model.rows] == [second]
    assert not page.restore_button.isVisible()

    page.archived.setChecked(True)
    assert page.restore_button.isVisible() and not page.restore_button.isEnabled()
    assert [x.code for x in page.model.rows] == [first, second]
    assert cell(page.model, 0, status) == "已归档"
    select_paged(page, lambda x: x.code == second)
    assert not page.restore_button.isEnabled()  # in use
    select_paged(page, lambda x: x.code == first)
    assert page.restore_button.isEnabled()
    click(qtbot, page.restore_button)

    assert not archived() and restores(database, table, record_id) == 1
    assert cell(page.model, 0, status) == in_use and not page.restore_button.isEnabled()
    page.archived.setChecked(False)
    assert [x.code for x in page.model.rows] == [first, second]
    assert not page.restore_button.isVisible()
    assert messages.texts("warning") == []


def test_equipment_page_says_why_a_restore_is_refused(qtbot, open_page, database, fleet, messages):
    item = fleet.save_equipment(EquipmentData("SD-001", "65mm水带", "水带"))
    checked(fleet, EQUIPMENT, item)
    fleet.delete_equipment(item, fleet.equipment(item).version)
    fleet.save_equipment(EquipmentData("sd-001", "新水带", "水带"))
    page = open_page("equipment")
    page.archived.setChecked(True)
    select_paged(page, lambda e: e.code == "SD-001")
    click(qtbot, page.restore_button)
    assert messages.texts("warning") == [
        "不能恢复“SD-001”：在用器材“sd-001”的编号与它相同（不分大小写、全角半角和空格）。"
        "请先给其中一件换一个编号。"
    ]
    assert fleet.equipment(item).archived and restores(database, "equipment", item) == 0


def test_supplies_page(qtbot, open_page, database, messages):
    stock = Supplies(database)
    sid = stock.save_supply(SupplyData("救生衣", "防汛物资", "件", quota=10))
    stock.move(MoveData(sid, IN, 5))
    stock.save_supply(SupplyData("编织袋", "防汛物资", "条", quota=100))
    page = open_page("supplies")
    table = page.supplies

    def names() -> list[str]:
        return [s.name for s in table.visible_rows()]

    delete = page.buttons["删除物资"]
    assert deleted(qtbot, page, lambda s: s.name == "救生衣", messages, table, delete) == [
        "救生衣 有出入库记录，已归档（勾选“含已归档”可查看和恢复）。"
    ]
    assert names() == ["编织袋"]

    page.tabs.setCurrentIndex(2)  # 短缺: showing archived rows goes back to 物资
    gone, row = shown_archived(page, table, lambda s: s.name == "救生衣")
    assert page.tabs.currentWidget() is table
    assert sorted(names()) == ["救生衣", "编织袋"]
    assert cell(table.view.model(), row, "缺口") == ""  # an archived supply is not short
    assert table.view.model().index(row, 0).data(Qt.ItemDataRole.BackgroundRole).name() == "#eeeeee"
    restore(qtbot, page, table, gone)

    assert not stock.supply(sid).archived and restores(database, "supply", sid) == 1
    back = next(s for s in table.visible_rows() if s.name == "救生衣")
    assert not back.archived
    assert cell(table.view.model(), table.visible_rows().index(back), "缺口") == "5"
    page.archived.setChecked(False)
    assert sorted(names()) == ["救生衣", "编织袋"] and not page.restore_button.isVisible()
    assert messages.texts("warning") == []


def test_members_page(qtbot, open_page, database, ledger, messages):
    mid = ledger.save_member(MemberData(name="林小雨"))
    ledger.save_member(MemberData(name="王强"))
    ledger.save_leave(LeaveData(mid, dt.date(2026, 3, 2), dt.date(2026, 3, 4), "事假"))
    page = open_page("members")
    table = page.table
    assert deleted(qtbot, page, lambda m: m.name == "林小雨", messages) == [
        "林小雨有值班、请假或演练签到等记录，不能删除，已归档（勾选“显示已归档”可查看和恢复）。"
    ]
    assert [m.name for m in table.visible_rows()] == ["王强"]

    gone, row = shown_archived(page, table, lambda m: m.name == "林小雨")
    assert cell(table.proxy, row, "状态") == "已归档"
    restore(qtbot, page, table, gone)

    assert [m.name for m in ledger.members()] == ["林小雨", "王强"]
    assert restores(database, "member", mid) == 1
    back = next(m for m in table.visible_rows() if m.name == "林小雨")
    assert not back.archived and cell(table.proxy, table.visible_rows().index(back), "状态") == ""
    assert not page.restore_button.isEnabled()
    assert messages.texts("warning") == []


def test_sites_page(qtbot, open_page, database, messages):
    book = DrillBook(database)
    sid = school(book)
    book.save_site(SiteData("敬老院", "养老院"))
    plan(book, [sid])
    page = open_page("sites")
    table = page.table
    assert deleted(qtbot, page, lambda x: x.name == "高楼小学", messages) == [
        "“高楼小学”已有预案或演练记录，已归档（勾选“显示已归档”可查看和恢复）。"
    ]
    assert [x.name for x in table.visible_rows()] == ["敬老院"]

    gone, row = shown_archived(page, table, lambda x: x.name == "高楼小学")
    assert table.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).name() == "#eeeeee"
    restore(qtbot, page, table, gone)

    assert not book.site(sid).archived and restores(database, "site", sid) == 1
    back = next(x for x in table.visible_rows() if x.name == "高楼小学")
    assert not back.archived and not page.restore_button.isEnabled()
    page.archived.setChecked(False)
    assert sorted(x.name for x in table.visible_rows()) == ["敬老院", "高楼小学"]
    assert messages.texts("warning") == []


def test_plans_page(qtbot, open_page, database, messages):
    book = DrillBook(database)
    pid = plan(book)
    book.revise(
        pid,
        "演练或实际应对中发现重大问题",
        "疏散路线调整",
        "主任",
        dt.date(2025, 3, 1),
        version=book.plan(pid).version,
    )
    plan(book, name="集市踩踏现场处置方案", code="XC-02")
    page = open_page("plans")
    table = page.table
    assert deleted(qtbot, page, lambda p: p.id == pid, messages) == [
        "“小学火灾现场处置方案”已有演练、修订记录或多个版本，"
        "已归档（勾选“显示已归档”可查看和恢复）。"
    ]
    assert [p.code for p in table.visible_rows()] == ["XC-02"]

    gone, row = shown_archived(page, table, lambda p: p.id == pid)
    assert cell(table.proxy, row, "状态") == "已归档"
    restore(qtbot, page, table, gone)

    assert not book.plan(pid).archived and restores(database, "plan", pid) == 1
    back = next(p for p in table.visible_rows() if p.id == pid)
    assert cell(table.proxy, table.visible_rows().index(back), "状态") == "已发布"
    assert not page.restore_button.isEnabled()
    assert messages.texts("warning") == []
