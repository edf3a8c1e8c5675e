"""Inspection checklists per source type (domain brief §2 and §7) and how a line fails.

A value line may carry a limit (``rule``): ">=water.min_pressure_mpa" reads the rule table,
"<=6" is a fixed number. A measured value outside its limit fails the line.
"""

from __future__ import annotations

from collections.abc import Callable

from db.validate import NOT_CHECKED
from db.validate import UNANSWERED
from db.water.data import HYDRANT_LIKE
from db.water.data import POOL_LIKE
from db.water.data import CheckItemData
from db.wording import failed_wording
from db.words import said

FAIL, NA = "不合格", "不适用"
MIN_PRESSURE = "water.min_pressure_mpa"
STATIC_PRESSURE = "静压"
Line = tuple[str, str, str, str]  # text, kind, unit, rule

HYDRANT_ITEMS: tuple[Line, ...] = (
    (said("标志、编号牌清晰完好"), "pass", "", ""),
    (said("无埋压、圈占、遮挡，周围无障碍物"), "pass", "", ""),
    (said("闷盖（盖帽）齐全"), "pass", "", ""),
    (said("接口螺纹、接扣完好"), "pass", "", ""),
    (said("阀门启闭灵活，放水至水清"), "pass", "", ""),
    (STATIC_PRESSURE, "value", "MPa", f">={MIN_PRESSURE}"),
    (said("关阀后无渗漏，放空（地上式排水）正常"), "pass", "", ""),
    (said("防冻措施到位"), "pass", "", ""),
    (said("除锈、注油保养"), "pass", "", ""),
)
# Lines a pool and a natural source are both checked for, with the same unit and limit.
WATER_LEVEL: Line = (said("水位"), "value", "m", "")
SUCTION_HEIGHT: Line = (said("取水口与水面高差"), "value", "m", "<=6")
SIGNS: Line = (said("标志、标识清晰"), "pass", "", "")
WINTER_TEMPERATURE: Line = (said("冬季水温"), "value", "°C", ">=5")
POOL_ITEMS: tuple[Line, ...] = (
    WATER_LEVEL,
    (said("储水量满足设计要求"), "pass", "", ""),
    (said("补水设施正常，补水时间不大于48 h（储水量大于2000 m³的不大于96 h）"), "pass", "", ""),
    (said("取水口完好，拦污格栅间距不小于50 mm"), "pass", "", ""),
    SUCTION_HEIGHT,
    (said("消防车通道畅通，停车位置无占用"), "pass", "", ""),
    SIGNS,
    WINTER_TEMPERATURE,
    (said("池体结构无渗漏、裂缝（每年）"), "pass", "", ""),
)
NATURAL_ITEMS: tuple[Line, ...] = (
    WATER_LEVEL,
    (said("枯水期水量能满足取水"), "pass", "", ""),
    (said("取水口、取水码头完好，拦污格栅间距不小于50 mm"), "pass", "", ""),
    SUCTION_HEIGHT,
    (said("消防车通道、停车位置、回车场畅通"), "pass", "", ""),
    SIGNS,
    WINTER_TEMPERATURE,
    (said("年度水位、枯水期流量记录"), "pass", "", ""),
)
MAINTENANCE_ITEMS: dict[str, tuple[Line, ...]] = {
    "hydrant": (
        (said("除锈"), "pass", "", ""),
        (said("注油（阀杆、螺纹）"), "pass", "", ""),
        (said("更换闷盖、垫圈等配件"), "pass", "", ""),
        (said("刷漆、补标识"), "pass", "", ""),
    ),
    "water": (
        (said("清淤"), "pass", "", ""),
        (said("补水"), "pass", "", ""),
        (said("清理取水口、格栅"), "pass", "", ""),
        (said("修整通道、停车位置"), "pass", "", ""),
    ),
}


def lines_for(source_type: str, kind: str = "检查") -> tuple[Line, ...]:
    hydrant = source_type in HYDRANT_LIKE
    if kind == "保养":
        return MAINTENANCE_ITEMS["hydrant" if hydrant else "water"]
    if hydrant:
        return HYDRANT_ITEMS
    return POOL_ITEMS if source_type in POOL_LIKE else NATURAL_ITEMS


def checklist(
    source_type: str, kind: str = "检查", unanswered: bool = False
) -> list[CheckItemData]:
    """A fresh checklist for a source of ``source_type``: every line 合格 (or, with
    ``unanswered``, not answered yet), values blank."""
    start = UNANSWERED if unanswered else "合格"
    return [CheckItemData(t, k, u, start, "", r) for t, k, u, r in lines_for(source_type, kind)]


def parse_value(text: str) -> float | None:
    try:
        return float(str(text).strip())
    except ValueError:
        return None


def limit_text(rule: str, number: Callable[[str], float]) -> str:
    """ "≥0.14" for ">=water.min_pressure_mpa" (for a printed blank)."""
    if not rule:
        return ""
    op, ref = rule[:2], rule[2:]
    try:
        bound = float(ref)
    except ValueError:
        bound = number(ref)
    return f"{'≥' if op == '>=' else '≤'}{bound:g}"


def breaks_limit(item: CheckItemData, number: Callable[[str], float]) -> bool:
    """True when a measured value is outside the line's limit."""
    if item.kind != "value" or not item.rule or item.outcome in (NA, NOT_CHECKED):
        return False
    value = parse_value(item.value)
    if value is None:
        return False
    op, ref = item.rule[:2], item.rule[2:]
    try:
        bound = float(ref)
    except ValueError:
        bound = number(ref)
    return value < bound if op == ">=" else value > bound


def item_failed(item: CheckItemData, number: Callable[[str], float]) -> bool:
    return item.outcome == FAIL or breaks_limit(item, number)


def failure_text(item: CheckItemData) -> str:
    """What was found on a failed line: the measured value, or the line's failure wording."""
    if item.kind == "value" and item.value:
        return f"{item.text} {item.value}{item.unit}"
    return failed_wording(item.text, item.value if item.kind != "value" else "")
