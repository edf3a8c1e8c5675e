"""Rows of 车辆 and 器材 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

from typing import Any

from db.engine import Database
from db.fleet import Fleet
from db.fleet import VehicleData
from tests.xlsx.rules_case import Case


def vehicles(db: Database) -> Any:
    return Fleet(db).validate_vehicle


# fmt: off
CASES = [
    Case("vehicles", [["车牌号", "水罐容量L"], ["渝A12345", -1]], "水罐容量L", vehicles, VehicleData("渝A12345", tank_l=-1), "tank_l"),
    Case("vehicles", [["车牌", "泡沫容量"], ["渝A12345", -200]], "泡沫容量", vehicles, VehicleData("渝A12345", foam_l=-200), "foam_l"),
    Case("vehicles", [["车牌号", "水泵流量L/s"], ["渝A12345", -40]], "水泵流量L/s", vehicles, VehicleData("渝A12345", pump_lps=-40), "pump_lps"),
    Case("vehicles", [["车牌号", "状态", "里程km"], ["渝A12345", "备用", -3]], "里程km", vehicles, VehicleData("渝A12345", status="备用", mileage_km=-3), "mileage_km"),
]
# fmt: on
