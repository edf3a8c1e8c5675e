"""Rows of 重点场所, 应急预案, 演练 and 整改 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from db.drills import DrillBook
from db.drills import DrillData
from db.drills import PlanData
from db.drills import SiteData
from db.drills.findings import closing_problems
from db.engine import Database
from tests.xlsx.rules_case import Case
from tests.xlsx.rules_case import rules

TODAY = dt.date.today()
SOON, AGO = TODAY + dt.timedelta(days=30), TODAY - dt.timedelta(days=30)
START = dt.time(9, 0)  # the hour an imported drill starts at


sites = rules(DrillBook, "validate_site")
plans = rules(DrillBook, "validate_plan")
drills = rules(DrillBook, "validate_drill")


def closing(db: Database) -> Any:
    """The rules of closing a finding (``advance``): the record is (完成日期, the drill's date)."""
    return lambda record: closing_problems(*record)


def a_drill(db: Database) -> int:
    """演练A, held 30 days ago."""
    return DrillBook(db).save_drill(DrillData("演练A", starts_at=dt.datetime.combine(AGO, START)))


# fmt: off
CASES = [
    Case("sites", [["名称", "经度", "纬度"], ["高楼小学", 200, 30]], "经度", sites, SiteData("高楼小学", lon=200, lat=30), "lon"),
    Case("sites", [["场所名称", "东经", "北纬"], ["高楼小学", 106.5, None]], "北纬", sites, SiteData("高楼小学", lon=106.5), "lat"),
    Case("sites", [["名称", "联系电话"], ["高楼小学", "13x"]], "联系电话", sites, SiteData("高楼小学", phone="13x"), "phone"),
    Case("sites", [["名称", "人数"], ["高楼小学", -5]], "人数", sites, SiteData("高楼小学", occupancy=-5), "occupancy"),
    Case("plans", [["名称", "状态", "发布日期"], ["森林火灾预案", "已发布", None]], "发布日期", plans, PlanData("森林火灾预案", status="已发布"), "issued_on"),
    Case("plans", [["预案名称", "预案状态"], ["森林火灾预案", "已印发"]], "预案状态", plans, PlanData("森林火灾预案", status="已发布"), "issued_on"),
    Case("plans", [["名称", "发布日期"], ["森林火灾预案", SOON]], "发布日期", plans, PlanData("森林火灾预案", issued_on=SOON), "issued_on"),
    Case("plans", [["名称", "上次评估日期"], ["森林火灾预案", SOON]], "上次评估日期", plans, PlanData("森林火灾预案", evaluated_on=SOON), "evaluated_on"),
    Case("drills", [["名称", "日期", "评估结论"], ["演练A", SOON, "合格"]], "评估结论", drills, DrillData("演练A", starts_at=dt.datetime.combine(SOON, START), conclusion="合格"), "conclusion"),
    Case("findings", [["演练", "问题", "状态"], ["演练A", "通道堵塞", "已整改"]], "完成日期", closing, (None, AGO), "closed_on", a_drill),
    Case("findings", [["演练", "问题", "状态", "完成日期"], ["演练A", "通道堵塞", "已整改", None]], "完成日期", closing, (None, AGO), "closed_on", a_drill),
    Case("findings", [["演练", "问题", "状态", "完成日期"], ["演练A", "通道堵塞", "已整改", SOON]], "完成日期", closing, (SOON, AGO), "closed_on", a_drill),
    Case("findings", [["演练", "问题", "状态", "完成日期"], ["演练A", "通道堵塞", "已整改", AGO - dt.timedelta(days=1)]], "完成日期", closing, (AGO - dt.timedelta(days=1), AGO), "closed_on", a_drill),
]
# fmt: on
