"""修改记录 page and the 历史 tab: filters, the paged model, each field's old → new."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from db.chain import UPGRADE_OPERATOR
from db.duty import MemberData
from db.fleet import Fleet
from db.fleet import VehicleData
from db.water import WaterBook
from db.water import WaterSourceData
from desktop.common.history import HistoryView
from desktop.duty.dialogs import MemberDialog
from desktop.shell.audit import AuditPage
from desktop.water.dialogs import SourceDialog
from tests.gui.test_app_members import click_nav


def texts(view: HistoryView) -> list[list[str]]:
    model = view.model
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _changes(ledger):
    """Three changes by two people, on a database whose trail already holds the upgrade's own
    rows (程序升级: the records the schema migrations made); those stay below ours."""
    ledger.db.operator = "王芳"
    mid = ledger.save_member(MemberData(name="刘建国", phone="13800000001"))
    ledger.db.operator = "李明"
    member = ledger.member(mid)
    ledger.save_member(dataclasses.replace(member, phone="13911112222"))
    Fleet(ledger.db).save_vehicle(VehicleData(plate="渝A·12345", type="水罐消防车"))
    return mid


def test_page_lists_and_filters_changes(qtbot, qtmodeltester, ledger):
    mid = _changes(ledger)
    page = AuditPage(ledger.db)
    qtbot.addWidget(page)
    page.reload()
    view = page.history
    qtmodeltester.check(view.model)
    rows = texts(view)
    upgrade = [r for r in rows if r[1] == UPGRADE_OPERATOR]
    assert [r[1:5] for r in rows[:3]] == [
        ["李明", "消防车辆", "渝A·12345（#1）", "新增"],
        ["李明", "队员名册", f"刘建国（#{mid}）", "修改"],
        ["王芳", "队员名册", f"刘建国（#{mid}）", "新增"],
    ]
    assert len(rows) == 3 + len(upgrade)
    assert rows[1][5] == "联系电话：13800000001 → 13911112222"
    assert page.history.count.text() == f"共 {len(rows)} 条"
    # the first row is selected and its fields listed one per row below
    assert [c.label for c in page.history.fields.rows()] == ["车牌号", "车型", "状态"]

    f = page.filters
    people = [f.person.itemText(i) for i in range(f.person.count())]
    assert people[0] == "全部人员" and {"李明", "王芳"} <= set(people)
    f.person.setCurrentIndex(people.index("王芳"))
    f.person.activated.emit(people.index("王芳"))
    assert [r[1] for r in texts(view)] == ["王芳"]
    page.clear()
    f.register.setCurrentIndex(f.register.findText("队员名册"))
    assert {r[2] for r in texts(view)} == {"队员名册"} and len(texts(view)) == 2
    f.record.setValue(mid + 1)
    assert texts(view) == [] and page.history.count.text() == "共 0 条"
    page.show_record("member", mid)
    view.view.selectRow(0)
    assert [(c.label, c.old, c.new) for c in page.history.fields.rows()] == [
        ("联系电话", "13800000001", "13911112222")
    ]

    page.clear()
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    f.since.set_date(tomorrow)
    assert texts(view) == []
    f.since.set_date(None)
    f.until.set_date(dt.date.today())
    assert len(texts(view)) == len(rows)
    f.since.set_date(tomorrow)  # after 到: a message, and the list stays as it was
    assert f.message.isVisibleTo(page) and f.message.text() == "结束日期早于开始日期"
    assert len(texts(view)) == len(rows)
    qtmodeltester.check(view.model)


def test_page_is_in_the_navigation(qtbot, make_window, ledger):
    _changes(ledger)
    window = make_window()
    click_nav(qtbot, window, "修改记录")
    assert window.stack.currentWidget() is window.audit_page
    model = window.audit_page.history.model
    ours = [r for r in range(model.rowCount()) if model.index(r, 1).data() != UPGRADE_OPERATOR]
    assert ours == [0, 1, 2]
    # a double-click on the vehicle's change shows that vehicle on the 车辆 page
    view = window.audit_page.history.view
    view.activated.emit(window.audit_page.history.model.index(0, 0))
    assert window.stack.currentWidget() is window.pages["vehicles"]


def test_history_tab_shows_a_change_made_before(qtbot, ledger):
    mid = _changes(ledger)
    dialog = MemberDialog(None, ledger, ledger.member(mid))
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["基本信息", "历史"]
    tab = tabs.widget(1)
    assert tab.model.rowCount() == 0  # read only when the clerk opens the tab
    tabs.setCurrentIndex(1)
    rows = texts(tab)
    assert [r[1:] for r in rows] == [
        ["李明", "修改", "联系电话：13800000001 → 13911112222"],
        ["王芳", "新增", "姓名：刘建国；职务：队员；联系电话：13800000001"],
    ]
    # the form is still the dialog's form, and saving from it still works
    tabs.setCurrentIndex(0)
    dialog.form.editor("notes").setPlainText("备勤")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert ledger.member(mid).notes == "备勤"

    new = MemberDialog(None, ledger, None)  # a new record has no history: no tabs at all
    qtbot.addWidget(new)
    assert new.findChild(QTabWidget) is None


def test_dialog_with_tabs_of_its_own_gets_one_more(qtbot, database):
    book = WaterBook(database)
    sid = book.save_source(WaterSourceData(code="XHS-1", name="正街消火栓", form="地上式"))
    source = book.source(sid)
    book.save_source(dataclasses.replace(source, details={"static_mpa": 0.3}))
    dialog = SourceDialog(None, book, book.source(sid))
    qtbot.addWidget(dialog)
    tabs = dialog.tabs
    assert tabs.tabText(0) == "基本信息" and tabs.tabText(tabs.count() - 1) == "历史"
    tabs.setCurrentIndex(tabs.count() - 1)
    assert [r[2:] for r in texts(tabs.widget(tabs.count() - 1))][0] == [
        "修改",
        "静压：（空） → 0.3",
    ]


def test_page_exports_what_the_filters_select(qtbot, ledger, tmp_path, monkeypatch, messages):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    _changes(ledger)
    page = AuditPage(ledger.db)
    qtbot.addWidget(page)
    page.reload()
    page.filters.register.setCurrentIndex(page.filters.register.findText("队员名册"))
    out = tmp_path / "修改记录.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.filters.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages.texts()), timeout=10_000)
    assert messages.texts() == [f"已导出 2 条修改记录到 {out}"]
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))[1:]
    assert {r[2] for r in rows} == {"队员名册"} and {r[1] for r in rows} == {"王芳", "李明"}
