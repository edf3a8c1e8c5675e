"""What the GUI tests share: the SQL-paged register pages (装备器材, 水源台账), counted clicks,
a widget's texts, and the walk that presses every button of a page with the choosers cancelled."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget

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
    """(what, text) of one widget: tooltip, title, text, placeholder, menu, tabs, headers and
    the choices of a combo box."""
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
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield name + " choice", widget.itemText(i)
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


def cancel_choosers(monkeypatch: Any) -> None:
    """Every file chooser and input dialog answers "cancelled" at once, so a walk over every
    button of the window opens them without waiting for a clerk and writes nothing."""
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *a, **k: (None, False)))


def close_popup() -> None:
    """Close the menu a button popped up, if it is still open."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()


def select_first_rows(page: QWidget) -> None:
    """Select the first row of each visible list of ``page`` that has rows."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))


def press(button: QPushButton | QToolButton, qtbot: Any, trigger: Callable[[QMenu], None]) -> None:
    """Click ``button`` (a push button), or ``trigger`` the entries of its menu; a menu that
    pops up at the mouse instead closes unchosen."""
    QTimer.singleShot(100, close_popup)
    menu = button.menu()
    if menu is None:
        if isinstance(button, QPushButton):
            button.click()
    else:
        trigger(menu)
    QApplication.processEvents()
    qtbot.wait(5)


def open_import_preview(qtbot: Any, monkeypatch: Any, page: Any, path: Any) -> Any:
    """Press ``page``'s 导入… with ``path`` chosen; the preview once it has been checked."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.common.import_dialog import ImportPreviewDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(ImportPreviewDialog) is not None, timeout=10_000)
    dialog = page.findChild(ImportPreviewDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.checking(), timeout=20_000)
    return dialog
