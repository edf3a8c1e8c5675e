"""A field's error message that never moves the form around it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from widgets import palette


class ErrorLabel(QLabel):
    """A field's message on one line whose space is kept while it is hidden, so that showing
    it moves nothing; too long for its width, it ends in "…" (``text()`` stays whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(palette.ERROR_TEXT)
        self.setWordWrap(False)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setFixedHeight(self.fontMetrics().height() + 2)
        self.setVisible(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self.text()) <= self.contentsRect().width():
            super().paintEvent(event)
            return
        shown = metrics.elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            shown,
            QPalette.ColorRole.WindowText,
        )
        painter.end()
