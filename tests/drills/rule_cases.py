"""Rows of 重点场所, 应急预案, 演练 and 整改 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

from typing import Any

from db.drills import DrillBook
from db.drills import SiteData
from db.engine import Database
from tests.xlsx.rules_case import Case


def sites(db: Database) -> Any:
    return DrillBook(db).validate_site


# fmt: off
CASES = [
    Case("sites", [["名称", "经度", "纬度"], ["高楼小学", 200, 30]], "经度", sites, SiteData("高楼小学", lon=200, lat=30), "lon"),
    Case("sites", [["场所名称", "东经", "北纬"], ["高楼小学", 106.5, None]], "北纬", sites, SiteData("高楼小学", lon=106.5), "lat"),
    Case("sites", [["名称", "联系电话"], ["高楼小学", "13x"]], "联系电话", sites, SiteData("高楼小学", phone="13x"), "phone"),
    Case("sites", [["名称", "人数"], ["高楼小学", -5]], "人数", sites, SiteData("高楼小学", occupancy=-5), "occupancy"),
]
# fmt: on
