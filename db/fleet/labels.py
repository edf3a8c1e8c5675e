"""What the modification record calls the fleet's tables and fields (see ``db.labels``)."""

from __future__ import annotations

from db.labels import TableLabels
from db.words import said

_TARGET = {"target_table": "检查对象类别", "target_id": "检查对象"}
_KIT = {"compartment": "箱位", "expected": "应有数量"}  # a kit line and a check's count of it

TABLES = (
    TableLabels(
        "vehicle",
        register="vehicles",
        fields={"insurance_due": "保险到期", "inspection_due": "年检到期"},
        record="plate",
    ),
    TableLabels(
        "kit_item",
        said("随车器材"),
        fields={**_KIT, "vehicle_id": "车辆"},
    ),
    TableLabels(
        "equipment",
        register="equipment",
        fields={
            "vehicle_id": "所属车辆",
            "compartment": "箱位",
            "next_due": "下次检验日期",
            "retire_on": "报废日期",
        },
    ),
    TableLabels(
        "check_template_item",
        said("检查项目模板"),
        fields={"target": "适用对象", "text": "检查项目"},
        record="text",
    ),
    TableLabels(
        "check",
        said("车辆装备检查"),
        fields={
            **_TARGET,
            "kind": "检查类型",
            "done_on": "检查日期",
            "inspector": "检查人",
            "passed": "合格",
            "mileage_km": "里程km",
        },
        record="done_on",
        tables=("target_table",),
    ),
    TableLabels(
        "check_result",
        said("检查结果"),
        fields={**_KIT, "check_id": "检查", "text": "检查项目", "counted": "清点数量"},
        record="text",
    ),
    TableLabels(
        "repair_ticket",
        said("维修单"),
        fields={
            "target_table": "维修对象类别",
            "target_id": "维修对象",
            "check_id": "检查",
            "assigned_to": "负责人",
            "cost": "费用",
            "resolved_on": "修复日期",
            "previous_status": "报修前状态",
        },
        record="problem",
        tables=("target_table",),
    ),
)
