"""The 修改记录 page: every change to every register — who, when, which record, old → new.

Filters by person, register, record number and dates narrow the list at once; the list reads
a page at a time from SQL (:class:`desktop.common.history.HistoryView`), and 导出Excel… writes
what the filters select through :func:`db.history_export.export_history` in the background.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from db.history import History
from db.history import HistoryFilter
from desktop.common.excel import export_xlsx
from desktop.common.history import HistoryView
from desktop.common.keys import focus_search
from desktop.common.keys import page_keys
from desktop.common.words import db_text
from widgets import palette
from widgets.boxes import column
from widgets.boxes import row
from widgets.dates import OptionalDateEdit
from widgets.forms import hint_label
from widgets.heading import page_title

TITLE = QT_TRANSLATE_NOOP("AuditPage", "修改记录")
ALL_PEOPLE = QT_TRANSLATE_NOOP("AuditPage", "全部人员")
HINT = QT_TRANSLATE_NOOP(
    "AuditPage",
    "每次新增、修改、删除、归档和恢复都记录在这里：谁在什么时间改了哪条记录，每个字段原来"
    "是什么、改成了什么。选中一行，下方列出逐项的改动；双击可转到水源、演练、车辆、器材、物资等记录所在的台账页。",
)


class AuditFilters(QWidget):
    """Layout only: the filter row (person, register, record number, dates) and its buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.person = QComboBox(self)
        self.person.setObjectName("person")
        self.person.setEditable(True)
        self.person.setMinimumContentsLength(6)
        self.register = QComboBox(self)
        self.register.setObjectName("register")
        self.register.addItem(
            self.tr("全部台账"), ""
        )  # the registers: when the page is first shown
        self.record = QSpinBox(self)
        self.record.setObjectName("record")
        self.record.setRange(0, 2_000_000_000)
        self.record.setSpecialValueText(self.tr("全部"))
        self.record.setPrefix("#")
        self.record.setToolTip(self.tr("记录编号：列表“记录”一栏 # 后的数字；0 表示全部记录"))
        self.since = OptionalDateEdit(None, optional=True, parent=self)
        self.since.setObjectName("since")
        self.until = OptionalDateEdit(None, optional=True, parent=self)
        self.until.setObjectName("until")
        self.clear_button = QPushButton(self.tr("清除筛选"), self)
        self.export_button = QPushButton(self.tr("导出Excel…"), self)
        self.message = QLabel(self)
        self.message.setObjectName("filterMessage")
        self.message.setStyleSheet(palette.ERROR_TEXT)
        self.message.setVisible(False)
        first = row(
            QLabel(self.tr("操作人"), self),
            self.person,
            QLabel(self.tr("台账"), self),
            self.register,
            QLabel(self.tr("记录"), self),
            self.record,
            1,
            self.clear_button,
            self.export_button,
        )
        second = row(
            QLabel(self.tr("日期从"), self),
            self.since,
            QLabel(self.tr("到"), self),
            self.until,
            self.message,
            1,
        )
        column(first, second, parent=self).setContentsMargins(0, 0, 0, 0)

    def inputs(self) -> tuple[QWidget, ...]:
        """The five filters, in the order of the row (what clear() sets back)."""
        return (self.person, self.register, self.record, self.since, self.until)


