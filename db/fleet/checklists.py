"""Check templates: the built-in checklists (domain brief §7) and the ones the office edits,
per vehicle, for all vehicles or per equipment category."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from db import validate
from db.errors import refuse
from db.fleet.common import Part
from db.fleet.data import TARGETS
from db.fleet.data import VEHICLE
from db.fleet.data import TemplateItemData
from db.fleet.models import EQUIPMENT_CATEGORIES
from db.fleet.models import ITEM_KINDS
from db.fleet.models import CheckTemplateItem
from db.words import said

T = tuple[str, str, str]  # (text, kind, unit)
VEHICLE_TEMPLATE: tuple[T, ...] = (
    (said("燃油存量"), "value", "%"),
    (said("机油、冷却液、制动液液位正常"), "pass", ""),
    (said("蓄电池电压"), "value", "V"),
    (said("制动储气筒气压"), "value", "kPa"),
    (said("水罐水位"), "value", "L"),
    (said("泡沫罐液位"), "value", "L"),
    (said("发动机启动、运转正常"), "pass", ""),
    (said("水泵运转、引水正常"), "pass", ""),
    (said("取力器工作正常"), "pass", ""),
    (said("制动性能良好"), "pass", ""),
    (said("轮胎气压及磨损正常"), "pass", ""),
    (said("灯光、警灯正常"), "pass", ""),
    (said("警报器（警笛）正常"), "pass", ""),
    (said("各仪表（油压、水温、气压、真空表）正常"), "pass", ""),
    (said("空气呼吸器气瓶压力"), "value", "MPa"),
    (said("气瓶检验有效期至"), "value", ""),
    (said("车载电台、对讲机通话正常"), "pass", ""),
)
CATEGORY_TEMPLATES: dict[str, tuple[T, ...]] = {
    "水带": (
        (said("外观无破损、霉变、老化"), "pass", ""),
        (said("接口完好，密封圈齐全"), "pass", ""),
        (said("耐压试验压力"), "value", "MPa"),
        (said("保压3分钟无渗漏"), "pass", ""),
    ),
    "水枪/水炮": (
        (said("外观完好，无变形"), "pass", ""),
        (said("开关、旋转机构灵活"), "pass", ""),
        (said("射流形态正常"), "pass", ""),
        (said("接口密封良好"), "pass", ""),
    ),
    "机动泵": (
        (said("燃油、机油充足"), "pass", ""),
        (said("启动正常"), "pass", ""),
        (said("吸水、引水正常"), "pass", ""),
        (said("出口压力"), "value", "MPa"),
    ),
    "呼吸器": (
        (said("背架、面罩、管路外观完好"), "pass", ""),
        (said("气瓶压力"), "value", "MPa"),
        (said("面罩气密性良好"), "pass", ""),
        (said("低压报警哨正常"), "pass", ""),
        (said("供气阀流量测试合格"), "pass", ""),
    ),
    "气瓶": (
        (said("瓶体无划伤、变形、烧灼"), "pass", ""),
        (said("瓶阀完好"), "pass", ""),
        (said("检验标识在有效期内"), "pass", ""),
        (said("充装压力"), "value", "MPa"),
    ),
    "灭火器": (
        (said("压力表指针在绿区"), "pass", ""),
        (said("筒体无锈蚀、变形"), "pass", ""),
        (said("喷管、保险销、铅封完好"), "pass", ""),
        (said("维修、报废标识清楚"), "pass", ""),
    ),
    "破拆工具": (
        (said("外观完好"), "pass", ""),
        (said("动力源启动正常"), "pass", ""),
        (said("刀具、扩张臂无裂纹"), "pass", ""),
        (said("液压管路无渗漏"), "pass", ""),
    ),
    "照明": (
        (said("灯具亮度正常"), "pass", ""),
        (said("电池电量"), "value", "%"),
        (said("外观、开关完好"), "pass", ""),
    ),
    "通信": (
        (said("开机、收发通话正常"), "pass", ""),
        (said("电池电量"), "value", "%"),
        (said("天线、外壳完好"), "pass", ""),
    ),
    "防护服": (
        (said("外层无破损、烧焦、污染"), "pass", ""),
        (said("反光标志完好"), "pass", ""),
        (said("拉链、搭扣完好"), "pass", ""),
        (said("防水层、隔热层完好"), "pass", ""),
    ),
}
GENERIC_TEMPLATE: tuple[T, ...] = (("外观完好", "pass", ""), ("功能正常", "pass", ""))


# Vehicle lines that only apply to a vehicle carrying the part: (word in the line, part).
_NEEDS: tuple[tuple[str, str], ...] = (
    ("水罐", "tank"),
    ("泡沫", "foam"),
    ("水泵", "pump"),
    ("取力器", "pump"),
)


def has_pump(tank_l: float | None, foam_l: float | None, pump_lps: float | None) -> bool:
    """A vehicle with a tank (water or foam) or a rated pump flow has a pump to test."""
    return bool(tank_l or foam_l or pump_lps)


def vehicle_lines(
    items: Sequence[TemplateItemData],
    tank_l: float | None,
    foam_l: float | None,
    pump_lps: float | None,
) -> list[TemplateItemData]:
    """The checklist lines that fit the vehicle: no tank, foam or pump lines where it has none
    (a rescue vehicle is not checked for its water level)."""
    carries = {
        "tank": bool(tank_l),
        "foam": bool(foam_l),
        "pump": has_pump(tank_l, foam_l, pump_lps),
    }
    return [
        item for item in items if all(carries[part] for word, part in _NEEDS if word in item.text)
    ]


class Checklists(Part):
    """The checklist of each target: built in, or as the office edited it."""

    @staticmethod
    def default_template(target: str) -> list[TemplateItemData]:
        if target == VEHICLE or target.startswith(VEHICLE + ":"):
            lines = VEHICLE_TEMPLATE
        else:
            lines = CATEGORY_TEMPLATES.get(target, GENERIC_TEMPLATE)
        return [TemplateItemData(text, kind, unit) for text, kind, unit in lines]

    def template(self, target: str) -> list[TemplateItemData]:
        """The checklist for ``target``: ``"vehicle"``, ``vehicle_target(id)`` or a category.

        A vehicle without its own list uses the shared vehicle list; a target nobody edited
        uses the built-in default items.
        """
        with self.db.read() as s:
            for key in (target, VEHICLE) if target.startswith(VEHICLE + ":") else (target,):
                rows = list(
                    s.scalars(
                        select(CheckTemplateItem)
                        .where(CheckTemplateItem.target == key)
                        .order_by(CheckTemplateItem.position, CheckTemplateItem.id)
                    )
                )
                if rows:
                    return [TemplateItemData(r.text, r.kind, r.unit, r.id) for r in rows]
        return self.default_template(target)

    def save_template(self, target: str, items: Sequence[TemplateItemData]) -> None:
        """Replace the checklist of ``target`` with ``items`` (in this order)."""
        problems: dict[str, str] = {}
        if not (
            target in TARGETS or target in EQUIPMENT_CATEGORIES or target.startswith("vehicle:")
        ):
            problems["target"] = f"没有这种检查对象：{target}"
        for i, item in enumerate(items):
            if msg := validate.required(item.text, said("检查项目"), 120):
                problems[f"items.{i}"] = f"第{i + 1}项：{msg}"
            elif item.kind not in ITEM_KINDS:
                problems[f"items.{i}"] = f"第{i + 1}项：类型只能是 pass、value 或 quantity"
        refuse(problems)
        with self.db.transaction() as s:
            old = {
                r.id: r
                for r in s.scalars(
                    select(CheckTemplateItem).where(CheckTemplateItem.target == target)
                )
            }
            for pos, item in enumerate(items):
                row = old.pop(item.id, None) if item.id is not None else None
                if row is None:
                    row = CheckTemplateItem(target=target)
                    s.add(row)
                row.position, row.text = pos, item.text.strip()
                row.kind, row.unit = item.kind, item.unit.strip()
            for row in old.values():
                s.delete(row)

    def reset_template(self, target: str) -> None:
        """Back to the built-in items (or, for one vehicle, to the shared vehicle list)."""
        with self.db.transaction() as s:
            for row in s.scalars(
                select(CheckTemplateItem).where(CheckTemplateItem.target == target)
            ):
                s.delete(row)
