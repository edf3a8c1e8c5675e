"""The import preview: every row of a file with what importing it would do, before anything
is written.

The file has been read (off the UI thread) when the dialog opens; it shows the rows at once
and checks them against the database in the background. The clerk corrects bad cells in the
table, says what unknown words mean, may have supplies' counts booked as a stocktake, gives a
month to dates written without a year; each change checks the same reading again. 导入 writes
it all in one transaction, and is enabled only when the check found nothing wrong.
"""

from __future__ import annotations

import copy
import logging
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from db.errors import LedgerError
from desktop.common.import_layout import PreviewLayout
from desktop.common.import_model import ADDED
from desktop.common.import_model import BAD
from desktop.common.import_model import PROBLEM_ROLE
from desktop.common.import_model import REPLACED
from desktop.common.import_model import STATUS_COLUMN
from desktop.common.import_model import UNCHANGED
from desktop.common.import_model import UPDATED
from desktop.common.import_model import BadRowsProxy
from desktop.common.import_model import PreviewTableModel
from desktop.common.import_model import ProblemListModel
from desktop.common.import_model import describe
from desktop.common.words import db_text
from desktop.common.words import error_text
from widgets.tasks import TaskHandle
from widgets.tasks import run_task

if TYPE_CHECKING:
    from db.xlsx import ImportOptions
    from db.xlsx import ImportReport
    from db.xlsx import Preview
    from db.xlsx import Problem
    from db.xlsx.reader import Sheet
    from desktop.common.import_service import FileImport

log = logging.getLogger(__name__)

RECHECK_DELAY_MS = 600  # after a typed cell: wait for the next one before checking again
FIRST_CHECK_LATEST_MS = 300  # the first check starts after the first paint, or after this
SAMPLE_ROWS = 40  # column widths come from the header and the first rows, never all of them
MAX_COLUMN_WIDTH = 260


