"""The audit check at start: ``audit verify`` in the background, a lasting warning if broken.

It starts a moment after the window has its pages (start-up time does not grow: the check runs
on a worker thread and only once the first page is painted) and, when the trail or a record
does not hold, leaves a red line in the status bar naming how many breaks were found and the
command that lists them. A clean check shows nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMainWindow

from widgets import palette
from widgets.tasks import TaskHandle
from widgets.tasks import run_task

if TYPE_CHECKING:
    from db.audit_verify import Verification
    from db.engine import Database

log = logging.getLogger(__name__)

# How long after the pages are built the check starts (ms): after the first paint.
START_DELAY_MS = 1500
WARNING_STYLE = f"color:{palette.ERROR}; font-weight:bold; padding:0 6px;"
QUIET_STYLE = f"color:{palette.MUTED}; padding:0 6px;"
SHOWN_BREAKS = 10


def warning_text(result: Verification) -> str:
    """The status-bar line for a broken trail."""
    return QCoreApplication.translate(
        "shell.audit_check",
        "⚠ 修改记录校验发现 {count} 处问题，数据可能被绕过本程序改动。请在命令行运行 rescue-ledger audit verify 查看详情。",
    ).format(count=len(result.breaks))


class AuditCheck:
    """Runs the check for ``window`` on ``database`` and shows the outcome in its status bar."""

    def __init__(self, window: QMainWindow, database: Database):
        self.window = window
        self.database = database
        self.label = QLabel(window)
        self.label.setObjectName("auditWarning")
        self.label.setStyleSheet(WARNING_STYLE)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.handle: TaskHandle | None = None
        self.result: Verification | None = None
        self.timer = QTimer(window)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.start)

    def start_later(self, delay_ms: int = START_DELAY_MS) -> None:
        self.timer.start(delay_ms)

    def start(self) -> TaskHandle:
        """Start the check now (on a worker thread)."""
        database = self.database

        def work(progress: Any, cancelled: Any) -> Verification:
            from db.audit_verify import verify

            return verify(database, progress, cancelled)

        self.handle = run_task(
            self.window,
            QCoreApplication.translate("AuditCheck", "校验修改记录"),
            work,
            self._show,
            self._failed,
            show_progress=False,
        )
        return self.handle

    def _show(self, result: Verification) -> None:
        self.result = result
        if result.cancelled:
            return
        if result.ok:
            self.label.hide()
            return
        self.label.setText(warning_text(result))
        lines = [b.line for b in result.breaks[:SHOWN_BREAKS]]
        if len(result.breaks) > SHOWN_BREAKS:
            lines.append(
                QCoreApplication.translate("AuditCheck", "……另有 {count} 处").format(
                    count=len(result.breaks) - SHOWN_BREAKS
                )
            )
        self.label.setToolTip("\n".join(lines))
        self.label.show()

    def _failed(self, exc: Exception) -> None:
        # The check could not run (the database busy, gone): say so quietly, never a box.
        log.info("audit check failed", exc_info=exc)
        self.label.setStyleSheet(QUIET_STYLE)
        self.label.setText(
            QCoreApplication.translate(
                "AuditCheck", "修改记录校验未能完成，可稍后运行 rescue-ledger audit verify。"
            )
        )
        self.label.show()
