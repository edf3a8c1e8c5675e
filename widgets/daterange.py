"""A month picker: ◀ 2026年11月 ▶ (arrow buttons) and a 本月 button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months (negative goes back)."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


class MonthPicker(QWidget):
    """Pick a month.  ``monthChanged(year, month)`` fires on every change.

    ``today`` is injectable so tests do not depend on the clock.
    """

    monthChanged = Signal(int, int)

    def __init__(
        self,
        year: int | None = None,
        month: int | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        now = today()
        self._year, self._month = (year or now.year), (month or now.month)
        if not 1 <= self._month <= 12:
            raise ValueError(f"month out of range: {self._month}")

        self.prev_button = QToolButton(self)
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("上个月"))
        self.prev_button.setAutoRaise(True)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("下个月"))
        self.next_button.setAutoRaise(True)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumWidth(
            self.label.fontMetrics().horizontalAdvance(self.tr("0000年00月")) + 12
        )
        self.this_month_button = QPushButton(self.tr("本月"), self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.label)
        layout.addWidget(self.next_button)
        layout.addWidget(self.this_month_button)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.this_month_button.clicked.connect(self.go_to_this_month)
        self._update_label()

    def year(self) -> int:
        return self._year

    def month(self) -> int:
        return self._month

    def first_day(self) -> dt.date:
        return dt.date(self._year, self._month, 1)

    def set_month(self, year: int, month: int) -> None:
        """Show ``year``/``month``; emits ``monthChanged`` only if it differs."""
        if not 1 <= month <= 12:
            raise ValueError(f"month out of range: {month}")
        if (year, month) == (self._year, self._month):
            return
        self._year, self._month = year, month
        self._update_label()
        self.monthChanged.emit(year, month)

    def step(self, delta: int) -> None:
        self.set_month(*shift_month(self._year, self._month, delta))

    def go_to_this_month(self) -> None:
        now = self._today()
        self.set_month(now.year, now.month)

    def _update_label(self) -> None:
        self.label.setText(self.tr("{year}年{month}月").format(year=self._year, month=self._month))
        now = self._today()
        self.this_month_button.setEnabled((now.year, now.month) != (self._year, self._month))
