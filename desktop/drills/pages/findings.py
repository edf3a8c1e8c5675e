"""整改跟踪: every finding of every drill, open ones first, past their deadline in red."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from db.drills import DrillBook
from db.drills import FindingData
from db.due import DueStyle
from desktop.common.register import RegisterPage
from desktop.common.register import RegisterSpec
from desktop.drills.dialogs.findings import FindingDialog
from desktop.drills.dialogs.findings import advance_finding
from desktop.drills.record_tabs import FINDING_COLUMNS
from desktop.drills.record_tabs import colour_findings
from widgets.columns import translated
from widgets.table import Column

if TYPE_CHECKING:
    from desktop.services import Services


def _order(f: FindingData) -> tuple[bool, dt.date, int]:
    return (f.status == "已整改", f.deadline or dt.date.max, f.id or 0)


class FindingsPage(RegisterPage):
    def __init__(self, book: DrillBook, parent: QWidget | None = None):
        self.book = book
        super().__init__(self._spec(), parent)
        self.add_button.setText(self.tr("新增问题…"))
        colour_findings(self.table, lambda: self.due_style)

    def reload(self) -> None:
        self.due_style = DueStyle.load(self.book.db)  # the office may have changed the rules
        super().reload()

    def _spec(self) -> RegisterSpec:
        book = self.book
        return RegisterSpec(
            title=self.tr("整改跟踪"),
            columns=[
                Column("drill_name", self.tr("演练"), width=170),
                *translated(FINDING_COLUMNS, "FindingsTab"),
            ],
            load=lambda _archived: sorted(book.findings(), key=_order),
            dialog=lambda parent, row: FindingDialog(parent, book, row),
            delete=lambda f: book.delete_finding(f.id or 0, f.version),
            describe=lambda f: f.problem,
            register="findings",
            empty=self.tr("还没有整改问题：演练评估中发现的问题会列在这里，也可以点“新增问题…”。"),
            database=book.db,
            extra_buttons=[(self.tr("推进状态…"), self.advance)],
            hint=self.tr(
                "演练发现的问题：待整改 → 整改中 → 已整改。红色为已过整改期限；整改完成须填写完成日期和证明。"
            ),
        )

    def advance(self) -> None:
        if advance_finding(self, self.book, self.table.current_row()):
            self.reload()
            self.changed.emit()


def make_page(services: Services, parent: QWidget) -> FindingsPage:
    return FindingsPage(services.drills, parent)
