"""Windows that fit the screen: 1024×768 and 1366×768 office screens, less the taskbar.

- :class:`FitScrollArea` holds content that can be taller than a small screen (a long form,
  a settings page): on a big screen it asks for the whole content, so nothing scrolls; on a
  small one its minimum stops at the screen's height and the content scrolls.
- :func:`install` watches every dialog of the application as it is shown and keeps it
  inside the screen's available area (its size bounded, its frame moved on screen), so its
  确定/取消 buttons are never under the taskbar.

Nothing here replaces a layout: the content keeps its own Qt layouts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QWidget

#: Room kept for a window's title bar and border, which Qt cannot measure before it is shown.
FRAME_ROOM = QSize(16, 40)


def available(widget: QWidget) -> QSize:
    """The client size a window of ``widget`` may take on its screen (taskbar and frame off)."""
    screen = widget.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry().size()
    extra = (widget.frameGeometry().size() - widget.size()).expandedTo(FRAME_ROOM)
    return area - extra


class FitScrollArea(QScrollArea):
    """A frameless scroll area sized to its content, but never taller than the screen allows.

    ``reserve`` is the height the rest of the window needs (its buttons, title, margins):
    the area's minimum is the content's minimum height, at most the screen's available
    height less ``reserve``.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None, reserve: int = 140):
        super().__init__(parent)
        self.reserve = reserve
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(content)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2

    def _cap(self) -> int:
        return max(160, available(self.window()).height() - self.reserve)

    def _bounded(self, wanted: QSize) -> QSize:
        """``wanted``, its height at most the screen's cap and, when cut, a scroll bar wider."""
        height = min(wanted.height(), self._cap())
        width = wanted.width() + (self._bar() if height < wanted.height() else 0)
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The content's minimum, its height bounded by the screen (a scroll bar beside it)."""
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        return self._bounded(content.minimumSizeHint().expandedTo(content.minimumSize()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The content's preferred size, bounded as the minimum is."""
        content = self.widget()
        if content is None:
            return super().sizeHint()
        return self._bounded(content.sizeHint().expandedTo(self.minimumSizeHint()))


def scroll_form(dialog: QDialog, reserve: int = 140) -> FitScrollArea:
    """Hold ``dialog.form`` (a ``FormDialog``'s form) in a :class:`FitScrollArea`: a long form
    shows whole on a tall screen and scrolls on a 768-high one, 确定/取消 below it. ``reserve``
    is the height the rest of the dialog needs. The area stands where the form stood; it is
    ``dialog.form_area`` (a 历史 tab moves it, not the form, into 基本信息)."""
    form: QWidget = dialog.form  # type: ignore[attr-defined]
    layout = dialog.layout()
    area = FitScrollArea(QWidget(), dialog, reserve)
    layout.replaceWidget(form, area)
    area.setWidget(form)
    dialog.form_area = area  # type: ignore[attr-defined]
    return area


def fit(dialog: QWidget) -> None:
    """Bound ``dialog``'s size to its screen and move it so that no edge is off the screen."""
    room = available(dialog)
    size = dialog.size().boundedTo(room).expandedTo(dialog.minimumSize())
    if size != dialog.size():
        dialog.resize(size)
    screen = dialog.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = dialog.frameGeometry()
    x = min(max(frame.x(), area.x()), area.x() + area.width() - frame.width())
    y = min(max(frame.y(), area.y()), area.y() + area.height() - frame.height())
    x, y = max(x, area.x()), max(y, area.y())
    if (x, y) != (frame.x(), frame.y()):
        dialog.move(x, y)


class _ScreenFit(QObject):
    """The application-wide watcher :func:`install` adds."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Fit each dialog (but message boxes, which size themselves) as it is shown."""
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not watched.inherits("QMessageBox")  # by name: not loaded before the window
            and watched.isWindow()
        ):
            fit(watched)
        return False


_installed: list[QObject] = []


def install_once(app: QApplication, watcher: type[QObject]) -> None:
    """Install an application-wide event filter of class ``watcher`` (once per application)."""
    if not any(type(w) is watcher and w.parent() is app for w in _installed):
        made = watcher(app)
        app.installEventFilter(made)
        _installed.append(made)


def install(app: QApplication) -> None:
    """Keep every dialog of ``app`` on its screen from now on (once per application)."""
    install_once(app, _ScreenFit)


__all__ = [
    "FRAME_ROOM",
    "FitScrollArea",
    "available",
    "fit",
    "install",
    "install_once",
    "scroll_form",
]
