"""编辑 → 撤销 (Ctrl+Z): an edited member is as before and the trail shows the undo."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from db.duty.data import MemberData
from db.history import History


def test_ctrl_z_undoes_a_member_edit(qtbot, make_window, ledger):
    mid = ledger.save_member(MemberData(name="刘建国", phone="13800000001"))
    window = make_window()
    action = window.undo_action
    assert not action.isEnabled()  # a change from before the start is not this run's
    ledger.save_member(dataclasses.replace(ledger.member(mid), phone="13900000002"))
    qtbot.waitUntil(action.isEnabled)
    assert action.text() == "撤销：修改 队员名册 刘建国"
    assert [a.text() for a in window.menuBar().actions()][:2] == ["文件", "编辑"]
    window.pages["members"].reload()
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ledger.member(mid).phone == "13800000001")
    newest = History(ledger.db).record("member", mid)[0]
    assert newest.action == "修改"
    assert "13900000002 → 13800000001" in newest.summary()
    qtbot.waitUntil(lambda: not action.isEnabled())
    assert action.text() == "撤销"
