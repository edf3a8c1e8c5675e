"""检查/保养 of a water source, and its flow test.

The inspection dialog lists the checklist of the source's type (合格/不合格/不适用, measured
values with their units and limits). A failed line — ticked 不合格 or a value outside its limit
— shows a banner before saving: the source will be marked 故障 and a repair opened, reported to
the water company or owner by a deadline. The facade does both when the inspection is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.rules import Rules
from db.water import OUTCOMES
from db.water import InspectionData
from db.water import InspectionOutcome
from db.water import WaterBook
from db.water import checklists as cl
from desktop.common.words import db_text
from desktop.common.words import joined
from desktop.common.words import said_items
from desktop.water.models import ITEM
from desktop.water.models import LIMIT
from desktop.water.models import OUTCOME
from desktop.water.models import VALUE
from desktop.water.models import ChecklistModel
from desktop.water.models import cached
from widgets import palette
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.forms import hint_label
from widgets.outcomes import answer_rest_button
from widgets.outcomes import failure_banner
from widgets.outcomes import hint_row
from widgets.outcomes import outcome_view

REPAIR_DAYS = 7


class InspectionDialog(FormDialog):
    """Record an inspection (检查/巡查/保养, or a survey visit when ``survey_id`` is given).
    ``outcome`` holds what the facade returned."""

    def __init__(
        self,
        parent: QWidget,
        book: WaterBook,
        source_id: int,
        kind: str = "检查",
        survey_id: int | None = None,
    ):
        self.book = book
        self.survey_id = survey_id
        self.record = book.new_inspection(source_id, "检查" if survey_id else kind, unanswered=True)
        if survey_id is not None:
            self.record.kind = "普查"
            self.record.survey_id = survey_id
        self.outcome: InspectionOutcome | None = None
        self.source = book.source(source_id)
        number = cached(Rules(book.db).number)
        self.model = ChecklistModel(self.record.items, number)
        what = self.tr("普查录入") if survey_id else self.tr("检查/保养")
        title = self.tr("{what}：{code} {name}").format(
            what=what, code=self.record.source_code, name=self.record.source_name
        )
        super().__init__(parent, title=title, save=self._store)
        self.model.setParent(self)
        self._build_table()
        self.resize(780, 760)

    def build_form(self, form: Form) -> None:
        r = self.record
        if self.survey_id is None:
            kinds = said_items(["检查", "巡查", "保养"])
            form.combo(
                "kind", self.tr("检查类型"), kinds, value=r.kind
            ).currentIndexChanged.connect(self._kind_changed)
        else:
            label = QLabel(self.tr("普查（结果计入本次普查进度）"), form)
            form.add_field("kind", self.tr("检查类型"), label, lambda: "普查", lambda v: None)
        form.date_edit("inspected_on", self.tr("检查日期"), value=r.inspected_on)
        form.line_edit(
            "inspectors",
            self.tr("检查人"),
            text=r.inspectors,
            max_length=120,
            placeholder=self.tr("例如 张三、李四"),
        )
        where = f"{db_text(self.source.type)} {db_text(self.source.form)}".strip()
        place = QLabel(f"{where}　{self.source.village} {self.source.address}".strip(), form)
        place.setStyleSheet(palette.MUTED_TEXT)
        form.add_field("where", self.tr("水源"), place, lambda: None, lambda v: None)

    def _build_table(self) -> None:
        hint = hint_label(
            self.tr(
                "逐项检查：双击“结果”选择 合格/不合格/不适用/未检（没查的项选“未检”）；测量项在“数值”"
                "中填数字（如静压 0.25），不满足“要求”的数值自动判为不合格。"
            ),
            self,
        )
        self.rest_button = answer_rest_button(self, "合格", self.model.answer_rest)
        widths = {OUTCOME: 100, VALUE: 100, LIMIT: 90}
        self.view = outcome_view(self, self.model, OUTCOMES, widths, ITEM, OUTCOME)
        self.items_error = QLabel(self)
        self.items_error.setObjectName("items_error")
        self.items_error.setStyleSheet(palette.ERROR_TEXT)
        self.items_error.setWordWrap(True)
        self.items_error.setVisible(False)
        self.warning = failure_banner(self)
        self.after = Form(self)
        r = self.record
        for name, label, placeholder, length in (  # what was found, what was done, who repairs it
            ("problems", self.tr("发现问题"), self.tr("不填则自动列出不合格项"), 500),
            ("follow_up", self.tr("处理情况"), "", 500),
            ("reported_to", self.tr("报修单位"), self.tr("供水单位或水源归属单位"), 100),
        ):
            text = getattr(r, name)  # the record's field of the same name
            self.after.line_edit(name, label, text=text, placeholder=placeholder, max_length=length)
        self.after.date_edit(
            "deadline",
            self.tr("维修期限"),
            value=r.deadline or r.inspected_on + dt.timedelta(days=REPAIR_DAYS),
        )
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretchFactor(self.form, 0)
        at = layout.indexOf(self.button_box)
        layout.insertLayout(at, hint_row(hint, self.rest_button))
        for n, widget in enumerate((self.view, self.items_error, self.warning, self.after), 1):
            layout.insertWidget(at + n, widget, 3 if widget is self.view else 0)
        self.model.failuresChanged.connect(self._update_warning)
        self.form.editor("inspected_on").dateChanged.connect(self._date_changed)
        self._update_warning()

    # --- behaviour ---------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.form.value("kind") or "检查"
        self.record.items = self.book.checklist(self.source.type, kind, unanswered=True)
        self.model.set_items(self.record.items)

    def _date_changed(self, day: dt.date | None) -> None:
        if day is not None:
            self.after.row("deadline").setter(day + dt.timedelta(days=REPAIR_DAYS))

    def _show_repair_fields(self, show: bool) -> None:
        for name in ("reported_to", "deadline"):
            row = self.after.row(name)
            row.label.setVisible(show)
            row.editor.parentWidget().setVisible(show)

    def _update_warning(self) -> None:
        failed = self.model.failed()
        self._show_repair_fields(bool(failed))
        if not failed:
            self.warning.setVisible(False)
            self.ok_button.setText(self.tr("保存"))
            return
        names = joined(cl.failure_text(it) for it in failed[:4]) + (
            self.tr("等") if len(failed) > 4 else ""
        )
        self.warning.setText(
            self.tr(
                "有 {count} 项不合格：{names}。\n保存后该水源将标为“故障”，并开具维修单报给下面的报修单位；修复后在“维修…”中登记已修复，水源即恢复“可用”。"
            ).format(count=len(failed), names=names)
        )
        self.warning.setVisible(True)
        self.ok_button.setText(self.tr("保存并报修"))

    def values(self) -> dict[str, Any]:
        return {**self.form.values(), **self.after.values()}

    def _data(self, v: Mapping[str, Any]) -> InspectionData:
        r = self.record
        failing = bool(self.model.failed())
        return InspectionData(
            r.source_id,
            v["inspected_on"],
            v["inspectors"],
            v["kind"] or r.kind,
            self.model.items,
            problems=v["problems"],
            follow_up=v["follow_up"],
            survey_id=self.survey_id,
            reported_to=v["reported_to"] if failing else "",
            deadline=v["deadline"] if failing else None,
        )

    def validate(self) -> dict[str, str]:
        return self.book.validate_inspection(self._data(self.values()))

    def show_problems(self, problems: Mapping[str, str]) -> None:
        items = [m for k, m in problems.items() if k.startswith("items.")]
        rest = {k: m for k, m in problems.items() if not k.startswith("items.")}
        self.items_error.setText("\n".join(items))
        self.items_error.setVisible(bool(items))
        later = {k: m for k, m in rest.items() if k in self.after.names()}
        unplaced = self.form.set_errors({k: m for k, m in rest.items() if k not in later})
        unplaced.update(self.after.set_errors(later))
        if unplaced:
            self.show_message("\n".join(unplaced.values()))
        if items and not self.form.errors():
            row = int(next(k for k in problems if k.startswith("items.")).split(".")[1])
            self.view.setCurrentIndex(self.model.index(row, VALUE))
            self.view.setFocus()

    def clear_messages(self) -> None:
        super().clear_messages()
        self.after.clear_errors()
        self.items_error.setVisible(False)

    def _store(self, v: dict[str, Any]) -> InspectionOutcome:
        data = self._data(v)
        if self.survey_id is not None:
            self.outcome = self.book.record_survey_result(self.survey_id, data)
        else:
            self.outcome = self.book.record_inspection(data)
        return self.outcome


def run_inspection(
    parent: QWidget,
    book: WaterBook,
    source_id: int,
    kind: str = "检查",
    survey_id: int | None = None,
) -> bool:
    """Open the inspection dialog; after a failure say what happened. True if saved."""
    dialog = InspectionDialog(parent, book, source_id, kind, survey_id)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
        return False
    outcome = dialog.outcome
    if outcome.failed:
        QMessageBox.warning(
            parent,
            dialog.windowTitle(),
            QCoreApplication.translate(
                "water.check",
                "已保存。{source_code} 现为“{source_status}”，维修单 #{repair_id} 已开具（在“维修…”中推进）。",
            ).format(
                source_code=dialog.record.source_code,
                source_status=outcome.source_status,
                repair_id=outcome.repair_id,
            ),
        )
    return True
