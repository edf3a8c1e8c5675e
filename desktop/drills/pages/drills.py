"""演练: the list of drills; each opens in the drill workspace (plan, sign-in, evaluation …)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from db.drills import DrillBook
from db.drills import DrillData
from desktop.common.register import RegisterPage
from desktop.common.register import RegisterSpec
from desktop.common.words import db_text
from desktop.drills.workspace import DrillWorkspace
from widgets.table import Column

if TYPE_CHECKING:
    from db.duty import Ledger
    from desktop.services import Services

STATUS_COLOURS = {"计划": "#e3f0fc", "已实施": "#fff4d6"}
BLANK_FORMS = (
    ("signin_pdf", QT_TRANSLATE_NOOP("DrillsPage", "演练签到表")),
    ("record_pdf", QT_TRANSLATE_NOOP("DrillsPage", "演练记录表")),
    ("evaluation_pdf", QT_TRANSLATE_NOOP("DrillsPage", "应急演练评估表")),
)


def _attendance(d: DrillData) -> str:
    if not d.attendance:
        return ""
    c = d.attendance_counts()
    return f"{c['出席'] + c['迟到']}/{len(d.attendance)}"


def _open_findings(d: DrillData) -> int | None:
    n = sum(1 for f in d.findings if f.status != "已整改")
    return n or None


class DrillsPage(RegisterPage):
    def __init__(self, book: DrillBook, duty: Ledger, parent: QWidget | None = None):
        self.book, self.duty = book, duty
        super().__init__(self._spec(), parent)
        self.add_button.setText(self.tr("新建演练…"))
        self.edit_button.setText(self.tr("打开…"))

    def _spec(self) -> RegisterSpec:
        book = self.book
        return RegisterSpec(
            title=self.tr("演练"),
            columns=[
                Column("status", self.tr("状态"), width=70, formatter=db_text),
                Column("starts_at", self.tr("日期"), "date", width=130),
                Column("name", self.tr("演练名称"), width=200),
                Column("kind", self.tr("类型"), width=95, formatter=db_text),
                Column("site_name", self.tr("场所"), width=130),
                Column("plan_name", self.tr("依据预案"), width=170),
                Column(_attendance, self.tr("到场/应到"), width=75),
                Column("conclusion", self.tr("评估结论"), width=100, formatter=db_text),
                Column(_open_findings, self.tr("未整改问题"), "int"),
            ],
            load=lambda _archived: book.drills(),
            dialog=lambda parent, row: DrillWorkspace(parent, book, self.duty, row),
            delete=lambda d: book.delete_drill(d.id or 0, d.version),
            describe=lambda d: f"{d.starts_at:%Y-%m-%d} {d.name}",
            register="drills",
            empty=self.tr(
                "还没有演练记录：点“新建演练…”，依次填写计划、签到、过程、评估和问题整改。"
            ),
            database=book.db,
            row_colour=lambda d: STATUS_COLOURS.get(d.status),
            extra_buttons=[
                (self.tr("打印空白表…"), self.print_blank),
                (self.tr("打印证据包…"), self.print_pack),
            ],
            print_text=self.tr("打印证据包…"),
            hint=self.tr(
                "新建演练后依次填写：① 计划 ② 签到 ③ 过程 ④ 评估 ⑤ 问题整改。签到表、照片和评估表是演练的证明材料。"
            ),
        )

    def print_blank(self) -> None:
        from desktop.common import printing

        menu = QMenu(self)
        for func, marked in BLANK_FORMS:
            title = self.tr(marked)
            action = menu.addAction(self.tr("空白{title}").format(title=title))
            action.triggered.connect(
                lambda _c=False, f=func, t=title, m=marked: printing.print_document(
                    self,
                    self.tr("{t}（空白）").format(t=t),
                    lambda: self._build(f, None),
                    f"{m}-空白.pdf",
                )
            )
        menu.exec(QCursor.pos())

    def _build(self, func: str, drill_id: int | None) -> bytes:
        from db.drills import forms

        return getattr(forms, func)(self.book, drill_id)  # type: ignore[no-any-return]

    def print_pack(self) -> None:
        from desktop.common import printing

        drill = self.table.current_row()
        if drill is None:
            QMessageBox.information(self, self.tr("演练"), self.tr("请先在表格中选中一次演练。"))
            return
        drill_id = drill.id or 0
        printing.print_document(
            self,
            self.tr("演练证据包：{name}").format(name=drill.name),
            lambda: self._build("pack_pdf", drill_id),
            f"{drill.name}-演练证据包.pdf",
        )


def make_page(services: Services, parent: QWidget) -> DrillsPage:
    return DrillsPage(services.drills, services.duty, parent)
