"""车辆 and 维修 pages: a failed check takes the vehicle out of service and opens a ticket; pushing
the ticket to 已修复 puts it back on duty."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.fleet import Fleet
from db.fleet import KitItemData
from db.fleet import VehicleData
from desktop.fleet.check import COUNTED
from desktop.fleet.check import OUTCOME
from desktop.fleet.check import CheckDialog
from desktop.fleet.check import CheckModel
from desktop.fleet.dialogs import KitModel
from desktop.fleet.dialogs import RepairDialog

PLATE = "渝B·T001"


@pytest.fixture
def fleet(database) -> Fleet:
    return Fleet(database)


@pytest.fixture
def vehicle_id(fleet) -> int:
    return fleet.save_vehicle(
        VehicleData(
            PLATE,
            tank_l=5000,  # a water tender: tank and pump, so its check has the pump lines
            pump_lps=40,
            in_service_on=dt.date(2020, 1, 1),
            kit=[KitItemData("65mm水带", 10, "右侧1号箱"), KitItemData("对讲机", 3, "驾驶室")],
        )
    )


def cell_texts(page) -> list[list[str]]:
    proxy = page.table.proxy
    return [
        [proxy.index(r, c).data() or "" for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_failed_check_repair_and_return_to_service(
    qtbot, make_window, fleet, vehicle_id, on_modal, messages
):
    window = make_window()
    window.show_page("vehicles")
    page = window.pages["vehicles"]
    assert cell_texts(page)[0][:3] == [PLATE, "水罐消防车", "执勤"]
    page.table.view.selectRow(0)
    seen: dict[str, object] = {}

    def fill_check(dialog) -> None:
        assert isinstance(dialog, CheckDialog)
        dialog.form.editor("inspector").setText("张三")
        model = dialog.model
        seen["warning_before"] = dialog.warning.isVisible()
        pump = next(i for i, r in enumerate(model.results) if r.text.startswith("水泵运转"))
        model.setData(model.index(pump, OUTCOME), "不合格")
        radio = next(i for i, r in enumerate(model.results) if r.text.startswith("对讲机"))
        model.setData(model.index(radio, COUNTED), "2")
        click(qtbot, dialog.rest_button)  # the exceptions marked, the rest 合格
        seen["warning"] = dialog.warning.text() if dialog.warning.isVisible() else ""
        seen["ok_text"] = dialog.ok_button.text()
        click(qtbot, dialog.ok_button)
        seen["accepted"] = dialog.result()

    on_modal(fill_check)
    click(qtbot, page.extra["检查…"])

    assert seen["warning_before"] is False
    assert "有 2 项不合格" in str(seen["warning"]) and "维修" in str(seen["warning"])
    assert seen["ok_text"] == "保存并报修"
    assert fleet.vehicle(vehicle_id).status == "维修"
    [ticket] = fleet.repairs()
    assert ticket.status == "待维修" and "水泵运转" in ticket.problem
    assert "对讲机（驾驶室） 应有3 实有2" in ticket.problem
    assert any("已转为“维修”" in t for t in messages.texts("warning"))
    assert cell_texts(page)[0][2] == "维修"

    window.show_page("repairs")
    repairs = window.pages["repairs"]
    repairs.reload()
    repairs.table.view.selectRow(0)

    def start(dialog) -> None:
        assert isinstance(dialog, RepairDialog)
        dialog.form.editor("step").setCurrentIndex(0)
        dialog.form.editor("assigned_to").setText("县消防车维修站")
        click(qtbot, dialog.ok_button)

    on_modal(start)
    click(qtbot, repairs.edit_button)
    assert fleet.repair(ticket.id).status == "维修中"

    repairs.table.view.selectRow(0)

    def resolve(dialog) -> None:
        assert dialog.form.value("step") == "resolve"
        click(qtbot, dialog.ok_button)  # no resolution yet: stays open
        seen["resolution_error"] = dialog.form.errors().get("resolution", "")
        dialog.form.editor("resolution").setPlainText("更换水泵密封件，试水正常")
        dialog.form.editor("cost").setValue(350)
        click(qtbot, dialog.ok_button)

    on_modal(resolve)
    click(qtbot, repairs.edit_button)

    assert seen["resolution_error"]
    done = fleet.repair(ticket.id)
    assert (done.status, done.cost, done.assigned_to) == ("已修复", 350, "县消防车维修站")
    assert fleet.vehicle(vehicle_id).status == "执勤"
    assert any("恢复为“执勤”" in t for t in messages.texts("information"))
    assert cell_texts(repairs) == []  # only open tickets by default

    window.show_page("vehicles")
    assert cell_texts(page)[0][2] == "执勤"
    history = [h.what for h in fleet.history("vehicle", vehicle_id)]
    assert "检查" in history and "维修" in history


def test_history_is_one_click_away(qtbot, make_window, fleet, vehicle_id, on_modal):
    window = make_window()
    window.show_page("vehicles")
    page = window.pages["vehicles"]
    page.table.view.selectRow(0)
    seen = {}

    def look(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["rows"] = [h.what for h in dialog.table.model.rows()]
        dialog.reject()

    on_modal(look)
    click(qtbot, page.extra["履历"])
    assert seen["title"] == f"车辆履历：{PLATE}"
    assert seen["rows"] == ["新增"]


def test_check_and_kit_models(qtmodeltester, fleet, vehicle_id):
    check = fleet.new_check("vehicle", vehicle_id)
    model = CheckModel(check.results)
    qtmodeltester.check(model)
    kit = KitModel(fleet.vehicle(vehicle_id).kit)
    qtmodeltester.check(kit)
    kit.add()
    assert kit.setData(kit.index(2, 0), "油锯") and kit.setData(kit.index(2, 2), "1")
    qtmodeltester.check(kit)
    assert [k.name for k in kit.kit] == ["65mm水带", "对讲机", "油锯"]


def test_an_odometer_below_the_last_reading_asks_before_saving(qtbot, fleet, monkeypatch):
    vid = fleet.save_vehicle(VehicleData("渝B·T002", mileage_km=5000.0))
    dialog = CheckDialog(None, fleet, "vehicle", vid)
    qtbot.addWidget(dialog)
    dialog.form.editor("inspector").setText("张明亮")
    dialog.form.row("mileage_km").setter(500.0)
    click(qtbot, dialog.rest_button)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    click(qtbot, dialog.ok_button)
    assert asked and "5000" in asked[0] and "500" in asked[0]
    assert dialog.result() == 0 and fleet.checks("vehicle", vid) == []
    assert "低于上次记录的 5000 km" in dialog.form.errors()["mileage_km"]
    assert dialog.form.value("mileage_km") == 500.0
    answer = QMessageBox.StandardButton.Yes
    click(qtbot, dialog.ok_button)
    assert dialog.result() == 1 and len(fleet.checks("vehicle", vid)) == 1
    assert fleet.vehicle(vid).mileage_km == 5000.0  # the higher reading stays the vehicle's
