"""Tabs of the drill workspace that write at once: 过程 (timeline, photos) and 问题整改.

Both need the drill to exist; ``ensure_saved()`` saves a new drill first and returns its id
(None when its fields are not valid yet — the workspace then shows why).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QTime
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTimeEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.drills import DrillBook
from db.drills import FindingData
from db.due import DueStyle
from db.errors import LedgerError
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.photos import PhotoBox
from desktop.common.words import db_text
from desktop.common.words import error_text
from desktop.drills.dialogs.findings import FindingDialog
from desktop.drills.dialogs.findings import advance_finding
from widgets import palette
from widgets.ask import confirm
from widgets.boxes import column
from widgets.boxes import row
from widgets.columns import translated
from widgets.forms import Form
from widgets.forms import hint_label
from widgets.table import Column
from widgets.table import FilterableTable

EnsureSaved = Callable[[], int | None]


def finding_colour(f: FindingData, style: DueStyle) -> str | None:
    """The rule table's overdue background for an open finding past its deadline."""
    if f.status != "已整改" and f.deadline and f.deadline < dt.date.today():
        return style.overdue_background
    return None


def colour_findings(table: FilterableTable, style: Callable[[], DueStyle]) -> None:
    """Open findings past their deadline on the overdue background of ``style()`` (the due
    style last read), closed ones grey."""
    table.model.set_row_colors(
        background=lambda f: finding_colour(f, style()),
        foreground=lambda f: palette.GREYED if f.status == "已整改" else None,
    )


FINDING_COLUMNS = [
    Column("status", QT_TRANSLATE_NOOP("FindingsTab", "状态"), width=90, formatter=db_text),
    Column("problem", QT_TRANSLATE_NOOP("FindingsTab", "问题"), width=220),
    Column("measure", QT_TRANSLATE_NOOP("FindingsTab", "整改措施"), width=180),
    Column("owner", QT_TRANSLATE_NOOP("FindingsTab", "责任人"), width=95),
    Column("deadline", QT_TRANSLATE_NOOP("FindingsTab", "期限"), "date", width=95),
    Column("closed_on", QT_TRANSLATE_NOOP("FindingsTab", "完成日期"), "date", width=95),
    Column(
        lambda f: (
            QCoreApplication.translate("FindingsTab", QT_TRANSLATE_NOOP("FindingsTab", "是"))
            if f.triggers_revision
            else ""
        ),
        QT_TRANSLATE_NOOP("FindingsTab", "修订预案"),
        width=90,
    ),
]


