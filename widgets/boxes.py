"""Rows and columns of widgets in one call, Qt's own box layouts underneath.

An item is a widget, a layout, an int (that much stretch: ``1`` pushes what follows to the
end) or a ``(widget or layout, stretch)`` pair::

    buttons = row(self.add_button, self.edit_button, 1, close)
    column(hint, buttons, (self.table, 1), parent=self)
"""

from __future__ import annotations

from typing import TypeAlias
from typing import TypeVar

from PySide6.QtWidgets import QBoxLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

Item: TypeAlias = "QWidget | QLayout | int | tuple[QWidget | QLayout, int]"
_Box = TypeVar("_Box", bound=QBoxLayout)


def row(*items: Item, parent: QWidget | None = None) -> QHBoxLayout:
    """``items`` side by side (the layout of ``parent`` when given)."""
    return _fill(QHBoxLayout(parent) if parent is not None else QHBoxLayout(), items)


def column(*items: Item, parent: QWidget | None = None) -> QVBoxLayout:
    """``items`` one above the other (the layout of ``parent`` when given)."""
    return _fill(QVBoxLayout(parent) if parent is not None else QVBoxLayout(), items)


def _fill(box: _Box, items: tuple[Item, ...]) -> _Box:
    for item in items:
        thing, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(thing, int):
            box.addStretch(thing)
        elif isinstance(thing, QLayout):
            box.addLayout(thing, stretch)
        else:
            box.addWidget(thing, stretch)
    return box
