"""db/'s own words in the English window: the water source's type fields, the messages of a
refused save and the role names are shown in English; what the office stored stays as it is."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from db.access import ROLES
from db.drills import DrillBook
from db.drills import DrillData
from db.drills import FindingData
from db.errors import ValidationError
from db.fleet import VEHICLE
from db.fleet import Fleet
from db.fleet import TemplateItemData
from db.fleet import VehicleData
from db.supplies import IN
from db.supplies import OUT
from db.supplies import MoveData
from db.supplies import Supplies
from db.supplies import SupplyData
from db.water import InspectionData
from db.water import SurveyData
from db.water import WaterBook
from db.water import WaterSourceData
from db.water import summary_lines
from db.words import said
from desktop.common.words import db_text
from desktop.common.words import error_text
from desktop.drills.dialogs.findings import CloseFindingDialog
from desktop.drills.record_tabs import FINDING_COLUMNS
from desktop.fleet.check import CheckModel
from desktop.fleet.dialogs import RepairDialog
from desktop.fleet.dialogs import VehicleDialog
from desktop.supplies.dialogs import MoveDialog
from desktop.water.check import InspectionDialog
from desktop.water.dialogs import SourceDialog
from desktop.water.models import SheetModel
from tests.gui.helpers import texts_of
from widgets.columns import translated
from widgets.table import FilterableTable

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_db_texts_and_their_values_are_translated_data_is_not(english):
    assert db_text(said("请填写{label}", label=said("编号"))) == "Code is required"
    assert db_text(said("编号“{code}”已被另一个水源使用", code="消防栓一")) == (
        "Code “消防栓一” is used by another water source"
    )
    assert db_text("王建国") == "王建国"  # data has no entry
    assert [db_text(name) for name in ROLES.values()] == ["Administrator", "Clerk", "Viewer"]
    assert error_text(ValueError(said("静压应大于残压，且残压大于0"))).startswith("The static")


def test_chinese_without_the_english_catalogue(qapp):
    assert db_text(said("请填写{label}", label=said("编号"))) == "请填写编号"


def test_the_water_dialog_speaks_english_and_keeps_the_stored_choice(english, qtbot, database):
    book = WaterBook(database)
    book.save_source(
        WaterSourceData(
            "XHS-001",
            "消火栓",
            "市政消火栓",
            "地上式",
            lon=105.93,
            lat=29.8,
            details={"network": "环状", "static_mpa": 0.3},
        )
    )
    dialog = SourceDialog(None, book, None)
    qtbot.addWidget(dialog)
    details = dialog.details.form()
    labels = [text for w in [details, *details.findChildren(QWidget)] for _, text in texts_of(w)]
    assert "Static pressure" in " ".join(labels)
    assert not [t for t in labels if CJK.search(t or "")]
    network = details.editor("network")
    network.setCurrentIndex(network.findData("环状"))
    assert network.currentText() == "Looped" and details.value("network") == "环状"

    dialog.form.editor("code").setText("XHS-001")  # used already
    dialog.form.editor("name").setText("新消火栓")
    dialog.form.editor("lat").setText("200")
    details.row("static_mpa").setter("abc")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    errors = {**dialog.form.errors(), **details.errors()}
    assert errors["code"] == "Code “XHS-001” is used by another water source"
    assert errors["lat"] == "Latitude 200.0 is out of range (-90 to 90)"
    assert errors["static_mpa"] == "Static pressure: enter a number (in MPa)"
    assert book.page().total == 1


def test_a_refused_stock_move_speaks_english_beside_the_quantity(english, qtbot, database):
    stock = Supplies(database)
    sid = stock.save_supply(SupplyData("救生衣", "防汛物资", "件", "仓库", quota=10))
    stock.move(MoveData(sid, IN, 5))
    dialog = MoveDialog(None, stock, OUT, stock.supply(sid))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.editor("quantity").setValue(8)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    error = dialog.form.errors()["quantity"]
    label = dialog.form.row("quantity").error_label
    assert label.fontMetrics().horizontalAdvance(error) <= label.contentsRect().width()
    assert error == ("“救生衣” has 5 件: cannot take out 8 件 (Issued)")
    assert not CJK.search(error.replace("救生衣", "").replace("件", ""))
    assert dialog.form.value("quantity") == 8 and stock.supply(sid).balance == 5


def test_survey_refusals_and_summary_are_english(english, database):
    book = WaterBook(database)
    with pytest.raises(ValidationError) as refused:
        book.start_survey(SurveyData("冬季普查", dt.date.today(), dt.date.today(), ""))
    assert error_text(refused.value) == ("There are no water sources to survey in the chosen scope")
    sid = book.save_source(WaterSourceData("XHS-001", "消火栓", "市政消火栓", "地上式"))
    survey = book.start_survey(SurveyData("冬季普查", dt.date.today(), dt.date.today(), ""))
    lines = [db_text(line) for line in summary_lines(book.close_survey(survey))]
    assert lines == ["0 of 1 sources checked, 0 failed."]
    with pytest.raises(ValidationError) as closed:
        book.record_survey_result(survey, InspectionData(sid))
    assert error_text(closed.value) == ("This survey is finished; no more results can be entered")


def test_fleet_refusals_speak_english_beside_the_field_and_in_boxes(english, qtbot, database):
    fleet = Fleet(database)
    vid = fleet.save_vehicle(VehicleData("渝A12345"))
    dialog = VehicleDialog(None, fleet, None)
    qtbot.addWidget(dialog)
    dialog.form.editor("plate").setText("渝A·12345")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errors()["plate"] == "A vehicle with the plate “渝A·12345” already exists"
    assert len(fleet.vehicles()) == 1

    repair = fleet.repair(fleet.open_repair(VEHICLE, vid, "水泵漏水"))
    assert repair.id is not None
    with pytest.raises(ValidationError) as refused:
        fleet.close_repair(repair.id, repair.version)
    assert error_text(refused.value) == "Only a repaired order can be closed"
    step = RepairDialog(None, fleet, repair)
    qtbot.addWidget(step)
    shown = [text for w in step.findChildren(QWidget) for _, text in texts_of(w)]
    assert "To repair" in shown and "待维修" not in shown


def test_a_finding_closed_without_evidence_is_refused_in_english(english, qtbot, database):
    drills = DrillBook(database)
    did = drills.save_drill(DrillData("消防演练", starts_at=dt.datetime(2026, 3, 1, 9, 0)))
    fid = drills.save_finding(FindingData(did, "水带破损"))
    with pytest.raises(ValidationError) as refused:
        drills.save_finding(FindingData(did, "预案缺页", triggers_revision=True))
    assert error_text(refused.value).startswith("This drill has no plan")
    drills.advance(fid, version=drills.finding(fid).version)
    dialog = CloseFindingDialog(None, drills, drills.finding(fid))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.errors()["evidence"] == (
        "Enter the evidence of the fix (re-check, photo or document)"
    )
    assert drills.finding(fid).status == "整改中"


def test_the_survey_sheet_shows_types_and_results_in_english(english, qtbot, database):
    book = WaterBook(database)
    book.save_source(WaterSourceData("XHS-001", "消火栓", "市政消火栓", "地上式", village="新街村"))
    survey = book.start_survey(SurveyData("冬季普查", dt.date.today(), dt.date.today(), ""))
    sheet = SheetModel()
    sheet.fill(book.survey_sheet(survey))
    village = sheet.item(0, 0)
    cells = [village.child(0, column).text() for column in range(village.columnCount())]
    assert cells[:5] == ["XHS-001", "消火栓", "Street hydrant", "", "Not checked"]


def test_built_in_check_items_are_shown_in_english_an_edited_one_as_typed(english, database):
    fleet = Fleet(database)
    vid = fleet.save_vehicle(VehicleData("渝A12345"))
    fleet.save_template("vehicle", [*fleet.template("vehicle"), TemplateItemData("自定义项目")])
    model = CheckModel(fleet.new_check(VEHICLE, vid).results)
    items = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert items[0] == "Fuel level" and items[-1] == "自定义项目"
    assert not [t for t in items[:-1] if CJK.search(t)]


def test_the_inspection_dialog_names_kind_and_source_in_english(english, qtbot, database):
    book = WaterBook(database)
    sid = book.save_source(WaterSourceData("XHS-001", "消火栓", "市政消火栓", "地上式"))
    dialog = InspectionDialog(None, book, sid)
    qtbot.addWidget(dialog)
    kind = dialog.form.editor("kind")
    assert kind.currentText() == "Check" and dialog.form.value("kind") == "检查"
    assert [kind.itemText(i) for i in range(kind.count())] == ["Check", "Patrol", "Maintenance"]
    assert dialog.form.editor("where").text().startswith("Street hydrant Above ground")
    assert dialog.model.index(0, 0).data() == "Marker and number plate legible and intact"


def test_the_findings_table_shows_status_and_plan_revision_in_english(english, qtbot):
    table = FilterableTable(translated(FINDING_COLUMNS, "FindingsTab"))
    qtbot.addWidget(table)
    table.set_rows([FindingData(1, "水带破损", triggers_revision=True)])
    model = table.proxy
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[0] == "To fix" and cells[-1] == "Yes"


def test_register_filters_list_their_choices_in_english_and_leave_room_to_search(
    english, make_window
):
    window = make_window()
    water, equipment = window.pages["water"], window.pages["equipment"]
    for box in (water.type, water.status, equipment.status):  # categories: the office's words
        choices = [box.itemText(i) for i in range(box.count())]
        assert not [c for c in choices if CJK.search(c)], choices
        assert [box.itemData(i) for i in range(1, box.count())][-1]  # the stored word behind
    assert "Faulty" in [water.status.itemText(i) for i in range(water.status.count())]
    assert water.status.itemData(water.status.findText("Faulty")) == "故障"
    for page in (water, equipment):
        assert page.text.minimumWidth() >= 80  # long choices never squeeze the search box away


def test_a_rule_listing_site_types_is_shown_and_edited_in_english(
    english, qtbot, make_window, database, monkeypatch
):
    """设置 shows the site types of 人员密集场所 in English; the clerk edits them in English
    (a type removed, one of the office's own added) and db keeps its Chinese words."""
    from PySide6.QtWidgets import QInputDialog

    from db.rules import Rules

    window = make_window()
    window.show_page("settings")
    page = window.settings_page
    rule = next(r for r in page.rules.model.rows() if r.key == "drill.crowded_site_types")
    value = next(i for i, c in enumerate(page.rules.model.columns) if c.header == "Value")
    shown = page.rules.model.index(page.rules.model.rows().index(rule), value).data()
    assert shown.startswith("School, Kindergarten, ") and not re.search("[\u4e00-\u9fff]", shown)

    asked = {}

    def answer(*args, **kw):  # type: ignore[no-untyped-def]
        asked["text"] = kw["text"]
        return "school, Care home，Petrol station, 网吧", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    page.edit_rule(rule)
    qtbot.waitUntil(lambda: page._rule_task is None)
    assert asked["text"] == shown
    assert Rules(database).get("drill.crowded_site_types") == "学校、养老院、加油站、网吧"
