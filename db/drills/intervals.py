"""How often a plan or a site must be drilled: by the plan's type and the sites' category, each
interval a rule of the rule table (``db.rules``) with the article it comes from.

- 人员密集场所 and high-risk sites (the site types listed in ``drill.crowded_site_types`` and
  ``drill.high_risk_site_types``): every ``drill.crowded_site_months`` (6), whether or not a
  plan names them (生产安全事故应急预案管理办法 §33 ¶2);
- a 现场处置方案, with or without a site: ``drill.onsite_plan_months`` (6, §33 ¶1);
- another plan naming a key site: ``drill.site_plan_months`` (6; 公安部令第61号 §40 for
  消防安全重点单位);
- any other plan (总体/专项/灭火): ``drill.other_plan_months`` (12, §33 ¶1).

Pure functions over the rule values; no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass

ONSITE_PLAN = "现场处置方案"
KEYS = (
    "drill.crowded_site_months",
    "drill.onsite_plan_months",
    "drill.site_plan_months",
    "drill.other_plan_months",
    "drill.crowded_site_types",
    "drill.high_risk_site_types",
)


@dataclass(frozen=True)
class DrillInterval:
    """Months between drills and the rule that sets them (its key)."""

    months: int
    rule: str


def site_types(values: Mapping[str, str]) -> frozenset[str]:
    """The crowded and high-risk site types the rules list (、，, or spaces between them)."""
    text = (
        values.get("drill.crowded_site_types", "")
        + "、"
        + values.get("drill.high_risk_site_types", "")
    )
    return frozenset(t for t in re.split(r"[、，,;；\s]+", text) if t)


def _months(values: Mapping[str, str], key: str) -> int:
    return int(float(values[key]))


def plan_interval(plan_type: str, sites: Iterable[str], values: Mapping[str, str]) -> DrillInterval:
    """The interval of a plan of ``plan_type`` naming sites of the types ``sites``."""
    sites = list(sites)
    candidates: list[DrillInterval] = []
    if set(sites) & site_types(values):
        candidates.append(DrillInterval(_months(values, KEYS[0]), KEYS[0]))
    if plan_type == ONSITE_PLAN:
        candidates.append(DrillInterval(_months(values, KEYS[1]), KEYS[1]))
    if sites:
        candidates.append(DrillInterval(_months(values, KEYS[2]), KEYS[2]))
    if not candidates:
        candidates.append(DrillInterval(_months(values, KEYS[3]), KEYS[3]))
    return min(candidates, key=lambda c: c.months)  # the strictest rule that applies


def site_interval(site_type: str, values: Mapping[str, str]) -> DrillInterval | None:
    """A crowded or high-risk site's own interval (None for other sites)."""
    if site_type in site_types(values):
        return DrillInterval(_months(values, KEYS[0]), KEYS[0])
    return None
