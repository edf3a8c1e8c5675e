"""应急预案: plans with versions, files, revision tasks; evaluation due every three years."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from db.drills import DrillBook
from db.drills import PlanData
from db.drills.due import next_evaluation
from db.due import DueStyle
from db.rules import Rules
from desktop.common import printing
from desktop.common.attachments import AttachmentsDialog
from desktop.common.columns import word_column
from desktop.common.register import RegisterPage
from desktop.common.register import RegisterSpec
from desktop.common.restore import ARCHIVED
from desktop.common.restore import delete_message
from desktop.common.words import db_text
from desktop.common.words import joined
from desktop.drills.dialogs.plans import PlanDialog
from desktop.drills.dialogs.plans import ReviseDialog
from desktop.drills.dialogs.plans import RevisionTasksDialog
from desktop.drills.dialogs.plans import VersionsDialog
from desktop.drills.dialogs.plans import edition_column
from widgets.table import Column

if TYPE_CHECKING:
    from desktop.services import Services


class PlansPage(RegisterPage):
    def __init__(self, book: DrillBook, parent: QWidget | None = None):
        self.book = book
        super().__init__(self._spec(), parent)
        self.add_button.setText(self.tr("新增预案…"))

    def reload(self) -> None:
        self.months = Rules(self.book.db).months("plan.evaluation_months")
        self.due_style = DueStyle.load(self.book.db)  # the office may have changed the rules
        super().reload()

    def evaluation_due(self, p: PlanData) -> dt.date | None:
        if p.status != "已发布" or p.archived:
            return None
        return next_evaluation(p.evaluated_on, p.issued_on, self.months)

    def _overdue(self, p: PlanData) -> bool:
        due = self.evaluation_due(p)
        return due is not None and due < dt.date.today()

    def _spec(self) -> RegisterSpec:
        book = self.book

        def delete(p: PlanData) -> str | None:
            result = book.delete_plan(p.id or 0, p.version)
            why = self.tr("“{name}”已有演练、修订记录或多个版本").format(name=p.name)
            return delete_message(result, why, self.archived.text())

        return RegisterSpec(
            title=self.tr("应急预案"),
            columns=[
                Column("code", self.tr("编号"), width=110),
                Column("name", self.tr("预案名称"), width=210),
                word_column("type", self.tr("类型"), 100, tooltip=True),
                Column(
                    lambda p: ARCHIVED if p.archived else db_text(p.status),
                    self.tr("状态"),
                    width=70,
                ),
                edition_column("version_no", self.tr("版本"), self.tr("第{n}版")),
                Column(lambda p: joined(p.site_names), self.tr("适用场所"), width=150),
                Column("issued_on", self.tr("发布日期"), "date", width=95),
                Column(
                    lambda p: self.evaluation_due(p),
                    self.tr("下次评估"),
                    "date",
                    width=150,
                    formatter=lambda d: (
                        ""
                        if d is None
                        else (
                            self.tr("{d}（已逾期）").format(d=d) if d < dt.date.today() else str(d)
                        )
                    ),
                ),
                Column("author", self.tr("编制人")),
            ],
            load=lambda archived: book.plans(include_archived=archived),
            dialog=lambda parent, row: PlanDialog(parent, book, row),
            delete=delete,
            describe=lambda p: p.name,
            register="plans",
            empty=self.tr("还没有应急预案：点“新增预案…”登记，或点“导入…”导入预案清单。"),
            database=book.db,
            archived_toggle=True,
            restore=lambda p: book.restore_plan(p.id or 0, p.version),
            row_colour=lambda p: self.due_style.overdue_background if self._overdue(p) else None,
            extra_buttons=[
                (self.tr("修订…"), self.revise),
                (self.tr("版本记录"), self.show_versions),
                (self.tr("附件…"), self.show_files),
                (self.tr("打印摘要…"), self.print_summary),
                (self.tr("修订任务"), self.show_tasks),
            ],
            more=(self.tr("版本记录"), self.tr("附件…"), self.tr("修订任务")),
            hint=self.tr(
                "预案每三年评估一次（红色为已逾期）；每次修订记为新版本，旧版本可在“更多 → 版本记录”中查看。"
            ),
        )

    def _selected(self) -> PlanData | None:
        plan = self.table.current_row()
        if plan is None:
            QMessageBox.information(
                self, self.tr("应急预案"), self.tr("请先在表格中选中一个预案。")
            )
        return plan

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    def revise(self) -> None:
        if (plan := self._selected()) is not None:
            if ReviseDialog(self, self.book, plan).exec() == QDialog.DialogCode.Accepted:
                self._done()

    def show_versions(self) -> None:
        if (plan := self._selected()) is not None:
            VersionsDialog(self, self.book, plan).exec()

    def show_files(self) -> None:
        if (plan := self._selected()) is None:
            return
        plan_id = plan.id or 0
        AttachmentsDialog(
            self,
            self.tr("预案附件：{name}").format(name=plan.name),
            lambda: self.book.plan_files(plan_id),
            lambda path: self.book.add_plan_file(plan_id, path),
            self.book.remove_attachment,
        ).exec()

    def print_summary(self) -> None:
        if (plan := self._selected()) is None:
            return
        from db.drills.forms import plan_pdf

        plan_id = plan.id or 0
        printing.print_document(
            self,
            self.tr("预案摘要：{name}").format(name=plan.name),
            lambda: plan_pdf(self.book, plan_id),
            f"预案摘要-{plan.name}.pdf",
        )

    def show_tasks(self) -> None:
        dialog = RevisionTasksDialog(self, self.book)
        dialog.exec()
        if dialog.changed:
            self._done()


def make_page(services: Services, parent: QWidget) -> PlansPage:
    return PlansPage(services.drills, parent)
