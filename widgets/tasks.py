"""Run long work off the UI thread behind a progress dialog with a 取消 button.

The work itself is Qt-free: a plain callable ::

    def export(progress, cancelled):
        for i, item in enumerate(items):
            if cancelled():
                raise TaskCancelled          # or just return early
            write(item)
            progress(i + 1, len(items))
        return path

    run_task(window, "导出", export, on_done=show_path, on_error=show_error)

``progress(done, total)`` may be called as often as you like (it is throttled); a total of
0 shows a busy bar.  ``cancelled()`` turns true once the user presses 取消.  The result or
the exception comes back on the UI thread, through queued signals, to ``on_done`` /
``on_error``; a cancelled task calls ``on_cancelled`` instead (never ``on_done``, and never
``on_error`` for whatever it raised once 取消 was pressed).

Work that cannot always look at ``cancelled()`` (a workbook being opened, one long query) and
writes nothing can be started with ``abandon_on_cancel=True``: 取消 then closes the progress
and calls ``on_cancelled`` at once, and what the work returns later is dropped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import QRunnable
from PySide6.QtCore import Qt
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QWidget

from widgets.shown import shown

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
TaskFn = Callable[[ProgressFn, CancelledFn], Any]

#: Minimum seconds between two progress signals (the last step always goes through).
PROGRESS_INTERVAL = 0.05


class TaskCancelled(Exception):
    """A task may raise this once ``cancelled()`` is true; it is not an error."""


class _Runnable(QRunnable):
    """Runs the task in a pool thread and reports through the handle's signals."""

    def __init__(self, handle: TaskHandle, fn: TaskFn) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the handle keeps it; Python frees it
        self._handle = handle
        self._fn = fn
        self._last = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            _report(self._handle._progressed, int(done), int(total))

    def run(self) -> None:
        handle = self._handle
        try:
            result = self._fn(self._progress, handle.is_cancelled)
        except TaskCancelled:
            _report(handle._cancelled)
        except Exception as exc:
            if handle.is_cancelled():  # how the work stopped (OperationCancelled …)
                _report(handle._cancelled)
            else:
                _report(handle._failed, exc)
        else:
            if handle.is_cancelled():
                _report(handle._cancelled)
            else:
                _report(handle._succeeded, result)
        finally:
            handle._finished_event.set()


