"""应急预案 dialogs: edit a plan, record a revision, read old versions, revision tasks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.drills import DrillBook
from db.drills import PlanData
from db.drills import PlanVersionData
from db.drills import RevisionTaskData
from db.drills.choices import PLAN_STATUSES
from db.drills.choices import PLAN_TYPES
from db.drills.choices import REVISION_TRIGGERS
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.forms import typed_record
from desktop.common.history import add_history_tab
from desktop.common.words import db_text
from desktop.common.words import joined
from desktop.common.words import said_items
from widgets import palette
from widgets.boxes import column
from widgets.boxes import row
from widgets.checklist import CheckListModel
from widgets.closebox import close_box
from widgets.fit import scroll_form
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.forms import hint_label
from widgets.record_dialog import RecordDialog
from widgets.remember import remember_splitter
from widgets.table import Column
from widgets.table import FilterableTable

LEVELS = (
    QT_TRANSLATE_NOOP("PlanDialog", "镇级"),
    QT_TRANSLATE_NOOP("PlanDialog", "村级"),
    QT_TRANSLATE_NOOP("PlanDialog", "单位级"),
    QT_TRANSLATE_NOOP("PlanDialog", "县级"),
)
FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("PlanDialog", "编号"),
    "name": QT_TRANSLATE_NOOP("PlanDialog", "名称"),
    "type": QT_TRANSLATE_NOOP("PlanDialog", "类型"),
    "level": QT_TRANSLATE_NOOP("PlanDialog", "级别"),
    "status": QT_TRANSLATE_NOOP("PlanDialog", "状态"),
    "author": QT_TRANSLATE_NOOP("PlanDialog", "编制人"),
    "reviewer": QT_TRANSLATE_NOOP("PlanDialog", "审核人"),
    "issued_on": QT_TRANSLATE_NOOP("PlanDialog", "发布日期"),
    "evaluated_on": QT_TRANSLATE_NOOP("PlanDialog", "上次评估日期"),
    "sites": QT_TRANSLATE_NOOP("PlanDialog", "适用场所"),
    "summary": QT_TRANSLATE_NOOP("PlanDialog", "摘要"),
}


def edition_column(key: str, header: str, edition: str) -> Column:
    """A plan's edition number under ``header``, each shown as ``edition`` (``第{n}版``)."""
    return Column(key, header, "int", width=64, formatter=lambda n: edition.format(n=n))


