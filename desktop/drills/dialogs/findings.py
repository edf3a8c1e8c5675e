"""Findings of a drill: edit one, and move it 待整改 → 整改中 → 已整改."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from db.drills import DrillBook
from db.drills import FindingData
from db.errors import LedgerError
from desktop.common.history import add_history_tab
from desktop.common.words import error_text
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.record_dialog import RecordDialog


class FindingDialog(RecordDialog[FindingData]):
    """A problem found by a drill: what, the measure, who and by when. A new finding from the
    整改跟踪 page also picks its drill."""

    def __init__(self, parent: QWidget, book: DrillBook, finding: FindingData | None):
        self.book = book
        self.finding = finding or FindingData()
        title = self.tr("编辑整改问题") if self.finding.id else self.tr("新增整改问题")
        super().__init__(
            parent, title=title, check=self.book.validate_finding, store=self.book.save_finding
        )
        add_history_tab(self, book.db, "finding", self.finding.id)
        self.resize(520, 0)

    def build_form(self, form: Form) -> None:
        f = self.finding
        if f.drill_id is None:
            drills = [(f"{d.starts_at:%Y-%m-%d} {d.name}", d.id) for d in self.book.drills()]
            combo = form.combo("drill_id", self.tr("演练"), drills)
            combo.setPlaceholderText(self.tr("请选择演练"))
            combo.setCurrentIndex(-1)
        form.multiline("problem", self.tr("发现的问题"), text=f.problem, rows=3)
        form.multiline("measure", self.tr("整改措施"), text=f.measure, rows=2)
        form.line_edit("owner", self.tr("责任人"), text=f.owner, max_length=40)
        form.date_edit(
            "deadline",
            self.tr("整改期限"),
            value=f.deadline or dt.date.today() + dt.timedelta(days=30),
        )
        form.checkbox(
            "triggers_revision",
            "",
            text=self.tr("问题重大，需要修订预案（生成预案修订任务）"),
            checked=f.triggers_revision,
        )

    def _data(self, v: dict[str, Any]) -> FindingData:
        f = self.finding
        return FindingData(
            v.get("drill_id", f.drill_id),
            v["problem"],
            v["measure"],
            v["owner"],
            v["deadline"],
            f.status,
            f.closed_on,
            f.evidence,
            v["triggers_revision"],
            f.id,
            f.version,
        )


class CloseFindingDialog(FormDialog):
    """整改中 → 已整改: the date it was done and the evidence."""

    def __init__(self, parent: QWidget, book: DrillBook, finding: FindingData):
        self.book, self.finding = book, finding
        super().__init__(parent, title=self.tr("整改完成"), save=self._store)
        self.resize(480, 0)

    def build_form(self, form: Form) -> None:
        problem = QLabel(self.tr("问题：{problem}").format(problem=self.finding.problem), form)
        problem.setWordWrap(True)
        form.layout_.addRow(problem)
        form.date_edit("closed_on", self.tr("完成日期"), value=dt.date.today())
        form.multiline(
            "evidence", self.tr("整改证明"), text=self.finding.evidence, rows=3
        ).setPlaceholderText(self.tr("复查情况、照片或文件，例如：6月3日复查，水带已更换并登记"))

    def _store(self, v: dict[str, Any]) -> str:
        f = self.finding
        return self.book.advance(f.id or 0, v["closed_on"], v["evidence"], version=f.version)


def advance_finding(parent: QWidget, book: DrillBook, finding: FindingData | None) -> bool:
    """One step on: 待整改 → 整改中 at once; 整改中 → 已整改 asks for date and evidence
    (``finding`` None: none was selected, and the clerk is told to pick one)."""
    title = QCoreApplication.translate("drills.dialogs.findings", "推进整改状态")
    if finding is None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("drills.dialogs.findings", "请先在表格中选中一个问题。"),
        )
        return False
    try:
        if finding.status == "已整改":
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate("drills.dialogs.findings", "这条问题已整改完毕。"),
            )
            return False
        if finding.status == "待整改":
            book.advance(finding.id or 0, version=finding.version)
            return True
        return CloseFindingDialog(parent, book, finding).exec() == QDialog.DialogCode.Accepted
    except LedgerError as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return False
