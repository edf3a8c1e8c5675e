"""Qt models of the drills pages: a checkable list, the sign-in sheet, photo thumbnails."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor

from db.drills import AttendanceData
from db.drills.choices import ATTENDANCE
from widgets import palette
from widgets.listmodel import cell_flags

_Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole


STATUS_COLOURS = {"出席": palette.OK, "迟到": palette.WARNING, "缺席": palette.ERROR}
ATTENDANCE_HEADERS = (
    QT_TRANSLATE_NOOP("AttendanceModel", "序号"),
    QT_TRANSLATE_NOOP("AttendanceModel", "姓名"),
    QT_TRANSLATE_NOOP("AttendanceModel", "职务"),
    QT_TRANSLATE_NOOP("AttendanceModel", "出勤（单击切换）"),
    QT_TRANSLATE_NOOP("AttendanceModel", "备注"),
)
STATUS_COLUMN, NOTE_COLUMN = 3, 4


class AttendanceModel(QAbstractTableModel):
    """The sign-in sheet: one row per member. A click on the 出勤 cell cycles
    出席 → 迟到 → 缺席 (see :meth:`cycle`); 备注 is edited in place."""

    edited = Signal()

    def __init__(self, rows: Sequence[AttendanceData] = ()):
        super().__init__()
        self._rows = [AttendanceData(r.member_id, r.name, r.status, r.note, r.role) for r in rows]

    def rows(self) -> list[AttendanceData]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[AttendanceData]) -> None:
        self.beginResetModel()
        self._rows = [AttendanceData(r.member_id, r.name, r.status, r.note, r.role) for r in rows]
        self.endResetModel()

    def statuses(self) -> dict[int, str]:
        return {r.member_id: r.status for r in self._rows}

    def notes(self) -> dict[int, str]:
        return {r.member_id: r.note for r in self._rows}

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(ATTENDANCE, 0)
        for r in self._rows:
            out[r.status] = out.get(r.status, 0) + 1
        return out

    def cycle(self, row: int) -> None:
        status = self._rows[row].status
        following = ATTENDANCE[(ATTENDANCE.index(status) + 1) % len(ATTENDANCE)]
        self.setData(self.index(row, STATUS_COLUMN), following)

    def set_all(self, status: str) -> None:
        for r in self._rows:
            r.status = status
        if self._rows:
            top, bottom = (
                self.index(0, STATUS_COLUMN),
                self.index(len(self._rows) - 1, STATUS_COLUMN),
            )
            self.dataChanged.emit(top, bottom)
        self.edited.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ATTENDANCE_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(ATTENDANCE_HEADERS)
        ):
            return QCoreApplication.translate("AttendanceModel", ATTENDANCE_HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return cell_flags(index, index.column() == NOTE_COLUMN)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (str(index.row() + 1), r.name, r.role, r.status, r.note)[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS_COLUMN:
            return QColor(STATUS_COLOURS.get(r.status, "#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, STATUS_COLUMN):
            return Qt.AlignmentFlag.AlignCenter
        if role == VALUE_ROLE:
            return r.member_id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = self._rows[index.row()]
        if index.column() == STATUS_COLUMN and value in ATTENDANCE:
            r.status = str(value)
        elif index.column() == NOTE_COLUMN:
            r.note = str(value or "").strip()
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
