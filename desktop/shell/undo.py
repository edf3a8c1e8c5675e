"""编辑 → 撤销 (Ctrl+Z): the window's thin part over :class:`db.undo.Journal`.

The action names the change it takes back (撤销：修改 队员名册 刘建国) and is enabled only when
this run has one; a refusal (a colleague changed the record since) is a message box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from db.errors import LedgerError
from db.undo import Journal

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.engine import Database


class UndoAction(QAction):
    """撤销 for one window's database; ``done`` runs after an undo (to reload the pages)."""

    _changed = Signal()  # emitted from any thread, delivered in the window's

    def __init__(self, window: QMainWindow, db: Database, done: Callable[[], None]):
        super().__init__("撤销", window)
        self.window_ = window
        self.done = done
        self.journal = Journal(db)
        self.setShortcut(QKeySequence.StandardKey.Undo)
        self.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._changed.connect(self.update_state, Qt.ConnectionType.QueuedConnection)
        self.journal.listeners.append(self._changed.emit)
        self.triggered.connect(self.undo)
        self.destroyed.connect(lambda *_: self.journal.close())
        self.update_state()

    def update_state(self) -> None:
        """Enabled only with something to undo; the text names it."""
        try:
            text = self.journal.next_label()
        except LedgerError:
            text = "撤销"
        self.setText(text)
        self.setEnabled(self.journal.can_undo)
        self.setToolTip(f"{text}（Ctrl+Z）")

    def undo(self) -> None:
        """Take back the newest change, or say why not."""
        try:
            self.journal.undo()
        except LedgerError as exc:
            QMessageBox.warning(self.window_, "不能撤销", str(exc))
        self.done()
        self.update_state()
