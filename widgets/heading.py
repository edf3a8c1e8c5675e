"""A page's title: the one label every page puts above its content."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget


def page_title(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A page's title above its content, in the style sheet's ``#pageTitle`` look."""
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    return label
