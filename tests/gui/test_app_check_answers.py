"""The check forms start with every line 未答: 确定 names the lines left unanswered and saves
nothing; 未检 marks an item not checked; 其余未答项全部合格 answers the rest at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from db.fleet import VEHICLE
from db.fleet import Fleet
from db.fleet import VehicleData
from db.water import WaterBook
from desktop.fleet.check import OUTCOME
from desktop.fleet.check import CheckDialog
from desktop.water.check import InspectionDialog
from desktop.water.models import OUTCOME as WATER_OUTCOME
from tests.water.helpers import hydrant

LEFT = Qt.MouseButton.LeftButton


def outcomes(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_vehicle_check_starts_unanswered_and_saves_a_not_checked_line(qtbot, database):
    fleet = Fleet(database)
    vid = fleet.save_vehicle(VehicleData("渝A·12345", "水罐消防车", 5000, 3000, 40))
    dialog = CheckDialog(None, fleet, VEHICLE, vid)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert set(outcomes(model, OUTCOME)) == {"未答"}
    dialog.form.editor("inspector").setText("张三")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == 0 and fleet.checks(VEHICLE, vid) == []
    assert "项没有填写结果" in dialog.message_label.text()
    assert "没有检查的项请选“未检”" in dialog.message_label.text()

    pump = next(i for i, r in enumerate(model.results) if r.text.startswith("水泵运转"))
    assert model.setData(model.index(pump, OUTCOME), "未检")
    qtbot.mouseClick(dialog.rest_button, LEFT)
    assert outcomes(model, OUTCOME).count("合格") == model.rowCount() - 1
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == 1
    [saved] = fleet.checks(VEHICLE, vid)
    assert saved.results[pump].outcome == "未检" and dialog.outcome and dialog.outcome.passed


def test_a_water_inspection_starts_unanswered_until_answered(qtbot, database):
    book = WaterBook(database)
    sid = hydrant(book, "XHS-001")
    dialog = InspectionDialog(None, book, sid)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert set(outcomes(model, WATER_OUTCOME)) == {"未答"}
    dialog.form.editor("inspectors").setText("李四")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == 0 and book.inspections(sid) == []
    assert "项没有填写结果" in dialog.items_error.text()
    static = next(n for n, it in enumerate(model.items) if it.text == "静压")
    model.setData(model.index(static, 2), "0.30")  # a reading given answers its line
    assert model.index(static, WATER_OUTCOME).data() == "合格"
    qtbot.mouseClick(dialog.rest_button, LEFT)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.result() == 1 and len(book.inspections(sid)) == 1
