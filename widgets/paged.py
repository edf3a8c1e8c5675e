"""A table model that reads its rows a page at a time from a fetch function.

For registers too big to load at once: the caller sorts and filters in SQL and hands back one
page and the total; the model asks for the next page as the view scrolls (``fetchMore``)::

    columns = [Column("code", "编号", width=90, sort="code"), ...]
    model = PagedTableModel(columns, lambda offset, limit, key, desc: (rows, total))
    view.setModel(model)
    view.setSortingEnabled(True)   # a click on a header re-reads the first page in that order

A column whose ``sort`` is None is not sortable. ``ROW_ROLE`` hands back the row object.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from widgets.columns import Column
from widgets.columns import alignment
from widgets.columns import display
from widgets.columns import qcolor
from widgets.listmodel import ALIGN
from widgets.listmodel import BACKGROUND
from widgets.listmodel import CELL
from widgets.listmodel import DISPLAY
from widgets.listmodel import FOREGROUND
from widgets.listmodel import TOOLTIP
from widgets.listmodel import ListTableModel
from widgets.table import ROW_ROLE

_Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int, str, bool], tuple[Sequence[Any], int]]


#: Rows read at a time: three full screens of a maximised window; the next ones as it scrolls
#: (reading and shaping rows is most of a page's cost before its first rows are painted).
PAGE_ROWS = 100

_ROW = int(ROW_ROLE)
_OTHER_ROLES = frozenset((TOOLTIP, ALIGN, BACKGROUND, FOREGROUND, _ROW))


class PagedTableModel(ListTableModel):
    """Rows from ``fetch(offset, limit, sort_key, descending) -> (rows, total)``."""

    totalChanged = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Fetch,
        page_size: int = PAGE_ROWS,
        sort_key: str = "",
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.headers = tuple(c.header for c in self.columns)
        self._values = [c.getter() for c in self.columns]
        self._aligns = [alignment(c) for c in self.columns]
        self.fetch = fetch
        self.page_size = page_size
        self.sort_key = sort_key or next((c.sort for c in self.columns if c.sort), "")
        self.descending = False
        self.rows: list[Any] = []
        self.total = 0

    # --- loading ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the first page again (after a filter, a sort or a change)."""
        self.beginResetModel()
        rows, total = self.fetch(0, self.page_size, self.sort_key, self.descending)
        self.rows, self.total = list(rows), int(total)
        self.endResetModel()
        self.totalChanged.emit(self.total)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        rows, _total = self.fetch(len(self.rows), self.page_size, self.sort_key, self.descending)
        rows = list(rows)[: max(0, self.total - len(self.rows))]
        if not rows:
            self.total = len(self.rows)  # fewer rows than counted: someone deleted some
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self.sort_key = self.columns[column].sort or self.sort_key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- Qt model interface -------------------------------------------------------------
    def row_count(self) -> int:
        return len(self.rows)

    def header_text(self, section: int) -> str:
        return self.columns[section].header  # translated by whoever declared the columns

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return CELL if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if role != DISPLAY and role not in _OTHER_ROLES:
            return None  # font, decoration, check state...: asked for every cell, never set
        r = index.row()
        if not 0 <= r < len(self.rows) or not index.isValid():
            return None
        row = self.rows[r]
        c = index.column()
        column = self.columns[c]
        if role == DISPLAY:
            return display(column, self._values[c](row))
        if role == BACKGROUND:
            return qcolor(column.background(row)) if column.background else None
        if role == FOREGROUND:
            return qcolor(column.foreground(row)) if column.foreground else None
        if role == ALIGN:
            return self._aligns[c]
        if role == _ROW:
            return row
        if column.tooltip:  # TOOLTIP
            return display(column, self._values[c](row)) or None
        return None


class PagedTableView(QTableView):
    """A read-only, row-selecting view for a :class:`PagedTableModel`.

    Sorting starts only with :meth:`start`, which sorts once by the first column and so reads
    the first page exactly once (connect the model's signals before calling it).
    """

    def __init__(self, model: PagedTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, column in enumerate(model.columns):
            self.setColumnWidth(i, column.width or 100)

    def start(self, sort: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Sort by ``sort`` (column, order; default the first column, ascending)."""
        column, order = sort if sort is not None else (0, Qt.SortOrder.AscendingOrder)
        if not 0 <= column < self.model().columnCount():
            column, order = 0, Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicator(column, order)
        self.setSortingEnabled(True)
