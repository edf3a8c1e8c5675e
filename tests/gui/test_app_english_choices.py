"""Choices and lists in the English window: the program's own words offered in combo boxes
(register names, site and vehicle types, extinguisher agents, the seeded alert levels) are
shown in English while the stored value stays Chinese; what the office typed stays as typed;
lists inside sentences are joined the English way."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLabel

from db.demo import build
from db.drills import DrillBook
from db.duty import Ledger
from db.fleet import Fleet
from db.vocab import Vocab
from db.words import said
from db.xlsx.spec import Problem
from desktop.common.import_model import describe
from desktop.common.words import joined
from desktop.drills.dialogs.sites import SiteDialog
from desktop.duty.dialogs import PeriodDialog
from desktop.fleet.dialogs import EquipmentDialog
from desktop.fleet.dialogs import VehicleDialog
from desktop.shell.audit import AuditPage
from desktop.supplies.dialogs import ReturnDialog
from desktop.supplies.stocktake import StocktakeDialog
from tests.gui.helpers import texts_of
from widgets.problems import group

CJK = re.compile(r"[\u4e00-\u9fff]")


def choices(combo: QComboBox) -> dict[str, object]:
    return {combo.itemText(i): combo.itemData(i) for i in range(combo.count())}


def test_the_history_page_names_every_register_in_english(english, qtbot, database):
    page = AuditPage(database)
    qtbot.addWidget(page)
    page.reload()
    box = page.filters.register
    offered = choices(box)
    assert box.count() > 30
    assert [t for t in offered if CJK.search(t)] == []
    assert offered["Members"] == "member" and offered["Stock movements"] == "stock_move"
    texts = [text for what, text in texts_of(box) if what == "QComboBox choice"]
    assert "Duty roster" in texts  # the walk's reader sees the choices too
    view = page.history.view
    header, metrics = view.horizontalHeader(), view.fontMetrics()
    widths = {
        view.model().headerData(c, Qt.Orientation.Horizontal): header.sectionSize(c)
        for c in range(view.model().columnCount())
    }
    assert widths["Action"] >= metrics.horizontalAdvance("Changed") + 8
    people = page.filters.person
    assert choices(people)["Program upgrade"] == "程序升级"  # the migrations' rows
    people.setCurrentText("Program upgrade")
    assert page.current_filter().operator == "程序升级"
    people.setCurrentText("Everyone")
    assert page.current_filter().operator == ""
    people.setCurrentText("王建国")  # typed: a name as it is
    assert page.current_filter().operator == "王建国"
    assert widths["Register"] >= metrics.horizontalAdvance("Stock movements") + 8


def test_site_types_are_english_and_stored_in_chinese(english, qtbot, database):
    Vocab(database).add("site.type", "敬老院食堂")  # the office's own word
    dialog = SiteDialog(None, DrillBook(database), None)
    qtbot.addWidget(dialog)
    combo = dialog.form.editor("type")
    offered = choices(combo)
    assert offered["School"] == "学校" and offered["Place of worship"] == "宗教场所"
    assert offered["敬老院食堂"] == "敬老院食堂"  # data stays as typed
    combo.setCurrentIndex(combo.findText("Petrol station"))
    assert dialog.form.value("type") == "加油站"
    combo.setEditText("Hotel")  # typed as shown: the stored word
    assert dialog.form.value("type") == "宾馆"


def test_vehicle_types_and_agents_are_english(english, qtbot, database):
    fleet = Fleet(database)
    vehicle = VehicleDialog(None, fleet, None)
    qtbot.addWidget(vehicle)
    assert choices(vehicle.form.editor("type"))["Water tender"] == "水罐消防车"
    item = EquipmentDialog(None, fleet, None)
    qtbot.addWidget(item)
    agent, category = item.form.editor("agent"), item.form.editor("category")
    assert choices(agent)["Carbon dioxide"] == "二氧化碳"
    assert [t for t in choices(category) if CJK.search(t)] == []
    category.setCurrentIndex(category.findText("Hose"))
    assert not agent.isEnabled()
    category.setCurrentIndex(category.findText("Extinguisher"))  # shown in English, 灭火器
    assert agent.isEnabled() and item.form.value("category") == "灭火器"


def test_seeded_alert_levels_are_english_a_renamed_one_as_typed(english, qtbot, database):
    ledger = Ledger(database)
    dialog = PeriodDialog(None, ledger, None)
    qtbot.addWidget(dialog)
    assert list(choices(dialog.form.editor("level"))) == [
        "Level 3 readiness",
        "Level 2 readiness",
        "Level 1 readiness",
    ]
    top = next(lv for lv in ledger.levels() if lv.level == 3)
    ledger.save_level(replace(top, name="特级战备"))
    again = PeriodDialog(None, ledger, None)
    qtbot.addWidget(again)
    assert choices(again.form.editor("level"))["特级战备"] == 3


def test_lists_in_sentences_are_joined_the_english_way(english):
    assert joined(["A", "B", "C"]) == "A, B, C"
    lines = group([(f"2026-12-0{d}", "No leader") for d in range(1, 6)], unit="days")
    assert lines == ["No leader (2026-12-01, 2026-12-02, 2026-12-03 etc.; 5 days in all)"]
    message = said("请填写{label}", label=said("编号"))
    assert describe(Problem(5, "编号", message)) == "Row 5 “编号”: Code is required"
    assert describe(Problem(None, "", message)) == "Code is required"


def test_chinese_lists_keep_their_marks(qapp):
    assert joined(["甲", "乙"]) == "甲、乙"
    assert group([("a", "m"), ("b", "m")]) == ["a：m", "b：m"]
    assert group([(str(n), "m") for n in range(4)]) == ["m（0、1、2 等，共 4 处）"]
    assert describe(Problem(5, "编号", said("请填写{label}", label=said("编号")))) == (
        "第5行「编号」：请填写编号"
    )


def test_a_name_not_in_a_fixed_table_is_refused_in_english(english):
    from db.errors import NotFoundError
    from db.vocab import vocabulary
    from desktop.common.words import error_text

    with pytest.raises(NotFoundError) as refused:
        vocabulary("no.such")
    text = error_text(refused.value)
    assert text.startswith("Word lists: there is none called “no.such” (known: water.type, ")
    assert str(refused.value).startswith("没有名为“no.such”的词表（可用：water.type、")


def column_texts(view, header: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The shown texts of ``view``'s column ``header``."""
    model = view.model()
    [column] = [
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    ]
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_registers_show_the_program_s_own_words_in_english(
    english, make_window, database, qtbot, offered
):
    build(database)
    window = make_window()
    plans = window.pages["plans"].table.view
    assert "Issued" in column_texts(plans, "Status")
    assert "Firefighting plan" in column_texts(plans, "Type")
    version = next(
        c
        for c in range(plans.model().columnCount())
        if plans.model().headerData(c, Qt.Orientation.Horizontal) == "Version"
    )
    header = plans.horizontalHeader()
    assert header.fontMetrics().horizontalAdvance("Version") + 12 <= header.sectionSize(version)
    assert "School" in column_texts(window.pages["sites"].table.view, "Type")
    assert "Water tender" in column_texts(window.pages["vehicles"].table.view, "Type")
    assert "Team leader" in column_texts(window.pages["members"].table.view, "Role")
    window.show_page("equipment")
    equipment = window.pages["equipment"]
    assert "Portable pump" in column_texts(equipment.view, "Category")
    equipment.category.setCurrentIndex(equipment.category.findData("机动泵"))
    equipment.print_inspection(blank=True)
    qtbot.waitUntil(lambda: bool(offered), timeout=20_000)
    assert offered[-1].title == "Portable pump test form"
    assert offered[-1].name == "机动泵检验表-空白.pdf"  # the saved file keeps its Chinese name
    stock = window.services.supplies
    returns = ReturnDialog(window, stock)
    qtbot.addWidget(returns)
    [loan] = choices(returns.form.editor("loan_id"))
    assert loan.endswith(")") and "（" not in loan and "）" not in loan, loan
    take = StocktakeDialog(window, stock)
    qtbot.addWidget(take)
    assert "Filled in: 0; differing from the books: 0." in [
        text for widget in take.findChildren(QLabel) for _, text in texts_of(widget)
    ]


