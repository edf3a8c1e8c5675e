"""Coordinates: GCJ-02 ↔ WGS84, great-circle distances, and a grid index for nearby searches.

Distances are haversine on WGS84; GCJ-02 points (the offset used by Chinese web maps) are
converted first. The conversion is the published forward formula, inverted by iteration to
well under a metre.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Iterator
from typing import NamedTuple

from db.words import said

EARTH_RADIUS_M = 6_371_008.8
_A = 6378245.0
_EE = 0.00669342162296594323
WGS84, GCJ02 = "WGS84", "GCJ-02"


def _outside_china(lon: float, lat: float) -> bool:
    return not (72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271)


def _waves(t: float, a: float, fa: float, b: float, fb: float) -> float:
    """The formula's sine terms: ``(a·sin(fa·t·π) + b·sin(fb·t·π))·2/3``."""
    return (a * math.sin(fa * t * math.pi) + b * math.sin(fb * t * math.pi)) * 2.0 / 3.0


def _swing(t: float, a: float) -> float:
    """One axis's own sine terms: periods 2 and 6, then 24 and 60 with amplitudes ``a`` and ``2a``."""
    return _waves(t, 20.0, 1.0, 40.0, 1.0 / 3.0) + _waves(t, a, 1.0 / 12.0, 2.0 * a, 1.0 / 30.0)


def _delta(lon: float, lat: float) -> tuple[float, float]:
    x, y = lon - 105.0, lat - 35.0
    both = 0.1 * x * y + _waves(x, 20.0, 6.0, 20.0, 2.0)
    dlat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.2 * math.sqrt(abs(x)) + both
    dlat += _swing(y, 160.0)
    dlon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * math.sqrt(abs(x)) + both + _swing(x, 150.0)
    rad = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    dlon = (dlon * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return dlon, dlat


def wgs84_to_gcj02(lon: float, lat: float) -> tuple[float, float]:
    if _outside_china(lon, lat):
        return lon, lat
    dlon, dlat = _delta(lon, lat)
    return lon + dlon, lat + dlat


def gcj02_to_wgs84(lon: float, lat: float) -> tuple[float, float]:
    if _outside_china(lon, lat):
        return lon, lat
    wlon, wlat = lon, lat
    for _ in range(10):
        glon, glat = wgs84_to_gcj02(wlon, wlat)
        dlon, dlat = glon - lon, glat - lat
        wlon, wlat = wlon - dlon, wlat - dlat
        if abs(dlon) < 1e-9 and abs(dlat) < 1e-9:
            break
    return wlon, wlat


def to_wgs84(lon: float, lat: float, crs: str) -> tuple[float, float]:
    return gcj02_to_wgs84(lon, lat) if crs == GCJ02 else (lon, lat)


def haversine_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def validate(lon: float | None, lat: float | None, crs: str) -> dict[str, str]:
    problems: dict[str, str] = {}
    if (lon is None) != (lat is None):
        problems["lat" if lat is None else "lon"] = said("经度和纬度要么都填，要么都不填")
    if lon is not None and not -180 <= lon <= 180:
        problems["lon"] = said("经度 {lon} 超出范围（-180 到 180）", lon=lon)
    if lat is not None and not -90 <= lat <= 90:
        problems["lat"] = said("纬度 {lat} 超出范围（-90 到 90）", lat=lat)
    if crs not in (WGS84, GCJ02):
        problems["crs"] = said("坐标系只能是 WGS84 或 GCJ-02")
    return problems


class Point(NamedTuple):
    """A point to index (a tuple: a county's 100,000 are built in a blink)."""

    id: int
    lon: float
    lat: float


class GridIndex:
    """Points bucketed in cells of about ``cell_m`` metres: nearby searches touch few cells."""

    def __init__(self, points: Iterable[Point], cell_m: float = 500.0):
        self.cell_deg = cell_m / 111_320.0
        self.cells: dict[tuple[int, int], list[Point]] = defaultdict(list)
        cells, deg, floor = self.cells, self.cell_deg, math.floor
        for p in points:
            cells[(floor(p.lat / deg), floor(p.lon / deg))].append(p)

    def _key(self, lon: float, lat: float) -> tuple[int, int]:
        return int(math.floor(lat / self.cell_deg)), int(math.floor(lon / self.cell_deg))

    def near(self, lon: float, lat: float, radius_m: float) -> Iterator[tuple[float, Point]]:
        """Points within ``radius_m`` with their distance (unsorted)."""
        row, col = self._key(lon, lat)
        lat_cells = int(math.ceil(radius_m / 111_320.0 / self.cell_deg))
        shrink = max(math.cos(math.radians(lat)), 0.01)
        lon_cells = int(math.ceil(radius_m / (111_320.0 * shrink) / self.cell_deg))
        for r in range(row - lat_cells, row + lat_cells + 1):
            for c in range(col - lon_cells, col + lon_cells + 1):
                for p in self.cells.get((r, c), ()):
                    d = haversine_m(lon, lat, p.lon, p.lat)
                    if d <= radius_m:
                        yield d, p

    def nearest(
        self, lon: float, lat: float, count: int, max_m: float
    ) -> list[tuple[float, Point]]:
        return sorted(self.near(lon, lat, max_m), key=lambda dp: dp[0])[:count]
