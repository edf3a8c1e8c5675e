"""A small coloured status badge: text on a rounded, coloured background."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from widgets import palette


class Tone(Enum):
    """Stock colours; any other colour can be passed as a QColor or a "#rrggbb" string."""

    NEUTRAL = palette.GREYED
    INFO = palette.INFO
    OK = palette.OK
    WARNING = palette.WARNING
    ERROR = palette.ERROR


def readable_text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (background.redF(), background.greenF(), background.blueF()))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#000000") if luminance > 0.179 else QColor("#ffffff")


class StatusBadge(QLabel):
    """A label drawn as a pill: ``StatusBadge("已确认", Tone.OK)``.

    The text colour follows the background unless ``foreground`` is given.
    """

    def __init__(
        self,
        text: str = "",
        background: Tone | QColor | str = Tone.NEUTRAL,
        foreground: QColor | str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._background = QColor()
        self._foreground = QColor()
        self.set_status(text, background, foreground)

    def set_status(
        self,
        text: str,
        background: Tone | QColor | str | None = None,
        foreground: QColor | str | None = None,
    ) -> None:
        """Change the text and, if given, the colours."""
        self.setText(text)
        if background is not None:
            value = background.value if isinstance(background, Tone) else background
            self._background = QColor(value)
            self._foreground = (
                QColor(foreground)
                if foreground is not None
                else readable_text_color(self._background)
            )
        elif foreground is not None:
            self._foreground = QColor(foreground)
        self.setStyleSheet(
            "QLabel {"
            f" background-color: {self._background.name()};"
            f" color: {self._foreground.name()};"
            " border-radius: 8px; padding: 1px 8px; }"
        )
        self.setVisible(bool(text))

    def background(self) -> QColor:
        return QColor(self._background)

    def foreground(self) -> QColor:
        return QColor(self._foreground)
