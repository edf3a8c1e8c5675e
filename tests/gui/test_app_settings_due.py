"""Settings: editing a rule; home page: the due list across registers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog

from db import due
from db.duty import Ledger
from db.rules import Rules
from desktop.shell.window import MainWindow


def test_rule_edited_from_settings(qtbot, database, monkeypatch):
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    window.show_page("settings")
    page = window.settings_page
    rule = next(r for r in page.rules.model.rows() if r.key == "drill.site_plan_months")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("4", True))
    page.edit_rule(rule)
    qtbot.waitUntil(lambda: page._rule_task is None)
    assert Rules(database).months("drill.site_plan_months") == 4
    shown = next(r for r in page.rules.model.rows() if r.key == "drill.site_plan_months")
    assert shown.value == "4" and shown.changed
    asked: list[str] = []

    def type_bad_then_cancel(*a, **k):  # type: ignore[no-untyped-def]
        asked.append(k["text"])
        return ("四个月", True) if len(asked) == 1 else (k["text"], False)

    monkeypatch.setattr(QInputDialog, "getText", type_bad_then_cancel)
    warnings = []
    monkeypatch.setattr(
        "desktop.shell.settings.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    page.edit_rule(shown)
    qtbot.waitUntil(lambda: page._rule_task is None)
    assert warnings and "数字" in warnings[0]
    assert warnings[0].startswith(shown.label) and "value" not in warnings[0]
    assert asked == ["4", "四个月"]  # asked again, with what was typed
    assert Rules(database).months("drill.site_plan_months") == 4


def test_home_lists_due_items_overdue_first(qtbot, database, monkeypatch):
    today = dt.date.today()

    def fake(db, day, within):  # type: ignore[no-untyped-def]
        return [
            due.DueItem("演练", "高楼小学", "熟悉演练", today + dt.timedelta(days=5), due.SOON),
            due.DueItem(
                "整改", "消防通道堵塞", "整改期限", today - dt.timedelta(days=3), due.OVERDUE
            ),
        ]

    monkeypatch.setattr(due, "_PROVIDERS", [fake])
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    rows = window.home.due_table.model.rows()
    assert [r.subject for r in rows] == ["消防通道堵塞", "高楼小学"]
    assert "逾期 1 项" in window.home.due_title.text()
    line = rows[0].line(today)
    assert "已逾期" in line and "逾期3天" in line


def test_double_click_on_a_due_item_opens_its_page(qtbot, database, monkeypatch):
    today = dt.date.today()
    item = due.DueItem("演练", "高楼小学", "演练", today, due.SOON, ("drill", 1))
    monkeypatch.setattr(due, "_PROVIDERS", [lambda db, day, within: [item]])
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    window.home.due_table.activated.emit(item)
    assert window.stack.currentWidget() is window.pages["drills"]
