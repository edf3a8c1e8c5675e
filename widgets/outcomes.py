"""A table of check lines: one line per item, an outcome picked per line, values typed in.

The models stay the caller's (what a line holds differs); these give them one look and one
way of editing::

    view = outcome_view(parent, model, ("合格", "不合格", "不适用"), {OUTCOME: 80, VALUE: 100})

    def data(self, index, role):
        ...
        return line_style(role, index.column(), failed=..., locked=..., tooltip=line.text)
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from widgets import palette
from widgets.delegates import ChoiceDelegate
from widgets.shown import shown

#: A failed line's background, and a cell that takes no value on that line.
FAILED = QColor(palette.ERROR_BACKGROUND)
LOCKED = QColor("#f1f3f5")


def outcome_text(outcome: str) -> str:
    """What an outcome cell shows: the outcome, or 未答 while the line is not answered."""
    return shown(outcome) if outcome else QCoreApplication.translate("CheckLines", "未答")


def line_cell(role: int, column: int, line: Any, failed: bool, fail_text: str) -> str:
    """A check line's item (the first column) or outcome cell for the display and edit
    roles: the item's ``text`` (as the user reads it: a built-in item in the window's language);
    its ``outcome`` to edit, shown as ``fail_text`` on a failed line, 未答 while unanswered."""
    if column == 0:
        return shown(str(line.text))
    if role == Qt.ItemDataRole.EditRole:
        return str(line.outcome)
    return fail_text if failed else outcome_text(line.outcome)


def answer_rest(lines: Iterable[Any], outcome: str) -> int:
    """Give every line not answered yet (``outcome == ""``) ``outcome``; how many."""
    count = 0
    for line in lines:
        if line.outcome == "":
            line.outcome = outcome
            count += 1
    return count


def answer_rest_button(parent: QWidget, outcome: str, slot: Callable[[], None]) -> QPushButton:
    """其余未答项全部<outcome>: the button that answers the lines left after the exceptions."""
    button = QPushButton(
        QCoreApplication.translate("CheckLines", "其余未答项全部{outcome}").format(
            outcome=shown(outcome)
        ),
        parent,
    )
    button.setObjectName("answer_rest")
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def hint_row(hint: QWidget, button: QWidget) -> QHBoxLayout:
    """The line above the check lines: the hint, then the 其余未答项 button at its right."""
    row = QHBoxLayout()
    row.addWidget(hint, 1)
    row.addWidget(button)
    return row


def line_style(
    role: int,
    column: int,
    *,
    failed: bool,
    locked: bool,
    tooltip: str,
    item_column: int = 0,
    outcome_column: int = 1,
    unanswered: bool = False,
) -> Any:
    """What a check line's cell shows beyond its text, for ``role``: a failed line on the
    error background with its outcome in red, an ``unanswered`` line's 未答 in orange, a
    ``locked`` cell grey, every column but the item's centred, the item's text as its
    tooltip; None for any other role."""
    if role == Qt.ItemDataRole.ForegroundRole and column == outcome_column and unanswered:
        return QColor(palette.WARNING)
    if role == Qt.ItemDataRole.BackgroundRole:
        if failed:
            return FAILED
        if locked:
            return LOCKED
    if role == Qt.ItemDataRole.ForegroundRole and column == outcome_column and failed:
        return QColor(palette.ERROR)
    if role == Qt.ItemDataRole.TextAlignmentRole and column != item_column:
        return Qt.AlignmentFlag.AlignCenter
    if role == Qt.ItemDataRole.ToolTipRole and column == item_column:
        return shown(tooltip)
    return None


def failure_banner(parent: QWidget) -> QLabel:
    """The bold banner that says what saving failed lines will do (``failure_warning``)."""
    label = QLabel(parent)
    label.setObjectName("failure_warning")
    label.setWordWrap(True)
    label.setStyleSheet(palette.banner(bold=True))
    return label


def outcome_view(
    parent: QWidget,
    model: QAbstractItemModel,
    outcomes: Sequence[str],
    widths: Mapping[int, int],
    item_column: int = 0,
    outcome_column: int = 1,
) -> QTableView:
    """A view of check lines: the outcome picked from ``outcomes`` (the first by default),
    edited on a double click or a key; the item column takes the spare width."""
    view = QTableView(parent)
    view.setModel(model)
    view.setItemDelegateForColumn(outcome_column, ChoiceDelegate(list(outcomes), outcomes[0], view))
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.SelectedClicked
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setSectionResizeMode(item_column, QHeaderView.ResizeMode.Stretch)
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    return view
