"""The import preview's Qt models: every row of the file with its status, and the problems.

Display text is worked out when a view asks for a cell (a file may have 100,000 rows); what is
known per row (status, bad cells, changes) is indexed once per check.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QAbstractListModel
from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont

from db.xlsx.cells import as_text
from desktop.common.words import db_text
from widgets import palette
from widgets.listmodel import BACKGROUND
from widgets.listmodel import CELL
from widgets.listmodel import DISPLAY
from widgets.listmodel import EDIT
from widgets.listmodel import FONT
from widgets.listmodel import FOREGROUND
from widgets.listmodel import TOOLTIP

if TYPE_CHECKING:
    from db.xlsx import Problem
    from db.xlsx.reader import Row
    from db.xlsx.reader import Sheet
    from db.xlsx.spec import RowOutcome

_Index = QModelIndex | QPersistentModelIndex

STATUS_COLUMN = 0
BAD, CHECKING, UNKNOWN = "有误", "检查中", "待定"
ADDED, UPDATED, REPLACED, UNCHANGED = "新增", "更新", "替换", "未变"
STATUSES = (ADDED, UPDATED, REPLACED, UNCHANGED, BAD)
# The statuses marked for translation: the status column shows each in the window's language.
SHOWN_STATUSES = (
    QT_TRANSLATE_NOOP("ImportStatus", "新增"),
    QT_TRANSLATE_NOOP("ImportStatus", "更新"),
    QT_TRANSLATE_NOOP("ImportStatus", "替换"),
    QT_TRANSLATE_NOOP("ImportStatus", "未变"),
    QT_TRANSLATE_NOOP("ImportStatus", "有误"),
    QT_TRANSLATE_NOOP("ImportStatus", "检查中"),
    QT_TRANSLATE_NOOP("ImportStatus", "待定"),
)
#: The spreadsheet row number of a row (any column).
ROW_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
#: The column key of a cell ("" for the status column).
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

_ROW_NUMBER = int(ROW_NUMBER_ROLE)
_KEY = int(KEY_ROLE)

_CELL_FLAGS = CELL
_EDIT_FLAGS = CELL | Qt.ItemFlag.ItemIsEditable

BAD_BG, CHANGED_BG = QColor(palette.ERROR_BACKGROUND), QColor("#fff3cd")
TYPED_BG = QColor("#dbeafe")
TYPED_FG, QUIET_FG = QColor("#1d4ed8"), QColor("#6b7280")
STATUS_BG = {
    ADDED: QColor("#d1fae5"),
    UPDATED: QColor("#fff3cd"),
    REPLACED: QColor("#fde68a"),
    BAD: BAD_BG,
}
ARROW = " → "


def cell_text(value: Any) -> str:
    """A cell as written, as the preview shows it (dates without 00:00, 3.0 as 3)."""
    return "" if value is None else as_text(value)


def value_text(value: Any) -> str:
    """An old or new value of a changed cell; an empty one says so."""
    text = cell_text(value).strip()
    return text if text else QCoreApplication.translate("common.import_model", "（空）")


class PreviewTableModel(QAbstractTableModel):
    """The rows as the file writes them: a 状态 column, then the file's own columns.

    Data cells are editable; what the clerk types goes into ``corrections`` (the preview's
    ``ImportOptions.corrections``, by spreadsheet row and column key) and ``corrected`` is
    emitted. Until the next check such a cell shows as typed.
    """

    corrected = Signal(int, str)  # spreadsheet row, column key

    def __init__(
        self, sheet: Sheet, corrections: dict[tuple[int, str], str], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._corrections = corrections
        self._pending: set[tuple[int, str]] = set()
        self._load(sheet)

    # --- what the dialog tells the model ---------------------------------------------
    def set_sheet(self, sheet: Sheet) -> None:
        """Show another reading of the file (e.g. with a month for dates without a year)."""
        self.beginResetModel()
        self._load(sheet)
        self.endResetModel()

    def set_result(
        self,
        problems: Iterable[Problem],
        outcomes: Mapping[int, RowOutcome] | None,
        bad_rows: Iterable[Row] = (),
    ) -> None:
        """What a check found (``outcomes`` None: not checked yet). ``bad_rows``: rows whose
        cells failed to parse, for problems beyond the listed ones."""
        self._index(problems, outcomes, bad_rows)
        self._pending.clear()
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._keys))
            self.dataChanged.emit(self.index(0, 0), last)

    # --- what the dialog asks ------------------------------------------------------------
    @property
    def keys(self) -> list[str]:
        return list(self._keys)

    def row_number(self, row: int) -> int:
        return self._rows[row].number

    def position(self, number: int) -> int | None:
        """The model row of spreadsheet row ``number``."""
        return self._position.get(number)

    def column_of(self, header: str) -> int | None:
        """The model column of a header as the file writes it."""
        key = self._key_of_header.get(header)
        return None if key is None else self._keys.index(key) + 1

    def status(self, row: int) -> str:
        number = self._rows[row].number
        if number in self._bad_rows:
            return BAD
        if self._outcomes is None:
            return CHECKING
        outcome = self._outcomes.get(number)
        return outcome.status if outcome is not None else UNKNOWN

    def needs_attention(self, row: int) -> bool:
        """The row has a problem, or a cell typed since the last check."""
        number = self._rows[row].number
        return number in self._bad_rows or any(k[0] == number for k in self._pending)

    def counts(self) -> dict[str, int]:
        """How many rows have each status (新增、更新、替换、未变、有误)."""
        found = dict.fromkeys(STATUSES, 0)
        found[BAD] = len(self._bad_rows)
        for number, outcome in (self._outcomes or {}).items():
            if number not in self._bad_rows and outcome.status in found:
                found[outcome.status] += 1
        return found

    def pending(self) -> bool:
        """Cells were typed since the last check."""
        return bool(self._pending)

    def text(self, row: int, key: str) -> str:
        """The cell as shown."""
        return self._display(self._rows[row], key)

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == STATUS_COLUMN:
                return self.tr("状态")
            return self._headers[section - 1] if 0 < section <= len(self._headers) else None
        return self._rows[section].number if 0 <= section < len(self._rows) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS if index.column() == STATUS_COLUMN else _EDIT_FLAGS

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        r, c = index.row(), index.column()
        if not index.isValid() or not 0 <= r < len(self._rows):
            return None
        row = self._rows[r]
        if c == STATUS_COLUMN:
            return self._status_data(r, row, role)
        key = self._keys[c - 1]
        if role == DISPLAY:
            return self._display(row, key)
        if role == EDIT:
            typed = self._corrections.get((row.number, key))
            return typed if typed is not None else cell_text(row.raw.get(key))
        if role == BACKGROUND:
            cell = (row.number, key)
            if cell in self._pending:
                return TYPED_BG
            if cell in self._cell_problems:
                return BAD_BG
            return CHANGED_BG if self._change(row, key) is not None else None
        if role == FOREGROUND:
            return TYPED_FG if (row.number, key) in self._corrections else None
        if role == TOOLTIP:
            return self._cell_tooltip(row, key)
        if role == _ROW_NUMBER:
            return row.number
        if role == _KEY:
            return key
        return None

    def setData(self, index: _Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or index.column() == STATUS_COLUMN:
            return False
        row = self._rows[index.row()]
        key = self._keys[index.column() - 1]
        cell = (row.number, key)
        text = "" if value is None else str(value)
        if text == self.data(index, EDIT):
            return False
        if text == cell_text(row.raw.get(key)):
            self._corrections.pop(cell, None)  # typed back to what the file says
        else:
            self._corrections[cell] = text
        self._pending.add(cell)
        first = self.index(index.row(), 0)
        self.dataChanged.emit(first, self.index(index.row(), len(self._keys)))
        self.corrected.emit(row.number, key)
        return True

    # --- helpers ---------------------------------------------------------------------------
    def _load(self, sheet: Sheet) -> None:
        self._rows = list(sheet.rows)
        self._keys = list(sheet.headers)
        self._headers = [sheet.headers[k] for k in self._keys]
        self._key_of_header = {h: k for k, h in sheet.headers.items()}
        self._names = {c.key: c.header for c in sheet.spec.columns}
        self._position = {row.number: i for i, row in enumerate(self._rows)}
        self._pending.clear()
        self._index(sheet.problems, None, sheet.rows)

    def _index(
        self,
        problems: Iterable[Problem],
        outcomes: Mapping[int, RowOutcome] | None,
        bad_rows: Iterable[Row],
    ) -> None:
        self._outcomes = dict(outcomes) if outcomes is not None else None
        self._cell_problems: dict[tuple[int, str], list[str]] = {}
        self._row_problems: dict[int, list[str]] = {}
        by_header = self._key_of_header
        for p in problems:
            if p.row is None or p.row not in self._position:
                continue  # the whole file, or its header row: only in the problem list
            key = by_header.get(p.column)
            if key is None:
                self._row_problems.setdefault(p.row, []).append(p.message)
            else:
                self._cell_problems.setdefault((p.row, key), []).append(p.message)
        self._bad_rows = {number for number, _ in self._cell_problems} | set(self._row_problems)
        for row in bad_rows:
            if row.bad:
                self._bad_rows.add(row.number)
                for key in row.bad:
                    self._cell_problems.setdefault((row.number, key), [])

    def _change(self, row: Row, key: str) -> tuple[Any, Any] | None:
        """The cell's value before and after, for a row that changes a record (a new row
        has no "before", whatever defaults its register compares with)."""
        if self._outcomes is None:
            return None
        outcome = self._outcomes.get(row.number)
        if outcome is None or outcome.status == ADDED:
            return None
        return outcome.changes.get(key)

    def _display(self, row: Row, key: str) -> str:
        cell = (row.number, key)
        typed = self._corrections.get(cell)
        if cell not in self._pending:
            change = self._change(row, key)
            if change is not None:
                return value_text(change[0]) + ARROW + value_text(change[1])
        return typed if typed is not None else cell_text(row.raw.get(key))

    def _cell_tooltip(self, row: Row, key: str) -> str | None:
        cell = (row.number, key)
        lines: list[str] = []
        typed = self._corrections.get(cell)
        if typed is not None:
            lines.append(self.tr("文件中原为：{text}").format(text=cell_text(row.raw.get(key))))
            if cell in self._pending:
                lines.append(self.tr("已改为：{text}（待重新检查）").format(text=typed))
        if cell not in self._pending:
            lines += [db_text(m) for m in self._cell_problems.get(cell, [])]
            change = self._change(row, key)
            if change is not None:
                lines.append(
                    self.tr("台账中原为：{old}，导入后为：{new}").format(
                        old=value_text(change[0]), new=value_text(change[1])
                    )
                )
        return "\n".join(lines) or None

    def _status_data(self, r: int, row: Row, role: int) -> Any:
        if role == DISPLAY:
            return QCoreApplication.translate("ImportStatus", self.status(r))
        if role == BACKGROUND:
            return STATUS_BG.get(self.status(r))
        if role == FOREGROUND:
            return QUIET_FG if self.status(r) in (UNCHANGED, CHECKING, UNKNOWN) else None
        if role == FONT:
            return _BOLD if self.status(r) == BAD else None
        if role == TOOLTIP:
            return self._status_tooltip(r, row)
        if role == _ROW_NUMBER:
            return row.number
        if role == _KEY:
            return ""
        return None

    def _status_tooltip(self, r: int, row: Row) -> str | None:
        status = self.status(r)
        lines = [db_text(m) for m in self._row_problems.get(row.number, [])]
        if status == UNKNOWN:
            lines.append(self.tr("其他行改正后才能知道这一行会怎样导入"))
        elif status == CHECKING:
            lines.append(self.tr("正在检查"))
        outcome = (self._outcomes or {}).get(row.number)
        if outcome is not None and outcome.status != ADDED:
            shown = set(self._keys)
            for key, (old, new) in outcome.changes.items():
                if key not in shown:  # a field the file has no column for (库存 …)
                    name = self._names.get(key, key)
                    lines.append(f"{name}：{value_text(old)}{ARROW}{value_text(new)}")
        return "\n".join(lines) or None


_BOLD = QFont()
_BOLD.setBold(True)


class BadRowsProxy(QSortFilterProxyModel):
    """Keeps every row, or (``set_only_bad``) only the rows with a problem or a typed cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._only_bad = False

    def only_bad(self) -> bool:
        return self._only_bad

    def set_only_bad(self, on: bool) -> None:
        if on != self._only_bad:
            self.beginFilterChange()
            self._only_bad = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """After a check: the rows with problems are others now."""
        if self._only_bad:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._only_bad or source_parent.isValid():
            return True
        model = self.sourceModel()
        return not isinstance(model, PreviewTableModel) or model.needs_attention(source_row)


#: The problem itself (a ``db.xlsx.Problem``).
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


def describe(problem: Problem) -> str:
    """A problem as the clerk reads it: 第5行「入队日期」：…"""
    where = (
        QCoreApplication.translate("common.import_model", "第{row}行").format(row=problem.row)
        if problem.row
        else ""
    )
    column = (
        QCoreApplication.translate("common.import_model", "「{column}」").format(
            column=problem.column
        )
        if problem.column
        else ""
    )
    message = db_text(problem.message)
    if not (where or column):
        return message
    place = QCoreApplication.translate("common.import_model", "{where}{column}").format(
        where=where, column=column
    )
    return QCoreApplication.translate("common.import_model", "{place}：{message}").format(
        place=place.strip(), message=message
    )


class ProblemListModel(QAbstractListModel):
    """The problems under the preview table, one a line."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: Iterable[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index: _Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role in (DISPLAY, TOOLTIP):
            return describe(problem)
        if role == int(PROBLEM_ROLE):
            return problem
        return None
