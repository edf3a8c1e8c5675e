"""The roster's swap (调班): two members trade places between two days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QWidget

from db.duty import DUTY_ROLE_LABELS
from db.duty import MonthRoster
from db.duty.roster import Day
from desktop.common.weekdays import weekday_text
from desktop.common.words import db_text


class SwapDialog(QDialog):
    """Swap two members between two days (调班)."""

    def __init__(self, parent: QWidget, month: MonthRoster, first: dt.date):
        super().__init__(parent)
        self.month = month
        self.setWindowTitle(self.tr("调班（交换两天的人员）"))
        self.setMinimumWidth(360)
        self.day_a, self.who_a = QComboBox(self), QComboBox(self)
        self.day_b, self.who_b = QComboBox(self), QComboBox(self)
        for combo in (self.day_a, self.day_b):
            for d in month.dates:
                if d in month.days and not month.days[d].is_empty():
                    combo.addItem(
                        self.tr("{month}月{day}日 {weekday_text}").format(
                            month=d.month, day=d.day, weekday_text=weekday_text(d)
                        ),
                        d,
                    )
        self.day_a.currentIndexChanged.connect(lambda: self._fill(self.day_a, self.who_a))
        self.day_b.currentIndexChanged.connect(lambda: self._fill(self.day_b, self.who_b))
        self.day_a.setCurrentIndex(max(0, self.day_a.findData(first)))
        self.day_b.setCurrentIndex(min(self.day_a.currentIndex() + 1, self.day_b.count() - 1))
        self._fill(self.day_a, self.who_a)
        self._fill(self.day_b, self.who_b)
        form = QFormLayout(self)
        form.addRow(self.tr("第一天"), self.day_a)
        form.addRow(self.tr("人员"), self.who_a)
        form.addRow(self.tr("第二天"), self.day_b)
        form.addRow(self.tr("人员"), self.who_b)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("交换"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill(self, day_combo: QComboBox, who: QComboBox) -> None:
        who.clear()
        date = day_combo.currentData()
        if date is None:
            return
        d = self.month.days[date]
        for pid in d.members():
            role = db_text(roster_role(d, pid))
            who.addItem(
                self.tr("{name}（{role}）").format(name=self.month.name(pid), role=role), pid
            )

    def choice(self) -> tuple[tuple[dt.date, int], tuple[dt.date, int]]:
        return (self.day_a.currentData(), self.who_a.currentData()), (
            self.day_b.currentData(),
            self.who_b.currentData(),
        )


def roster_role(day: Day, pid: int) -> str:
    role = day.role_of(pid)
    return DUTY_ROLE_LABELS.get(role or "", "")
