"""Example values for the templates' 填写说明, by register and column key: what a town's
clerk would write, naming no town (the templates go to every office, not only the demo's).
Columns not listed get an example from their kind or header."""

from __future__ import annotations

from typing import Any

EXAMPLES: dict[tuple[str, str], Any] = {
    ("members", "name"): "李德华",
    ("leave", "reason"): "探亲",
    ("alert-periods", "name"): "春节",
    ("alert-periods", "level"): "二级战备",
    ("duty", "leader"): "李德华",
    ("duty", "staff"): "王强、赵永刚",
    ("duty", "standby"): "陈志强",
    ("sites", "name"): "镇中心小学",
    ("sites", "contact"): "刘校长",
    ("sites", "occupancy"): 860,
    ("plans", "name"): "镇中心小学火灾现场处置方案",
    ("plans", "sites"): "镇中心小学",
    ("plans", "version_no"): 1,
    ("drills", "name"): "中心小学消防疏散演练",
    ("drills", "place"): "中心小学操场",
    ("drills", "site"): "镇中心小学",
    ("drills", "plan"): "镇中心小学火灾现场处置方案",
    ("findings", "drill"): "中心小学消防疏散演练",
    ("findings", "problem"): "二楼疏散指示灯不亮",
    ("findings", "measure"): "更换应急照明灯",
    ("vehicles", "type"): "水罐消防车",
    ("vehicles", "tank_l"): 5000,
    ("vehicles", "foam_l"): 0,
    ("vehicles", "pump_lps"): 30,
    ("vehicles", "mileage_km"): 12860,
    ("equipment", "code"): "SD-001",
    ("equipment", "name"): "65mm有衬里水带",
    ("equipment", "spec"): "8-65-20",
    ("equipment", "location"): "器材库1号架",
    ("supplies", "name"): "编织袋",
    ("supplies", "location"): "镇应急物资仓库",
    ("supplies", "quota"): 1000,
    ("supplies", "quantity"): 800,
    ("supplies", "batch"): "2026-01",
    ("stock-moves", "name"): "编织袋",
    ("stock-moves", "quantity"): 100,
    ("stock-moves", "borrower"): "石桥村村委会",
    ("water-sources", "name"): "中心街1号消火栓",
    ("water-sources", "owner"): "县自来水公司供水站",
    ("water-sources", "pipe_dn"): "DN150",
    ("water-sources", "static_mpa"): 0.32,
    ("water-sources", "volume_m3"): 200,
    ("inspections", "problems"): "出水口闷盖缺失",
    ("inspections", "follow_up"): "已报供水站补装",
}
BY_HEADER: dict[str, Any] = {"经度": 106.552, "纬度": 29.563}
