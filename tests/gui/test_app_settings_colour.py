"""设置: colour rules show a swatch and are chosen with the colour picker, not typed as hex."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog
from PySide6.QtWidgets import QInputDialog

from db.duty import Ledger
from db.rules import Rules
from desktop.shell.window import MainWindow
from widgets.listmodel import BACKGROUND
from widgets.listmodel import DISPLAY

KEY = "due.overdue_colour"


def _row(page):  # type: ignore[no-untyped-def]
    rows = page.rules.model.rows()
    return next(i for i, r in enumerate(rows) if r.key == KEY), next(
        r for r in rows if r.key == KEY
    )


def test_colour_rule_is_picked_and_shown_as_a_swatch(qtbot, database, monkeypatch):
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    window.show_page("settings")
    page = window.settings_page
    offered: list[str] = []

    def pick(initial, parent, title):  # type: ignore[no-untyped-def]
        offered.append(initial.name())
        return QColor("#1565c0")

    monkeypatch.setattr(QColorDialog, "getColor", pick)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: pytest_fail())
    _i, rule = _row(page)
    page.edit_rule(rule)
    qtbot.waitUntil(lambda: page._rule_task is None)
    assert offered == ["#c62828"]  # the picker opens on the rule's colour
    assert Rules(database).get(KEY) == "#1565c0"
    i, _rule = _row(page)
    column = 2  # 类别, 规则, 数值
    assert page.rules.model.headerData(column, Qt.Orientation.Horizontal, DISPLAY) == "数值"
    cell = page.rules.model.index(i, column)
    assert page.rules.model.data(cell, DISPLAY) in ("", None)  # no hex code to read
    assert QColor(page.rules.model.data(cell, BACKGROUND)).name() == "#1565c0"
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a: QColor())  # 取消
    page.edit_rule(_row(page)[1])
    assert page._rule_task is None and Rules(database).get(KEY) == "#1565c0"


def pytest_fail() -> None:
    raise AssertionError("a colour rule must not ask for typed text")
