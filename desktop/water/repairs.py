"""维修… of a water source: its repairs, moved along 待报修 → 已报修 → 维修中 → 已修复.

Closing the last open repair returns the source to 可用 (the facade does it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from db.due import DueStyle
from db.water import RepairData
from db.water import WaterBook
from db.water import WaterSourceData
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.columns import status_column
from desktop.common.history import add_history_tab
from desktop.common.words import db_text
from widgets import palette
from widgets.boxes import column
from widgets.boxes import row
from widgets.closebox import close_box
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.forms import hint_label
from widgets.table import Column
from widgets.table import FilterableTable

OPEN = ("待报修", "已报修", "维修中")
FIXED = "已修复"
STATUS_COLOURS = {
    "待报修": palette.ERROR_FILL,
    "已报修": palette.WARNING_FILL,
    "维修中": "#fff3c4",
    "已修复": palette.OK_FILL,
}
STEPS = {
    "待报修": [
        (QT_TRANSLATE_NOOP("RepairStepDialog", "已报修（已通知供水单位/归属单位）"), "已报修"),
        (QT_TRANSLATE_NOOP("RepairStepDialog", "维修中（水源显示“维修中”）"), "维修中"),
        (QT_TRANSLATE_NOOP("RepairStepDialog", "已修复（水源恢复“可用”）"), FIXED),
    ],
    "已报修": [
        (QT_TRANSLATE_NOOP("RepairStepDialog", "维修中（水源显示“维修中”）"), "维修中"),
        (QT_TRANSLATE_NOOP("RepairStepDialog", "已修复（水源恢复“可用”）"), FIXED),
    ],
    "维修中": [(QT_TRANSLATE_NOOP("RepairStepDialog", "已修复（水源恢复“可用”）"), FIXED)],
}


class RepairStepDialog(FormDialog):
    """推进 one repair a step; ``closed`` is True once it was marked 已修复."""

    def __init__(self, parent: QWidget, book: WaterBook, repair: RepairData):
        self.book = book
        self.repair = repair
        self.closed = False
        super().__init__(
            parent,
            title=self.tr("推进维修：{source_code} {source_name}").format(
                source_code=repair.source_code, source_name=repair.source_name
            ),
            save=self._store,
        )
        add_history_tab(self, book.db, "water_repair", repair.id)
        self.resize(540, 0)

    def build_form(self, form: Form) -> None:
        r = self.repair
        info = QLabel(
            self.tr("{problem}\n报修于 {opened_on}，期限 {value1}").format(
                problem=r.problem, opened_on=r.opened_on, value1=r.deadline or "—"
            ),
            form,
        )
        info.setWordWrap(True)
        form.add_field("info", self.tr("故障情况"), info, lambda: None, lambda v: None)
        form.add_field(
            "current",
            self.tr("当前状态"),
            QLabel(db_text(r.status), form),
            lambda: None,
            lambda v: None,
        )
        steps = [(self.tr(label), value) for label, value in STEPS.get(r.status, [])]
        step = form.combo("step", self.tr("下一步"), steps)
        form.line_edit("reported_to", self.tr("报修单位"), text=r.reported_to, max_length=100)
        form.date_edit("deadline", self.tr("维修期限"), value=r.deadline, optional=True)
        form.date_edit("closed_on", self.tr("修复日期"), value=dt.date.today())
        form.multiline("note", self.tr("情况说明"), rows=3)
        step.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def _show(self, name: str, visible: bool) -> None:
        row = self.form.row(name)
        row.label.setVisible(visible)
        row.editor.parentWidget().setVisible(visible)

    def _show_fields(self) -> None:
        closing = self.form.value("step") == FIXED
        for name in ("reported_to", "deadline"):
            self._show(name, not closing)
        self._show("closed_on", closing)
        self.form.row("note").label.setText(self.tr("维修情况") if closing else self.tr("情况说明"))

    def validate(self) -> dict[str, str]:
        v = self.values()
        if v["step"] is None:
            return {"step": self.tr("这条维修已修复，不需要再推进")}
        if v["step"] == FIXED and v["closed_on"] and v["closed_on"] < self.repair.opened_on:
            return {"closed_on": self.tr("修复日期不能早于报修日期")}
        return {}

    def _store(self, v: dict[str, Any]) -> None:
        r = self.repair
        assert r.id is not None
        if v["step"] == FIXED:
            self.book.close_repair(r.id, v["note"], v["closed_on"], version=r.version)
            self.closed = True
        else:
            self.book.advance_repair(
                r.id, v["step"], r.version, v["note"], v["reported_to"], v["deadline"]
            )


class NewRepairDialog(FormDialog):
    """新开报修: a problem found outside an inspection (the source becomes 故障)."""

    def __init__(self, parent: QWidget, book: WaterBook, source: WaterSourceData):
        self.book = book
        self.source = source
        super().__init__(
            parent,
            title=self.tr("报修：{code} {name}").format(code=source.code, name=source.name),
            save=self._store,
        )
        self.resize(500, 0)

    def build_form(self, form: Form) -> None:
        form.multiline("problem", self.tr("故障情况"), rows=3)
        form.line_edit("reported_to", self.tr("报修单位"), text=self.source.owner, max_length=100)
        form.date_edit("opened_on", self.tr("报修日期"), value=dt.date.today())
        form.date_edit(
            "deadline", self.tr("维修期限"), value=dt.date.today() + dt.timedelta(days=7)
        )

    def validate(self) -> dict[str, str]:
        v = self.values()
        if not v["problem"]:
            return {"problem": self.tr("请填写故障情况")}
        if v["deadline"] < v["opened_on"]:
            return {"deadline": self.tr("维修期限不能早于报修日期")}
        return {}

    def _store(self, v: dict[str, Any]) -> int:
        assert self.source.id is not None
        return self.book.open_repair(
            RepairData(
                self.source.id,
                v["problem"],
                v["opened_on"],
                v["reported_to"],
                v["deadline"],
            )
        )


class RepairsDialog(QDialog):
    """The repairs of one source: 推进… the selected one, or 新开报修…."""

    def __init__(self, parent: QWidget, book: WaterBook, source: WaterSourceData):
        super().__init__(parent)
        self.book = book
        self.source = source
        self.touched = False
        self.setWindowTitle(
            self.tr("维修：{code} {name}").format(code=source.code, name=source.name)
        )
        self.resize(900, 420)
        note = hint_label(
            self.tr(
                "检查不合格会自动开具维修单。流程：待报修 → 已报修 → 维修中 → 已修复；"
                "全部维修单已修复后，水源自动恢复“可用”。"
            ),
            self,
        )
        self.state = QLabel(self)
        self.table = FilterableTable(
            [
                Column("opened_on", self.tr("报修日期"), "date", width=95),
                status_column(self.tr("状态"), STATUS_COLOURS),
                Column("problem", self.tr("故障情况"), width=240),
                Column("reported_to", self.tr("报修单位"), width=170),
                Column("deadline", self.tr("期限"), "date", width=95),
                Column("closed_on", self.tr("修复日期"), "date", width=95),
                Column("resolution", self.tr("维修情况")),
            ],
            parent=self,
        )
        overdue = DueStyle.load(book.db).overdue_colour
        self.table.model.set_row_colors(
            foreground=lambda r: (
                overdue
                if r.status in OPEN and r.deadline and r.deadline < dt.date.today()
                else None
            )
        )
        self.advance_button = QPushButton(self.tr("推进…"), self)
        self.advance_button.setObjectName("primary")
        self.new_button = QPushButton(self.tr("新开报修…"), self)
        guard(RECORDS, self.advance_button, self.new_button)
        buttons = row(self.advance_button, self.new_button, 1)
        column(note, self.state, buttons, (self.table, 1), close_box(self), parent=self)
        self.advance_button.clicked.connect(lambda: self.advance())
        self.new_button.clicked.connect(self.new_repair)
        self.table.activated.connect(self.advance)
        self.reload()

    def reload(self) -> None:
        assert self.source.id is not None
        repairs = self.book.repairs(self.source.id)
        self.table.set_rows(repairs)
        status = self.book.source(self.source.id).status
        open_count = sum(r.status in OPEN for r in repairs)
        self.state.setText(
            self.tr("水源当前状态：{status}　　未修复的维修单：{open_count} 张").format(
                status=db_text(status), open_count=open_count
            )
        )
        first_open = next((r for r in repairs if r.status in OPEN), None)
        if first_open is not None:
            self.table.select_row(first_open)

    def advance(self, repair: RepairData | None = None) -> None:
        repair = repair or self.table.current_row()
        if repair is None or repair.id is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("请先选中一张维修单。"))
            return
        if repair.status == FIXED:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("这张维修单已修复，无需再推进。")
            )
            return
        dialog = RepairStepDialog(self, self.book, self.book.repair(repair.id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.touched = True
            self.reload()

    def new_repair(self) -> None:
        if NewRepairDialog(self, self.book, self.source).exec() == QDialog.DialogCode.Accepted:
            self.touched = True
            self.reload()
