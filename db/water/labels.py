"""What the modification record calls the water tables and fields (see ``db.labels``)."""

from __future__ import annotations

from db.labels import TableLabels
from db.water.data import FIELDS_BY_TYPE
from db.words import said

# The per-type fields kept in a source's ``details``, labelled as the source form shows them.
_DETAILS = {spec.key: spec.label for specs in FIELDS_BY_TYPE.values() for spec in specs}
# What a record pointing at a source, a survey or an inspection calls the one it points at.
_LINKS = {"source_id": "水源", "survey_id": "普查", "inspection_id": "检查记录"}

TABLES = (
    TableLabels(
        "water_source",
        register="water-sources",
        fields={
            **_DETAILS,
            "form": "设置形式",
            "lon_wgs": "经度（WGS84）",
            "lat_wgs": "纬度（WGS84）",
            "station": "管辖队站",
            "details": "类型参数",
            "parent_id": "所属水源",
            "flow_class": "流量等级",
            "last_inspected_on": "上次检查日期",
            "next_due": "下次检查日期",
        },
        nested=("details",),
    ),
    TableLabels(
        "survey",
        said("水源普查"),
        fields={"inspectors": "普查人员", "summary": "普查总结"},
    ),
    TableLabels(
        "survey_item",
        said("普查水源"),
        fields=_LINKS,
        record="source_id",
    ),
    TableLabels(
        "inspection",
        register="inspections",
        fields=_LINKS,
        record="inspected_on",
    ),
    TableLabels(
        "inspection_item",
        said("水源检查项目"),
        fields={**_LINKS, "text": "检查项目"},
        record="text",
    ),
    TableLabels(
        "water_repair",
        said("水源维修"),
        fields={**_LINKS, "reported_to": "报告单位", "deadline": "期限"},
        record="problem",
    ),
    TableLabels(
        "flow_test",
        said("流量测试"),
        fields={
            **_LINKS,
            "tested_on": "测试日期",
            "static_mpa": "静压MPa",
            "residual_mpa": "残压MPa",
            "pitot_mpa": "皮托管压力MPa",
            "outlet_mm": "出水口直径mm",
            "coefficient": "流量系数",
            "flow_lps": "实测流量L/s",
            "rated_lps": "额定流量L/s",
            "flow_class": "流量等级",
            "testers": "测试人",
        },
        record="tested_on",
    ),
)
