"""Builders for the water tests: sources at known offsets from a point."""

from __future__ import annotations

import datetime as dt
import math

from db.geo import EARTH_RADIUS_M
from db.water import WaterBook
from db.water import WaterSourceData

LON, LAT = 105.93, 29.80
M_PER_DEG_LAT = EARTH_RADIUS_M * math.pi / 180


def north(metres: float, lat: float = LAT) -> float:
    """The latitude ``metres`` north of ``lat``."""
    return lat + metres / M_PER_DEG_LAT


def east(metres: float, lon: float = LON, lat: float = LAT) -> float:
    return lon + metres / (M_PER_DEG_LAT * math.cos(math.radians(lat)))


def hydrant(book: WaterBook, code: str = "XHS-001", **kw) -> int:
    data = WaterSourceData(
        code,
        kw.pop("name", f"消火栓{code}"),
        "市政消火栓",
        "地上式",
        village=kw.pop("village", "高楼社区"),
        lon=kw.pop("lon", LON),
        lat=kw.pop("lat", LAT),
        owner="县自来水公司",
        details={"network": "环状", "pipe_dn": 150, "static_mpa": 0.3, "outlets": "1×DN100+2×DN65"},
        **kw,
    )
    return book.save_source(data)


def pool(book: WaterBook, code: str = "SC-001", **kw) -> int:
    return book.save_source(
        WaterSourceData(
            code,
            kw.pop("name", "高楼中学消防水池"),
            "消防水池",
            village=kw.pop("village", "高楼社区"),
            lon=LON,
            lat=LAT,
            details={"volume_m3": 300, "refill_h": 24},
            **kw,
        )
    )


def river(book: WaterBook, code: str = "TR-001", months: str = "12-2", **kw) -> int:
    return book.save_source(
        WaterSourceData(
            code,
            kw.pop("name", "龙溪河取水点"),
            "天然水源",
            "河",
            village=kw.pop("village", "龙溪村"),
            lon=kw.pop("lon", LON),
            lat=kw.pop("lat", LAT),
            has_dry_season=True,
            dry_months=months,
            **kw,
        )
    )


DAY = dt.date(2025, 6, 10)
