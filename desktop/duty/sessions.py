"""全国两会会期: the 两会 window per year in a table; an admin enters a year's published dates
(the presets of the alert-period page use them) or takes an entry back to the shipped data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from db.access import ADMINISTER
from db.duty import Ledger
from db.duty import TwoSessionsData
from db.errors import LedgerError
from desktop.common.access import guard
from desktop.common.history import add_history_tab
from desktop.common.words import error_text
from widgets import palette
from widgets.ask import confirm
from widgets.boxes import column
from widgets.boxes import row
from widgets.closebox import close_box
from widgets.columns import Column
from widgets.columns import translated
from widgets.forms import Form
from widgets.forms import hint_label
from widgets.record_dialog import RecordDialog
from widgets.table import FilterableTable

TITLE = QT_TRANSLATE_NOOP("SessionsDialog", "全国两会会期")


def _unconfirmed(row: TwoSessionsData) -> str | None:
    return palette.WARNING if not row.confirmed else None


COLUMNS = [
    Column("year", QT_TRANSLATE_NOOP("SessionsDialog", "年份"), "int", width=60),
    Column("start", QT_TRANSLATE_NOOP("SessionsDialog", "开始日期"), "date", width=100),
    Column("end", QT_TRANSLATE_NOOP("SessionsDialog", "结束日期"), "date", width=100),
    Column(
        "status", QT_TRANSLATE_NOOP("SessionsDialog", "状态"), width=70, foreground=_unconfirmed
    ),
    Column(
        lambda r: (
            QCoreApplication.translate("duty.sessions", "本办公室录入")
            if r.office
            else QCoreApplication.translate("duty.sessions", "程序内置")
        ),
        QT_TRANSLATE_NOOP("SessionsDialog", "出处"),
        width=100,
    ),
    Column("source", QT_TRANSLATE_NOOP("SessionsDialog", "来源"), tooltip=True),
]


class SessionsDialog(QDialog):
    """The table of years with 编辑… and 恢复内置 (an admin's buttons)."""

    def __init__(self, parent: QWidget | None, ledger: Ledger):
        super().__init__(parent)
        self.ledger = ledger
        self.changed = False
        self.setWindowTitle(self.tr(TITLE))
        self.resize(760, 480)
        self.table = FilterableTable(translated(COLUMNS, "SessionsDialog"), parent=self)
        self.edit_button = QPushButton(self.tr("编辑…"), self)
        self.reset_button = QPushButton(self.tr("恢复内置日期"), self)
        hint = hint_label(
            self.tr(
                "2015—2026年按新华社开幕、闭幕报道内置；以后的年份按惯例（3月4日至11日）预设并标"
                "“待核对”，会期公布后请点“编辑…”填写。载入冬春预设和尚未改动的“全国两会”战备时段"
                "使用这里的日期。"
            ),
            self,
        )
        buttons = row(self.edit_button, self.reset_button, 1)
        column(hint, buttons, (self.table, 1), close_box(self), parent=self)
        self.edit_button.clicked.connect(self.edit)
        self.reset_button.clicked.connect(self.reset)
        self.table.activated.connect(lambda _row: self.edit())
        self.table.selectionChanged.connect(self._update_buttons)
        self.admin = guard(ADMINISTER, self.edit_button, self.reset_button)
        self.reload()

    def reload(self) -> None:
        last = max(dt.date.today().year + 3, 2029)
        self.table.set_rows(self.ledger.two_sessions(2015, last))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.current_row()
        if self.admin:
            self.edit_button.setEnabled(row is not None)
            self.reset_button.setEnabled(row is not None and row.office)

    def edit(self) -> None:
        row = self.table.current_row()
        if row is None or not self.admin:
            return
        if SessionDialog(self, self.ledger, row).exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.reload()

    def reset(self) -> None:
        row = self.table.current_row()
        if row is None or not row.office or not self.admin:
            return
        if not confirm(
            self,
            self.tr(TITLE),
            self.tr("{year}年的会期恢复为程序内置的日期（没有内置的年份为待核对）吗？").format(
                year=row.year
            ),
        ):
            return
        try:
            self.ledger.reset_two_sessions(row.id, row.version)
        except LedgerError as exc:
            QMessageBox.warning(self, self.tr(TITLE), error_text(exc))
        self.changed = True
        self.reload()


class SessionDialog(RecordDialog[TwoSessionsData]):
    """One year's dates, source and whether they are confirmed."""

    def __init__(self, parent: QWidget, ledger: Ledger, row: TwoSessionsData):
        self.ledger, self.row = ledger, row
        super().__init__(
            parent,
            title=self.tr("{year}年全国两会会期").format(year=row.year),
            check=self.ledger.validate_two_sessions,
            store=self.ledger.save_two_sessions,
        )
        add_history_tab(self, ledger.db, "two_sessions", row.id)
        self.resize(480, 0)

    def build_form(self, form: Form) -> None:
        r = self.row
        form.date_edit("start", self.tr("开始日期"), value=r.start)
        form.date_edit("end", self.tr("结束日期"), value=r.end)
        source = "" if not r.confirmed else r.source
        form.line_edit(
            "source",
            self.tr("来源"),
            text=source,
            placeholder=self.tr("例如 新华社闭幕报道"),
            max_length=200,
        )
        form.checkbox(
            "confirmed", self.tr("状态"), text=self.tr("已按公布的会期核对"), checked=True
        )

    def _data(self, v: dict[str, Any]) -> TwoSessionsData:
        r = self.row
        return TwoSessionsData(
            r.year,
            v["start"],
            v["end"],
            v["source"],
            bool(v["confirmed"]),
            True,
            r.id,
            r.version,
        )