def test_a_record_s_history_names_its_fields_in_english(english, database):
    from db.drills import SiteData
    from db.history import History
    from desktop.common.history import CHANGE_COLUMNS
    from desktop.common.words import db_text

    book = DrillBook(database)
    site = book.save_site(SiteData(name="镇中心小学", type="学校", phone="023-45601231"))
    book.save_site(replace(book.sites()[0], phone="023-45601232"))
    changed, added = History(database).record("site", site)
    assert db_text(changed.action) == "Changed" and db_text(added.action) == "Added"
    assert db_text(changed.summary()) == "Phone: 023-45601231 → 023-45601232"
    assert "Name: 镇中心小学" in db_text(added.summary()).split("; ")
    label, old, _ = (column.formatter for column in CHANGE_COLUMNS)
    assert [label(c.label) for c in changed.changes] == ["Phone"]
    assert old(added.changes[0].old) == "(empty)"
    assert changed.summary() == "联系电话：023-45601231 → 023-45601232"  # the command line's
    book.save_site(replace(book.sites()[0], type="养老院"))  # a fixed word, stored in Chinese
    typed = History(database).record("site", site)[0]
    assert db_text(typed.summary()) == "Type: School → Care home"
    assert typed.summary() == "类型：学校 → 养老院"


def test_a_record_named_with_its_number_reads_the_english_way(english, database):
    from db.duty import MemberData
    from db.history import History
    from db.history import HistoryFilter
    from desktop.common.words import db_text

    ledger = Ledger(database)
    ledger.save_member(MemberData(name="王建国", phone="13800000001"))
    [entry] = History(database).page(HistoryFilter(table="member")).rows
    assert db_text(entry.record) == f"王建国 (#{entry.record_id})"
    assert entry.record == f"王建国（#{entry.record_id}）"


def test_the_word_lists_say_what_each_word_is_in_english(english, qtbot, database):
    from desktop.shell.vocab_dialog import VocabDialog

    dialog = VocabDialog(database)
    qtbot.addWidget(dialog)
    dialog.picker.setCurrentIndex(dialog.picker.findData("site.type"))
    assert {"Value", "Synonym"} <= set(column_texts(dialog.table.view, "Category"))
    assert set(column_texts(dialog.table.view, "Source")) == {"Built-in"}


def test_a_setting_s_history_names_the_setting_in_english(english, database):
    from db.history import History
    from db.history import HistoryFilter
    from desktop.common.words import db_text

    Ledger(database).save_settings({"duty_phone": "023-45601119"})
    entry = History(database).page(HistoryFilter(table="setting")).rows[0]
    assert db_text(entry.summary()).startswith("Setting: Duty phone; Value: 023-45601119")


def test_an_amount_and_its_unit_are_apart_in_english(english):
    from desktop.common.words import db_text

    line = said("{borrower} 借用 {amount}{unit} 应归还", borrower="村委会", amount="10", unit="件")
    assert db_text(line) == "村委会 borrowed 10 件, due back"
