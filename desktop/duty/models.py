"""The duty's Qt models: the month roster as a table (one row a day) and the per-person duty
counts under it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from db.duty import DutyCount
from db.duty import MonthRoster
from db.duty import roster
from db.duty.roster import Day
from desktop.common.weekdays import weekday_text
from desktop.common.words import db_text
from desktop.common.words import joined
from widgets import palette

REST_DAY = QColor("#e8f1fb")
CONFLICT = QColor(palette.ERROR)
COLUMNS = (
    QT_TRANSLATE_NOOP("RosterModel", "日期"),
    QT_TRANSLATE_NOOP("RosterModel", "星期"),
    QT_TRANSLATE_NOOP("RosterModel", "战备等级"),
    QT_TRANSLATE_NOOP("RosterModel", "带班领导"),
    QT_TRANSLATE_NOOP("RosterModel", "值班员"),
    QT_TRANSLATE_NOOP("RosterModel", "备勤"),
    QT_TRANSLATE_NOOP("RosterModel", "提示"),
)
_Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    """Rows are the month's days; read-only (edits go through the day dialog)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.month: MonthRoster | None = None
        self.colours: dict[int, str] = {}
        self._issues: dict[dt.date, list[roster.Issue]] = {}

    def set_month(self, month: MonthRoster, colours: dict[int, str]) -> None:
        self.beginResetModel()
        self.month, self.colours = month, colours
        self._issues = {}
        for issue in month.issues:
            self._issues.setdefault(issue.day, []).append(issue)
        self.endResetModel()

    def date_at(self, row: int) -> dt.date | None:
        return self.month.dates[row] if self.month and 0 <= row < len(self.month.dates) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.month is None else len(self.month.dates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RosterModel", COLUMNS[section])
        return None

    def _people(self, ids: list[int]) -> str:
        assert self.month is not None
        return joined(f"{self.month.name(p)} {self.month.phones.get(p, '')}".strip() for p in ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.month is None:
            return None
        date = self.month.dates[index.row()]
        need = self.month.needs[date]
        day = self.month.days.get(date, Day())
        issues = self._issues.get(date, [])
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.tr("{month}月{day}日").format(month=date.month, day=date.day)
            if col == 1:
                return weekday_text(date)
            if col == 2:
                return db_text(need.level_name) + (
                    f"（{db_text(need.period)}）" if need.period else ""
                )
            if col == 3:
                return self._people([day.leader]) if day.leader is not None else ""
            if col == 4:
                return self._people(day.staff)
            if col == 5:
                return self._people(day.standby)
            if col == 6:
                if day.is_empty():
                    return self.tr("未排班")
                return "；".join(i.message for i in issues)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == 2 and need.level > 0:
                return QColor(self.colours.get(need.level, "#fff2b3"))
            if col in (0, 1) and need.rest_day:
                return REST_DAY
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and issues:
            return CONFLICT
        if role == Qt.ItemDataRole.ToolTipRole and issues:
            return "\n".join(str(i) for i in issues)
        return None


COUNT_ROWS = (
    QT_TRANSLATE_NOOP("CountsModel", "本月休息日"),
    QT_TRANSLATE_NOOP("CountsModel", "本月工作日"),
    QT_TRANSLATE_NOOP("CountsModel", "全年休息日"),
    QT_TRANSLATE_NOOP("CountsModel", "全年工作日"),
)


class CountsModel(QAbstractTableModel):
    """Per-person duty counts under the roster: one column a member (leaders first), one row
    each of this month's and the year's rest-day and working-day shifts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: list[DutyCount] = []

    def set_counts(self, counts: list[DutyCount]) -> None:
        self.beginResetModel()
        self.counts = sorted(counts, key=lambda c: (not c.can_lead, c.member_id))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COUNT_ROWS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.counts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                return self.tr(COUNT_ROWS[section])
            c = self.counts[section]
            return c.name + (self.tr("（带班）") if c.can_lead else "")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.counts[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (c.month_rest, c.month_work, c.year_rest, c.year_work)[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in (0, 2):
            return REST_DAY
        return None