class AuditPage(QWidget):
    """The page: a title and hint, the filters, the list of changes with their fields.

    A double-click on a change asks the window to show that record in its register
    (``open_record(table, record_id)``, as the home page's due list does).
    """

    open_record = Signal(str, int)

    def __init__(self, database: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        title = page_title(self.tr(TITLE), self)
        self.filters = f = AuditFilters(self)
        self.history = HistoryView(database, self)
        column(title, hint_label(self.tr(HINT), self), f, (self.history, 1), parent=self)
        for changed in (
            f.person.activated,
            f.person.lineEdit().editingFinished,
            f.register.currentIndexChanged,
            f.record.valueChanged,
            f.since.dateChanged,
            f.until.dateChanged,
        ):
            changed.connect(self.apply)
        f.clear_button.clicked.connect(self.clear)
        f.export_button.clicked.connect(self.export)
        self.history.view.activated.connect(self._open)
        self._where: HistoryFilter | None = None
        page_keys(
            self,
            find=lambda: focus_search(f.person.lineEdit()),
            export=f.export_button,
            refresh=self.reload,
        )

    # --- filters ------------------------------------------------------------------------
    def current_filter(self) -> HistoryFilter | None:
        """The filter the clerk set; None (and a message beside the dates) if the dates are
        the wrong way round."""
        f = self.filters
        since, until = f.since.date(), f.until.date()
        wrong = since is not None and until is not None and until < since
        f.message.setText(self.tr("结束日期早于开始日期") if wrong else "")
        f.message.setVisible(wrong)
        if wrong:
            return None
        person = f.person.currentText().strip()
        chosen = f.person.findText(person)
        return HistoryFilter(
            operator="" if chosen == 0 else f.person.itemData(chosen) if chosen > 0 else person,
            table=f.register.currentData() or "",
            record_id=f.record.value() or None,
            since=since,
            until=until,
        )

    def apply(self) -> None:
        """List what the filters select (nothing is read again if they did not change)."""
        where = self.current_filter()
        if where is None or where == self._where:
            return
        self._where = where
        self.history.set_filter(where)

    def reload(self) -> None:
        """Read the list again (the window calls this each time the page is shown)."""
        self._registers()
        self._people()
        self._where = None
        self.apply()

    def _registers(self) -> None:
        """Fill the 台账 choices once (they load every domain's registers: not at start-up)."""
        box = self.filters.register
        if box.count() > 1:
            return
        from db.labels import tables_by_title

        blocked = box.blockSignals(True)
        for title, table in tables_by_title():
            box.addItem(db_text(title), table)
        box.blockSignals(blocked)

    def _people(self) -> None:
        box = self.filters.person
        typed = box.currentText().strip()
        blocked = box.blockSignals(True)
        box.clear()
        box.addItem(self.tr(ALL_PEOPLE))
        for operator in History(self.database).operators():
            box.addItem(db_text(operator), operator)  # 程序升级 is the program's own name
        box.setCurrentText(typed or self.tr(ALL_PEOPLE))
        box.blockSignals(blocked)

    def clear(self) -> None:
        f = self.filters
        for widget in f.inputs():
            widget.blockSignals(True)
        f.person.setCurrentText(self.tr(ALL_PEOPLE))
        f.register.setCurrentIndex(0)
        f.record.setValue(0)
        f.since.set_date(None)
        f.until.set_date(None)
        for widget in f.inputs():
            widget.blockSignals(False)
        self.apply()

    def show_record(self, table: str, record_id: int) -> None:
        """List one record's changes (as its dialog's 历史 tab does)."""
        f = self.filters
        f.register.blockSignals(True)
        f.register.setCurrentIndex(max(0, f.register.findData(table)))
        f.register.blockSignals(False)
        f.record.setValue(record_id)  # applies

    def _open(self, index: QModelIndex) -> None:
        entry = self.history.model.row_at(index.row())
        if entry is not None and entry.record_id:
            self.open_record.emit(entry.table, entry.record_id)

    # --- export -------------------------------------------------------------------------
    def export(self) -> None:
        where = self.current_filter()
        if where is None:
            return
        stamp = dt.date.today().strftime("%Y%m%d")

        def work(path, progress, cancelled):  # type: ignore[no-untyped-def]
            from db.history_export import export_history

            return export_history(self.database, path, where, progress, cancelled)

        export_xlsx(
            self,
            self.tr("导出修改记录"),
            f"修改记录{stamp}.xlsx",
            work,
            self.tr("已导出 {n} 条修改记录到 {path}"),
        )
