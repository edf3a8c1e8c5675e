"""Keys of a hand-made dialog, as in Windows dialogs (``FormDialog`` has them built in).

``dialog_keys(dialog, save=ok_button)``:

- typing starts in the first field (a line edit, combo box, list…), not on 确定;
- Ctrl+S presses ``save`` (its tooltip says so);
- Esc closes, but asks first (有未保存的修改，确定放弃吗？) when something was typed, picked or
  ticked since the dialog opened;
- with ``workspace=True`` (several tabs of work) Enter never closes the dialog: no button is
  pressed by Enter unless it has the focus.

The dialog carries the property ``dialog_keys`` so a test can tell it was given its keys.
:func:`install` gives them to every dialog of the application that was not given them when
it is first shown (a dialog of several tabs as a workspace).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QAbstractSpinBox
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QTextEdit
from PySide6.QtWidgets import QWidget

from widgets.fit import install_once

#: The property a dialog with its keys carries.
HAS_KEYS = "dialog_keys"
#: Item views with more rows than this are not compared row by row (a big preview).
COMPARED_ROWS = 500


def _field_state(widget: QWidget) -> Any:
    """What the clerk may have changed in ``widget`` (None for a widget that holds nothing)."""
    if isinstance(widget, QLineEdit):
        return None if widget.isReadOnly() else widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QAbstractItemView):
        model = widget.model()
        if model is None or model.rowCount() > COMPARED_ROWS:
            return None
        from PySide6.QtCore import Qt

        role = Qt.ItemDataRole.CheckStateRole
        return tuple(model.index(r, 0).data(role) for r in range(model.rowCount()))
    return None


def state(dialog: QDialog) -> tuple[Any, ...]:
    """Everything a clerk can type, pick or tick in ``dialog``, to compare on Esc."""
    return tuple(_field_state(w) for w in dialog.findChildren(QWidget) if w.window() is dialog)


def first_field(dialog: QDialog) -> QWidget | None:
    """The first widget in tab order that takes typing (not a button)."""
    from PySide6.QtCore import Qt

    widget = dialog.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not dialog and seen < 500:
        seen += 1
        if (
            not isinstance(widget, QAbstractButton)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and not widget.isHidden()
            and widget.window() is dialog
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class _Keys(QObject):
    """The event filter ``dialog_keys`` installs: Esc asks, Enter in a workspace stays."""

    def __init__(self, dialog: QDialog, workspace: bool) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.workspace = workspace
        self.opened = state(dialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        dialog = getattr(self, "dialog", None)  # None while Python lets go of a closed one
        if dialog is None or watched is not dialog or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        from PySide6.QtCore import Qt  # loaded here, once a key is pressed: not before the window
        from PySide6.QtWidgets import QMessageBox

        if event.key() == Qt.Key.Key_Escape and state(dialog) != self.opened:
            answer = QMessageBox.question(
                dialog,
                dialog.windowTitle(),
                QCoreApplication.translate("FormDialog", "有未保存的修改，确定放弃吗？"),
            )
            return answer != QMessageBox.StandardButton.Yes
        if self.workspace and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return True  # Enter never closes a workspace
        return False


def dialog_keys(
    dialog: QDialog,
    save: QAbstractButton | None = None,
    *,
    workspace: bool = False,
    first: QWidget | None = None,
) -> None:
    """Give ``dialog`` the Windows keys (see the module); call it once the dialog is built."""
    from PySide6.QtCore import Qt

    if save is not None:
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog)
        shortcut.activated.connect(lambda: save.click() if save.isEnabled() else None)
        tip = QCoreApplication.translate("FormDialog", "保存（Ctrl+S）")
        if not save.toolTip():
            save.setToolTip(tip)
    if workspace:
        for button in dialog.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
    dialog.installEventFilter(_Keys(dialog, workspace))
    target = first or first_field(dialog)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
    dialog.setProperty(HAS_KEYS, True)


def accept_button(dialog: QDialog) -> QPushButton | None:
    """The button that saves ``dialog``: its button box's 确定/保存 (None for 关闭 only)."""
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            role = box.buttonRole(button)
            if role == QDialogButtonBox.ButtonRole.AcceptRole and isinstance(button, QPushButton):
                return button
    return None


#: Qt's own dialogs, which keep Qt's keys (by class name: naming the classes here would load
#: them before the window shows).
QT_DIALOGS = ("QMessageBox", "QProgressDialog", "QFileDialog", "QInputDialog", "QColorDialog")


class _Watcher(QObject):
    """The application-wide watcher :func:`install` adds."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A dialog shown without its keys gets them: Ctrl+S on its 确定/保存, Esc asking, the
        first field focused, and Enter kept from closing a dialog of several tabs."""
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not any(watched.inherits(name) for name in QT_DIALOGS)
            and watched.isWindow()
            and not has_keys(watched)
        ):
            tabs = watched.findChild(QTabWidget)
            dialog_keys(watched, accept_button(watched), workspace=tabs is not None)
        return False


def install(app: QApplication) -> None:
    """Give every dialog of ``app`` its keys when first shown (once per application)."""
    install_once(app, _Watcher)


def has_keys(dialog: QDialog) -> bool:
    """Whether ``dialog`` was given its keys (``dialog_keys`` or a ``FormDialog``)."""
    return bool(dialog.property(HAS_KEYS))


__all__ = [
    "HAS_KEYS",
    "accept_button",
    "dialog_keys",
    "first_field",
    "has_keys",
    "install",
    "state",
]
