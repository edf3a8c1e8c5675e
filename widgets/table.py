"""A generic record table: a column description drives the model, a proxy filters it.

The model knows nothing about what the rows are.  A page describes its columns once::

    columns = [
        Column("name", "姓名"),
        Column("joined", "入职日期", "date"),
        Column(lambda r: r.hours, "时长", "int", align=Qt.AlignmentFlag.AlignRight),
    ]
    table = FilterableTable(columns)
    table.set_rows(service.list_things())
    table.activated.connect(open_editor)

Rows are plain objects or dicts.  ``Column.key`` is an attribute name, a dict key or a
callable taking the row.  Sorting goes through ``SORT_ROLE`` so dates and numbers sort by
value, not by their text; ``ROW_ROLE`` hands back the row object itself.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QPoint
from PySide6.QtCore import QRegularExpression
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from widgets.columns import ColorFn
from widgets.columns import Column
from widgets.columns import alignment
from widgets.columns import display
from widgets.columns import qcolor
from widgets.columns import sort_key
from widgets.listmodel import ALIGN
from widgets.listmodel import BACKGROUND
from widgets.listmodel import CELL
from widgets.listmodel import DISPLAY
from widgets.listmodel import FOREGROUND
from widgets.listmodel import TOOLTIP

#: The value the proxy sorts by (a number, an ordinal or a case-folded string).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The row object itself, whatever the caller passed to ``set_rows``.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
#: A row's display texts, case-folded and joined (what the filter words are looked up in).
ROW_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3

_AnyIndex = QModelIndex | QPersistentModelIndex

_SORT = int(SORT_ROLE)
_ROW = int(ROW_ROLE)
_ROW_TEXT = int(ROW_TEXT_ROLE)
_ANSWERED = frozenset((DISPLAY, TOOLTIP, ALIGN, BACKGROUND, FOREGROUND, _SORT, _ROW, _ROW_TEXT))


class RecordTableModel(QAbstractTableModel):
    """Read-only table model over a list of row objects, described by ``Column`` s.

    ``background`` and ``foreground`` are optional callbacks ``row -> QColor | str | None``
    (for example to mark a conflicting row); ``tooltip`` is ``row -> str | None``.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Iterable[Any] = (),
        *,
        background: ColorFn | None = None,
        foreground: ColorFn | None = None,
        tooltip: Callable[[Any], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._aligns = [alignment(c) for c in self._columns]
        self._rows: list[Any] = list(rows)
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._forget()
        self._background = background
        self._foreground = foreground
        self._tooltip = tooltip

    # --- public API ---------------------------------------------------------------
    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def rows(self) -> list[Any]:
        """A copy of the current rows, in model order."""
        return list(self._rows)

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace every row (views keep their sort; the selection is cleared)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted is not None:  # new rows come in the order the user chose
            self._rows = [self._rows[i] for i in self._sort_order(*self._sorted)]
        self._forget()
        self.endResetModel()

    def row_at(self, index: _AnyIndex) -> Any:
        """The row object behind ``index`` (an index of this model), or None."""
        if not index.isValid() or index.model() is not self:
            return None
        return self._rows[index.row()]

    def refresh(self) -> None:
        """Repaint every cell, e.g. after the row objects changed in place."""
        self._forget()
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_row_colors(
        self, background: ColorFn | None = None, foreground: ColorFn | None = None
    ) -> None:
        """Change the row colour callbacks and repaint."""
        self._background, self._foreground = background, foreground
        self.refresh()

    # --- Qt model interface --------------------------------------------------------
    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self._aligns[section]
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        return CELL if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _AnyIndex, role: int = DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None  # font, decoration, check state...: asked for every cell, never set
        r = index.row()
        if not 0 <= r < len(self._rows) or not index.isValid():
            return None
        row = self._rows[r]
        c = index.column()
        column = self._columns[c]
        if role == DISPLAY:
            return self._display(column, column.value(row))
        if role == ALIGN:
            return self._aligns[c]
        if role == BACKGROUND:
            if column.background is not None and (cell := column.background(row)) is not None:
                return qcolor(cell)
            return qcolor(self._background(row)) if self._background is not None else None
        if role == FOREGROUND:
            if column.foreground is not None and (cell := column.foreground(row)) is not None:
                return qcolor(cell)
            return qcolor(self._foreground(row)) if self._foreground is not None else None
        if role == _SORT:
            # Sorting asks for each key many times (n·log n): compute it once per cell.
            key = (r, c)
            if key not in self._sort_keys:
                self._sort_keys[key] = sort_key(column.kind, column.value(row))
            return self._sort_keys[key]
        if role == _ROW:
            return row
        if role == _ROW_TEXT:
            return self.row_text(r)
        # TOOLTIP
        if self._tooltip is not None:
            return self._tooltip(row)
        text = self._display(column, column.value(row))
        return text if len(text) > 12 else None  # long cells are often cut off with "…"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in Python, each key computed once (a proxy sort would cross into Qt
        for every comparison); ties keep their order; selections follow their rows."""
        if not 0 <= column < len(self._columns):
            self._sorted = None
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        order_of = self._sort_order(column, order)
        new_position = {old: new for new, old in enumerate(order_of)}
        self._rows = [self._rows[i] for i in order_of]
        self._forget()
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_position[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def _sort_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        col = self._columns[column]

        def key(row: Any) -> tuple[int, Any]:
            value = sort_key(col.kind, col.value(row))
            return (0, value) if isinstance(value, (int, float)) else (1, str(value))

        return sorted(
            range(len(self._rows)),
            key=lambda i: key(self._rows[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def row_text(self, row_index: int) -> str:
        """All display texts of a row, case-folded, for filtering (cached until rows change)."""
        text = self._row_texts.get(row_index)
        if text is None:
            row = self._rows[row_index]
            text = "\n".join(self._display(c, c.value(row)) for c in self._columns).casefold()
            self._row_texts[row_index] = text
        return text

    def _forget(self) -> None:
        self._sort_keys: dict[tuple[int, int], Any] = {}
        self._row_texts: dict[int, str] = {}

    # --- helpers -------------------------------------------------------------------
    def _display(self, column: Column, value: Any) -> str:
        return display(column, value, self.tr("是"), self.tr("否"))


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps rows whose cells contain every filter word.

    Words are separated by spaces and matched case-insensitively against the display
    text of all columns ("张 2026" keeps rows that mention both), read through
    ``ROW_TEXT_ROLE`` of a :class:`RecordTableModel`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(ROW_TEXT_ROLE)
        self.setFilterKeyColumn(0)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let a :class:`RecordTableModel` sort itself; the proxy keeps its order."""
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            source.sort(column, order)
            return
        super().sort(column, order)

    def set_filter_text(self, text: str) -> None:
        terms = text.casefold().split()
        if terms == self._terms:
            return
        self._terms = terms
        # Every word somewhere in the row's joined texts, matched by Qt itself: with no words
        # the proxy takes every row without asking Python about each (2,000 supplies: ~4 ms).
        pattern = "".join(f"(?=.*{QRegularExpression.escape(t)})" for t in terms)
        dot_all = QRegularExpression.PatternOption.DotMatchesEverythingOption
        self.setFilterRegularExpression(
            QRegularExpression("^" + pattern, dot_all) if terms else QRegularExpression()
        )


