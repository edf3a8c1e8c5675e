"""A yes/no question the clerk answers in a message box."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask ``text``; True when the clerk answers 是 (Yes)."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
