"""A filter line ("筛选…") above a table read page by page from SQL.

The SQL-paged twin of :class:`widgets.table.FilterableTable`, for a tab whose rows are too
many to read at every opening: the filter words go to ``fetch`` (which filters and sorts in
SQL), the view asks for more rows as the clerk scrolls::

    table = PagedTable(columns, lambda words, offset, limit, key, desc: (rows, total))
    table.start((1, Qt.SortOrder.AscendingOrder))   # reads the first page, once
    table.reload()                                   # after a change: the first page again
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from widgets.columns import Column
from widgets.paged import PagedTableModel
from widgets.paged import PagedTableView
from widgets.table import filter_line

# fetch(filter_text, offset, limit, sort_key, descending) -> (rows, total)
TextFetch = Callable[[str, int, int, str, bool], tuple[Sequence[Any], int]]


class PagedTable(QWidget):
    """A filter line and a count above a :class:`PagedTableView`.

    Signals:
        activated(object): a row was double-clicked or Enter was pressed on it.
    """

    activated = Signal(object)

    def __init__(
        self, columns: Sequence[Column], fetch: TextFetch, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.model = PagedTableModel(columns, self._page, parent=self)
        self.view = PagedTableView(self.model, self)
        self.filter_edit, self.count_label = filter_line(self, self.view)
        # Every word typed filters at once, as in the in-memory tables: a page is one
        # indexed read, not the whole register.
        self.filter_edit.textChanged.connect(lambda _t: self.reload())
        self.view.activated.connect(self._on_activated)
        self.model.totalChanged.connect(self._show_count)

    def _page(self, offset: int, limit: int, key: str, descending: bool) -> tuple[Any, int]:
        return self._fetch(self.filter_edit.text(), offset, limit, key, descending)

    def start(self, sort: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Sort by ``sort`` (column, order) and read the first page."""
        self.view.start(sort)

    def reload(self) -> None:
        """Read the first page again, keeping the selected row (found again by its ``id``)."""
        current = self.current_row()
        self.model.reload()
        if current is not None:
            self.select_where(lambda row: row.id == current.id)

    def current_row(self) -> Any:
        """The row object under the cursor, or None."""
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def visible_rows(self) -> list[Any]:
        """The row objects read so far, in display order."""
        return list(self.model.rows)

    def select_row(self, row: Any) -> bool:
        """Select and scroll to the row whose object is ``row``; False if not read."""
        return self.select_where(lambda shown: shown is row)

    def select_where(self, wanted: Callable[[Any], bool]) -> bool:
        """Select and scroll to the first row read so far that is ``wanted``."""
        for r, row in enumerate(self.model.rows):
            if wanted(row):
                self.view.selectRow(r)
                self.view.scrollTo(self.model.index(r, 0))
                return True
        return False

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("共 {total} 条").format(total=total))

    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.activated.emit(row)
