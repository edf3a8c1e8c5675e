"""What the GUI tests of the SQL-paged register pages (装备器材, 水源台账) share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton


def open_paged(window: Any, name: str, page_size: int) -> Any:
    """Show the paged page ``name`` reading ``page_size`` rows at a time, its first page read."""
    window.show_page(name)
    page = window.pages[name]
    page.model.page_size = page_size
    page.reload()
    return page


def select_paged(page: Any, key: Callable[[Any], bool]) -> None:
    """Select the first row read so far for which ``key(row)`` holds."""
    page.view.selectRow(next(n for n, x in enumerate(page.model.rows) if key(x)))


class Clicks:
    """Every click and non-typing key press of a test goes through here and is counted;
    typed text is set directly (it is not an interaction the flow can save)."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.count += 1
        if pos is None:
            self.qtbot.mouseClick(widget, LEFT)
        else:
            self.qtbot.mouseClick(widget, LEFT, pos=pos)

    def key(
        self,
        widget: QWidget,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        """A key that is not typing (Enter, Ctrl+P...)."""
        self.count += 1
        self.qtbot.keyClick(widget, key, modifier)

    def menu_entry(self, button: QWidget, menu: QMenu, text: str) -> None:
        """Open a button's menu and pick an entry: two clicks."""
        self.count += 2
        [action] = [a for a in menu.actions() if a.text() == text]
        action.trigger()

    def nav(self, window, title: str) -> None:
        model = window.nav_model
        row = next(r for r in range(model.rowCount()) if model.item(r).text() == title)
        self.click(window.nav.viewport(), window.nav.visualRect(model.index(row, 0)).center())

    def tab(self, tabs: QTabWidget, index: int) -> None:
        self.click(tabs.tabBar(), tabs.tabBar().tabRect(index).center())

    def cell(self, view: QAbstractItemView, index: QModelIndex, times: int = 1) -> None:
        for _ in range(times):
            self.click(view.viewport(), view.visualRect(index).center())

    def choose(self, combo: QComboBox, text: str) -> None:
        """Open the list and pick an entry: two clicks."""
        self.count += 2
        index = combo.findText(text)
        assert index >= 0, text
        combo.setCurrentIndex(index)
        combo.activated.emit(index)


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of one widget: tooltip, title, text, placeholder, menu, tabs, headers."""
    name = type(widget).__name__
    yield name + " tooltip", widget.toolTip()
    if widget.isWindow():
        yield name + " title", widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield name, widget.text()
    if isinstance(widget, QLineEdit):
        yield name + " placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield name, widget.title()
    if isinstance(widget, QMenu):
        yield name, widget.title()
        for action in widget.actions():
            yield name + " action", action.text()
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield name + " tab", widget.tabText(i)
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        for column in range(widget.count()):
            header = widget.model().headerData(column, widget.orientation())
            yield name + " header", str(header or "")
