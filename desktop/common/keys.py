"""The keys of a page, as in Excel/WPS: one ``QAction`` per command of the page.

A page lists its commands once through :class:`PageKeys`; each becomes an action with its
shortcut (Ctrl+N 新增, Ctrl+F 查找, F2 编辑, Del 删除, Ctrl+P 打印, Ctrl+E 导出, F5 刷新), the
button's tooltip names the key ("新增（Ctrl+N）"), the window's 编辑 menu lists the actions of
the page shown (:func:`page_actions`), and the page's table opens the row's actions on a
right-click (:meth:`PageKeys.menu_on`). An action behind a button clicks the button, so a
button greyed out for the signed-in role (``desktop.common.access.guard``) or by the page's own
logic does nothing from the keyboard either.

The shortcuts are window shortcuts of the page: only the page on the screen answers, and a
dialog open over the window keeps its own keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from widgets.overflow import in_overflow

#: Each command's name and key; the same on every page.
KEYS: dict[str, tuple[str, str]] = {
    "add": (QT_TRANSLATE_NOOP("PageKeys", "新增"), "Ctrl+N"),
    "edit": (QT_TRANSLATE_NOOP("PageKeys", "编辑"), "F2"),
    "delete": (QT_TRANSLATE_NOOP("PageKeys", "删除"), "Del"),
    "find": (QT_TRANSLATE_NOOP("PageKeys", "查找"), "Ctrl+F"),
    "print": (QT_TRANSLATE_NOOP("PageKeys", "打印"), "Ctrl+P"),
    "export": (QT_TRANSLATE_NOOP("PageKeys", "导出"), "Ctrl+E"),
    "refresh": (QT_TRANSLATE_NOOP("PageKeys", "刷新"), "F5"),
    "save": (QT_TRANSLATE_NOOP("PageKeys", "保存"), "Ctrl+S"),
}
#: The commands that act on the selected row, offered on a right-click.
ROW_COMMANDS = ("edit", "delete")


def key_text(command: str) -> str:
    """The key as the clerk reads it ("Ctrl+N", "Del")."""
    return QKeySequence(KEYS[command][1]).toString(QKeySequence.SequenceFormat.NativeText)


def name_key(button: QPushButton, command: str) -> None:
    """The button's tooltip names its key ("新增（Ctrl+N）"), unless it says why it is refused."""
    if not button.property("refused"):
        button.setToolTip(f"{button.text().rstrip('…')}（{key_text(command)}）")


def focus_search(edit: QLineEdit) -> None:
    """Ctrl+F: the cursor in the search box, its text selected to be typed over."""
    edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    edit.selectAll()


class PageKeys:
    """The actions of one page (``page.keys``), in the order they were added."""

    def __init__(self, page: QWidget):
        self.page = page
        self.actions: list[QAction] = []
        self.buttons: dict[QAction, QPushButton] = {}
        self.row_actions: list[QAction] = []

    def add(
        self,
        command: str,
        button: QPushButton | None = None,
        slot: Callable[[], object] | None = None,
        text: str = "",
    ) -> QAction:
        """The page's action for ``command``: it clicks ``button`` (or calls ``slot``)."""
        label, key = KEYS[command]
        action = QAction(
            text
            or (
                button.text().rstrip("…")
                if button
                else QCoreApplication.translate("PageKeys", label)
            ),
            self.page,
        )
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if button is not None:
            action.triggered.connect(lambda _checked=False: self._click(button))
            self.buttons[action] = button
            name_key(button, command)
        elif slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.page.addAction(action)
        self.actions.append(action)
        if command in ROW_COMMANDS:
            self.row_actions.append(action)
        return action

    def row_button(self, button: QPushButton) -> QAction:
        """A row's command without a key (a domain button: 检查, 推进状态…), on the
        right-click menu after 编辑 and 删除."""
        action = QAction(button.text().rstrip("…"), self.page)
        action.triggered.connect(lambda _checked=False: self._click(button))
        self.buttons[action] = button
        self.row_actions.append(action)
        return action

    def _click(self, button: QPushButton) -> None:
        """Press the button as a click would (a button with a menu opens it)."""
        if (button.isVisible() or in_overflow(button)) and button.isEnabled():
            if button.menu() is not None:
                button.showMenu()
            else:
                button.click()

    def sync(self) -> None:
        """Grey out the actions whose button is greyed out or hidden."""
        for action, button in self.buttons.items():
            shown = not button.isHidden() or in_overflow(button)
            action.setEnabled(button.isEnabled() and shown)
            action.setVisible(shown)

    def fill(self, menu: QMenu, actions: list[QAction] | None = None) -> None:
        """Add ``actions`` (all the page's by default) to ``menu``, greyed out as their
        buttons are."""
        self.sync()
        menu.addActions([a for a in (actions or self.actions) if a.isVisible()])

    def row_menu(self) -> QMenu:
        """The right-click menu of the page's table: the row's actions."""
        menu = QMenu(self.page)
        self.fill(menu, self.row_actions)
        return menu

    def menu_on(self, view: QAbstractItemView) -> None:
        """A right-click on ``view`` selects the row under the mouse and offers its actions."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        def show(pos: QPoint) -> None:
            index = view.indexAt(pos)
            if index.isValid():
                view.setCurrentIndex(index)  # a row-selecting view selects the whole row
            menu = self.row_menu()
            if not menu.isEmpty():
                menu.exec(view.viewport().mapToGlobal(pos))
            menu.deleteLater()

        view.customContextMenuRequested.connect(show)


def page_keys(
    page: QWidget,
    view: QAbstractItemView | None = None,
    rows: tuple[QPushButton, ...] = (),
    **commands: QPushButton | Callable[[], object],
) -> PageKeys:
    """``page.keys`` for a page of its own making: each command (``add=button``,
    ``refresh=page.reload``…) on its key, ``rows`` (row buttons without a key) and the row
    commands on a right-click of ``view``."""
    keys = PageKeys(page)
    for command, target in commands.items():
        if isinstance(target, QPushButton):
            keys.add(command, target)
        else:
            keys.add(command, slot=target)
    for button in rows:
        keys.row_button(button)
    if view is not None:
        keys.menu_on(view)
    page.keys = keys  # type: ignore[attr-defined]
    return keys


def page_actions(page: QWidget) -> list[QAction]:
    """The actions a page lists in the window's 编辑 menu (none for a page without keys)."""
    keys = getattr(page, "keys", None)
    if not isinstance(keys, PageKeys):
        return []
    keys.sync()
    return [a for a in keys.actions if a.isVisible()]