class ProcessTab(QWidget):
    def __init__(
        self,
        book: DrillBook,
        drill_id: int | None,
        summary: str,
        ensure_saved: EnsureSaved,
        drill_date: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.book, self.drill_id = book, drill_id
        self._ensure_saved, self._drill_date = ensure_saved, drill_date
        self.form = Form(self)
        edit = self.form.multiline("summary", self.tr("演练经过概述"), text=summary, rows=3)
        edit.setMaximumHeight(edit.minimumHeight())

        events = QGroupBox(self.tr("过程记录（时间线）"), self)
        self.events = FilterableTable(
            [
                Column("at", self.tr("时间"), "date", width=70, formatter=lambda v: f"{v:%H:%M}"),
                Column("text", self.tr("内容")),
            ],
            parent=events,
        )
        self.events.filter_edit.hide()
        self.events.count_label.hide()
        self.time = QTimeEdit(events)
        self.time.setDisplayFormat("HH:mm")
        self.text = QLineEdit(events)
        self.text.setPlaceholderText(
            self.tr("发生了什么，例如 09:05 接警，队员集合完毕（回车添加）")
        )
        self.add_event_button = QPushButton(self.tr("添加"), events)
        self.remove_event_button = QPushButton(self.tr("删除所选"), events)
        guard(RECORDS, self.add_event_button, self.remove_event_button)
        row = QHBoxLayout()
        row.addWidget(self.time)
        row.addWidget(self.text, 1)
        row.addWidget(self.add_event_button)
        row.addWidget(self.remove_event_button)
        box = QVBoxLayout(events)
        box.addWidget(self.events, 1)
        box.addLayout(row)

        photos = QGroupBox(self.tr("现场照片"), self)
        self.photo_box = PhotoBox(
            photos,
            files=lambda: self.book.drill_photos(self.drill_id) if self.drill_id else [],
            add=lambda p: self.book.add_drill_photo(self.drill_id or 0, p),
            remove=self.book.remove_attachment,
            ready=lambda: self._saved_id() is not None,
            beside=True,
        )
        self.photo_model, self.add_photo_button = self.photo_box.model, self.photo_box.add_button
        self.open_photo = self.photo_box.open
        column(self.photo_box, parent=photos).setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(events, 3)
        layout.addWidget(photos, 2)
        self.add_event_button.clicked.connect(self.add_event)
        self.text.returnPressed.connect(self.add_event)
        self.remove_event_button.clicked.connect(self.remove_event)
        self.reload()

    def reload(self) -> None:
        if self.drill_id is None:
            self.events.set_rows([])
            self.photo_box.reload()
            start = self._drill_date()
            self.time.setTime(QTime(start.hour, start.minute))
            return
        drill = self.book.drill(self.drill_id)
        self.events.set_rows(drill.events)
        self.photo_box.reload()
        last = drill.events[-1].at if drill.events else drill.starts_at or self._drill_date()
        self.time.setTime(QTime(last.hour, last.minute))

    def _saved_id(self) -> int | None:
        if self.drill_id is None:
            self.drill_id = self._ensure_saved()
        return self.drill_id

    def add_event(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.text.setFocus()
            return
        drill_id = self._saved_id()
        if drill_id is None:
            return
        t = self.time.time()
        at = dt.datetime.combine(self._drill_date().date(), dt.time(t.hour(), t.minute()))
        try:
            self.book.add_event(drill_id, at, text)
        except LedgerError as exc:
            QMessageBox.warning(self, self.tr("添加过程记录"), error_text(exc))
            return
        self.text.clear()
        self.reload()
        self.text.setFocus()

    def remove_event(self) -> None:
        for event in self.events.selected_rows():
            if event.id is not None:
                self.book.remove_event(event.id)
        self.reload()


class FindingsTab(QWidget):
    """The drill's findings; 推进状态 moves one 待整改 → 整改中 → 已整改."""

    changed = Signal()

    def __init__(
        self,
        book: DrillBook,
        drill_id: int | None,
        ensure_saved: EnsureSaved,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.book, self.drill_id, self._ensure_saved = book, drill_id, ensure_saved
        hint = hint_label(
            self.tr(
                "每个问题写明整改措施、责任人和期限，整改完成后点“推进状态”填写完成日期和证明。"
            ),
            self,
        )
        self.table = FilterableTable(translated(FINDING_COLUMNS, "FindingsTab"), parent=self)
        due_style = DueStyle.load(book.db)
        colour_findings(self.table, lambda: due_style)
        self.add_button = QPushButton(self.tr("新增问题…"), self)
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("编辑…"), self)
        self.advance_button = QPushButton(self.tr("推进状态…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        guard(RECORDS, self.add_button, self.edit_button, self.advance_button, self.delete_button)
        buttons = row(self.add_button, self.edit_button, self.advance_button, self.delete_button, 1)
        column(hint, buttons, (self.table, 1), parent=self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(lambda: self.edit())
        self.table.activated.connect(self.edit)
        self.advance_button.clicked.connect(self.advance)
        self.delete_button.clicked.connect(self.delete)
        self.reload()

    def reload(self) -> None:
        keep = self.table.current_row()
        rows = self.book.findings(self.drill_id) if self.drill_id is not None else []
        self.table.set_rows(rows)
        if keep is not None:
            for f in rows:
                if f.id == keep.id:
                    self.table.select_row(f)

    def add(self) -> None:
        if self.drill_id is None:
            self.drill_id = self._ensure_saved()
            if self.drill_id is None:
                return
        dialog = FindingDialog(self, self.book, FindingData(drill_id=self.drill_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def edit(self, finding: FindingData | None = None) -> None:
        finding = finding or self.table.current_row()
        if finding is None:
            return
        if FindingDialog(self, self.book, finding).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def advance(self) -> None:
        if advance_finding(self, self.book, self.table.current_row()):
            self._changed()

    def delete(self) -> None:
        finding = self.table.current_row()
        if finding is None:
            return
        if not confirm(
            self,
            self.tr("删除问题"),
            self.tr("确定删除“{problem}”吗？").format(problem=finding.problem),
        ):
            return
        try:
            self.book.delete_finding(finding.id or 0, finding.version)
        except LedgerError as exc:  # changed or deleted by a colleague meanwhile
            QMessageBox.warning(self, self.tr("删除问题"), error_text(exc))
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()


__all__ = ["ProcessTab", "FindingsTab", "colour_findings", "finding_colour", "FINDING_COLUMNS"]
