"""恢复: bring an archived record back, on every page that can show archived rows.

A page gives the button four things: how to read the selected row, whether archived rows are
shown, whether a row is archived, and the facade call that brings it back. The button is
visible only while archived rows are shown, enabled only on an archived row, and says why a
restore was refused; the page reloads on ``restored``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from db.errors import LedgerError
from db.errors import ValidationError
from desktop.common.words import db_text
from desktop.common.words import error_text

#: How an archived row looks on every page: its status text and its background.
ARCHIVED = "已归档"
ARCHIVED_BACKGROUND = "#eeeeee"


def archived_note(toggle_text: str) -> str:
    """What a delete that archived the record tells the clerk (``toggle_text``: the page's
    check box that shows archived rows)."""
    return QCoreApplication.translate(
        "common.restore", "已归档（勾选“{toggle_text}”可查看和恢复）"
    ).format(toggle_text=QCoreApplication.translate("RegisterPage", toggle_text))


def delete_message(result: str | None, kept_because: str, toggle_text: str) -> str | None:
    """What a delete tells the clerk: nothing when the record is gone; when the facade
    archived it (``result`` "archived"), why it was kept and how to see it again."""
    return f"{kept_because}，{archived_note(toggle_text)}。" if result == "archived" else None


def is_archived(row: Any) -> bool:
    return bool(getattr(row, "archived", False))


def refusal(exc: LedgerError) -> str:
    """The sentences of a refused restore, without the field names."""
    if isinstance(exc, ValidationError):
        return "\n".join(db_text(m) for m in exc.problems.values())
    return error_text(exc)


class RestoreButton(QPushButton):
    """恢复 for the row ``current()`` returns; ``restore(row)`` is the facade call."""

    restored = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        current: Callable[[], Any],
        shown: Callable[[], bool],
        restore: Callable[[Any], None],
        archived: Callable[[Any], bool] = is_archived,
    ):
        super().__init__(parent)
        self.setText(self.tr("恢复"))
        self.setToolTip(self.tr("把选中的已归档记录恢复为在用"))
        self.title = title
        self._current, self._shown = current, shown
        self._restore, self._archived = restore, archived
        self.clicked.connect(self.restore)
        self.setVisible(False)  # until the page calls refresh() with archived rows shown

    def follow(self, view: QAbstractItemView) -> None:
        """Refresh as the selection in ``view`` moves and as its rows are read again."""
        view.selectionModel().currentChanged.connect(self.refresh)
        view.model().modelReset.connect(self.refresh)

    def refresh(self, *_args: Any) -> None:
        shown = self._shown()
        self.setVisible(shown)
        row = self._current() if shown else None
        self.setEnabled(row is not None and self._archived(row))

    def restore(self) -> None:
        """Bring the selected archived row back into use."""
        row = self._current()
        if row is None or not self._shown() or not self._archived(row):
            QMessageBox.information(self, self.title, self.tr("请先选中一条已归档的记录。"))
            return
        try:
            self._restore(row)
        except LedgerError as exc:
            QMessageBox.warning(self, self.title, refusal(exc))
            return
        self.restored.emit()
