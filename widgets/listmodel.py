"""A table model over a Python list with fixed column headers and numbered rows.

Subclasses set ``headers`` and implement :meth:`row_count`, ``data`` and (if editable)
``flags``/``setData``; the row/column counts and header texts come from here (a subclass whose
headers are already translated overrides :meth:`header_text`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt

_Index = QModelIndex | QPersistentModelIndex

# Roles as plain ints: a model's ``data`` runs for every role of every painted cell (seven per
# cell), and comparing ints beats looking the enum members up each time.
DISPLAY = Qt.ItemDataRole.DisplayRole.value
EDIT = Qt.ItemDataRole.EditRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
FONT = Qt.ItemDataRole.FontRole.value


class ListTableModel(QAbstractTableModel):
    #: Marked ``QT_TRANSLATE_NOOP("<the subclass>", ...)``: shown through ``self.tr``.
    headers: tuple[str, ...] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.header_text(section) if 0 <= section < len(self.headers) else None
        return section + 1

    def header_text(self, section: int) -> str:
        """Column ``section``'s header: ``headers`` are marked for ``self.tr``."""
        return self.tr(self.headers[section])


#: A plain cell: enabled, selectable, never a tree node.
CELL = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def cell_flags(index: _Index, editable: bool = False) -> Qt.ItemFlag:
    """The flags of a plain cell, editable if ``editable``; none for an invalid index."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return CELL | Qt.ItemFlag.ItemIsEditable if editable else CELL
