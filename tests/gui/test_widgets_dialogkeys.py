"""Hand-made dialogs get the Windows keys when shown: focus in the first field, Ctrl+S
presses 确定, Esc asks before dropping what was typed, Enter never closes a dialog of tabs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout

from widgets import dialogkeys

OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def made(qtbot, tabs: bool) -> tuple[QDialog, QLineEdit]:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    edit = QLineEdit(dialog)
    if tabs:
        book = QTabWidget(dialog)
        book.addTab(edit, "一")
        layout.addWidget(book)
    else:
        layout.addWidget(edit)
    layout.addWidget(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    dialogkeys.install(QApplication.instance())  # type: ignore[arg-type]
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, edit


@OFFSCREEN_SHOW
def test_ctrl_s_saves_and_esc_asks_before_dropping_typing(qtbot, messages):
    dialog, edit = made(qtbot, tabs=False)
    assert dialogkeys.has_keys(dialog) and dialog.focusWidget() is edit
    edit.setText("张三")
    messages.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and messages.texts("question") == ["有未保存的修改，确定放弃吗？"]
    # Offscreen windows are never active, so the shortcut is fired as Qt would on Ctrl+S.
    [save] = [s for s in dialog.findChildren(QShortcut) if s.key().toString() == "Ctrl+S"]
    save.activated.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


@OFFSCREEN_SHOW
def test_enter_never_closes_a_dialog_of_tabs(qtbot, messages):
    dialog, edit = made(qtbot, tabs=True)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible() and messages.texts("question") == []
