"""编辑 → 撤销 (Ctrl+Z): the window's thin part over :class:`db.undo.Journal`.

The action names the change it takes back (撤销：修改 队员名册 刘建国) and is enabled only when
this run has one; a refusal (a colleague changed the record since) is a message box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox

from db.errors import LedgerError
from db.undo import Journal
from desktop.common.words import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.engine import Database


class UndoAction(QAction):
    """撤销 for one window's database; ``done`` runs after an undo (to reload the pages).

    Saves also run in background threads, so the action does not listen to the journal: a
    timer of its own, in the window's thread, looks whether the journal changed."""

    POLL_MS = 300

    def __init__(self, window: QMainWindow, db: Database, done: Callable[[], None]):
        super().__init__(window)
        self.window_ = window
        self.done = done
        self.journal = Journal(db)
        self.seen = -1
        self.setShortcut(QKeySequence.StandardKey.Undo)
        self.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.triggered.connect(self.undo)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.update_state)
        self.timer.start(self.POLL_MS)
        self.update_state()

    def update_state(self) -> None:
        """Enabled only with something to undo; the text names it."""
        if self.seen == self.journal.changes:
            return
        self.seen = self.journal.changes
        try:
            text = self.journal.next_label() if self.journal.can_undo else self.tr("撤销")
        except LedgerError:
            text = self.tr("撤销")
        self.setText(text)
        self.setEnabled(self.journal.can_undo)
        self.setToolTip(f"{text}（Ctrl+Z）")

    def undo(self) -> None:
        """Take back the newest change, or say why not."""
        try:
            self.journal.undo()
        except LedgerError as exc:
            QMessageBox.warning(self.window_, self.tr("不能撤销"), error_text(exc))
        self.done()
        self.update_state()
