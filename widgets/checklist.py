"""A list of ``(text, value)`` items with check boxes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt

from widgets.listmodel import CELL

_Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole


class CheckListModel(QAbstractListModel):
    """``(text, value)`` items, each with a check box; ``checked()`` gives the values ticked."""

    def __init__(self, items: Iterable[tuple[str, Any]] = (), checked: Iterable[Any] = ()):
        super().__init__()
        self._items = list(items)
        self._checked = set(checked)

    def checked(self) -> list[Any]:
        return [value for _text, value in self._items if value in self._checked]

    def set_checked(self, values: Iterable[Any]) -> None:
        self._checked = set(values)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return CELL | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        text, value = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if value in self._checked else Qt.CheckState.Unchecked
        if role == VALUE_ROLE:
            return value
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item = self._items[index.row()][1]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(item)
        else:
            self._checked.discard(item)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
