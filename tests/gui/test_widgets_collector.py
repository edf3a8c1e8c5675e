"""The cyclic collector runs on the UI thread only: automatic collection is off, and the timer
collects the generations that filled up."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from widgets.collector import MainThreadCollector
from widgets.collector import collect_due


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_garbage_made_in_a_worker_thread_is_freed_on_the_ui_thread(qtbot):
    owner = QObject()
    collector = MainThreadCollector(owner, interval_ms=10)
    assert not gc.isenabled()
    freed_in: list[str] = []

    class Marked(Cycle):
        def __del__(self) -> None:
            freed_in.append(threading.current_thread().name)

    def work() -> None:
        for _ in range(5):
            Marked()
        [Cycle() for _ in range(5000)]  # enough to fill the young generation

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert freed_in == []  # nothing collected in the worker
    qtbot.waitUntil(lambda: len(freed_in) == 5, timeout=5000)
    assert set(freed_in) == {threading.main_thread().name}
    collector.timer.stop()


def test_only_filled_generations_are_collected():
    gc.collect()
    assert collect_due((10**9, 10, 10)) == 0
    Cycle()
    assert collect_due((0, 10**9, 10**9)) >= 1
