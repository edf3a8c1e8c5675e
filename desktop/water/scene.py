"""A map-like canvas with no tiles and no internet: points by their WGS84 coordinates.

Equirectangular projection around the points' middle latitude, in metres (scene x east, y
south). Markers keep their size on screen while the map zooms; the protection circles are in
metres and zoom with it. The view zooms with the wheel, pans by dragging, draws a scale bar
and a legend over the map, and reports a click on a marker.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QMouseEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtGui import QResizeEvent
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QGraphicsEllipseItem
from PySide6.QtWidgets import QGraphicsItem
from PySide6.QtWidgets import QGraphicsRectItem
from PySide6.QtWidgets import QGraphicsScene
from PySide6.QtWidgets import QGraphicsSimpleTextItem
from PySide6.QtWidgets import QGraphicsView
from PySide6.QtWidgets import QWidget

from widgets import palette

EARTH_RADIUS_M = 6_371_008.8
M_PER_DEG = EARTH_RADIUS_M * math.pi / 180
KEY_ROLE = 0  # QGraphicsItem.data(0): ("source", id) or ("site", id)
MIN_SCALE, MAX_SCALE = 0.002, 50.0  # pixels per metre
CLICK_SLOP = 4


@dataclass(frozen=True)
class Projection:
    """WGS84 → metres around (lon0, lat0)."""

    lon0: float
    lat0: float

    @classmethod
    def around(cls, points: Iterable[tuple[float, float]]) -> Projection:
        pts = list(points)
        if not pts:
            return cls(0.0, 0.0)
        lons = [p[0] for p in pts]
        lats = [p[1] for p in pts]
        return cls((min(lons) + max(lons)) / 2, sum(lats) / len(lats))

    def xy(self, lon: float, lat: float) -> QPointF:
        k = math.cos(math.radians(self.lat0))
        return QPointF((lon - self.lon0) * M_PER_DEG * k, -(lat - self.lat0) * M_PER_DEG)


def nice_length(metres: float) -> float:
    """The largest 1/2/5 × 10ⁿ not above ``metres``."""
    if metres <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(metres))
    return max(s * power for s in (1, 2, 5) if s * power <= metres)


def _label(parent: QGraphicsItem, text: str, dx: float, bold: bool = False) -> None:
    label = QGraphicsSimpleTextItem(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(8.5)
    font.setBold(bold)
    label.setFont(font)
    label.setBrush(QBrush(QColor("#263238")))
    label.setPos(dx, -8)


def source_marker(
    scene: QGraphicsScene, at: QPointF, colour: str, key: int, tip: str, label: str
) -> QGraphicsEllipseItem:
    dot = QGraphicsEllipseItem(-5, -5, 10, 10)
    dot.setPos(at)
    dot.setBrush(QBrush(QColor(colour)))
    dot.setPen(QPen(QColor("#263238"), 1))
    dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    dot.setToolTip(tip)
    dot.setData(KEY_ROLE, ("source", key))
    dot.setZValue(2)
    dot.setCursor(Qt.CursorShape.PointingHandCursor)
    if label:
        _label(dot, label, 7)
    scene.addItem(dot)
    return dot


def site_marker(
    scene: QGraphicsScene, at: QPointF, gap: bool, key: int, tip: str, label: str
) -> QGraphicsRectItem:
    square = QGraphicsRectItem(-6, -6, 12, 12)
    square.setPos(at)
    square.setBrush(QBrush(QColor(palette.ERROR if gap else "#ffffff")))
    square.setPen(QPen(QColor(palette.ERROR if gap else "#263238"), 2))
    square.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    square.setToolTip(tip)
    square.setData(KEY_ROLE, ("site", key))
    square.setZValue(3)
    _label(square, label, 9, bold=True)
    scene.addItem(square)
    return square


def radius_circle(
    scene: QGraphicsScene, at: QPointF, radius_m: float, gap: bool
) -> QGraphicsEllipseItem:
    circle = QGraphicsEllipseItem(at.x() - radius_m, at.y() - radius_m, 2 * radius_m, 2 * radius_m)
    pen = QPen(QColor(palette.ERROR if gap else "#78909c"), 1.2, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    circle.setPen(pen)
    circle.setBrush(QBrush(QColor(198, 40, 40, 28) if gap else QColor(120, 144, 156, 22)))
    circle.setZValue(1)
    scene.addItem(circle)
    return circle


class MapView(QGraphicsView):
    """Wheel to zoom, drag to pan; ``clicked(kind, id)`` for a click on a marker."""

    clicked = Signal(str, int)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setBackgroundBrush(QBrush(QColor("#f4f1ea")))
        self.legend: Sequence[tuple[str, str, str]] = ()  # (text, colour, "dot"|"square"|"ring")
        self._pressed: QPoint | None = None
        self.home: QRectF | None = None  # the whole map, refitted on resize until zoomed
        self.moved = False

    # --- zoom and pan ------------------------------------------------------------------------
    def scale_now(self) -> float:
        """Pixels per metre."""
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.scale_now() * factor))
        factor = target / self.scale_now()
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25**steps)
            self.moved = True
        event.accept()

    def fit(self, rect: QRectF) -> None:
        """Show ``rect`` whole, and keep it whole as the view resizes until the user zooms."""
        if rect.isValid():
            self.home, self.moved = rect, False
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.home is not None and not self.moved:
            self.fitInView(self.home, Qt.AspectRatioMode.KeepAspectRatio)

    # --- clicks ------------------------------------------------------------------------------
    def key_at(self, pos: QPoint) -> tuple[str, int] | None:
        for item in self.items(pos):
            while item is not None:
                key = item.data(KEY_ROLE)
                if key:
                    return str(key[0]), int(key[1])
                item = item.parentItem()
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, None
        if pressed is None or (pos - pressed).manhattanLength() > CLICK_SLOP:
            self.moved = self.moved or pressed is not None
            return
        if event.button() == Qt.MouseButton.LeftButton:
            key = self.key_at(pos)
            if key is not None:
                self.clicked.emit(*key)

    # --- overlay: scale bar and legend ---------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.resetTransform()
        self._scale_bar(painter)
        self._legend(painter)
        painter.restore()

    def _scale_bar(self, painter: QPainter) -> None:
        per_px = 1 / self.scale_now() if self.scale_now() else 1.0
        metres = nice_length(120 * per_px)
        width = metres / per_px
        x, y = 16, self.viewport().height() - 22
        text = (
            self.tr("{value1:g} 千米").format(value1=metres / 1000)
            if metres >= 1000
            else self.tr("{metres:g} 米").format(metres=metres)
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 210))
        painter.drawRect(QRectF(x - 6, y - 22, width + 12, 32))
        painter.setPen(QPen(QColor("#263238"), 2))
        painter.drawLine(QPointF(x, y), QPointF(x + width, y))
        painter.drawLine(QPointF(x, y - 5), QPointF(x, y + 5))
        painter.drawLine(QPointF(x + width, y - 5), QPointF(x + width, y + 5))
        painter.drawText(QRectF(x, y - 22, width, 16), Qt.AlignmentFlag.AlignCenter, text)

    def _legend(self, painter: QPainter) -> None:
        if not self.legend:
            return
        metrics = painter.fontMetrics()
        line = metrics.height() + 4
        width = max(metrics.horizontalAdvance(t) for t, _, _ in self.legend) + 40
        height = line * len(self.legend) + 10
        x = self.viewport().width() - width - 12
        y = 12
        painter.setPen(QPen(QColor("#b0bec5")))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(QRectF(x, y, width, height), 4, 4)
        for n, (text, colour, shape) in enumerate(self.legend):
            cy = y + 5 + line * n + line / 2
            painter.setBrush(QColor(colour) if shape != "ring" else QColor(198, 40, 40, 28))
            painter.setPen(QPen(QColor("#263238" if shape != "ring" else colour), 1.5))
            if shape == "square":
                painter.drawRect(QRectF(x + 10, cy - 6, 12, 12))
            elif shape == "ring":
                pen = QPen(QColor(colour), 1.2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawEllipse(QPointF(x + 16, cy), 8, 8)
            else:
                painter.drawEllipse(QPointF(x + 16, cy), 5, 5)
            painter.setPen(QColor("#263238"))
            painter.drawText(
                QRectF(x + 30, cy - line / 2, width - 34, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
