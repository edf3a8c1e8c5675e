"""水源地图: sources and key sites drawn by their coordinates, without any online map.

Colour by type, by status (a dry natural source shows as 枯水期) or by flow class; key sites are
squares, red when no usable source lies within the protection radius. A click on a source
opens its dialog. Printing uses the same drawing as the command line's map PDF.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QRectF
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QGraphicsScene
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from db.water import WaterBook
from db.water import WaterSourceData
from desktop.common import printing
from desktop.common.keys import page_keys
from desktop.common.words import db_text
from desktop.common.words import joined
from desktop.water.common import flow_colours
from desktop.water.scene import MapView
from desktop.water.scene import Projection
from desktop.water.scene import radius_circle
from desktop.water.scene import site_marker
from desktop.water.scene import source_marker
from widgets import palette
from widgets.boxes import column
from widgets.forms import hint_label
from widgets.heading import page_title

if TYPE_CHECKING:
    from desktop.services import Services

COLOUR_BY = (
    (QT_TRANSLATE_NOOP("MapPage", "按类型着色"), "type"),
    (QT_TRANSLATE_NOOP("MapPage", "按可用状态着色"), "status"),
    (QT_TRANSLATE_NOOP("MapPage", "按流量等级着色"), "flow"),
)
DRY = (QT_TRANSLATE_NOOP("MapPage", "枯水期"), "#ffe119")
UNTESTED = (QT_TRANSLATE_NOOP("MapPage", "未测试"), palette.GREYED)
LABEL_LIMIT = 400  # more sources than this: no code labels (they would cover the map)


class MapPage(QWidget):
    changed = Signal()

    def __init__(self, book: WaterBook, parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        self.stale = True
        self.source_items: dict[int, Any] = {}
        self.site_items: dict[int, Any] = {}
        self.circles: list[Any] = []
        self.sources: list[WaterSourceData] = []
        title = page_title(self.tr("水源地图"), self)
        hint = hint_label(
            self.tr(
                "按经纬度画出的示意图（不需要联网）：滚轮缩放，按住左键拖动，点击水源打开其信息。"
                "方块为重点场所，虚线圆为保护半径；红色方块表示半径内没有可用水源。"
            ),
            self,
        )
        self.colour_by = QComboBox(self)
        for text, key in COLOUR_BY:
            self.colour_by.addItem(self.tr(text), key)
        self.circles_box = QCheckBox(self.tr("显示保护半径"), self)
        self.circles_box.setChecked(True)
        self.labels_box = QCheckBox(self.tr("显示编号"), self)
        self.labels_box.setChecked(True)
        self.fit_button = QPushButton(self.tr("全图"), self)
        self.print_button = QPushButton(self.tr("打印地图…"), self)
        self.count_label = QLabel(self)
        choices = QHBoxLayout()
        for w in (self.colour_by, self.circles_box, self.labels_box, self.fit_button):
            choices.addWidget(w)
        choices.addWidget(self.print_button)
        choices.addStretch(1)
        choices.addWidget(self.count_label)
        self.scene = QGraphicsScene(self)
        self.view = MapView(self.scene, self)
        column(title, hint, choices, (self.view, 1), parent=self)
        self.colour_by.currentIndexChanged.connect(self.redraw)
        self.labels_box.toggled.connect(self.redraw)
        self.circles_box.toggled.connect(self._show_circles)
        self.fit_button.clicked.connect(self.fit)
        self.print_button.clicked.connect(self.print_map)
        self.view.clicked.connect(self._clicked)
        page_keys(self, print=self.print_button, refresh=self.reload)

    # --- loading ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Read again each time the page is shown (another page may have changed a source)."""
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the sources and the coverage of the key sites again and redraw."""
        first = self.stale
        self.stale = False
        self.today = dt.date.today()
        self.sources = [x for x in self.book.sources() if x.lon_wgs is not None]
        self.coverage = self.book.coverage(on=self.today, count=1)
        self.redraw()
        if first:
            self.fit()

    def _colour(self, x: WaterSourceData, colours: dict[str, str]) -> str:
        mode = self.colour_by.currentData()
        if mode == "status":
            if x.status == "可用" and not x.available_on(self.today):
                return DRY[1]
            return colours.get(x.status, "#808080")
        if mode == "flow":
            return colours.get(x.flow_class, UNTESTED[1])
        return colours.get(x.type, "#808080")

    def _palette(self) -> dict[str, str]:
        from db.water.forms.map import STATUS_COLOURS
        from db.water.forms.map import TYPE_COLOURS

        mode = self.colour_by.currentData()
        if mode == "status":
            return dict(STATUS_COLOURS)
        if mode == "flow":
            return flow_colours(self.book)
        return dict(TYPE_COLOURS)

    def redraw(self) -> None:
        if self.stale:
            return
        self.scene.clear()
        self.source_items.clear()
        self.site_items.clear()
        self.circles = []
        rows = self.coverage.rows
        points = [(x.lon_wgs, x.lat_wgs) for x in self.sources]
        points += [(r.lon_wgs, r.lat_wgs) for r in rows]
        self.projection = Projection.around((lon, lat) for lon, lat in points if lon is not None)
        colours = self._palette()
        labels = self.labels_box.isChecked() and len(self.sources) <= LABEL_LIMIT
        for x in self.sources:
            assert x.id is not None and x.lon_wgs is not None and x.lat_wgs is not None
            at = self.projection.xy(x.lon_wgs, x.lat_wgs)
            tip = f"{x.code} {x.name}\n{db_text(x.type)} · {db_text(x.status)}" + (
                self.tr(" · 流量 {flow_class} 级").format(flow_class=x.flow_class)
                if x.flow_class
                else ""
            )
            colour = self._colour(x, colours)
            self.source_items[x.id] = source_marker(
                self.scene, at, colour, x.id, tip, x.code if labels else ""
            )
        radius = self.coverage.radius_m
        for r in rows:
            at = self.projection.xy(r.lon_wgs, r.lat_wgs)
            gap = not r.covered
            near = r.nearest[0] if r.nearest else None
            tip = f"{r.site_name}（{r.village}）\n" + (
                self.tr("最近可用水源 {code}，{distance_m:.0f} 米").format(
                    code=near.code, distance_m=near.distance_m
                )
                if near
                else self.tr("附近没有可用水源")
            )
            self.site_items[r.site_id] = site_marker(
                self.scene, at, gap, r.site_id, tip, r.site_name
            )
            circle = radius_circle(self.scene, at, radius, gap)
            circle.setVisible(self.circles_box.isChecked())
            self.circles.append(circle)
        self.view.legend = self._legend(colours)
        missing = len(self.coverage.without_coordinates)
        text = self.tr("水源 {count} 处，重点场所 {count2} 处").format(
            count=len(self.sources), count2=len(rows)
        )
        if missing:
            text += self.tr("（另有 {missing} 处场所没有坐标，未画出）").format(missing=missing)
        self.count_label.setText(text)
        self.view.viewport().update()

    def _legend(self, colours: dict[str, str]) -> list[tuple[str, str, str]]:
        mode = self.colour_by.currentData()
        if mode == "flow":
            entries = [(self.tr("{k} 级").format(k=k), c) for k, c in colours.items()] + [
                (self.tr(UNTESTED[0]), UNTESTED[1])
            ]
        elif mode == "status":
            entries = [(db_text(k), c) for k, c in colours.items() if k != "撤除"]
            entries.append((self.tr(DRY[0]), DRY[1]))
        else:
            entries = [(db_text(k), c) for k, c in colours.items()]
        legend = [(text, colour, "dot") for text, colour in entries]
        legend.append((self.tr("重点场所（已覆盖）"), "#ffffff", "square"))
        legend.append((self.tr("重点场所（缺口）"), palette.ERROR, "square"))
        legend.append(
            (
                self.tr("保护半径 {radius_m:g} 米").format(radius_m=self.coverage.radius_m),
                "#78909c",
                "ring",
            )
        )
        return legend

    def _show_circles(self, on: bool) -> None:
        for circle in self.circles:
            circle.setVisible(on)

    def bounds(self) -> QRectF:
        rect = QRectF()
        for item in [*self.source_items.values(), *self.site_items.values()]:
            p = item.pos()
            rect = rect.united(QRectF(p.x() - 1, p.y() - 1, 2, 2))
        pad = max(self.coverage.radius_m if not self.stale else 150.0, rect.width() * 0.06, 80.0)
        return rect.adjusted(-pad, -pad, pad, pad)

    def fit(self) -> None:
        if self.source_items or self.site_items:
            self.view.fit(self.bounds())

    # --- actions ------------------------------------------------------------------------------
    def _clicked(self, kind: str, key: int) -> None:
        if kind == "source":
            self.open_source(key)
        elif kind == "site":
            site = next((r for r in self.coverage.rows if r.site_id == key), None)
            if site is not None:
                near = joined(
                    QCoreApplication.translate("MapPage", "{code}（{distance_m:.0f} 米）").format(
                        code=n.code, distance_m=n.distance_m
                    )
                    for n in site.nearest
                )
                QMessageBox.information(
                    self,
                    site.site_name,
                    f"{site.site_name}（{site.village}）\n"
                    + (
                        self.tr("最近的可用水源：{near}").format(near=near)
                        if near
                        else self.tr("附近没有可用水源。")
                    ),
                )

    def open_source(self, source_id: int) -> None:
        from desktop.water.dialogs import SourceDialog

        dialog = SourceDialog(self, self.book, self.book.source(source_id))
        dialog.exec()
        if dialog.result() == QDialog.DialogCode.Accepted or dialog.touched:
            self.reload()
            self.changed.emit()

    def print_map(self) -> None:
        printing.print_form(
            self,
            self.tr("消防水源分布图"),
            "db.water.forms:map_pdf",
            f"消防水源分布图-{dt.date.today()}.pdf",
            self.book.db,
            self.colour_by.currentData() or "type",
        )


def make_page(services: Services, parent: QWidget) -> MapPage:
    return MapPage(services.water, parent)
