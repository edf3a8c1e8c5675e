"""普查: survey campaigns — start, the sources to visit grouped by village with progress, a
result per source, field sheets, and the closing report for the district."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTreeView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.water import SOURCE_TYPES
from db.water import SurveyData
from db.water import SurveyRow
from db.water import WaterBook
from db.water import summary_lines
from desktop.common import printing
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.keys import page_keys
from desktop.common.words import db_text
from desktop.water.models import ROW_ROLE
from desktop.water.models import SheetModel
from widgets import palette
from widgets.ask import confirm
from widgets.checklist import CheckListModel
from widgets.forms import Form
from widgets.forms import hint_label
from widgets.heading import page_title
from widgets.record_dialog import RecordDialog
from widgets.remember import remember_splitter
from widgets.table import Column
from widgets.table import FilterableTable

if TYPE_CHECKING:
    from desktop.services import Services


def _checklist(parent: QWidget, items: list[tuple[str, Any]], rows: int) -> QListView:
    """Tick boxes, tall enough for ``rows`` lines (a scroll bar beyond)."""
    view = QListView(parent)
    view.setModel(CheckListModel(items, checked=[]))
    line = max(view.sizeHintForRow(0), view.fontMetrics().height() + 4)
    view.setFixedHeight(line * max(1, min(rows, len(items))) + 2 * view.frameWidth() + 4)
    return view


class SurveyDialog(RecordDialog[SurveyData]):
    """开始普查: name, dates, inspectors, and which villages and types (none ticked: all)."""

    def __init__(self, parent: QWidget, book: WaterBook):
        self.book = book
        super().__init__(
            parent,
            title=self.tr("开始普查"),
            check=self.book.validate_survey,
            store=self.book.start_survey,
        )
        self.resize(520, 0)

    def build_form(self, form: Form) -> None:
        today = dt.date.today()
        form.line_edit(
            "name",
            self.tr("普查名称"),
            placeholder=self.tr("例如 {year}年冬季消防水源普查").format(year=today.year),
            max_length=100,
        )
        form.date_edit("start", self.tr("开始日期"), value=today)
        form.date_edit("end", self.tr("结束日期"), value=today + dt.timedelta(days=30))
        form.line_edit(
            "inspectors",
            self.tr("普查人员"),
            placeholder=self.tr("例如 张三、李四"),
            max_length=120,
        )
        self.villages = _checklist(form, [(v, v) for v in self.book.villages()], 6)
        form.add_field(
            "villages", self.tr("村（社区）"), self.villages, self._villages, lambda v: None
        )
        self.types = _checklist(form, [(t, t) for t in SOURCE_TYPES], 5)
        form.add_field("types", self.tr("水源类型"), self.types, self._types, lambda v: None)
        note = QLabel(self.tr("村（社区）和类型都不勾选时，普查全部在用水源。"), form)
        note.setStyleSheet(palette.MUTED_TEXT)
        form.add_field("note", "", note, lambda: None, lambda v: None)

    def _villages(self) -> list[str]:
        model = self.villages.model()
        assert isinstance(model, CheckListModel)
        return model.checked()

    def _types(self) -> list[str]:
        model = self.types.model()
        assert isinstance(model, CheckListModel)
        return model.checked()

    def _data(self, v: dict[str, Any]) -> SurveyData:
        return SurveyData(
            v["name"], v["start"], v["end"], v["inspectors"], v["villages"], v["types"]
        )


class SurveyPage(QWidget):
    changed = Signal()

    def __init__(self, book: WaterBook, parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        title = page_title(self.tr("普查"), self)
        hint = hint_label(
            self.tr(
                "开始一次普查后，按村（社区）列出要走访的水源。打印现场表带到现场填写，"
                "回来后双击水源录入结果；全部录完后“结束普查”，打印普查报告上报。"
            ),
            self,
        )
        self.surveys = FilterableTable(
            [
                Column("name", self.tr("普查名称"), width=220),
                Column("start", self.tr("开始"), "date", width=95),
                Column("end", self.tr("结束"), "date", width=95),
                Column("inspectors", self.tr("普查人员"), width=140),
                Column("status", self.tr("状态"), width=80, formatter=db_text),
                Column(lambda v: f"{v.done}/{v.total}", self.tr("进度"), width=70),
                Column(lambda v: v.summary.replace("\n", " "), self.tr("范围/总结")),
            ],
            parent=self,
        )
        self.surveys.filter_edit.setVisible(False)
        self.surveys.model.set_row_colors(
            foreground=lambda v: palette.GREYED if v.status != "进行中" else None
        )
        self.start_button = QPushButton(self.tr("开始普查…"), self)
        self.start_button.setObjectName("primary")
        self.enter_button = QPushButton(self.tr("录入结果…"), self)
        self.sheet_button = QPushButton(self.tr("打印现场表"), self)
        self.close_button = QPushButton(self.tr("结束普查…"), self)
        self.report_button = QPushButton(self.tr("打印普查报告"), self)
        guard(RECORDS, self.start_button, self.enter_button, self.close_button)
        buttons = QHBoxLayout()
        for b in (
            self.start_button,
            self.enter_button,
            self.sheet_button,
            self.close_button,
            self.report_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("已查 %v / %m 处"))
        self.progress.setMinimumWidth(120)  # narrower on a 1024-wide screen
        self.progress.setMaximumWidth(220)
        self.todo_only = QCheckBox(self.tr("只看未查"), self)
        buttons.addWidget(self.todo_only)
        buttons.addWidget(self.progress)
        self.sheet = SheetModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.sheet)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        for column, width in enumerate((170, 170, 110, 170, 95, 95)):
            self.tree.setColumnWidth(column, width)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.surveys)
        split.addWidget(self.tree)
        split.setSizes([150, 450])
        remember_splitter(split, "pages/水源普查")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.start_button.clicked.connect(self.start)
        self.enter_button.clicked.connect(lambda: self.enter())
        self.sheet_button.clicked.connect(self.print_sheet)
        self.close_button.clicked.connect(self.close_survey)
        self.report_button.clicked.connect(self.print_report)
        self.surveys.selectionChanged.connect(self.show_sheet)
        self.todo_only.toggled.connect(self.show_sheet)
        self.tree.doubleClicked.connect(self._on_double_click)
        page_keys(
            self,
            self.tree,
            add=self.start_button,
            edit=self.enter_button,
            print=self.sheet_button,
            refresh=self.reload,
        )
        self.reload()

    # --- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_survey()
        rows = self.book.surveys()
        self.surveys.set_rows(rows)
        chosen = next((v for v in rows if keep and v.id == keep.id), None)
        chosen = chosen or next((v for v in rows if v.status == "进行中"), None)
        chosen = chosen or (rows[0] if rows else None)
        if chosen is not None:
            self.surveys.select_row(chosen)
        self.show_sheet()

    def current_survey(self) -> SurveyData | None:
        selected = self.surveys.selected_rows()
        return selected[0] if selected else None

    def show_sheet(self) -> None:
        v = self.current_survey()
        expanded = {
            self.sheet.item(r, 0).text().split("　")[0]
            for r in range(self.sheet.rowCount())
            if self.tree.isExpanded(self.sheet.index(r, 0))
        }
        if v is None or v.id is None:
            self.sheet.fill({})
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self._enable(None)
            return
        sheet = self.book.survey_sheet(v.id)
        self.sheet.fill(sheet, self.todo_only.isChecked())
        done, total = self.book.progress(v.id)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        for r in range(self.sheet.rowCount()):
            village = self.sheet.item(r, 0).text().split("　")[0]
            open_it = village in expanded or not expanded
            self.tree.setExpanded(self.sheet.index(r, 0), open_it)
        self._enable(v)

    def _enable(self, v: SurveyData | None) -> None:
        running = v is not None and v.status == "进行中"
        for b in (self.enter_button, self.close_button):
            b.setEnabled(running)
        for b in (self.sheet_button, self.report_button):
            b.setEnabled(v is not None)

    def current_row(self) -> SurveyRow | None:
        index = self.tree.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    # --- actions ---------------------------------------------------------------------------
    def start(self) -> None:
        dialog = SurveyDialog(self, self.book)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            rows = self.book.surveys()
            self.surveys.set_rows(rows)
            new = next((v for v in rows if v.id == dialog.saved), None)
            if new is not None:
                self.surveys.select_row(new)
            self.show_sheet()
            self.changed.emit()

    def _on_double_click(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, SurveyRow):
            self.enter(row)

    def enter(self, row: SurveyRow | None = None) -> None:
        from desktop.water.check import run_inspection

        v = self.current_survey()
        row = row or self.current_row()
        if v is None or v.id is None:
            return
        if v.status != "进行中":
            QMessageBox.information(
                self, self.tr("普查"), self.tr("这次普查已结束，不能再录入结果。")
            )
            return
        if row is None or row.source.id is None:
            QMessageBox.information(
                self, self.tr("普查"), self.tr("请先在下面的清单中选中一处水源。")
            )
            return
        if run_inspection(self, self.book, row.source.id, survey_id=v.id):
            self.reload()
            self.changed.emit()

    def close_survey(self) -> None:
        v = self.current_survey()
        if v is None or v.id is None:
            return
        done, total = self.book.progress(v.id)
        left = (
            self.tr("还有 {value1} 处未查。").format(value1=total - done)
            if done < total
            else self.tr("已全部查完。")
        )
        if not confirm(
            self,
            self.tr("结束普查"),
            self.tr("结束“{name}”吗？{left}\n结束后不能再录入结果。").format(
                name=v.name, left=left
            ),
        ):
            return
        summary = self.book.close_survey(v.id)
        self.reload()
        self.changed.emit()
        text = "\n".join(
            db_text(line)
            for line in summary_lines(
                summary,
                lambda counts: self.tr("，").join(
                    f"{db_text(key)} {n}" for key, n in counts.items()
                ),
            )
        )
        if confirm(
            self,
            self.tr("结束普查"),
            self.tr("普查已结束。\n{text}\n\n现在打印普查报告吗？").format(text=text),
        ):
            self.print_report()

    def print_sheet(self) -> None:
        self._print_survey(self.tr("{name} 现场表"), "{name}-现场表.pdf", summary=False)

    def print_report(self) -> None:
        self._print_survey(self.tr("{name} 普查报告"), "{name}-普查报告.pdf", summary=True)

    def _print_survey(self, title: str, file_name: str, summary: bool) -> None:
        """The chosen survey's 现场表, or its 普查报告 when ``summary``."""
        v = self.current_survey()
        if v is None or v.id is None:
            return
        database, survey_id = self.book.db, v.id

        def build() -> bytes:
            from db.water.forms import survey_sheet_pdf
            from db.water.forms import survey_summary_pdf

            form = survey_summary_pdf if summary else survey_sheet_pdf
            return form(database, survey_id)

        printing.print_document(
            self, title.format(name=v.name), build, file_name.format(name=v.name)
        )


def make_page(services: Services, parent: QWidget) -> SurveyPage:
    return SurveyPage(services.water, parent)
