"""更多 ▾: the rarely used buttons of a wide row, as the entries of one menu.

A row of a dozen buttons is wider than a 1024×768 screen. :class:`MoreButton` takes the
buttons a clerk seldom needs (空白模板…, 版本记录…) out of the row: each stays the same
``QPushButton`` object, hidden, and its menu entry clicks it — greyed out, with the same
tooltip, when the button is (a role without the right, nothing selected). A button with a
menu of its own becomes a submenu. :func:`in_overflow` tells a hidden button that lives on in
a 更多 menu from one the page hid.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget

#: The property a button taken into a 更多 menu carries.
OVERFLOW = "overflow"


def in_overflow(button: QWidget) -> bool:
    """Whether ``button`` is hidden because it is an entry of a 更多 menu."""
    return bool(button.property(OVERFLOW))


class MoreButton(QToolButton):
    """A 更多 button whose menu presses buttons taken out of the row."""

    def __init__(self, parent: QWidget, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("more")
        self.setText(text or QCoreApplication.translate("MoreButton", "更多"))
        self.setToolTip(QCoreApplication.translate("MoreButton", "更多操作"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.entries: dict[QAction, QPushButton] = {}
        self.menu_.aboutToShow.connect(self.sync)

    def take(self, *buttons: QPushButton) -> None:
        """Move ``buttons`` into the menu (in this order); the row no longer shows them."""
        for button in buttons:
            button.setProperty(OVERFLOW, True)
            button.hide()
            own = button.menu()
            text = button.text().rstrip("…") + ("…" if button.text().endswith("…") else "")
            if own is not None:
                own.setTitle(text)
                action = self.menu_.addMenu(own)
            else:
                action = self.menu_.addAction(text)
                action.triggered.connect(lambda _checked=False, b=button: self._press(b))
            self.entries[action] = button

    @staticmethod
    def _press(button: QPushButton) -> None:
        if button.isEnabled():
            button.click()

    def sync(self) -> None:
        """Each entry greyed out and explained as its button is."""
        for action, button in self.entries.items():
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
        self.menu_.setToolTipsVisible(True)


__all__ = ["OVERFLOW", "MoreButton", "in_overflow"]
