"""The modification record in the window: one view for the 修改记录 page and the 历史 tabs.

:class:`HistoryView` is a table of changes read a page at a time from
:class:`db.history.History` (newest first) with, under it, the selected change field by field
(字段, 原值, 新值: long texts in full). The 修改记录 page gives it the clerk's filters; a record
dialog gets it as its 历史 tab with one line::

    add_history_tab(self, ledger.db, "member", member.id)

The tab reads the trail only when the clerk first opens it, so dialogs open as fast as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.history import Change
from db.history import History
from db.history import HistoryEntry
from db.history import HistoryFilter
from db.history import count_text
from desktop.common.words import db_text
from widgets import palette
from widgets.columns import Column
from widgets.columns import translated
from widgets.paged import PagedTableModel
from widgets.paged import PagedTableView
from widgets.remember import remember_splitter
from widgets.table import RecordTableModel

ENTRY_COLUMNS = [
    Column("at", QT_TRANSLATE_NOOP("common.history", "时间"), kind="date", width=130),
    Column("operator", QT_TRANSLATE_NOOP("common.history", "操作人"), width=80, formatter=db_text),
    Column(
        "register",
        QT_TRANSLATE_NOOP("common.history", "台账"),
        width=130,
        formatter=db_text,
        tooltip=True,
    ),
    Column(
        "record",
        QT_TRANSLATE_NOOP("common.history", "记录"),
        width=160,
        tooltip=True,
        formatter=db_text,
    ),
    Column("action", QT_TRANSLATE_NOOP("common.history", "操作"), width=70, formatter=db_text),
    Column(
        lambda e: db_text(e.summary()),
        QT_TRANSLATE_NOOP("common.history", "改动（原值 → 新值）"),
        tooltip=True,
    ),
]
_OWN_RECORD = ("register", "record")  # left out of a record's own tab: it is that record's


def entry_columns(with_register: bool = True) -> list[Column]:
    """The columns of a list of changes (a record's own tab leaves out 台账 and 记录)."""
    shown = [c for c in ENTRY_COLUMNS if with_register or c.key not in _OWN_RECORD]
    return translated(shown, "common.history")


CHANGE_COLUMNS = (
    Column("label", QT_TRANSLATE_NOOP("HistoryView", "字段"), width=120, formatter=db_text),
    Column("old", QT_TRANSLATE_NOOP("HistoryView", "原值"), tooltip=True, formatter=db_text),
    Column("new", QT_TRANSLATE_NOOP("HistoryView", "新值"), tooltip=True, formatter=db_text),
)
TAB_MINIMUM = (560, 380)  # a 历史 tab needs room for the list and the fields under it


class HistoryView(QWidget):
    """Changes, newest first, paged from SQL; the selected one field by field below."""

    def __init__(
        self,
        database: Any,
        parent: QWidget | None = None,
        *,
        where: HistoryFilter | None = None,
        with_register: bool = True,
    ):
        super().__init__(parent)
        self.history = History(database)
        self.where = where or HistoryFilter()
        self.model = PagedTableModel(entry_columns(with_register), self._fetch, parent=self)
        self.view = PagedTableView(self.model, self)
        self.view.setObjectName("historyTable")
        self.count = QLabel(self)
        self.count.setStyleSheet(palette.MUTED_TEXT)
        self.fields = RecordTableModel(
            [replace(c, header=self.tr(c.header)) for c in CHANGE_COLUMNS], parent=self
        )
        self.fields_view = QTableView(self)
        self.fields_view.setObjectName("historyFields")
        self.fields_view.setModel(self.fields)
        self.fields_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields_view.verticalHeader().setVisible(False)
        header = self.fields_view.horizontalHeader()
        self.fields_view.setColumnWidth(0, CHANGE_COLUMNS[0].width or 100)
        for i in (1, 2):  # 原值 and 新值 share what is left, so both stay in sight
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.split = split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.fields_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([360, 140])
        remember_splitter(split, "history")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        self.model.totalChanged.connect(
            lambda total: self.count.setText(db_text(count_text(total)))
        )
        self.view.selectionModel().currentRowChanged.connect(self._show_fields)

    def _fetch(self, offset: int, limit: int, _key: str, _desc: bool) -> tuple[list[Any], int]:
        page = self.history.page(self.where, offset, limit)
        return page.rows, page.total

    def set_filter(self, where: HistoryFilter) -> None:
        """List the changes ``where`` selects (the first page at once, more as one scrolls)."""
        self.where = where
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        self.fields.set_rows([])
        if self.model.rowCount():
            self.view.selectRow(0)

    def current(self) -> HistoryEntry | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _show_fields(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.row_at(current.row())
        rows: Sequence[Change] = entry.changes if entry is not None else ()
        self.fields.set_rows(rows)


class HistoryTab(HistoryView):
    """One record's changes (a dialog's 历史 tab), read when first shown."""

    def __init__(
        self,
        database: Any,
        table: str,
        record_id: int,
        parent: QWidget | None = None,
        children: tuple[tuple[str, str], ...] = (),
    ):
        super().__init__(
            database,
            parent,
            where=HistoryFilter(table=table, record_id=record_id, children=children),
            with_register=False,
        )
        self.loaded = False
        self.setMinimumSize(*TAB_MINIMUM)
        self.split.setSizes([200, 200])  # one record's changes are few: room for their fields

    def load(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.reload()


def add_history_tab(
    dialog: QDialog,
    database: Any,
    table: str,
    record_id: int | None,
    children: tuple[tuple[str, str], ...] = (),
) -> HistoryTab | None:
    """Give a record dialog a 历史 tab showing that record's changes (none for a new record),
    with its child rows' (``children``: see :class:`db.history.HistoryFilter`).

    A dialog with tabs of its own (``dialog.tabs``) gets one more; a form dialog's form moves
    into a 基本信息 tab beside it. Returns the tab (None for a new record).
    """
    if record_id is None:
        return None
    tab = HistoryTab(database, table, record_id, dialog, children)
    tabs = getattr(dialog, "tabs", None)
    if not isinstance(tabs, QTabWidget):
        form = getattr(dialog, "form_area", None) or getattr(dialog, "form", None)
        layout = dialog.layout()
        if not isinstance(form, QWidget) or layout is None:
            raise TypeError("add_history_tab needs a dialog with a form or tabs")
        tabs = QTabWidget(dialog)
        position = layout.indexOf(form)
        layout.replaceWidget(form, tabs)
        if isinstance(layout, QVBoxLayout) and position >= 0:
            layout.setStretch(position, 1)
        tabs.addTab(form, QCoreApplication.translate("common.history", "基本信息"))
        dialog.tabs = tabs  # type: ignore[attr-defined]
    tabs.addTab(tab, QCoreApplication.translate("common.history", "历史"))
    tabs.currentChanged.connect(lambda index: tab.load() if tabs.widget(index) is tab else None)
    return tab
