"""打印 → 工作总结… / 月度通报…: pick the period, then print the report (or save it as a
workbook) — the same PDF and workbook as ``print campaign-report`` / ``export campaign-report``.

The summary opens on the current or last 今冬明春 campaign; the bulletin on the last month.
A period the report cannot cover (an end before its start) is shown beside the date and
nothing is printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from db.engine import Database
from desktop.common import printing
from widgets.daterange import MonthPicker
from widgets.daterange import shift_month
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.forms import hint_label
from widgets.tasks import run_task

XLSX_FILTER = "Excel (*.xlsx)"


class ReportDialog(FormDialog):
    """The period of a 工作总结 (from–to, with 导出Excel…) or of a month's 通报."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        bulletin: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        self.database, self.bulletin, self.today = database, bulletin, today
        title = self.tr("月度通报") if bulletin else self.tr("工作总结")
        super().__init__(parent, title=title)
        self.ok_button.setText(self.tr("打印…"))
        self.ok_button.setToolTip(self.tr("预览、打印或保存为 PDF"))
        self.export_button = None
        if not bulletin:
            self.export_button = self.button_box.addButton(
                self.tr("导出Excel…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.export_button.clicked.connect(self.export)
        self.setMinimumWidth(420)

    def build_form(self, form: Form) -> None:
        from db.report import campaign_period

        if self.bulletin:
            now = self.today()
            year, month = shift_month(now.year, now.month, -1)
            self.month_picker = MonthPicker(year, month, today=self.today, parent=self)
            form.add_field(
                "month",
                self.tr("月份"),
                self.month_picker,
                lambda: (self.month_picker.year(), self.month_picker.month()),
                lambda v: self.month_picker.set_month(*v),
            )
            note = self.tr("一页通报：当月各项工作的数字、存在的问题和下步工作要求（留空手写）。")
        else:
            start, end = campaign_period(self.today())
            form.date_edit("start", self.tr("开始日期"), value=start)
            form.date_edit("end", self.tr("结束日期"), value=end)
            note = self.tr(
                "默认为本次（或上次）今冬明春行动：11月1日至次年3月31日；行动尚未结束时统计到今天。"
            )
        form.layout_.addRow(hint_label(note, form))

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        """The period chosen (a month's first and last day for the bulletin)."""
        from db.report import month_period

        values = self.values()
        if self.bulletin:
            return month_period(*values["month"])
        return values["start"], values["end"]

    def validate(self) -> Mapping[str, str]:
        from db.errors import ValidationError
        from db.report import check_period

        try:
            check_period(*self.period())
        except ValidationError as exc:
            return exc.problems
        return {}

    def _work(self) -> Callable[[Any, Any], Any]:
        """The gathering, with the period read now: it runs after the dialog may be gone."""
        from db.report import gather

        start, end = self.period()
        assert start is not None and end is not None
        database, bulletin = self.database, self.bulletin

        def work(progress: Any, cancelled: Any) -> Any:
            return gather(
                database, start, end, bulletin=bulletin, progress=progress, cancelled=cancelled
            )

        return work

    def file_stem(self) -> str:
        start, end = self.period()
        assert start is not None and end is not None
        if self.bulletin:
            return f"工作通报-{start:%Y-%m}"
        return f"工作总结-{start.isoformat()}至{end.isoformat()}"

    def print_report(self, parent: QWidget) -> None:
        """Build the PDF off the UI thread, then offer 预览/打印/保存 (the dialog has closed)."""
        from db.report.forms import report_pdf

        database, gather_fn = self.database, self._work()

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return report_pdf(database, gather_fn(progress, cancelled)).data

        printing.print_task(parent, self.windowTitle(), work, f"{self.file_stem()}.pdf")

    def export(self) -> None:
        """导出Excel…: the same report as a workbook; the dialog stays open."""
        problems = self.validate()
        if problems:
            self.form.set_errors(problems)
            return
        self.form.clear_errors()
        title = self.tr("导出工作总结")
        name, _ = QFileDialog.getSaveFileName(self, title, f"{self.file_stem()}.xlsx", XLSX_FILTER)
        if not name:
            return
        from db.report.xlsx import write_report

        path, gather_fn = Path(name), self._work()

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return write_report(gather_fn(progress, cancelled), path)

        def done(saved: Path) -> None:
            QMessageBox.information(self, title, self.tr("已导出到 {path}").format(path=saved))

        run_task(self, title, work, done)


def open_report(parent: QWidget, database: Database, *, bulletin: bool = False) -> None:
    """打印 → 工作总结… / 月度通报…: ask for the period, then print."""
    dialog = ReportDialog(database, parent, bulletin=bulletin)
    if dialog.exec():
        dialog.print_report(parent)
    dialog.deleteLater()
