"""值班表: a month of duty, one-click generation, manual edits with conflicts shown at once."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.duty import roster
from db.errors import LedgerError
from desktop.common import excel
from desktop.common import printing
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.keys import page_keys
from desktop.common.words import error_text
from desktop.duty.dialogs import DayDialog
from desktop.duty.dialogs import SwapDialog
from desktop.duty.models import CountsModel
from desktop.duty.models import RosterModel
from widgets import palette
from widgets.ask import confirm
from widgets.daterange import MonthPicker
from widgets.heading import page_title
from widgets.problems import group
from widgets.problems import show_problems
from widgets.tasks import run_task

if TYPE_CHECKING:
    from desktop.services import Services


class RosterPage(QWidget):
    """The month's roster with its buttons; ``changed`` after any edit, generation or import."""

    changed = Signal()
    help_topic = "roster"  # its page of the user guide

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = services.duty
        title = page_title(self.tr("值班表"), self)
        today = dt.date.today()
        self.picker = MonthPicker(today.year, today.month, parent=self)
        self.generate_button = QPushButton(self.tr("一键排班"), self)
        self.generate_button.setObjectName("primary")
        self.generate_button.setToolTip(self.tr("为本月尚未排班的日期自动排班，已排的日期保持不变"))
        self.edit_button = QPushButton(self.tr("编辑选中日…"), self)
        self.edit_button.setToolTip(
            self.tr("修改表中选中那一天的带班领导、值班员和备勤（也可双击该行）")
        )
        self.swap_button = QPushButton(self.tr("调班…"), self)
        self.clear_button = QPushButton(self.tr("清空未来排班…"), self)
        self.print_button = QPushButton(self.tr("打印值班表…"), self)
        guard(RECORDS, self.generate_button, self.edit_button, self.swap_button, self.clear_button)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        for b in (
            self.generate_button,
            self.edit_button,
            self.swap_button,
            self.clear_button,
            self.print_button,
        ):
            bar.addWidget(b)
        bar.addStretch(1)
        self.excel = excel.ExcelButtons(self, ["duty"], lambda: self.ledger.db, self._imported)
        self.more = self.excel.add_to(bar)
        self.more.take(self.clear_button, self.excel.import_button)
        self.model = RosterModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.counts = CountsModel(self)
        self.counts_view = QTableView(self)
        self.counts_view.setModel(self.counts)
        self.counts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.counts_view.setToolTip(
            self.tr(
                "每人值班次数（带班领导或值班员，不含备勤）：休息日（周末、节假日）和工作日分开计，"
                "一键排班时带班领导之间、队员之间各自均衡"
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(self.tr("值班次数（休息日 / 工作日）"), self))
        layout.addWidget(self.counts_view)
        self.picker.monthChanged.connect(lambda y, m: self.reload())
        self.generate_button.clicked.connect(self.generate)
        self.edit_button.clicked.connect(self.edit_current)
        self.view.doubleClicked.connect(
            lambda index: self.edit_day(self.model.date_at(index.row()))
        )
        self.swap_button.clicked.connect(self.swap)
        self.clear_button.clicked.connect(self.clear_future)
        self.print_button.clicked.connect(self.print_roster)
        page_keys(
            self,
            self.view,
            (self.swap_button,),
            edit=self.edit_button,
            print=self.print_button,
            export=self.excel.export_button,
            refresh=self.reload,
        )
        self.reload()

    @property
    def year_month(self) -> tuple[int, int]:
        return self.picker.year(), self.picker.month()

    def _imported(self) -> None:
        self.reload()
        self.changed.emit()

    def reload(self) -> None:
        year, month = self.year_month
        index = self.view.currentIndex()
        selected = self.model.date_at(index.row()) if index.isValid() else None
        data = self.ledger.month(year, month)
        self.model.set_month(data, self.ledger.level_colours())
        filled = sum(1 for d in data.dates if d in data.days and not data.days[d].is_empty())
        hard = [i for i in data.issues if i.hard]
        text = self.tr("已排 {filled}/{count} 天").format(filled=filled, count=len(data.dates))
        if data.issues:
            text += "，" + palette.span(
                self.tr("{count} 处需注意（{count2} 处违反规则）").format(
                    count=len(data.issues), count2=len(hard)
                )
            )
        self.summary.setText(text)
        self.month_data = data
        self.counts.set_counts(self.ledger.duty_counts(year, month))
        self._fit_counts()
        # Keep the selected day across a reload; otherwise 编辑/调班 start from today.
        for day in (selected, dt.date.today()):
            if day in data.dates:
                self.view.selectRow(data.dates.index(day))
                break

    def _fit_counts(self) -> None:
        """The counts table is as tall as its four rows and a scroll bar, no taller."""
        view = self.counts_view
        height = view.horizontalHeader().height() + 2 * view.frameWidth()
        height += sum(view.rowHeight(r) for r in range(self.counts.rowCount()))
        height += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(height)

    def generate(self) -> None:
        year, month = self.year_month

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return self.ledger.generate_month(year, month, progress)

        def done(result: roster.Result) -> None:
            self.reload()
            self.changed.emit()
            if not result.ok:
                show_problems(
                    self,
                    self.tr("无法排班"),
                    self.tr("以下日期不能满足排班规则，本次没有保存任何排班："),
                    days_grouped(result.problems),
                    self.tr("请调整请假、队员“可任带班领导”或战备等级人数后再试。")
                    + (f"\n\n{result.seeded_note()}" if result.seeded else ""),
                    warning=True,
                )
            elif result.warnings or result.skipped or result.seeded:
                lines = [n for n in (result.seeded_note(), result.skipped_note()) if n]
                show_problems(
                    self,
                    self.tr("排班完成"),
                    self.tr("已排 {count} 天。请注意：").format(count=len(result.generated)),
                    lines + days_grouped(result.warnings),
                )
            elif not result.generated:
                QMessageBox.information(
                    self, self.tr("排班"), self.tr("本月每天都已排班，没有需要新排的日期。")
                )

        run_task(self, self.tr("一键排班"), work, done)

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, self.tr("值班表"), self.tr("请先选中一天。"))
            return
        self.edit_day(self.model.date_at(index.row()))

    def edit_day(self, date: dt.date | None) -> None:
        if date is None:
            return
        dialog = DayDialog(self, self.ledger, self.month_data, date)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def swap(self) -> None:
        index = self.view.currentIndex()
        first = self.model.date_at(index.row()) if index.isValid() else self.month_data.dates[0]
        dialog = SwapDialog(self, self.month_data, first or self.month_data.dates[0])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        a, b = dialog.choice()
        if None in (*a, *b):
            return
        try:
            self.ledger.swap(a, b)
        except LedgerError as exc:
            QMessageBox.warning(self, self.tr("调班"), error_text(exc))
        self.reload()
        self.changed.emit()

    def clear_future(self) -> None:
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        dates = [d for d in self.month_data.dates if d >= tomorrow]
        if not dates:
            QMessageBox.information(
                self,
                self.tr("值班表"),
                self.tr("本月没有今天以后的日期可清空（已过去的排班保留为记录）。"),
            )
            return
        if confirm(
            self,
            self.tr("清空排班"),
            self.tr("清空 {month}月{day}日 起本月的排班，以便重新一键排班？").format(
                month=dates[0].month, day=dates[0].day
            ),
        ):
            self.ledger.clear_days(dates)
            self.reload()
            self.changed.emit()

    def print_roster(self) -> None:
        year, month = self.year_month

        def build() -> bytes:
            from db.duty import forms  # reportlab loads on first print, not with the page

            return forms.roster_pdf(self.ledger, year, month)

        printing.print_document(
            self,
            self.tr("{year}年{month}月值班表").format(year=year, month=month),
            build,
            f"值班表-{year}-{month:02d}.pdf",
        )


def days_grouped(issues: list[roster.Issue]) -> list[str]:
    """Each distinct issue once when it falls on many days (``……（共 12 天）``)."""
    unit = QCoreApplication.translate("duty.roster", "天")
    return group(((f"{i.day:%Y-%m-%d}", i.message) for i in issues), unit=unit)


__all__ = ["RosterPage", "days_grouped"]
