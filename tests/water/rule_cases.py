"""Rows of 水源 and 水源检查 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from db.engine import Database
from db.water import InspectionData
from db.water import WaterBook
from db.water import WaterSourceData
from tests.water.helpers import hydrant
from tests.xlsx.rules_case import Case
from tests.xlsx.rules_case import rules

sources = rules(WaterBook, "validate_source")
inspections = rules(WaterBook, "validate_inspection")


def a_hydrant(db: Database) -> int:
    return hydrant(WaterBook(db), "XHS-001")


HEAD = ["编号", "名称", "类型"]
HYDRANT = ["XHS-1", "正街消火栓", "市政消火栓"]
RIVER = ["TR-1", "龙溪河", "天然水源"]
POOL = ["SC-1", "高楼中学消防水池", "消防水池"]
LATER = dt.date.today() + dt.timedelta(days=5)


def hydrant_data(**kw: Any) -> WaterSourceData:
    return WaterSourceData(*HYDRANT, **kw)


# fmt: off
CASES = [
    Case("water-sources", [[*HEAD, "经度", "纬度"], [*HYDRANT, 200, 30]], "经度", sources, hydrant_data(lon=200.0, lat=30.0), "lon"),
    Case("water-sources", [[*HEAD, "经度", "纬度"], [*HYDRANT, 105.9, 95]], "纬度", sources, hydrant_data(lon=105.9, lat=95.0), "lat"),
    Case("water-sources", [[*HEAD, "东经", "北纬"], [*HYDRANT, 105.9, None]], "北纬", sources, hydrant_data(lon=105.9), "lat"),
    Case("water-sources", [[*HEAD, "经度"], [*HYDRANT, 105.9]], "纬度", sources, hydrant_data(lon=105.9), "lat"),
    Case("water-sources", [[*HEAD, "联系电话"], [*HYDRANT, "13x"]], "联系电话", sources, hydrant_data(phone="13x"), "phone"),
    Case("water-sources", [[*HEAD, "电话"], [*HYDRANT, "1"]], "电话", sources, hydrant_data(phone="1"), "phone"),
    Case("water-sources", [[*HEAD, "设置形式"], [*HYDRANT, "河"]], "设置形式", sources, hydrant_data(form="河"), "form"),
    Case("water-sources", [[*HEAD, "静压MPa"], [*HYDRANT, -0.1]], "静压MPa", sources, hydrant_data(details={"static_mpa": -0.1}), "details.static_mpa"),
    Case("water-sources", [[*HEAD, "管网直径"], [*HYDRANT, "DN15.5"]], "管网直径", sources, hydrant_data(details={"pipe_dn": "15.5"}), "details.pipe_dn"),
    Case("water-sources", [[*HEAD, "储水量m3"], [*POOL, -5]], "储水量m3", sources, WaterSourceData(*POOL, details={"volume_m3": -5}), "details.volume_m3"),
    Case("water-sources", [[*HEAD, "有无枯水期", "枯水期"], [*RIVER, "是", None]], "枯水期", sources, WaterSourceData(*RIVER, has_dry_season=True), "dry_months"),
    Case("water-sources", [[*HEAD, "有无枯水期", "枯水期"], [*RIVER, "是", "无"]], "枯水期", sources, WaterSourceData(*RIVER, has_dry_season=True, dry_months="无"), "dry_months"),
    Case("water-sources", [[*HEAD, "枯水期"], [*RIVER, "冬季"]], "枯水期", sources, WaterSourceData(*RIVER, dry_months="冬季"), "dry_months"),
    Case("inspections", [["水源编号", "检查日期", "检查人"], ["XHS-001", LATER, "刘建国"]], "检查日期", inspections, InspectionData(1, LATER, "刘建国"), "inspected_on", a_hydrant),
]
# fmt: on
