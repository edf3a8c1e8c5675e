"""检查…: a check filled in from the vehicle's or category's checklist, with the kit counted.

A failed line is announced before saving: the vehicle or item will be taken out of service and
a repair ticket opened (the facade does both when the check is recorded).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.errors import ValidationError
from db.fleet import OUTCOMES
from db.fleet import VEHICLE
from db.fleet import VEHICLE_KINDS
from db.fleet import CheckData
from db.fleet import CheckOutcome
from db.fleet import Fleet
from db.fleet import ResultData
from desktop.common.words import db_text
from desktop.common.words import joined
from desktop.common.words import said_items
from desktop.fleet.dialogs import number_edit
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.forms import hint_label
from widgets.listmodel import ListTableModel
from widgets.listmodel import cell_flags
from widgets.outcomes import answer_rest
from widgets.outcomes import answer_rest_button
from widgets.outcomes import failure_banner
from widgets.outcomes import hint_row
from widgets.outcomes import line_cell
from widgets.outcomes import line_style
from widgets.outcomes import outcome_view

_Index = QModelIndex | QPersistentModelIndex
PASS, FAIL, NA, NOT_CHECKED = OUTCOMES
ITEM, OUTCOME, VALUE, EXPECTED, COUNTED = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("CheckModel", "检查项目"),
    QT_TRANSLATE_NOOP("CheckModel", "结果"),
    QT_TRANSLATE_NOOP("CheckModel", "数值"),
    QT_TRANSLATE_NOOP("CheckModel", "应有"),
    QT_TRANSLATE_NOOP("CheckModel", "实有"),
)


class CheckModel(ListTableModel):
    """The lines of a check: outcome, a value for measured lines, a count for kit lines."""

    headers = HEADERS

    failuresChanged = Signal()

    def __init__(self, results: list[ResultData], parent: QWidget | None = None):
        super().__init__(parent)
        self.results = results

    def row_count(self) -> int:
        return len(self.results)

    def _editable(self, r: ResultData, column: int) -> bool:
        if column == OUTCOME:
            return True
        if column == VALUE:
            return r.kind == "value"
        if column == COUNTED:
            return r.kind == "quantity"
        return False

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return cell_flags(
            index, index.isValid() and self._editable(self.results[index.row()], index.column())
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.results):
            return None
        r = self.results[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in (ITEM, OUTCOME):
                return line_cell(role, column, r, r.failed, FAIL)
            if column == VALUE:
                text = str(r.value or "")
                if role == Qt.ItemDataRole.DisplayRole and text and r.unit:
                    return f"{text} {r.unit}"
                return text if text or role == Qt.ItemDataRole.EditRole else (r.unit and "—")
            if column == EXPECTED:
                return r.expected
            if column == COUNTED:
                return r.counted
        locked = column in (VALUE, COUNTED) and not self._editable(r, column)
        return line_style(
            role, column, failed=r.failed, locked=locked, tooltip=r.text, unanswered=not r.outcome
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = self.results[index.row()]
        column = index.column()
        if not self._editable(r, column):
            return False
        if column == OUTCOME:
            if value not in OUTCOMES:
                return False
            r.outcome = value
        elif column == VALUE:
            r.value = str(value).strip()
            if r.value and not r.outcome:
                r.outcome = PASS  # a reading given answers the line
        elif column == COUNTED:
            text = str(value).strip()
            if text == "":
                r.counted = None
            else:
                try:
                    r.counted = max(0, int(float(text)))
                except ValueError:
                    return False
            if (
                r.counted is not None
                and r.expected is not None
                and r.outcome not in (NA, NOT_CHECKED)
            ):
                r.outcome = FAIL if r.counted < r.expected else PASS
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COUNTED))
        self.failuresChanged.emit()
        return True

    def failed(self) -> list[ResultData]:
        return [r for r in self.results if r.failed]

    def answer_rest(self) -> None:
        """The lines not answered yet become 合格 (the clerk marked the exceptions first)."""
        if answer_rest(self.results, PASS):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.results) - 1, COUNTED))
            self.failuresChanged.emit()


class CheckDialog(FormDialog):
    """Record a check of one vehicle or item; ``outcome`` holds what the facade returned."""

    def __init__(self, parent: QWidget, fleet: Fleet, target_table: str, target_id: int):
        self.fleet = fleet
        self.check = fleet.new_check(target_table, target_id, unanswered=True)
        self.outcome: CheckOutcome | None = None
        what = self.tr("车辆检查") if target_table == VEHICLE else self.tr("器材检验/检查")
        super().__init__(
            parent,
            title=self.tr("{what}：{subject}").format(what=what, subject=self.check.subject),
            save=self._store,
        )
        self.model = CheckModel(self.check.results, self)
        self._build_table()
        self.resize(760, 720)

    def build_form(self, form: Form) -> None:
        c = self.check
        kinds = (
            list(VEHICLE_KINDS)
            if c.target_table == VEHICLE
            else ["定期检验", "使用后检查", "例行检查"]
        )
        form.combo("kind", self.tr("检查类别"), said_items(kinds), value=c.kind)
        form.date_edit("done_on", self.tr("检查日期"), value=c.done_on)
        form.line_edit("inspector", self.tr("检查人"), text=c.inspector, max_length=40)
        form.line_edit("reviewer", self.tr("复核人"), text=c.reviewer, max_length=40)
        if c.target_table == VEHICLE:
            number_edit(form, "mileage_km", self.tr("当前里程"), c.mileage_km, " km")
        notes = form.multiline("notes", self.tr("发现问题及处理"), text=c.notes, rows=2)
        notes.setMaximumHeight(notes.minimumHeight())

    def _build_table(self) -> None:
        has_kit = any(r.kind == "quantity" for r in self.model.results)
        text = self.tr(
            "逐项检查：双击“结果”选择 合格/不合格/不适用/未检（没查的项选“未检”），测量项填“数值”"
        )
        text += self.tr("，随车器材填“实有”数量。") if has_kit else "。"
        hint = hint_label(text, self)
        self.rest_button = answer_rest_button(self, PASS, self.model.answer_rest)
        widths = {OUTCOME: 100, VALUE: 100, EXPECTED: 70, COUNTED: 60}
        self.view = outcome_view(self, self.model, OUTCOMES, widths, ITEM, OUTCOME)
        for column in (EXPECTED, COUNTED):
            self.view.setColumnHidden(column, not has_kit)
        self.warning = failure_banner(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretchFactor(self.form, 0)
        at = layout.indexOf(self.button_box)
        layout.insertLayout(at, hint_row(hint, self.rest_button))
        layout.insertWidget(at + 1, self.view, 3)
        layout.insertWidget(at + 2, self.warning)
        self.model.failuresChanged.connect(self._update_warning)
        self._update_warning()

    def _update_warning(self) -> None:
        failed = self.model.failed()
        if not failed:
            self.warning.setVisible(False)
            self.ok_button.setText(self.tr("保存"))
            return
        subject = self.tr("该车") if self.check.target_table == VEHICLE else self.tr("该器材")
        status = (
            self.tr("维修（停止执勤）")
            if self.check.target_table == VEHICLE
            else self.tr("维修（停用）")
        )
        names = joined(r.text for r in failed[:5]) + (self.tr("等") if len(failed) > 5 else "")
        self.warning.setText(
            self.tr(
                "有 {count} 项不合格：{names}。\n保存后{subject}状态将改为“{status}”，并自动开具维修单；修复后在“维修”页推进维修单即恢复。"
            ).format(count=len(failed), names=names, subject=subject, status=status)
        )
        self.warning.setVisible(True)
        self.ok_button.setText(self.tr("保存并报修"))

    def _data(self, v: dict[str, Any]) -> CheckData:
        c = self.check
        return CheckData(
            c.target_table,
            c.target_id,
            v["kind"] or c.kind,
            v["done_on"],
            v["inspector"],
            v["reviewer"],
            v["notes"],
            v.get("mileage_km"),
            self.model.results,
            subject=c.subject,
        )

    def validate(self) -> dict[str, str]:
        return self.fleet.validate_check(self._data(self.values()))

    def _store(self, v: dict[str, Any]) -> CheckOutcome:
        data = self._data(v)
        if warnings := self.fleet.check_warnings(data):
            from PySide6.QtWidgets import QMessageBox

            asked = QMessageBox.question(
                self,
                self.windowTitle(),
                "\n".join(db_text(w) for w in warnings.values()) + self.tr("\n\n仍然保存吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if asked != QMessageBox.StandardButton.Yes:
                raise ValidationError(warnings)  # shown beside the field, the typing kept
        self.outcome = self.fleet.record_check(data)
        return self.outcome


def run_check(parent: QWidget, fleet: Fleet, target_table: str, target_id: int) -> bool:
    """Open the check dialog; after saving say what happened. True if a check was recorded."""
    from PySide6.QtWidgets import QMessageBox

    dialog = CheckDialog(parent, fleet, target_table, target_id)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
        return False
    if not dialog.outcome.passed:
        QMessageBox.warning(
            parent,
            dialog.windowTitle(),
            QCoreApplication.translate(
                "fleet.check",
                "检查已保存。{subject} 已转为“维修”状态，维修单 #{repair_id} 已开具，可在“维修”页推进。",
            ).format(subject=dialog.check.subject, repair_id=dialog.outcome.repair_id),
        )
    return True
