"""The editable rule table: intervals, thresholds and colours, each with its source.

Defaults live here; the ``rule`` table holds only what the office changed. Numbers marked
[S]/[U] in the domain brief are never fixed in code elsewhere: read them through :class:`Rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import ValidationError
from db.shared_models import Rule


@dataclass(frozen=True)
class RuleDef:
    key: str
    label: str
    value: str
    unit: str
    source: str
    group: str


COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def is_colour_rule(key: str) -> bool:
    """A rule whose value is a colour (#rrggbb): 设置 offers a colour picker for it."""
    return key.endswith(("_colour", "_background"))


TRUST = {"[V]": "（原文已核实）", "[S]": "（转引，待核对原文）", "[U]": "（未证实，按本地做法）"}


def _d(group: str, key: str, label: str, value: str, unit: str, source: str) -> RuleDef:
    for mark, words in TRUST.items():
        source = source.replace(" " + mark, words).replace(mark, words)
    return RuleDef(key, label, value, unit, source, group)


# GA 95-2007 by agent: (first service months, later service months, scrap years, 水基型?).
_AGENT_RULES = {
    "干粉": (60, 24, 10, False),
    "水基": (36, 12, 6, True),
    "泡沫": (36, 12, 6, True),
    "二氧化碳": (60, 24, 12, False),
    "洁净气体": (60, 24, 10, False),
}


def _extinguisher_rules() -> list[RuleDef]:
    """Each agent's first service, later service and scrapping, with its source."""
    out = []
    for agent, (first, test, life, wet) in _AGENT_RULES.items():
        kind = "水基型（含泡沫）" if wet else "干粉、洁净气体、二氧化碳"
        key, label = f"equipment.灭火器.{agent}", f"灭火器（{agent}）"
        out += [
            _d("装备器材", f"{key}.first_months", f"{label}：首次维修", str(first), "月",
               f"GA 95-2007：{kind}出厂满{first // 12}年首次维修 [S]"),
            _d("装备器材", f"{key}.test_months", f"{label}：维修间隔（首次后）", str(test), "月",
               f"GA 95-2007：{kind}首次维修后每满{test // 12}年 [S]"),
            _d("装备器材", f"{key}.life_years", f"{label}：报废年限", str(life), "年",
               f"GA 95-2007：{agent}型{life}年 [S]"),
        ]  # fmt: skip
    return out


DEFAULTS: dict[str, RuleDef] = {
    r.key: r
    for r in (
        # Drills and plans
        # Drill intervals by plan type and site category (db.drills.intervals).
        _d(
            "演练与预案",
            "drill.onsite_plan_months",
            "现场处置方案：演练间隔",
            "6",
            "月",
            "《生产安全事故应急预案管理办法》（应急管理部令第2号）第三十三条第一款："
            "每半年至少组织一次现场处置方案演练 [V]",
        ),
        _d(
            "演练与预案",
            "drill.crowded_site_months",
            "人员密集、高风险场所：演练间隔",
            "6",
            "月",
            "《生产安全事故应急预案管理办法》第三十三条第二款：危险物品单位及宾馆、商场、"
            "娱乐场所、旅游景区等人员密集场所至少每半年一次，无论是否有预案写明 [V]",
        ),
        _d(
            "演练与预案",
            "drill.crowded_site_types",
            "人员密集场所的场所类型",
            "学校、幼儿园、卫生院/诊所、养老院、农贸市场、商场超市、棋牌室、宾馆、宗教场所",
            "",
            "《消防法》第七十三条人员密集场所的范围（本办公室对照场所类型）[S]",
        ),
        _d(
            "演练与预案",
            "drill.high_risk_site_types",
            "高风险场所的场所类型",
            "加油站、工厂企业",
            "",
            "《生产安全事故应急预案管理办法》第三十三条第二款：易燃易爆、危险化学品等单位"
            "（本办公室对照场所类型）[S]",
        ),
        _d(
            "演练与预案",
            "drill.site_plan_months",
            "其他写明场所的预案：演练间隔",
            "6",
            "月",
            "《机关、团体、企业、事业单位消防安全管理规定》（公安部令第61号）第四十条："
            "消防安全重点单位至少每半年演练一次 [S]",
        ),
        _d(
            "演练与预案",
            "drill.other_plan_months",
            "其他预案（总体、专项等）：演练间隔",
            "12",
            "月",
            "《生产安全事故应急预案管理办法》第三十三条第一款：每年至少组织一次综合或专项"
            "应急预案演练 [V]",
        ),
        _d(
            "演练与预案",
            "plan.evaluation_months",
            "预案评估间隔",
            "36",
            "月",
            "应急预案管理办法第35条：每三年至少评估一次 [V]",
        ),
        # Due lists and colours: the home page, every register page and ``rescue-ledger due``
        _d("到期提醒", "due.soon_days", "“即将到期”提前天数", "30", "天", "本办公室设定"),
        _d("到期提醒", "due.retire_soon_days", "报废：提前提醒天数", "365", "天", "本办公室设定"),
        _d("到期提醒", "due.overdue_colour", "已逾期：文字颜色", "#c62828", "", "本办公室设定"),
        _d("到期提醒", "due.soon_colour", "即将到期：文字颜色", "#ef6c00", "", "本办公室设定"),
        _d("到期提醒", "due.overdue_background", "已逾期：底色", "#fde0dc", "", "本办公室设定"),
        _d("到期提醒", "due.soon_background", "即将到期：底色", "#fff4d6", "", "本办公室设定"),
        # Vehicles
        _d(
            "车辆",
            "vehicle.daily_days",
            "例行检查间隔",
            "1",
            "天",
            "交接班及每次出动后例行保养（实践做法）[S]；NFPA 1911 日/周检 [V]",
        ),
        _d(
            "车辆",
            "vehicle.level1_months",
            "一级保养间隔",
            "3",
            "月",
            "实践做法：每3个月或连续工作4小时以上 [S]",
        ),
        _d("车辆", "vehicle.soon_days", "保养、测试：提前提醒天数", "14", "天", "本办公室设定"),
        _d("车辆", "vehicle.level2_months", "二级保养间隔", "6", "月", "实践做法：每6个月 [S]"),
        _d(
            "车辆",
            "vehicle.pump_test_months",
            "水泵性能测试间隔",
            "12",
            "月",
            "NFPA 1911：每年水泵测试 [V]",
        ),
        # Equipment
        _d(
            "装备器材",
            "equipment.水带.test_months",
            "水带：检验间隔",
            "12",
            "月",
            "NFPA 1962：每年耐压测试 [V]",
        ),
        _d(
            "装备器材",
            "equipment.呼吸器.test_months",
            "呼吸器：检测间隔",
            "12",
            "月",
            "NFPA 1852：每年流量测试 [S]",
        ),
        _d(
            "装备器材",
            "equipment.气瓶.test_months",
            "气瓶：检验间隔",
            "36",
            "月",
            "TSG 23：复合气瓶每3年检验 [S]",
        ),
        _d(
            "装备器材",
            "equipment.气瓶.life_years",
            "气瓶：使用年限",
            "15",
            "年",
            "TSG 23：复合气瓶约15年 [S]",
        ),
        _d(
            "装备器材",
            "equipment.防护服.test_months",
            "防护服：高级检查间隔",
            "12",
            "月",
            "NFPA 1851：每年高级检查 [V]",
        ),
        _d(
            "装备器材",
            "equipment.防护服.life_years",
            "防护服：报废年限",
            "10",
            "年",
            "NFPA 1851：10年退役 [V]",
        ),
        # Extinguishers by agent (GA 95-2007 §6.1 维修期限, §7.2 报废期限; 泡沫 is a 水基型):
        # every interval is the rule of the item's 灭火剂类型; the plain keys serve items
        # whose type is not filled in yet.
        _d(
            "装备器材",
            "equipment.灭火器.first_months",
            "灭火器（未填类型）：首次维修",
            "60",
            "月",
            "GA 95-2007：干粉/CO₂出厂满5年首次维修 [S]",
        ),
        _d(
            "装备器材",
            "equipment.灭火器.test_months",
            "灭火器（未填类型）：维修间隔（首次后）",
            "24",
            "月",
            "GA 95-2007：干粉/CO₂首次维修后每2年 [S]",
        ),
        _d(
            "装备器材",
            "equipment.灭火器.life_years",
            "灭火器（未填类型）：报废年限",
            "10",
            "年",
            "GA 95-2007：干粉10年 [S]",
        ),
        *_extinguisher_rules(),
        _d(
            "装备器材",
            "equipment.default.test_months",
            "其他器材：检查间隔",
            "12",
            "月",
            "本办公室设定",
        ),
        # Supplies
        _d("物资", "supply.expiry_soon_days", "临期提醒（近）", "30", "天", "本办公室设定"),
        _d("物资", "supply.expiry_later_days", "临期提醒（远）", "90", "天", "本办公室设定"),
        # Water sources
        _d(
            "消防水源",
            "water.protection_radius_m",
            "消火栓保护半径",
            "150",
            "米",
            "GB 50974-2014 [S]",
        ),
        _d(
            "消防水源",
            "water.hydrant_spacing_m",
            "室外消火栓最大间距",
            "120",
            "米",
            "GB 50974-2014 §7.2.5：室外消火栓间距不应大于120米 [S]",
        ),
        _d(
            "消防水源", "water.min_pressure_mpa", "管网最低压力", "0.14", "MPa", "GB 50974-2014 [S]"
        ),
        _d(
            "消防水源",
            "water.hydrant_check_months",
            "消火栓检查间隔",
            "1",
            "月",
            "本地做法每月巡查；外观检查每季度 [U]",
        ),
        _d(
            "消防水源",
            "water.pool_check_months",
            "消防水池检查间隔",
            "1",
            "月",
            "GB 50974-2014 §14.0.3：水位每月 [S]",
        ),
        _d(
            "消防水源",
            "water.natural_check_months",
            "天然水源检查间隔",
            "12",
            "月",
            "GB 50974-2014 §14.0.3：每年 [S]",
        ),
        _d(
            "消防水源",
            "water.flow_colour_scheme",
            "流量等级配色（NFPA/AWWA）",
            "NFPA",
            "",
            "NFPA 291：B级橙色；AWWA：B级黄色 [V]",
        ),
    )
}


def rule_value(session: Session, key: str) -> str:
    """The rule's value as ``session`` sees it (the office's, else the default)."""
    value = session.scalar(select(Rule.value).where(Rule.key == key))
    return value if value is not None else DEFAULTS[key].value


@dataclass
class RuleData:
    key: str
    label: str
    value: str
    unit: str
    source: str
    group: str
    default: str
    id: int | None = None
    version: int | None = None

    @property
    def changed(self) -> bool:
        return self.value != self.default


class Rules:
    """Read and change the rule table; values the office never touched are the defaults."""

    def __init__(self, database: Database):
        self.db = database

    def _stored(self) -> dict[str, Rule]:
        with self.db.read() as s:
            return {r.key: r for r in s.scalars(select(Rule))}

    def all(self) -> list[RuleData]:
        stored = self._stored()
        out = []
        for d in DEFAULTS.values():
            row = stored.get(d.key)
            out.append(
                RuleData(
                    d.key,
                    d.label,
                    row.value if row else d.value,
                    d.unit,
                    d.source,
                    d.group,
                    d.value,
                    row.id if row else None,
                    row.version if row else None,
                )
            )
        return out

    def get(self, key: str) -> str:
        with self.db.read() as s:
            row = s.scalar(select(Rule).where(Rule.key == key))
        if row is not None:
            return row.value
        return DEFAULTS[key].value

    def values(self, prefix: str) -> dict[str, str]:
        """Every rule whose key starts with ``prefix``, read at once."""
        stored = self._stored()
        return {
            k: (stored[k].value if k in stored else d.value)
            for k, d in DEFAULTS.items()
            if k.startswith(prefix)
        }

    def number(self, key: str) -> float:
        return float(self.get(key))

    def months(self, key: str) -> int:
        return int(float(self.get(key)))

    def set(self, key: str, value: str) -> None:
        d = DEFAULTS.get(key)
        if d is None:
            raise ValidationError({"key": f"没有这条规则：{key}"})
        value = value.strip()
        if is_colour_rule(key) and not COLOUR.fullmatch(value):
            raise ValidationError({"value": f"{d.label}应为颜色，如 #c62828"})
        try:
            float(d.value)
        except ValueError:
            pass
        else:
            try:
                if float(value) < 0:
                    raise ValueError
            except ValueError:
                raise ValidationError(
                    {"value": f"{d.label}应为不小于0的数字，例如 {d.value}"}
                ) from None
        from db import registry

        with self.db.transaction() as s:
            row = s.scalar(select(Rule).where(Rule.key == key))
            if row is None:
                s.add(Rule(key=key, label=d.label, value=value, unit=d.unit, source=d.source))
            else:
                row.value = value
            s.flush()
            # Dates stored with records follow the rule in the same transaction: a failure
            # leaves the old rule and the old dates together.
            for listener in registry.rule_listeners():
                listener(s, key)
