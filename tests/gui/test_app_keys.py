"""Keys, menus and what the window remembers: Ctrl+N, F2, Del, Ctrl+F, F5 on the register
pages, the 编辑 menu and the right-click menus, and widths, sort and size kept between starts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt

from db.fleet import EquipmentData
from db.fleet import Fleet
from tests.gui.helpers import open_paged


def press(window, key: str) -> None:
    """The key as the window's shortcut map resolves it: the one action of a page on the
    screen holding ``key`` (offscreen windows are never active, so Qt's map is not asked)."""
    answering = [
        a
        for page in window.pages.values()
        for a in page.actions()
        if a.shortcut().toString() == key and page.isVisible() and a.isEnabled()
    ]
    assert len(answering) == 1, (key, [a.text() for a in answering])
    answering[0].trigger()


def menu_texts(actions) -> list[str]:
    return [a.text() for a in actions if a.isVisible() and not a.isSeparator()]


def page_items(window) -> list:
    """The 编辑 menu's actions of the page shown (撤销, the window's own, comes first)."""
    actions = window.edit_menu.actions()
    assert actions[0] is window.undo_action
    return actions[1:]


def test_register_page_keys_menus_and_tooltips(qtbot, make_window, team, on_modal, messages):
    team(3)
    window = make_window()
    window.show_page("members")
    page = window.pages["members"]
    assert page.add_button.toolTip() == "新增（Ctrl+N）"
    assert page.edit_button.toolTip() == "编辑（F2）"
    assert page.delete_button.toolTip() == "删除（Del）"
    edit_menu = menu_texts(page_items(window))
    assert edit_menu[:3] == ["新增", "编辑", "删除"] and "查找" in edit_menu and "刷新" in edit_menu
    assert "导出Excel" in edit_menu
    shortcuts = {a.text(): a.shortcut().toString() for a in window.edit_menu.actions()}
    assert shortcuts["新增"] == "Ctrl+N" and shortcuts["查找"] == "Ctrl+F"

    seen = []
    on_modal(lambda dialog: seen.append(dialog.windowTitle()))
    press(window, "Ctrl+N")
    assert seen, "Ctrl+N opened no dialog"

    page.table.filter_edit.setText("队员")
    page.table.filter_edit.deselect()
    press(window, "Ctrl+F")  # the search box, its text ready to be typed over
    assert page.table.filter_edit.selectedText() == "队员"
    page.table.filter_edit.clear()

    page.table.view.setFocus()
    page.table.view.selectRow(0)
    [name] = [page.table.current_row().name]
    on_modal(lambda dialog: seen.append(dialog.windowTitle()))
    press(window, "F2")
    assert len(seen) == 2

    menu = page.table.build_context_menu()
    assert menu is not None and menu_texts(menu.actions())[:2] == ["编辑", "删除"]
    messages.answer = messages.answer.No
    press(window, "Del")
    assert messages.texts("question") == [f"确定删除“{name}”吗？"]

    # a page that is not shown does not answer: the 队员 page's Ctrl+N stays quiet elsewhere
    window.show_page("home")
    assert menu_texts(page_items(window)) == []
    assert not any(a.shortcut().toString() == "Ctrl+N" for a in window.home.actions())
    assert not [a for p in window.pages.values() for a in p.actions() if p.isVisible()]


def test_paged_page_keys_and_right_click(qtbot, make_window, database, on_modal):
    fleet = Fleet(database)
    for i in range(3):
        fleet.save_equipment(
            EquipmentData(f"SD-{i:03d}", "65mm水带", "水带", last_test_on=dt.date.today())
        )
    window = make_window()
    page = open_paged(window, "equipment", 50)
    assert page.add_button.toolTip() == "新增（Ctrl+N）"
    assert page.print_button.toolTip() == "打印（Ctrl+P）"
    texts = menu_texts(page_items(window))
    assert texts[:3] == ["新增", "编辑", "删除"] and "打印" in texts

    page.view.selectRow(1)
    row_menu = menu_texts(page.keys.row_menu().actions())
    assert row_menu[:2] == ["编辑", "删除"]
    assert len(row_menu) > 2, "the domain's row buttons are offered too"
    seen = []
    on_modal(lambda dialog: seen.append(dialog))
    press(window, "F2")
    assert seen
    page.text.setText("SD")
    page.text.deselect()
    press(window, "Ctrl+F")
    assert page.text.selectedText() == "SD"


def test_widths_sort_and_size_come_back_after_a_restart(qtbot, make_window, team, database):
    team(5)
    fleet = Fleet(database)
    for i in range(3):
        fleet.save_equipment(
            EquipmentData(f"SD-{i:03d}", "65mm水带", "水带", last_test_on=dt.date.today())
        )
    window = make_window()
    window.resize(window.minimumSizeHint().width(), 744)
    size = window.size()
    assert size.height() == 744  # not the first start's 760
    window.show_page("members")
    view = window.pages["members"].table.view
    view.setColumnWidth(1, 211)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first = window.pages["members"].table.visible_rows()[0].name
    paged = open_paged(window, "equipment", 50)
    paged.view.setColumnWidth(1, 187)
    paged.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    window.close()
    QSettings().sync()

    again = make_window()
    assert again.size() == size
    view = again.members.table.view
    assert view.columnWidth(1) == 211
    header = view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.DescendingOrder,
    )
    assert again.members.table.visible_rows()[0].name == first == "队员05"
    paged = again.pages["equipment"]
    assert paged.view.columnWidth(1) == 187
    assert [e.code for e in paged.model.rows] == ["SD-002", "SD-001", "SD-000"]


def test_form_dialogs_start_in_the_first_field_save_on_ctrl_s_and_ask_on_esc(
    qtbot, make_window, ledger, on_modal, messages
):
    from PySide6.QtGui import QShortcut

    window = make_window()
    window.show_page("members")
    seen: dict[str, object] = {}

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["focus"] = dialog.focusWidget() is dialog.form.editor("name")
        seen["tip"] = dialog.ok_button.toolTip()
        dialog.form.editor("name").setText("林小雨")
        messages.answer = messages.answer.No
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # typed: asks, 否 keeps it open
        seen["asked"] = messages.texts("question")
        seen["open"] = dialog.isVisible()
        [save] = [s for s in dialog.findChildren(QShortcut) if s.key().toString() == "Ctrl+S"]
        save.activated.emit()
        seen["saved"] = not dialog.isVisible()

    on_modal(fill)
    window.pages["members"].add()
    assert seen["focus"] and seen["tip"] == "保存（Ctrl+S）"
    assert seen["asked"] == ["有未保存的修改，确定放弃吗？"] and seen["open"] and seen["saved"]
    assert [m.name for m in ledger.members()] == ["林小雨"]
