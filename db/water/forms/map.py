"""A printable map-like page: water sources and key sites drawn by their coordinates.

No tiles and no internet: an equirectangular projection of WGS84 around the points' middle
(good to well under 1 % over a town or a county), a scale bar and a legend. Sources are
coloured by type, by status or by flow class; key sites are squares with their protection
circle, red when they are a coverage gap.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.shapes import Line
from reportlab.graphics.shapes import Polygon
from reportlab.graphics.shapes import Rect
from reportlab.graphics.shapes import String
from reportlab.lib import colors

from db.geo import EARTH_RADIUS_M
from db.pdf.fonts import FONT
from db.pdf.fonts import register_fonts
from db.pdf.labels import Box
from db.pdf.labels import Placed
from db.pdf.labels import Wanted
from db.pdf.labels import place_labels
from db.pdf.labels import text_width

TYPE_COLOURS = {
    "市政消火栓": "#e6194b",
    "消防水鹤": "#911eb4",
    "消防水池": "#4363d8",
    "天然水源": "#1f9e89",
    "取水点": "#42d4f4",
}
STATUS_COLOURS = {
    "可用": "#3cb44b",
    "故障": "#e6194b",
    "维修中": "#f58231",
    "停用": "#a9a9a9",
    "撤除": "#000000",
}
UNKNOWN = "#808080"


@dataclass(frozen=True)
class MapSource:
    lon: float  # WGS84
    lat: float
    label: str
    type: str
    status: str
    flow_class: str = ""
    usable: bool = True  # on the map's day (dry season counts)


@dataclass(frozen=True)
class MapSite:
    lon: float  # WGS84
    lat: float
    label: str
    gap: bool = False


def nice_length(metres: float) -> float:
    """The largest 1/2/5 × 10ⁿ not above ``metres``."""
    if metres <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(metres))
    return max(s * power for s in (1, 2, 5) if s * power <= metres)


LEGEND_H = 16.0
SOURCE_LABEL_SIZE, SITE_LABEL_SIZE = 5.0, 6.5
MAX_SOURCE_LABELS = 80  # more than this: the points alone (a county-wide map)


@dataclass(frozen=True)
class Frame:
    """Where the map sits in the drawing and how points land on it."""

    width: float
    height: float
    lon0: float
    lat0: float
    scale: float  # points per metre
    mx: float
    my: float

    @property
    def box(self) -> Box:
        return (0.0, LEGEND_H + 4, self.width, self.height)

    def metres(self, lon: float, lat: float) -> tuple[float, float]:
        k = math.cos(math.radians(self.lat0))
        m_per_deg = EARTH_RADIUS_M * math.pi / 180
        return (lon - self.lon0) * m_per_deg * k, (lat - self.lat0) * m_per_deg

    def place(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = self.metres(lon, lat)
        cy = LEGEND_H + 4 + (self.height - LEGEND_H - 4) / 2
        return self.width / 2 + (x - self.mx) * self.scale, cy + (y - self.my) * self.scale

    @property
    def scale_bar(self) -> tuple[float, float, float]:
        """The scale bar's length in metres and points, and its box's right end."""
        bar_m = nice_length((self.width / 4) / self.scale)
        return bar_m, bar_m * self.scale, 10.0 + bar_m * self.scale + 37


def map_frame(
    sources: Sequence[MapSource],
    sites: Sequence[MapSite],
    width: float,
    height: float,
    radius_m: float = 150.0,
) -> Frame | None:
    """The projection holding every point and every site's whole circle (nothing drawn outside
    the frame); None without points."""
    points = [(p.lon, p.lat) for p in sources] + [(s.lon, s.lat) for s in sites]
    if not points:
        return None
    lon0 = (min(p[0] for p in points) + max(p[0] for p in points)) / 2
    lat0 = (min(p[1] for p in points) + max(p[1] for p in points)) / 2
    probe = Frame(width, height, lon0, lat0, 1.0, 0.0, 0.0)
    xy = [probe.metres(*p) for p in points]
    for site in sites:
        sx, sy = probe.metres(site.lon, site.lat)
        xy += [(sx - radius_m, sy - radius_m), (sx + radius_m, sy + radius_m)]
    span_x = max(max(p[0] for p in xy) - min(p[0] for p in xy), radius_m * 2, 200.0)
    span_y = max(max(p[1] for p in xy) - min(p[1] for p in xy), radius_m * 2, 200.0)
    pad, map_h = 14.0, height - LEGEND_H - 4
    scale = min((width - 2 * pad) / span_x, (map_h - 2 * pad) / span_y)
    mx = (max(p[0] for p in xy) + min(p[0] for p in xy)) / 2
    my = (max(p[1] for p in xy) + min(p[1] for p in xy)) / 2
    return Frame(width, height, lon0, lat0, scale, mx, my)


def _mark_size(sources: Sequence[MapSource]) -> float:
    return 2.6 if len(sources) < 500 else 1.2


def map_labels(
    sources: Sequence[MapSource],
    sites: Sequence[MapSite],
    frame: Frame,
    labels: bool = True,
) -> tuple[list[Placed], list[Wanted]]:
    """The labels as the map draws them: sites first, then sources (up to
    ``MAX_SOURCE_LABELS``), none over another label, a mark, the scale bar or the north arrow,
    all inside the frame; those that fit nowhere are dropped (and counted on the map)."""
    if not labels:
        return [], []
    size = _mark_size(sources)
    marks: list[Box] = []
    wanted: list[Wanted] = []
    for s in sites:
        x, y = frame.place(s.lon, s.lat)
        marks.append((x - 3.5, y - 3.5, x + 3.5, y + 3.5))
        wanted.append(Wanted(s.label, x, y, SITE_LABEL_SIZE, 3.5, "gap" if s.gap else "site"))
    for p in sources:
        x, y = frame.place(p.lon, p.lat)
        reach = size + (1.0 if not p.usable else 0.3)
        marks.append((x - reach, y - reach, x + reach, y + reach))
        if len(sources) <= MAX_SOURCE_LABELS:
            wanted.append(Wanted(p.label, x, y, SOURCE_LABEL_SIZE, reach))
    nx, ny = frame.width - 16, frame.height - 26
    bar_end = frame.scale_bar[2]
    fixed = [(7.0, LEGEND_H + 8, bar_end, LEGEND_H + 22), (nx - 5, ny - 9, nx + 5, ny + 12)]
    inner = _inset(frame.box, 1.0)
    placed, dropped = place_labels(wanted, inner, marks + fixed)
    if dropped:  # room for the note saying so, top left, then place again
        placed, dropped = place_labels(wanted, inner, [*marks, *fixed, _note_box(frame)])
    return placed, dropped


def _inset(box: Box, by: float) -> Box:
    return (box[0] + by, box[1] + by, box[2] - by, box[3] - by)


def _note_box(frame: Frame) -> Box:
    top = frame.height - 3
    return (3.0, top - 8, 3.0 + text_width(_note(999), 6), top)


def _note(count: int) -> str:
    return f"另有 {count} 处标注因过密未显示"


def map_drawing(
    sources: Sequence[MapSource],
    sites: Sequence[MapSite],
    width: float,
    height: float,
    *,
    colour_by: str = "type",  # "type" | "status" | "flow"
    flow_colours: dict[str, str] | None = None,
    radius_m: float = 150.0,
    labels: bool = True,
) -> Drawing:
    register_fonts()
    d = Drawing(width, height)
    legend_h = LEGEND_H
    map_h = height - legend_h - 4
    d.add(
        Rect(
            0, legend_h + 4, width, map_h, strokeColor=colors.black, fillColor=None, strokeWidth=0.8
        )
    )
    frame = map_frame(sources, sites, width, height, radius_m)
    if frame is None:
        d.add(
            String(
                width / 2,
                height / 2,
                "（没有带坐标的水源或场所）",
                fontName=FONT,
                fontSize=10,
                textAnchor="middle",
            )
        )
        return d
    place, scale = frame.place, frame.scale

    def colour_of(p: MapSource) -> str:
        if colour_by == "status":
            return STATUS_COLOURS.get(p.status, UNKNOWN)
        if colour_by == "flow":
            return (flow_colours or {}).get(p.flow_class, UNKNOWN)
        return TYPE_COLOURS.get(p.type, UNKNOWN)

    for s in sites:
        x, y = place(s.lon, s.lat)
        ring = colors.HexColor("#e6194b") if s.gap else colors.HexColor("#999999")
        d.add(
            Circle(
                x,
                y,
                radius_m * scale,
                strokeColor=ring,
                fillColor=None,
                strokeWidth=0.6,
                strokeDashArray=[3, 2],
            )
        )
    size = _mark_size(sources)
    for p in sources:
        x, y = place(p.lon, p.lat)
        fill = colors.HexColor(colour_of(p))
        d.add(Circle(x, y, size, fillColor=fill, strokeColor=colors.black, strokeWidth=0.3))
        if not p.usable:
            for sign in (1, -1):
                d.add(
                    Line(
                        x - size - 1,
                        y - sign * (size + 1),
                        x + size + 1,
                        y + sign * (size + 1),
                        strokeColor=colors.black,
                        strokeWidth=0.7,
                    )
                )
    red = colors.HexColor("#e6194b")
    for s in sites:
        x, y = place(s.lon, s.lat)
        d.add(
            Polygon(
                [x - 3.5, y - 3.5, x + 3.5, y - 3.5, x + 3.5, y + 3.5, x - 3.5, y + 3.5],
                fillColor=red if s.gap else colors.black,
                strokeColor=colors.white,
                strokeWidth=0.5,
            )
        )
    placed, dropped = map_labels(sources, sites, frame, labels)
    for spot in placed:
        ink = {"gap": red, "site": colors.black}.get(spot.tag, colors.HexColor("#333333"))
        if spot.leader:
            d.add(Line(*spot.leader, strokeColor=colors.HexColor("#777777"), strokeWidth=0.3))
        d.add(String(spot.x, spot.y, spot.text, fontName=FONT, fontSize=spot.size, fillColor=ink))
    if dropped:
        box = _note_box(frame)
        d.add(String(box[0], box[1] + 1.5, _note(len(dropped)), fontName=FONT, fontSize=6))
    # north arrow and scale bar (bottom left, inside the frame)
    bar_m, bar, _ = frame.scale_bar
    bx, by = 10.0, legend_h + 12
    d.add(Rect(bx - 3, by - 4, bar + 40, 14, fillColor=colors.white, strokeColor=None))
    for i in range(4):
        d.add(
            Rect(
                bx + i * bar / 4,
                by,
                bar / 4,
                3,
                fillColor=colors.black if i % 2 == 0 else colors.white,
                strokeColor=colors.black,
                strokeWidth=0.4,
            )
        )
    text = f"{bar_m / 1000:g} 千米" if bar_m >= 1000 else f"{bar_m:g} 米"
    d.add(String(bx + bar + 4, by, text, fontName=FONT, fontSize=7))
    nx, ny = width - 16, height - 26
    d.add(Polygon([nx, ny + 12, nx - 4, ny, nx + 4, ny], fillColor=colors.black, strokeColor=None))
    d.add(String(nx, ny - 8, "北", fontName=FONT, fontSize=7, textAnchor="middle"))
    # legend
    entries: list[tuple[str, str]]
    if colour_by == "status":
        entries = list(STATUS_COLOURS.items())
    elif colour_by == "flow":
        entries = [(f"{c}级", v) for c, v in (flow_colours or {}).items()] + [("未测", UNKNOWN)]
    else:
        entries = list(TYPE_COLOURS.items())
    x = 2.0
    for label, colour in entries:
        d.add(
            Circle(
                x + 3,
                8,
                3,
                fillColor=colors.HexColor(colour),
                strokeColor=colors.black,
                strokeWidth=0.3,
            )
        )
        d.add(String(x + 8, 5.5, label, fontName=FONT, fontSize=7))
        x += 14 + 7 * len(label)
    d.add(Polygon([x, 5, x + 6, 5, x + 6, 11, x, 11], fillColor=colors.black, strokeColor=None))
    d.add(String(x + 9, 5.5, "重点场所", fontName=FONT, fontSize=7))
    x += 44
    d.add(
        Polygon(
            [x, 5, x + 6, 5, x + 6, 11, x, 11],
            fillColor=colors.HexColor("#e6194b"),
            strokeColor=None,
        )
    )
    d.add(String(x + 9, 5.5, f"缺口（{radius_m:g} 米内无可用水源）", fontName=FONT, fontSize=7))
    x += 120
    d.add(Line(x, 5, x + 6, 11, strokeColor=colors.black))
    d.add(Line(x, 11, x + 6, 5, strokeColor=colors.black))
    d.add(String(x + 9, 5.5, "当日不可用", fontName=FONT, fontSize=7))
    return d