class ImportPreviewDialog(QDialog, PreviewLayout):
    """Behaviour: checks in the background, the clerk's corrections, 导入.

    ``sheet`` is the file as ``service`` read it with ``options``; ``options`` collects the
    clerk's corrections, word mappings, stock adjustment and month, and is kept across checks.

    Signals:
        checked(): a check finished (no other one follows) and the dialog shows its result.
        imported(object): the import was written (the ImportReport), just before closing.
    """

    checked = Signal()
    imported = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        service: FileImport,
        sheet: Sheet,
        options: ImportOptions,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setup_ui(self)
        self.service = service
        self.options = options
        self.sheet = sheet
        self.title = title or self.tr("导入")
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("{title} — 预览").format(title=self.title))
        self._check: TaskHandle | None = None
        self._first_check = True  # not started yet: waits for the first screen
        self._check_again = False
        self._check_message = False  # the message is a failed check's: a passing one clears it
        self._writing: TaskHandle | None = None
        self._rereading: TaskHandle | None = None
        self._word_columns: dict[tuple[str, str], str] = {}  # word → the header it was under

        self.model = PreviewTableModel(sheet, options.corrections, self)
        self.proxy = BadRowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view.setModel(self.proxy)
        self.problems = ProblemListModel(self)
        self.problem_view.setModel(self.problems)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

        self.model.corrected.connect(self._on_corrected)
        self.only_bad.toggled.connect(self.proxy.set_only_bad)
        self.adjust_stock.toggled.connect(self._on_adjust_stock)
        self.month_button.clicked.connect(self.reread)
        self.month_edit.returnPressed.connect(self.reread)
        self.words.chosen.connect(self._on_word)
        self.problem_view.clicked.connect(self.show_problem)
        self.problem_view.activated.connect(self.show_problem)
        self.recheck_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        if options.month:
            self.month_edit.setText(options.month)
        self.adjust_stock.setChecked(options.adjust_stock)
        self._show_sheet()
        # The first check starts once the rows are on the screen: a check holds the
        # interpreter most of the time, and the first screen should not wait for it.
        self.view.viewport().installEventFilter(self)
        QTimer.singleShot(FIRST_CHECK_LATEST_MS, self._start_first_check)

    # --- public API ---------------------------------------------------------------
    def checking(self) -> bool:
        return self._first_check or self._check is not None or self._timer.isActive()

    def check(self) -> None:
        """Check the file again with everything the clerk gave so far (in the background)."""
        self._first_check = False
        self._timer.stop()
        if self._check is not None:
            self._check_again = True
            self._check.cancel()
            return
        self._check_again = False
        options = copy.deepcopy(self.options)  # the clerk keeps typing meanwhile
        sheet = self.sheet

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return self.service.check(sheet, options, progress, cancelled)

        self.check_bar.setRange(0, 0)
        self.check_bar.setVisible(True)
        self._update_buttons()
        handle = run_task(
            self,
            self.title,
            work,
            self._on_checked,
            self._on_check_failed,
            on_cancelled=lambda: None,
            show_progress=False,
        )
        handle.progressed.connect(self._on_check_progress)
        handle.finished.connect(self._on_check_finished)
        self._check = handle

    def start_import(self) -> None:
        """Write the file (rows and mapped words) in one transaction, off the UI thread."""
        if not self._can_import():
            return
        options = copy.deepcopy(self.options)
        sheet = self.sheet
        written: list[ImportReport] = []

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            report = self.service.write(sheet, options, progress, cancelled)
            written.append(report)  # committed, even if 取消 came too late to stop it
            return report

        def cancelled() -> None:
            self._writing = None
            if written:
                self._on_imported(written[0])
            else:
                self.show_message(self.tr("已取消导入，未写入任何数据。"))
                self._update_buttons()

        self.show_message("")
        self._writing = run_task(
            self,
            self.title,
            work,
            self._on_imported,
            self._on_import_failed,
            label=self.tr("正在导入 {file}…").format(file=self.service.path.name),
            on_cancelled=cancelled,
        )
        self._update_buttons()

    def reread(self) -> None:
        """Read the file again with the month typed for dates without a year."""
        month = self.month_edit.text().strip() or None
        options = copy.deepcopy(self.options)
        options.month = month

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return self.service.read(options, progress, cancelled)

        def done(sheet: Sheet) -> None:
            self._rereading = None
            self.options.month = month
            self.sheet = sheet
            self.model.set_sheet(sheet)
            self.preview = None
            self._show_sheet()
            self.check()

        def failed(exc: Exception) -> None:
            self._rereading = None
            self.show_message(error_sentence(exc))
            self.month_edit.setFocus()
            self._update_buttons()

        def stopped() -> None:
            self._rereading = None
            self._update_buttons()

        self._timer.stop()
        if self._check is not None:
            self._check.cancel()
            self._check_again = False
        self.show_message("")
        self._rereading = run_task(
            self,
            self.title,
            work,
            done,
            failed,
            label=self.tr("正在读取 {file}…").format(file=self.service.path.name),
            on_cancelled=stopped,
            abandon_on_cancel=True,
        )
        self._update_buttons()

    def show_problem(self, index: QModelIndex) -> None:
        """Select the cell a problem is about."""
        problem: Problem | None = index.data(PROBLEM_ROLE)
        if problem is None or problem.row is None:
            return
        row = self.model.position(problem.row)
        if row is None:
            return
        column = self.model.column_of(problem.column)
        source = self.model.index(row, column if column is not None else STATUS_COLUMN)
        target = self.proxy.mapFromSource(source)
        if not target.isValid():  # hidden by 只看有误的行: a row with a problem never is
            return
        self.view.setCurrentIndex(target)
        self.view.selectionModel().select(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setFocus()

    def show_message(self, text: str) -> None:
        self._check_message = False
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def reject(self) -> None:
        """Close without writing anything (not while the import is being written)."""
        if self._writing is not None:
            return
        self._timer.stop()
        self._first_check = False
        for handle in (self._check, self._rereading):
            if handle is not None:
                handle.cancel()
        self._check_again = False
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._first_check and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._start_first_check)
        return super().eventFilter(watched, event)

    # --- slots ---------------------------------------------------------------------
    def _start_first_check(self) -> None:
        if self._first_check:
            self._first_check = False
            self.view.viewport().removeEventFilter(self)
            self.check()

    def _on_corrected(self, _row: int, _key: str) -> None:
        self._update_buttons()
        self._timer.start(RECHECK_DELAY_MS)

    def _on_word(self, vocab: str, written: str, value: Any) -> None:
        if value:
            self.options.mappings[(vocab, written)] = value
        else:
            self.options.mappings.pop((vocab, written), None)
        self.check()

    def _on_adjust_stock(self, on: bool) -> None:
        if on != self.options.adjust_stock:
            self.options.adjust_stock = on
            self.check()

    def _on_check_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.check_bar.setRange(0, total)
            self.check_bar.setValue(min(done, total))

    def _on_checked(self, preview: Preview) -> None:
        if self._check_again or self._timer.isActive():
            return  # the clerk changed something meanwhile: the next check says more
        first = self.preview is None
        self.preview = preview
        self.model.set_result(preview.problems, preview.report.outcomes, preview.sheet.rows)
        if first:
            self._size_columns()  # changed cells now read "旧 → 新"
        self.proxy.refilter()
        self.problems.set_problems(preview.problems)
        for word in preview.words:
            self._word_columns[(word.vocab, word.written)] = preview.sheet.header(word.key)
        self.words.set_words(
            preview.words, self.options.mappings, self.service.choice, preview.sheet.header
        )
        self.words_box.setVisible(bool(self.words.words()))
        self._show_options(preview.problems)
        self._show_counts()
        self._show_notices(preview.report.notices)
        if self._check_message:
            self.show_message("")  # the check that failed before has passed now

    def _on_check_failed(self, exc: Exception) -> None:
        log.info("preview check failed", exc_info=exc)
        self.show_message(error_sentence(exc))
        self._check_message = True

    def _on_check_finished(self) -> None:
        self._check = None
        if self._check_again:
            self.check()
            return
        self._update_buttons()
        if self._timer.isActive():
            return  # a cell was typed meanwhile: checked again once the clerk pauses
        self.check_bar.setVisible(False)
        self.checked.emit()

    def _on_imported(self, report: ImportReport) -> None:
        self._writing = None
        self.report = report
        text = "\n".join(db_text(line) for line in report.lines())
        learned = [
            self.tr("已记下：{column}「{word}」即“{value}”，下次导入自动识别").format(
                column=self._word_columns.get((vocab, word)) or self.service.choice(vocab).title,
                word=word,
                value=value,
            )
            for (vocab, word), value in self.options.mappings.items()
            if value
        ]
        QMessageBox.information(self, self.title, "\n".join([text, *learned]))
        self.imported.emit(report)
        self.accept()

    def _on_import_failed(self, exc: Exception) -> None:
        self._writing = None
        log.info("import failed", exc_info=exc)
        self.show_message(self.tr("没有导入：") + error_sentence(exc))
        self._update_buttons()
        self.check()  # the database may have changed since the last check

    # --- helpers -------------------------------------------------------------------
    def _show_sheet(self) -> None:
        """What is known as soon as the file is read."""
        sheet = self.sheet
        self.file_label.setText(
            self.tr("文件：{file}　工作表：{sheet}　表头在第 {row} 行，共 {rows} 行数据").format(
                file=sheet.file, sheet=sheet.sheet, row=sheet.header_row, rows=len(sheet.rows)
            )
        )
        problems = sorted(sheet.problems.complete(), key=lambda p: p.row or 0)
        self.problems.set_problems(problems)
        self._show_options(problems)
        self._show_counts()
        self._show_notices(sheet.notices)
        self._size_columns()

    def _show_counts(self) -> None:
        counts = self.model.counts()
        total = self.model.rowCount()
        if self.preview is None:
            text = self.tr("共 {total} 行，正在检查…").format(total=total)
            if counts[BAD]:
                text += self.tr("（已发现有误 {n} 行）").format(n=counts[BAD])
        else:
            text = self.tr("新增 {added}，更新 {updated}，未变 {unchanged}，有误 {bad}").format(
                added=counts[ADDED],
                updated=counts[UPDATED],
                unchanged=counts[UNCHANGED],
                bad=counts[BAD],
            )
            if counts[REPLACED]:
                text += self.tr("，替换 {n}").format(n=counts[REPLACED])
        self.counts_label.setText(text)
        shown = self.problems.rowCount()
        self.problems_title.setText(
            self.tr("问题（{n}）：点击一条可定位到单元格").format(n=shown)
            if shown
            else self.tr("问题：没有")
        )

    def _show_notices(self, notices: list[str]) -> None:
        unique = [db_text(n) for n in dict.fromkeys(notices)]
        self.notices_label.setText("\n".join(f"· {n}" for n in unique))
        self.notices_label.setVisible(bool(unique))

    def _show_options(self, problems: list[Problem]) -> None:
        """Offer the import options the problems name (``Problem.solved_by``)."""
        offered = {p.solved_by for p in problems}
        self.adjust_stock.setVisible("adjust_stock" in offered or self.adjust_stock.isChecked())
        if "month" in offered or self.options.month:
            self.month_box.setVisible(True)

    def _size_columns(self) -> None:
        """Widths from the header and the first rows (never every row of a big file)."""
        metrics = self.view.fontMetrics()
        pad = 24
        rows = min(self.model.rowCount(), SAMPLE_ROWS)
        self.view.setColumnWidth(
            STATUS_COLUMN, metrics.horizontalAdvance(self.tr("状态有误")) + pad
        )
        for c, key in enumerate(self.model.keys, start=1):
            header = str(self.model.headerData(c, Qt.Orientation.Horizontal))
            widest = metrics.horizontalAdvance(header) + pad
            for r in range(rows):
                widest = max(widest, metrics.horizontalAdvance(self.model.text(r, key)) + pad)
            self.view.setColumnWidth(c, min(widest, MAX_COLUMN_WIDTH))

    def _can_import(self) -> bool:
        return (
            self.preview is not None
            and self.preview.ok
            and not self.model.pending()
            and not self.checking()
            and self._writing is None
            and self._rereading is None
        )

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self._can_import())
        busy = self._writing is not None or self._rereading is not None
        self.recheck_button.setEnabled(not busy)
        self.month_button.setEnabled(not busy)
        if self.preview is not None and not self.preview.ok and not self.checking():
            self.import_button.setToolTip(self.tr("文件中还有问题，改正后才能导入"))
        else:
            self.import_button.setToolTip("")


def error_sentence(exc: Exception) -> str:
    """What went wrong, as the clerk reads it (never a traceback)."""
    from db.xlsx import ImportRejected

    if isinstance(exc, ImportRejected):
        lines = [describe(p) for p in exc.problems]
        return "；".join(lines[:5]) + ("……" if len(lines) > 5 else "")
    if isinstance(exc, LedgerError):
        return error_text(exc)
    return QCoreApplication.translate(
        "common.import_dialog", "出错了（{name}），未写入任何数据。"
    ).format(name=type(exc).__name__)
