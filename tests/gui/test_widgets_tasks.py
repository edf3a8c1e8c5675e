"""run_task: progress, cancel and errors arrive on the UI thread; the UI keeps running."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QThread
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from widgets.tasks import TaskCancelled
from widgets.tasks import run_task

OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def on_ui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def recorded(parent, title, work, outcome, **options):
    """``run_task`` with whichever way it ends written to ``outcome``: the result, the error
    or "cancelled"."""
    return run_task(
        parent,
        title,
        work,
        on_done=outcome.append,
        on_error=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
        **options,
    )


def test_result_and_progress_arrive_on_ui_thread(qtbot, parent):
    worker_threads, progress, results = [], [], []

    def work(report, cancelled):
        worker_threads.append(threading.current_thread())
        for i in range(5):
            time.sleep(0.06)
            report(i + 1, 5)
        return "好了"

    def done(result):
        assert on_ui_thread()
        results.append(result)

    handle = run_task(parent, "导出", work, done, on_error=pytest.fail, show_progress=False)
    handle.progressed.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert results == ["好了"]
    assert worker_threads[0] is not threading.main_thread()
    assert progress[-1] == (5, 5)
    assert len(progress) >= 2
    assert not handle.is_running()


def test_ui_keeps_processing_events_while_task_runs(qtbot, parent):
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    release = threading.Event()
    handle = run_task(parent, "慢", lambda p, c: release.wait(5), show_progress=False)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)
    assert handle.is_running()
    release.set()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    timer.stop()


@OFFSCREEN_SHOW
def test_cancel_button_sets_the_flag(qtbot, parent):
    started = threading.Event()
    seen_cancel = threading.Event()
    outcome = []

    def work(report, cancelled):
        started.set()
        for i in range(500):
            if cancelled():
                seen_cancel.set()
                raise TaskCancelled
            report(i, 500)
            time.sleep(0.01)
        return "not cancelled"

    handle = recorded(parent, "导入", work, outcome, minimum_duration_ms=0)
    assert started.wait(2)
    dialog = handle.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "取消"
    with qtbot.waitSignal(handle.finished, timeout=5000):
        cancel_button.click()
    assert seen_cancel.is_set()
    assert outcome == ["cancelled"]
    assert handle.dialog is None


@pytest.mark.parametrize("ending", ["return", "raise"])
def test_cancelled_work_counts_as_cancelled_however_it_ends(qtbot, parent, ending):
    """Work that stops when cancelled, returning what it has or raising (how the db layer
    stops), reaches neither on_done nor on_error."""
    outcome = []

    def work(report, cancelled):
        while not cancelled():
            time.sleep(0.01)
        if ending == "raise":
            raise RuntimeError("已取消导入，未写入任何数据。")
        return "partial"

    handle = recorded(parent, "导入", work, outcome, show_progress=False)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        handle.cancel()
    assert outcome == ["cancelled"]


def test_exception_arrives_in_on_error(qtbot, parent):
    errors = []

    def work(report, cancelled):
        raise ValueError("第3行日期无效")

    def on_error(exc):
        assert on_ui_thread()
        errors.append(exc)

    handle = run_task(parent, "导入", work, on_done=pytest.fail, on_error=on_error)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert len(errors) == 1
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "第3行日期无效"


def test_destroyed_parent_cancels_and_skips_callbacks(qtbot):
    parent = QWidget()
    called = []

    def work(report, cancelled):
        while not cancelled():
            time.sleep(0.01)
        return 1

    handle = run_task(parent, "x", work, on_done=called.append, show_progress=False)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not handle.is_running(), timeout=5000)
    assert handle.is_cancelled()
    assert called == []


@OFFSCREEN_SHOW
def test_abandon_on_cancel_closes_at_once_and_drops_the_late_result(qtbot, parent):
    """Work stuck where it cannot look at cancelled() (a workbook being opened): 取消 closes
    the progress and reports the cancel at once; the result that comes later is dropped."""
    from widgets import tasks

    started, release = threading.Event(), threading.Event()
    outcome = []

    def work(report, cancelled):
        started.set()
        release.wait(5)  # never asks cancelled()
        return "读完了"

    handle = recorded(parent, "读取", work, outcome, minimum_duration_ms=0, abandon_on_cancel=True)
    assert started.wait(2)
    dialog = handle.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    with qtbot.waitSignal(handle.finished, timeout=1000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert outcome == ["cancelled"]
    assert not handle.is_running() and handle.dialog is None
    assert not dialog.isVisible()
    assert handle in tasks._active  # kept alive while the worker still runs
    release.set()
    assert handle.wait(2)
    qtbot.waitUntil(lambda: handle not in tasks._active, timeout=2000)
    assert outcome == ["cancelled"]  # the late result never arrives


@OFFSCREEN_SHOW
def test_progress_shows_for_work_that_never_reports(qtbot, parent):
    release = threading.Event()
    handle = run_task(parent, "打开", lambda p, c: release.wait(5), minimum_duration_ms=50)
    qtbot.waitUntil(handle.dialog.isVisible, timeout=2000)
    release.set()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass


@pytest.mark.parametrize("ending", ["done", "failed", "cancelled"])
def test_work_that_ends_after_its_handle_was_deleted_tells_no_one_and_raises_nothing(ending):
    """A window closed while its task still runs: Qt deletes the handle; the pool thread's
    last report then has no one to go to (it raised "Signal source has been deleted")."""
    import shiboken6

    from widgets.tasks import TaskHandle
    from widgets.tasks import _Runnable

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        progress(1, 2)
        if ending == "failed":
            raise ValueError("bad")
        if ending == "cancelled":
            raise TaskCancelled
        return 42

    handle = TaskHandle(None, None, None)
    runnable = _Runnable(handle, work)
    shiboken6.delete(handle)
    runnable.run()  # as the pool thread runs it: nothing raised, nothing delivered
    assert not shiboken6.isValid(handle)
