"""At start the window checks the audit trail in the background and warns, lastingly, when it
is broken."""

from __future__ import annotations

import sqlite3

from db.duty import Ledger
from db.duty import MemberData
from db.engine import sqlite_path
from desktop.shell.window import MainWindow


def _window(qtbot, database) -> MainWindow:
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    window.audit_check.timer.stop()  # the test starts the check itself
    return window


def test_a_clean_trail_shows_no_warning(qtbot, database):
    Ledger(database).save_member(MemberData(name="张三"))
    window = _window(qtbot, database)
    handle = window.audit_check.start()
    qtbot.waitUntil(lambda: window.audit_check.result is not None, timeout=20000)
    assert handle.wait(1)
    assert window.audit_check.result.ok
    assert window.audit_check.label.isHidden()


def test_a_broken_trail_leaves_a_warning_naming_the_breaks(qtbot, database):
    ledger = Ledger(database)
    ids = [ledger.save_member(MemberData(name=n)) for n in "甲乙"]
    with sqlite3.connect(sqlite_path(database.url)) as conn:
        conn.execute(f"UPDATE member SET phone = '1' WHERE id = {ids[0]}")
        conn.execute(f"DELETE FROM member WHERE id = {ids[1]}")
    window = _window(qtbot, database)
    window.show()
    window.audit_check.start()
    qtbot.waitUntil(lambda: window.audit_check.result is not None, timeout=20000)
    label = window.audit_check.label
    assert label.isVisible()
    assert "发现 2 处问题" in label.text() and "audit verify" in label.text()
    assert f"队员名册 第 {ids[0]} 号" in label.toolTip()


def test_the_check_starts_by_itself_after_the_pages(qtbot, database):
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    assert window.audit_check.timer.isActive()  # not during start-up itself
    window.audit_check.timer.setInterval(0)
    qtbot.waitUntil(lambda: window.audit_check.result is not None, timeout=20000)
    assert window.audit_check.result.ok
