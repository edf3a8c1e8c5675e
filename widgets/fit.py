"""Dialogs that fit the screen: on a small or short screen the content scrolls, the buttons stay.

``install(app)`` watches every dialog as it is shown. A dialog taller or wider than the
screen's available area (less room for the title bar) gets its content — everything above
its button row — moved into a scroll area, and is sized and placed inside the screen, so its
保存/确定 and 取消 buttons are always visible. A dialog that fits is only moved, if need be,
so that no edge is off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayoutItem,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: Room kept for a window's title bar and border, which Qt cannot measure before it is shown.
FRAME_ROOM = QSize(16, 40)


def available(widget: QWidget) -> QRect:
    """The screen area (without the taskbar) a window of ``widget`` may use, less its frame."""
    screen = widget.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    extra = widget.frameGeometry().size() - widget.size()
    room = extra.expandedTo(FRAME_ROOM)
    return QRect(area.topLeft(), area.size() - room)


def fit(dialog: QDialog) -> None:
    """Make ``dialog`` fit its screen (scrolling its content when it must), then keep it on it."""
    area = available(dialog)
    needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    if needed.height() > area.height() or needed.width() > area.width():
        scroll_content(dialog)
    size = dialog.size().boundedTo(area.size())
    if size != dialog.size():
        dialog.resize(size)
    frame = dialog.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() - dialog.width() + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - dialog.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        dialog.move(x, y)


def scroll_content(dialog: QDialog) -> QScrollArea | None:
    """Move everything of ``dialog``'s box layout but its button box (when last) into a
    scroll area. Returns the scroll area (the one made before, if any), or None for a dialog whose
    layout is not a box of rows."""
    made = getattr(dialog, "_fit_scroll", None)
    if isinstance(made, QScrollArea):
        return made
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or layout.count() < 2:
        return None
    last = layout.itemAt(layout.count() - 1)
    buttons = last.widget() if last is not None and _is_button_row(last) else None
    if buttons is not None:
        layout.removeWidget(buttons)
    margins = layout.contentsMargins()
    layout.setContentsMargins(0, 0, 0, 0)
    content = QWidget()
    content.setLayout(layout)  # Qt moves a window's layout, with its widgets, to the content
    scroll = QScrollArea(dialog)
    scroll.setObjectName("fit_scroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(margins)
    outer.addWidget(scroll, 1)
    if buttons is not None:
        outer.addWidget(buttons)
    dialog.setMinimumSize(0, 0)  # the old layout's minimum went with it
    outer.activate()
    dialog._fit_scroll = scroll  # type: ignore[attr-defined]
    return scroll


def _is_button_row(item: QLayoutItem) -> bool:
    return isinstance(item.widget(), QDialogButtonBox)


class _ScreenFit(QObject):
    """The application-wide watcher ``install`` adds."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Fit each dialog (but message boxes, which size themselves) as it is shown."""
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not isinstance(watched, QMessageBox)
            and watched.isWindow()
        ):
            fit(watched)
        return False


_installed: dict[int, _ScreenFit] = {}


def install(app: QApplication) -> None:
    """Fit every dialog of ``app`` to its screen from now on (once per application)."""
    if id(app) not in _installed:
        watcher = _ScreenFit(app)
        app.installEventFilter(watcher)
        _installed[id(app)] = watcher


__all__ = ["install", "fit", "scroll_content", "available", "FRAME_ROOM"]
