"""The fleet's interval rules: when a vehicle service or an item's test falls due, when an
item retires (values from the rule table, :mod:`db.rules`)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import rules as rules_module
from db.dates import add_months
from db.engine import Database
from db.words import said

VEHICLE_RULES = {
    "例行检查": ("vehicle.daily_days", "days"),
    "一级保养": ("vehicle.level1_months", "months"),
    "二级保养": ("vehicle.level2_months", "months"),
    "水泵测试": ("vehicle.pump_test_months", "months"),
}
# A check of the key kind also counts as each listed kind (a 二级保养 includes the 一级 work).
COVERS = {"二级保养": ("二级保养", "一级保养")}


#: 灭火剂类型 of an extinguisher (GB 4351 naming); 泡沫 is a 水基型 with its own rule keys.
AGENTS = (said("干粉"), said("水基"), said("泡沫"), said("二氧化碳"), said("洁净气体"))
AGENT_CATEGORY = "灭火器"
# Words for each agent, looked for in this order (水基型泡沫 is 泡沫).
_AGENT_WORDS = (
    ("泡沫", ("泡沫", "AFFF")),
    ("二氧化碳", ("二氧化碳", "CO2", "CO₂")),
    ("洁净气体", ("洁净气体", "七氟丙烷", "六氟丙烷", "全氟己酮", "卤代烷", "哈龙")),
    ("水基", ("水基", "水型", "清水", "水雾")),
    ("干粉", ("干粉", "ABC", "BC型")),
)
# Model codes (GB 4351): MF/MFZ/MFT 干粉, MP/MPZ/MPT 泡沫, MS/MSZ/MST 水基, MT/MTZ/MTT 二氧化碳,
# MJ 洁净气体; the letter after M names the agent (Z 贮压式, T 推车式, L 类型 follow it).
_MODEL = re.compile(r"(?<![A-Z])M([FPSTJ])(?=[ZTL/\-_\d\s]|$|[^A-Z])")
_MODEL_AGENT = {"F": "干粉", "P": "泡沫", "S": "水基", "T": "二氧化碳", "J": "洁净气体"}


def agent_of(text: str) -> str | None:
    """The agent a word or model code names (干粉, 泡沫, 水基 …; ``MFZ/ABC4`` → 干粉), or None."""
    value = unicodedata.normalize("NFKC", text or "").upper().strip()
    if not value:
        return None
    for agent, words in _AGENT_WORDS:
        if any(w.upper() in value for w in words):
            return agent
    found = _MODEL.search(value)
    return _MODEL_AGENT[found.group(1)] if found else None


@dataclass(frozen=True)
class Intervals:
    """The rule values read once; computes due and retirement dates without more queries."""

    values: dict[str, str]

    @classmethod
    def load(cls, database: Database) -> Intervals:
        return cls({r.key: r.value for r in rules_module.Rules(database).all()})

    @classmethod
    def from_session(cls, s: Session) -> Intervals:
        """The same, read inside an open transaction (used by the Excel import)."""
        from db.shared_models import Rule

        values = {key: d.value for key, d in rules_module.DEFAULTS.items()}
        values.update({r.key: r.value for r in s.scalars(select(Rule))})
        return cls(values)

    def _num(self, key: str) -> float | None:
        text = self.values.get(key)
        if text is None or text.strip() == "":
            return None
        try:
            return float(text)
        except ValueError:
            return None

    def _equipment_rule(self, category: str, agent: str, what: str) -> float | None:
        keys = []
        if category == AGENT_CATEGORY and agent in AGENTS:
            keys.append(f"equipment.{AGENT_CATEGORY}.{agent}.{what}")
        keys.append(f"equipment.{category}.{what}")
        if what == "test_months":
            keys.append("equipment.default.test_months")
        for key in keys:
            value = self._num(key)
            if value is not None:
                return value
        return None

    def vehicle_due(self, kind: str, last: dt.date | None) -> dt.date | None:
        """When a vehicle check of ``kind`` is next due after one done on ``last``."""
        if last is None or kind not in VEHICLE_RULES:
            return None
        key, unit = VEHICLE_RULES[kind]
        value = self._num(key)
        if value is None:
            return None
        if unit == "days":
            return last + dt.timedelta(days=int(value))
        return add_months(last, int(value))

    def equipment_dates(
        self,
        category: str,
        agent: str,
        manufactured_on: dt.date | None,
        last_test_on: dt.date | None,
    ) -> tuple[dt.date | None, dt.date | None]:
        """(next test due, retirement date) of an item by its category's rules; an
        extinguisher's by the rules of its 灭火剂类型 ``agent`` (the plain 灭火器 rules while
        it is not filled in).

        Never tested: the first test falls ``first_months`` (if the category has one, e.g.
        extinguishers) or ``test_months`` after manufacture.
        """
        test = self._equipment_rule(category, agent, "test_months")
        first = self._equipment_rule(category, agent, "first_months") or test
        life = self._equipment_rule(category, agent, "life_years")
        next_due = None
        if last_test_on is not None and test:
            next_due = add_months(last_test_on, int(test))
        elif manufactured_on is not None and first:
            next_due = add_months(manufactured_on, int(first))
        retire_on = None
        if manufactured_on is not None and life and life > 0:
            retire_on = add_months(manufactured_on, round(life * 12))
        return next_due, retire_on


def rule_changed(session: Session, key: str) -> None:
    """Stored item dates follow an edited equipment rule, in the rule's own transaction."""
    from db.fleet.equipment import refresh_dates

    if key.startswith("equipment."):
        parts = key.split(".")
        category = parts[1] if len(parts) > 2 and parts[1] != "default" else None
        refresh_dates(session, category)


LISTENERS = (rule_changed,)
