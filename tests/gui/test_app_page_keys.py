"""The pages that are not registers answer the same keys where they have the command, list
them in the 编辑 menu and name them in the buttons' tooltips."""

from __future__ import annotations

from tests.gui.test_app_keys import menu_texts
from tests.gui.test_app_keys import page_items
from tests.gui.test_app_keys import press

#: page → the keys it answers (each listed in the 编辑 menu).
EXPECTED = {
    "roster": {"F2", "Ctrl+P", "Ctrl+E", "F5"},
    "water_map": {"Ctrl+P", "F5"},
    "water_survey": {"Ctrl+N", "F2", "Ctrl+P", "F5"},
    "water_coverage": {"Ctrl+P", "F5"},
    "audit": {"Ctrl+F", "Ctrl+E", "F5"},
    "supplies": {"Ctrl+N", "F2", "Del", "Ctrl+F", "Ctrl+P", "Ctrl+E", "F5"},
}


def test_other_pages_answer_their_keys(qtbot, make_window, team, on_modal):
    team(4, leaders=2)
    window = make_window()
    for key, wanted in EXPECTED.items():
        window.show_page(key)
        shortcuts = {a.shortcut().toString() for a in page_items(window) if a.isVisible()}
        assert wanted <= shortcuts, (key, shortcuts)
        assert menu_texts(page_items(window)), key
    window.show_page("roster")
    assert window.roster.edit_button.toolTip() == "编辑选中日（F2）"
    assert window.roster.print_button.toolTip() == "打印值班表（Ctrl+P）"
    seen: list[str] = []
    on_modal(lambda dialog: (seen.append(type(dialog).__name__), dialog.reject()))
    window.roster.view.selectRow(0)
    press(window, "F2")  # the selected day's dialog
    assert seen == ["DayDialog"]
    window.show_page("audit")
    person = window.audit_page.filters.person.lineEdit()
    person.setText("测试员")
    person.deselect()
    press(window, "Ctrl+F")  # the 操作人 box, its text ready to be typed over
    assert person.selectedText() == "测试员"
