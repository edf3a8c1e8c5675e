"""请假 page: a new leave names nobody until the clerk picks a member."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.duty.dialogs import LeaveDialog


def test_new_leave_requires_choosing_a_member(qtbot, make_window, team, ledger, on_modal):
    m = team(3, leaders=1)
    window = make_window()
    window.show_page("leave")
    seen = {}

    def fill(dialog) -> None:
        assert isinstance(dialog, LeaveDialog)
        combo = dialog.form.editor("member_id")
        seen["shown"] = (combo.currentIndex(), combo.placeholderText())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.form.errors().get("member_id")
        seen["saved_then"] = ledger.leaves()
        combo.setCurrentIndex(combo.findData(m[1].id))
        dialog.form.editor("reason").setText("探亲")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(fill)
    qtbot.mouseClick(window.pages["leave"].add_button, Qt.MouseButton.LeftButton)

    assert seen["shown"] == (-1, "请选择队员")
    assert seen["error"] == "请选择队员"
    assert seen["saved_then"] == []
    [leave] = ledger.leaves()
    assert (leave.member_id, leave.start, leave.reason) == (m[1].id, dt.date.today(), "探亲")
    assert [r.member_name for r in window.pages["leave"].table.visible_rows()] == [m[1].name]
