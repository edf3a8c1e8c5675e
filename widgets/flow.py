"""A row of buttons (or any widgets) that wraps onto the next line when the window is narrow.

``FlowRow`` is a drop-in for the ``QHBoxLayout`` of a page's button or filter row: it offers
``addWidget``, ``addLayout``, ``addStretch``, ``addSpacing`` and ``insertWidget``; a stretch
takes the spare width of its line (so what follows it still sits at the right end while the
row fits on one line). Its minimum width is that of its widest item, so a row of a dozen
buttons never forces the window wider than a small screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QWidget,
    QWidgetItem,
)


class FlowRow(QLayout):
    """Items left to right, wrapping to a new line when the next one does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretches: set[int] = set()  # ids of the spacer items added by addStretch
        self._weights: dict[int, int] = {}  # id → share of a line's spare width
        self.setSpacing(spacing)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # ----- the QHBoxLayout calls pages use --------------------------------------------------
    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # type: ignore[override]  # noqa: N802
        """Append ``widget``; with a ``stretch`` it also takes a share of its line's spare
        width (a search field)."""
        super().addWidget(widget)
        if stretch:
            self._weights[id(self._items[-1])] = stretch

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802
        """Put ``widget`` at ``index`` (negative counts from the end, as QBoxLayout does)."""
        self.addChildWidget(widget)
        position = index if index >= 0 else max(0, len(self._items) + index + 1)
        self._items.insert(position, QWidgetItem(widget))
        self.invalidate()

    def addLayout(self, layout: QLayout) -> None:  # noqa: N802
        """Append a nested layout as one item."""
        self.addChildLayout(layout)
        self._items.append(layout)
        self.invalidate()

    def addStretch(self, stretch: int = 1) -> None:  # noqa: N802
        """A gap that takes the spare width of its line."""
        spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._stretches.add(id(spacer))
        self._weights[id(spacer)] = max(1, stretch)
        self._items.append(spacer)
        self.invalidate()

    def addSpacing(self, size: int) -> None:  # noqa: N802
        """A fixed gap of ``size`` pixels."""
        self._items.append(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed))
        self.invalidate()

    # ----- QLayout --------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        """Qt's hook for addWidget."""
        self._items.append(item)

    def count(self) -> int:
        """How many items the row holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]  # noqa: N802
        """The item at ``index``, or None past the end."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]  # noqa: N802
        """Remove and return the item at ``index``."""
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._stretches.discard(id(item))
            self._weights.pop(id(item), None)
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        """The row takes width but no extra height."""
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        """Narrower means taller."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """The height the row needs at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        """Place the items inside ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self.spacing()
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(max(0, width - self.spacing()), height) + _extent(margins)

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single item (the row wraps below that)."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size + _extent(self.contentsMargins())

    # ----- placing --------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty() or id(item) in self._stretches]

    def _arrange(self, rect: QRect, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + width > area.width():
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            solid = [item for item in line if id(item) not in self._stretches]
            height = max((item.sizeHint().height() for item in solid), default=0)
            if not solid:
                continue
            if place:
                self._place_line(line, area, y, height)
            y += height + self.spacing()
        return y - self.spacing() - area.y() + margins.top() + margins.bottom()

    def _place_line(self, line: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        widths = [0 if id(item) in self._stretches else item.sizeHint().width() for item in line]
        spare = max(0, area.width() - sum(widths) - self.spacing() * (len(line) - 1))
        weights = [self._weights.get(id(item), 0) for item in line]
        total = sum(weights)
        x = area.x()
        for item, width, weight in zip(line, widths, weights, strict=True):
            if total:
                width += spare * weight // total
            item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self.spacing()


def _extent(margins: QMargins) -> QSize:
    return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())


__all__ = ["FlowRow"]
