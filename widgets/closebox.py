"""The 关闭 row of a dialog that only shows things: one button that closes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox


def close_box(dialog: QDialog) -> QDialogButtonBox:
    """A button box with one 关闭 that rejects ``dialog`` (so Esc does the same)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    box.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("CloseBox", "关闭")
    )
    box.rejected.connect(dialog.reject)
    return box