def _report(signal: Any, *args: object) -> None:
    """Emit ``signal`` from the pool thread; when the handle is already gone (its window was
    closed and Qt deleted it), there is no one left to tell and nothing is raised."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        pass


_active: set[TaskHandle] = set()


class TaskHandle(QObject):
    """A running task: cancel it, wait for it, or follow its progress.

    Signals (all on the UI thread):
        progressed(int, int): done, total.
        finished(): after ``on_done`` / ``on_error`` / ``on_cancelled`` ran.
    """

    progressed = Signal(int, int)
    finished = Signal()

    # emitted from the pool thread, delivered queued to this UI-thread object
    _progressed = Signal(int, int)
    _succeeded = Signal(object)
    _failed = Signal(object)
    _cancelled = Signal()
    _abandoned = Signal()  # 取消 on work that is not waited for (delivered on the UI thread)

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None] | None,
        on_cancelled: Callable[[], None] | None,
        abandon_on_cancel: bool = False,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._cancel_event = threading.Event()
        self._finished_event = threading.Event()
        self._callbacks_enabled = True
        self._abandon = abandon_on_cancel
        self._done = False
        self.dialog: QProgressDialog | None = None
        self.runnable: _Runnable | None = None
        q = Qt.ConnectionType.QueuedConnection
        self._progressed.connect(self._on_progressed, q)
        self._succeeded.connect(self._on_succeeded, q)
        self._failed.connect(self._on_failed, q)
        self._cancelled.connect(self._on_was_cancelled, q)
        self._abandoned.connect(self._on_abandoned)  # direct on the UI thread, else queued

    # --- public API ---------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the task to stop; it sees ``cancelled()`` turn true. A task started with
        ``abandon_on_cancel`` is finished at once (``on_cancelled``, ``finished``)."""
        self._cancel_event.set()
        if self._abandon and not self._done:
            self._abandoned.emit()

    def is_cancelled(self) -> bool:
        return self._cancel_event.is_set()

    def is_running(self) -> bool:
        """True until the result has been delivered on the UI thread."""
        return not self._done

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the task function returned (not until callbacks ran)."""
        return self._finished_event.wait(timeout)

    # --- delivery on the UI thread -------------------------------------------------
    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if self._done:
            return
        dialog = self._live_dialog()
        if dialog is not None and not self.is_cancelled():
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))
            else:
                dialog.setRange(0, 0)
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self._finish(self._on_done, result)

    @Slot(object)
    def _on_failed(self, exc: Exception) -> None:
        self._finish(self._on_error, exc)

    @Slot()
    def _on_was_cancelled(self) -> None:
        self._finish(self._on_cancelled)

    @Slot()
    def _on_abandoned(self) -> None:
        if not self._done:
            # The worker still runs: the handle stays in _active until its late result is
            # delivered (and dropped), so nothing it uses is freed under it.
            self._finish(self._on_cancelled, keep=True)

    @Slot()
    def _on_parent_destroyed(self) -> None:
        self._callbacks_enabled = False
        self.cancel()

    def _live_dialog(self) -> QProgressDialog | None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            return self.dialog
        return None

    def _finish(self, callback: Callable[..., None] | None, *args: Any, keep: bool = False) -> None:
        if self._done:  # the late result of an abandoned task: dropped
            _active.discard(self)
            return
        self._done = True
        dialog = self._live_dialog()
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        self.dialog = None
        try:
            if callback is not None and self._callbacks_enabled:
                callback(*args)
        finally:
            if not keep:
                _active.discard(self)
            self.finished.emit()


def _show_error(parent: QWidget | None, title: str) -> Callable[[Exception], None]:
    def show(exc: Exception) -> None:
        log.info("task %r failed", title, exc_info=exc)
        text = shown(exc) or type(exc).__name__
        if parent is None or shiboken6.isValid(parent):
            QMessageBox.warning(parent, title, text)

    return show


def run_task(
    parent: QWidget | None,
    title: str,
    fn: TaskFn,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    *,
    label: str | None = None,
    on_cancelled: Callable[[], None] | None = None,
    show_progress: bool = True,
    minimum_duration_ms: int = 400,
    pool: QThreadPool | None = None,
    abandon_on_cancel: bool = False,
) -> TaskHandle:
    """Start ``fn(progress, cancelled)`` on a worker thread and return at once.

    A window-modal ``QProgressDialog`` appears after ``minimum_duration_ms`` if the task
    still runs.  Without ``on_error`` the message of the exception is shown in a warning
    box.  If ``parent`` is destroyed first, the task is cancelled and no callback runs.
    ``abandon_on_cancel``: 取消 finishes the task at once and its late result is dropped
    (only for work that writes nothing).
    """
    handle = TaskHandle(
        on_done, on_error or _show_error(parent, title), on_cancelled, abandon_on_cancel
    )
    if show_progress:
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label if label is not None else title)
        dialog.setCancelButtonText(QCoreApplication.translate("TaskProgress", "取消"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(minimum_duration_ms)
        # Starts the dialog's own timer: it shows after minimum_duration_ms even if the work
        # never reports progress (a workbook being opened), so 取消 is there to press.
        dialog.setValue(0)
        dialog.canceled.connect(handle.cancel)
        handle.dialog = dialog
    if parent is not None:
        parent.destroyed.connect(handle._on_parent_destroyed)
    handle.runnable = _Runnable(handle, fn)
    _active.add(handle)
    (pool or QThreadPool.globalInstance()).start(handle.runnable)
    return handle
