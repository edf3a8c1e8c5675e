"""The water pages' Qt models: the lines of an inspection (:class:`ChecklistModel`) and a
survey's sources grouped by village (:class:`SheetModel`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QStandardItem
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget

from db.water import OUTCOMES
from db.water import CheckItemData
from db.water import SurveyRow
from db.water import checklists as cl
from desktop.common.words import db_text
from widgets import palette
from widgets.listmodel import ListTableModel
from widgets.listmodel import cell_flags
from widgets.outcomes import answer_rest
from widgets.outcomes import line_cell
from widgets.outcomes import line_style

_Index = QModelIndex | QPersistentModelIndex
# the checklist
PASS, FAIL, NA = "合格", "不合格", "不适用"
ITEM, OUTCOME, VALUE, LIMIT = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("ChecklistModel", "检查项目"),
    QT_TRANSLATE_NOOP("ChecklistModel", "结果"),
    QT_TRANSLATE_NOOP("ChecklistModel", "数值"),
    QT_TRANSLATE_NOOP("ChecklistModel", "要求"),
)
BAD_NUMBER = QColor(palette.WARNING_FILL)
# the survey sheet
SHEET_FAILED = palette.ERROR
SHEET_DONE = palette.OK
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SHEET_HEADERS = (
    QT_TRANSLATE_NOOP("SheetModel", "编号"),
    QT_TRANSLATE_NOOP("SheetModel", "名称"),
    QT_TRANSLATE_NOOP("SheetModel", "类型"),
    QT_TRANSLATE_NOOP("SheetModel", "地址"),
    QT_TRANSLATE_NOOP("SheetModel", "结果"),
    QT_TRANSLATE_NOOP("SheetModel", "检查日期"),
    QT_TRANSLATE_NOOP("SheetModel", "发现问题"),
)


def cached(number: Callable[[str], float]) -> Callable[[str], float]:
    """``number`` (a rule lookup) asked once per key."""
    seen: dict[str, float] = {}

    def get(key: str) -> float:
        if key not in seen:
            seen[key] = number(key)
        return seen[key]

    return get


class ChecklistModel(ListTableModel):
    """The lines of one inspection: outcome for every line, a value for measured lines."""

    headers = HEADERS

    failuresChanged = Signal()

    def __init__(
        self,
        items: list[CheckItemData],
        number: Callable[[str], float],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.items = items
        self.number = number

    def set_items(self, items: list[CheckItemData]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()
        self.failuresChanged.emit()

    def is_failed(self, item: CheckItemData) -> bool:
        return cl.item_failed(item, self.number)

    def failed(self) -> list[CheckItemData]:
        return [it for it in self.items if self.is_failed(it)]

    def bad_numbers(self) -> list[int]:
        return [
            n
            for n, it in enumerate(self.items)
            if it.kind == "value" and it.value.strip() and cl.parse_value(it.value) is None
        ]

    def answer_rest(self) -> None:
        """The lines not answered yet become 合格 (the clerk marked the exceptions first)."""
        if answer_rest(self.items, PASS):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, LIMIT))
            self.failuresChanged.emit()

    def row_count(self) -> int:
        return len(self.items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        item = self.items[index.row()]
        column = index.column()
        return cell_flags(index, column == OUTCOME or (column == VALUE and item.kind == "value"))

    def _limit(self, item: CheckItemData) -> str:
        text = cl.limit_text(item.rule, self.number)
        return f"{text} {item.unit}".strip() if text else item.unit

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        failed = self.is_failed(item)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in (ITEM, OUTCOME):
                return line_cell(role, column, item, failed, FAIL)
            if column == VALUE:
                if item.kind != "value":
                    return ""
                if role == Qt.ItemDataRole.DisplayRole and item.value and item.unit:
                    return f"{item.value} {item.unit}"
                return item.value
            if column == LIMIT:
                return self._limit(item) if item.kind == "value" else ""
        if role == Qt.ItemDataRole.BackgroundRole and column == VALUE:
            if index.row() in self.bad_numbers():
                return BAD_NUMBER
        locked = column == VALUE and item.kind != "value"
        return line_style(
            role,
            column,
            failed=failed,
            locked=locked,
            tooltip=item.text,
            unanswered=not item.outcome,
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        item = self.items[index.row()]
        if index.column() == OUTCOME:
            if value not in OUTCOMES:
                return False
            item.outcome = value
        else:
            item.value = str(value).strip().replace("，", ".")
            if item.value and not item.outcome:
                item.outcome = PASS  # a reading given answers the line

        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), LIMIT))
        self.failuresChanged.emit()
        return True


class SheetModel(QStandardItemModel):
    """The survey's sources grouped by village: a village row with done/total, its sources."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr(h) for h in SHEET_HEADERS])

    def fill(self, sheet: dict[str, list[SurveyRow]], todo_only: bool = False) -> None:
        self.removeRows(0, self.rowCount())
        for village, rows in sheet.items():
            done = sum(r.inspection_id is not None for r in rows)
            failed = sum(r.result == "不合格" for r in rows)
            head = QStandardItem(f"{village}　{done}/{len(rows)}")
            head.setEditable(False)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            tail = [QStandardItem("") for _ in SHEET_HEADERS[1:]]
            tail[3].setText(self.tr("不合格 {failed}").format(failed=failed) if failed else "")
            tail[3].setForeground(QBrush(QColor(SHEET_FAILED)))
            for item in tail:
                item.setEditable(False)
            for r in rows:
                if todo_only and r.inspection_id is not None:
                    continue
                x = r.source
                cells = [
                    x.code,
                    x.name,
                    db_text(x.type),
                    x.address,
                    db_text(r.result) if r.result else self.tr("未查"),
                    r.inspected_on.isoformat() if r.inspected_on else "",
                    r.problems,
                ]
                items = [QStandardItem(c) for c in cells]
                colour = SHEET_FAILED if r.result == "不合格" else SHEET_DONE if r.result else None
                for item in items:
                    item.setEditable(False)
                    item.setData(r, ROW_ROLE)
                    if colour:
                        item.setForeground(QBrush(QColor(colour)))
                items[6].setToolTip(r.problems)
                head.appendRow(items)
            self.appendRow([head, *tail])
