"""The Excel registers by command-line name, with their Chinese titles.

A plain table with no imports, so the command-line parser and the window can name the registers
without loading SQLAlchemy or openpyxl. ``tests/test_register_names.py`` checks it against
``db.xlsx.REGISTERS``: a new register is added in both places.
"""

from __future__ import annotations

TITLES: dict[str, str] = {
    "members": "队员名册",
    "leave": "请假登记",
    "alert-periods": "战备时段",
    "duty": "值班表",
    "sites": "重点场所台账",
    "plans": "应急预案台账",
    "drills": "演练台账",
    "findings": "整改台账",
    "vehicles": "消防车辆",
    "equipment": "装备器材",
    "supplies": "物资储备",
    "stock-moves": "出入库记录",
    "water-sources": "消防水源台账",
    "inspections": "水源检查记录",
}

NAMES: tuple[str, ...] = tuple(sorted(TITLES))