class PlanDialog(RecordDialog[PlanData]):
    def __init__(self, parent: QWidget, book: DrillBook, plan: PlanData | None):
        self.book = book
        self.plan = plan or PlanData()
        title = (
            self.tr("编辑预案（第{version_no}版）").format(version_no=self.plan.version_no)
            if plan
            else self.tr("新增应急预案")
        )
        super().__init__(
            parent, title=title, check=self.book.validate_plan, store=self.book.save_plan
        )
        scroll_form(self, reserve=170)  # its sites list and summary: taller than 768 px
        add_history_tab(self, book.db, "plan", self.plan.id)
        self.resize(560, 0)

    def build_form(self, form: Form) -> None:
        p = self.plan
        form.line_edit("name", self.tr("预案名称"), text=p.name, max_length=120)
        form.line_edit(
            "code", self.tr("编号"), text=p.code, placeholder=self.tr("例如 GLZ-YA-2024-03")
        )
        form.combo("type", self.tr("类型"), said_items(PLAN_TYPES), value=p.type)
        levels = [(self.tr(t), t) for t in LEVELS]
        form.combo("level", self.tr("级别"), levels, value=p.level, editable=True)
        sites = [(x.name, x.id) for x in self.book.sites()]
        sites += [
            (n, i)
            for n, i in zip(p.site_names, p.site_ids, strict=False)
            if i not in {s[1] for s in sites}
        ]
        self.sites_model = CheckListModel(sites, p.site_ids)
        view = QListView(form)
        view.setModel(self.sites_model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMaximumHeight(view.fontMetrics().lineSpacing() * 6 + 12)
        form.add_field(
            "site_ids",
            self.tr("适用场所（可多选）"),
            view,
            self.sites_model.checked,
            self.sites_model.set_checked,
        )
        form.combo("status", self.tr("状态"), said_items(PLAN_STATUSES), value=p.status)
        form.line_edit("author", self.tr("编制人"), text=p.author, max_length=40)
        form.line_edit("reviewer", self.tr("审核人"), text=p.reviewer, max_length=40)
        form.date_edit("issued_on", self.tr("发布日期"), value=p.issued_on, optional=True)
        form.date_edit("evaluated_on", self.tr("上次评估日期"), value=p.evaluated_on, optional=True)
        form.multiline("summary", self.tr("摘要"), text=p.summary, rows=3)

    def _data(self, v: dict[str, Any]) -> PlanData:
        return typed_record(
            PlanData,
            v,
            self.plan,
            type=v["type"] or "",
            level=v["level"] or "",
            status=v["status"] or "",
            site_ids=list(v["site_ids"]),
            archived=self.plan.archived,
        )


class ReviseDialog(FormDialog):
    """Record a new edition of a plan: why, who approved it, when."""

    def __init__(
        self,
        parent: QWidget,
        book: DrillBook,
        plan: PlanData,
        trigger: str | None = None,
        reason: str = "",
    ):
        self.book, self.plan = book, plan
        self._trigger, self._reason = trigger, reason
        super().__init__(
            parent,
            title=self.tr("修订预案：{name}（现为第{version_no}版）").format(
                name=plan.name, version_no=plan.version_no
            ),
            save=self._store,
        )
        self.resize(560, 0)

    def build_form(self, form: Form) -> None:
        hint = hint_label(
            self.tr(
                "保存后记为第{value1}版，旧版本仍可在“版本记录”中查看。修订后用“编辑…”修改预案内容，改动记入新版本。"
            ).format(value1=self.plan.version_no + 1),
            form,
        )
        form.layout_.addRow(hint)
        combo = form.combo(
            "trigger", self.tr("修订原因"), said_items(REVISION_TRIGGERS[1:]), value=self._trigger
        )
        if self._trigger is None:
            combo.setPlaceholderText(self.tr("请选择（应急预案管理办法第三十六条）"))
            combo.setCurrentIndex(-1)
        form.multiline("reason", self.tr("具体说明"), text=self._reason, rows=3)
        form.line_edit("approved_by", self.tr("批准人"), text=self.plan.reviewer, max_length=40)
        form.date_edit("date", self.tr("修订日期"), value=dt.date.today())

    def validate(self) -> dict[str, str]:
        return {} if self.values()["trigger"] else {"trigger": self.tr("请选择修订原因")}

    def _store(self, v: dict[str, Any]) -> int:
        return self.book.revise(
            self.plan.id or 0,
            v["trigger"],
            v["reason"],
            v["approved_by"],
            v["date"],
            version=self.plan.version,
        )


def snapshot_text(version: PlanVersionData) -> str:
    lines = [
        QCoreApplication.translate(
            "drills.dialogs.plans", "第{number}版　{revised_on:%Y-%m-%d}　{trigger}"
        ).format(number=version.number, revised_on=version.revised_on, trigger=version.trigger),
        QCoreApplication.translate("drills.dialogs.plans", "批准人：{value1}").format(
            value1=version.approved_by or "—"
        ),
    ]
    if version.reason:
        lines.append(
            QCoreApplication.translate("drills.dialogs.plans", "修订说明：{reason}").format(
                reason=version.reason
            )
        )
    lines.append("")
    for key, label in FIELD_LABELS.items():
        value = version.snapshot.get(key)
        if isinstance(value, list):
            value = joined(value)
        lines.append(f"{QCoreApplication.translate('PlanDialog', label)}：{value or '—'}")
    return "\n".join(lines)


class VersionsDialog(QDialog):
    """Every edition of a plan; the one selected is shown read-only on the right."""

    def __init__(self, parent: QWidget, book: DrillBook, plan: PlanData):
        super().__init__(parent)
        self.setWindowTitle(self.tr("版本记录：{name}").format(name=plan.name))
        self.resize(860, 480)
        self.table = FilterableTable(
            [
                edition_column("number", self.tr("版本"), self.tr("第{n}版")),
                Column("revised_on", self.tr("日期"), "date", width=95),
                Column("trigger", self.tr("原因"), width=170),
                Column("approved_by", self.tr("批准人")),
            ],
            parent=self,
        )
        self.table.filter_edit.hide()
        self.table.count_label.hide()
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.text)
        split.setSizes([430, 430])
        remember_splitter(split, "dialogs/预案版本")
        box = close_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(box)
        self.table.selectionChanged.connect(self._show)
        versions = book.versions(plan.id or 0)
        self.table.set_rows(versions)
        if versions:
            self.table.select_row(versions[-1])

    def _show(self) -> None:
        rows = self.table.selected_rows()
        self.text.setPlainText(snapshot_text(rows[0]) if rows else "")


class RevisionTasksDialog(QDialog):
    """Revision tasks (mostly opened by drill findings); done by recording a revision."""

    def __init__(self, parent: QWidget, book: DrillBook):
        super().__init__(parent)
        self.book = book
        self.changed = False
        self.setWindowTitle(self.tr("预案修订任务"))
        self.resize(820, 420)
        intro = QLabel(
            self.tr(
                "演练发现重大问题时会生成修订任务。选中一项点“修订预案…”，记录新版本后任务即完成。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = FilterableTable(
            [
                Column("status", self.tr("状态"), width=70, formatter=db_text),
                Column("plan_name", self.tr("预案"), width=180),
                Column("trigger", self.tr("原因"), width=190),
                Column("note", self.tr("说明"), width=250),
                Column("done_on", self.tr("完成日期"), "date"),
            ],
            parent=self,
        )
        self.table.model.set_row_colors(
            foreground=lambda t: palette.GREYED if t.status != "待修订" else None
        )
        self.open_only = QCheckBox(self.tr("只看待修订"), self)
        self.open_only.setChecked(True)
        self.revise_button = QPushButton(self.tr("修订预案…"), self)
        self.revise_button.setObjectName("primary")
        guard(RECORDS, self.revise_button)
        close = QPushButton(self.tr("关闭"), self)
        buttons = row(self.revise_button, self.open_only, 1, close)
        column(intro, (self.table, 1), buttons, parent=self)
        self.open_only.toggled.connect(self.reload)
        self.revise_button.clicked.connect(lambda: self.revise())
        self.table.activated.connect(self.revise)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        self.table.set_rows(self.book.revision_tasks(open_only=self.open_only.isChecked()))

    def revise(self, task: RevisionTaskData | None = None) -> None:
        task = task or self.table.current_row()
        if task is None or task.status != "待修订":
            return
        plan = self.book.plan(task.plan_id)
        dialog = ReviseDialog(self, self.book, plan, task.trigger, task.note)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.reload()
