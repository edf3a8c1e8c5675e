"""恢复 on every page that shows archived rows: a record with history is deleted (so archived),
shown again with the page's archived check box, selected and brought back; the database has it
in use with a ``restore`` audit row, and the table shows it in use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.fleet import VEHICLE, Fleet, VehicleData
from db.shared_models import AuditLog


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


@pytest.fixture
def fleet(database) -> Fleet:
    return Fleet(database)


def checked(fleet: Fleet, table: str, target_id: int) -> None:
    check = fleet.new_check(table, target_id)
    check.inspector = "张三"
    fleet.record_check(check)


def test_vehicles_page(qtbot, make_window, database, fleet, messages):
    vid = fleet.save_vehicle(VehicleData("渝B·T001"))
    checked(fleet, VEHICLE, vid)
    window = make_window()
    window.show_page("vehicles")
    page = window.pages["vehicles"]
    page.table.select_row(page.table.visible_rows()[0])
    click(qtbot, page.delete_button)
    assert messages.texts("information") == [
        "渝B·T001 有检查或维修记录，已归档（勾选“显示已归档”可查看和恢复）。"
    ]
    assert page.table.visible_rows() == [] and not page.restore_button.isVisible()

    page.archived.setChecked(True)
    assert page.restore_button.isVisible() and not page.restore_button.isEnabled()
    [row] = page.table.visible_rows()
    assert cell(page.table.proxy, 0, "状态") == "已归档"
    page.table.select_row(row)
    assert page.restore_button.isEnabled()
    click(qtbot, page.restore_button)

    assert not fleet.vehicle(vid).archived and restores(database, "vehicle", vid) == 1
    [row] = page.table.visible_rows()
    assert not row.vehicle.archived and cell(page.table.proxy, 0, "状态") == "执勤"
    assert not page.restore_button.isEnabled()
    assert messages.texts("warning") == []