MenuBuilder = Callable[[QMenu, list[Any]], None]


def filter_line(table: QWidget, view: QWidget) -> tuple[QLineEdit, QLabel]:
    """Lay out ``table``: a filter line ("筛选…", the count at its right) above ``view``;
    the line's edit and count label."""
    edit = QLineEdit(table)
    edit.setPlaceholderText(QCoreApplication.translate("FilterableTable", "筛选…"))
    edit.setClearButtonEnabled(True)
    count = QLabel(table)
    top = QHBoxLayout()
    top.addWidget(edit, 1)
    top.addWidget(count)
    layout = QVBoxLayout(table)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(top)
    layout.addWidget(view, 1)
    return edit, count


class FilterableTable(QWidget):
    """A filter line ("筛选…") above a sortable, row-selecting table view.

    Signals:
        activated(object): a row was double-clicked or Enter was pressed on it.
        selectionChanged(): the selected rows changed (read them with ``selected_rows()``).
    """

    activated = Signal(object)
    selectionChanged = Signal()

    def __init__(
        self,
        columns: Sequence[Column] | None = None,
        *,
        model: RecordTableModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if model is None:
            model = RecordTableModel(columns or [], parent=self)
        self._model = model
        self._menu_builder: MenuBuilder | None = None

        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self._model)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the given order
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._apply_widths()
        self.filter_edit, self.count_label = filter_line(self, self.view)

        self.filter_edit.textChanged.connect(self._on_filter_text)
        # QAbstractItemView emits activated on double-click (or single click where the
        # platform style says so) and on Enter.
        self.view.activated.connect(self._on_activated)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.view.selectionModel().selectionChanged.connect(self.selectionChanged)
        self._model.modelReset.connect(self._update_count)
        self._model.rowsInserted.connect(self._update_count)
        self._model.rowsRemoved.connect(self._update_count)
        self._update_count()

    # --- public API ---------------------------------------------------------------
    @property
    def model(self) -> RecordTableModel:
        return self._model

    def set_rows(self, rows: Iterable[Any]) -> None:
        self._model.set_rows(rows)

    def set_filter_text(self, text: str) -> None:
        self.filter_edit.setText(text)

    def selected_rows(self) -> list[Any]:
        """Row objects of the selected rows, in the order they are shown."""
        indexes = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ROW_ROLE) for i in indexes]

    def current_row(self) -> Any:
        """The row object under the cursor, or None."""
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_row(self, row: Any) -> bool:
        """Select and scroll to the shown row whose object is ``row``; False if hidden."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ROW_ROLE) is row:
                self.view.selectRow(r)
                self.view.scrollTo(index)
                return True
        return False

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.view.sortByColumn(column, order)

    def visible_rows(self) -> list[Any]:
        """Row objects that pass the filter, in display order."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def set_context_menu(self, builder: MenuBuilder | None) -> None:
        """Install ``builder(menu, selected_rows)``; it adds actions to a fresh menu.

        The menu opens only if the builder added something.
        """
        self._menu_builder = builder

    def build_context_menu(self) -> QMenu | None:
        """The menu a right-click would show now, or None (useful in tests)."""
        if self._menu_builder is None:
            return None
        menu = QMenu(self)
        self._menu_builder(menu, self.selected_rows())
        if menu.isEmpty():
            menu.deleteLater()
            return None
        return menu

    # --- slots ---------------------------------------------------------------------
    def _apply_widths(self) -> None:
        for i, column in enumerate(self._model.columns):
            if column.width:
                self.view.setColumnWidth(i, column.width)

    def _on_filter_text(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self._model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("共 {total} 条").format(total=total))
        else:
            self.count_label.setText(
                self.tr("{shown} / {total} 条").format(shown=shown, total=total)
            )

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(index.data(ROW_ROLE))

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.view.selectRow(index.row())
        menu = self.build_context_menu()
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(pos))
            menu.deleteLater()
