"""Example values for the templates' 填写说明, by register and column key: what a town's
clerk would write, naming no town (the templates go to every office, not only the demo's).
Columns not listed get an example from their kind or header."""

from __future__ import annotations

from typing import Any

EXAMPLES: dict[str, dict[str, Any]] = {
    "members": {"name": "李德华"},
    "leave": {"reason": "探亲"},
    "alert-periods": {"name": "春节", "level": "二级战备"},
    "duty": {"leader": "李德华", "staff": "王强、赵永刚", "standby": "陈志强"},
    "sites": {"name": "镇中心小学", "contact": "刘校长", "occupancy": 860},
    "plans": {"name": "镇中心小学火灾现场处置方案", "sites": "镇中心小学", "version_no": 1},
    "drills": {
        "name": "中心小学消防疏散演练",
        "place": "中心小学操场",
        "site": "镇中心小学",
        "plan": "镇中心小学火灾现场处置方案",
    },
    "findings": {
        "drill": "中心小学消防疏散演练",
        "problem": "二楼疏散指示灯不亮",
        "measure": "更换应急照明灯",
    },
    "vehicles": {
        "type": "水罐消防车",
        "tank_l": 5000,
        "foam_l": 0,
        "pump_lps": 30,
        "mileage_km": 12860,
    },
    "equipment": {
        "code": "SD-001",
        "name": "65mm有衬里水带",
        "spec": "8-65-20",
        "location": "器材库1号架",
    },
    "supplies": {
        "name": "编织袋",
        "location": "镇应急物资仓库",
        "quota": 1000,
        "quantity": 800,
        "batch": "2026-01",
    },
    "stock-moves": {"name": "编织袋", "quantity": 100, "borrower": "石桥村村委会"},
    "water-sources": {
        "name": "中心街1号消火栓",
        "owner": "县自来水公司供水站",
        "pipe_dn": "DN150",
        "static_mpa": 0.32,
        "volume_m3": 200,
    },
    "inspections": {"problems": "出水口闷盖缺失", "follow_up": "已报供水站补装"},
}
BY_HEADER: dict[str, Any] = {"经度": 106.552, "纬度": 29.563}
