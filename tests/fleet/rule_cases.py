"""Rows of 车辆 and 器材 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet import VehicleData
from tests.xlsx.rules_case import Case
from tests.xlsx.rules_case import rules

MADE, TESTED = dt.date(2020, 5, 1), dt.date(2019, 3, 1)  # tested before it was made
LATER = dt.date.today() + dt.timedelta(days=40)


vehicles = rules(Fleet, "validate_vehicle")
equipment = rules(Fleet, "validate_equipment")


def a_cylinder_made_in_2020(db: Database) -> object:
    return Fleet(db).save_equipment(
        EquipmentData("QP-1", "碳纤维气瓶", "气瓶", manufactured_on=MADE)
    )


# fmt: off
CASES = [
    Case("vehicles", [["车牌号", "水罐容量L"], ["渝A12345", -1]], "水罐容量L", vehicles, VehicleData("渝A12345", tank_l=-1), "tank_l"),
    Case("vehicles", [["车牌", "泡沫容量"], ["渝A12345", -200]], "泡沫容量", vehicles, VehicleData("渝A12345", foam_l=-200), "foam_l"),
    Case("vehicles", [["车牌号", "水泵流量L/s"], ["渝A12345", -40]], "水泵流量L/s", vehicles, VehicleData("渝A12345", pump_lps=-40), "pump_lps"),
    Case("vehicles", [["车牌号", "状态", "里程km"], ["渝A12345", "备用", -3]], "里程km", vehicles, VehicleData("渝A12345", status="备用", mileage_km=-3), "mileage_km"),
    Case("equipment", [["编号", "名称", "类别", "生产日期"], ["SD-1", "水带", "水带", LATER.isoformat()]], "生产日期", equipment, EquipmentData("SD-1", "水带", "水带", manufactured_on=LATER), "manufactured_on"),
    Case("equipment", [["编号", "名称", "类别", "检验日期"], ["SD-1", "水带", "水带", LATER.isoformat()]], "检验日期", equipment, EquipmentData("SD-1", "水带", "水带", last_test_on=LATER), "last_test_on"),
    Case("equipment", [["编号", "名称", "类别", "出厂日期", "上次检验日期"], ["QP-1", "碳纤维气瓶", "气瓶", "2020-05-01", "2019-03-01"]], "上次检验日期", equipment, EquipmentData("QP-1", "碳纤维气瓶", "气瓶", manufactured_on=MADE, last_test_on=TESTED), "last_test_on"),
    Case("equipment", [["编号", "名称", "类别", "上次检验日期"], ["QP-1", "碳纤维气瓶", "气瓶", "2019-03-01"]], "上次检验日期", equipment, EquipmentData("QP-1", "碳纤维气瓶", "气瓶", manufactured_on=MADE, last_test_on=TESTED), "last_test_on", a_cylinder_made_in_2020),
    Case("equipment", [["编号", "名称", "类别", "灭火剂类型"], ["MH-1", "手提式灭火器", "灭火器", None]], "灭火剂类型", equipment, EquipmentData("MH-1", "手提式灭火器", "灭火器"), "agent"),
    Case("equipment", [["编号", "名称", "类别", "规格型号"], ["MH-1", "推车式灭火器", "灭火器", "35kg"]], "灭火剂类型", equipment, EquipmentData("MH-1", "推车式灭火器", "灭火器", "35kg"), "agent"),
]
# fmt: on
