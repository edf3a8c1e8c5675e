"""Python's cyclic garbage collector, run on the UI thread only.

The collector runs in whichever thread happens to allocate when a generation fills up. When
that is a worker thread (an import, a print, the audit check) and the garbage holds a Qt
object's Python wrapper — a dialog closed a moment ago — the object is destroyed outside its
thread and the program can crash. So the automatic collector is switched off and a timer on
the UI thread collects instead, generation by generation as the thresholds say, the way
Anki and pyqtgraph do it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer

DEFAULT_THRESHOLDS = (700, 10, 10)  # the automatic collector's, as CPython sets them


def collect_due(thresholds: tuple[int, int, int]) -> int:
    """Collect the generations that have filled up since the last collection (as the automatic
    collector would have); the number of objects freed."""
    young, middle, old = gc.get_count()
    if young <= thresholds[0]:
        return 0
    freed = gc.collect(0)
    if middle > thresholds[1]:
        freed += gc.collect(1)
        if old > thresholds[2]:
            freed += gc.collect(2)
    return freed


class MainThreadCollector(QObject):
    """Turns automatic collection off and collects from a timer on the UI thread."""

    def __init__(self, parent: QObject, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        # Python's own thresholds, whatever the program's start set them to for its imports.
        self.thresholds = DEFAULT_THRESHOLDS
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: collect_due(self.thresholds))
        self.timer.start(interval_ms)
