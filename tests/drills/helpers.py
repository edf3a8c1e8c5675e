"""Small builders for the drill tests: a team, a site, a plan, a drill."""

from __future__ import annotations

import datetime as dt

from db.drills import DrillBook
from db.drills import DrillData
from db.drills import PlanData
from db.drills import SiteData
from db.duty import Ledger
from db.duty import MemberData

TODAY = dt.date.today()
NAMES = ("刘建国", "陈志强", "王海波", "张明亮", "李德华")


def team(database) -> list[int]:
    ledger = Ledger(database)
    return [
        ledger.save_member(MemberData(name, "队长" if i == 0 else "队员"))
        for i, name in enumerate(NAMES)
    ]


def school(book: DrillBook) -> int:
    return book.save_site(
        SiteData("高楼小学", "学校", "学府路18号", "高楼社区", 105.93, 29.80, "WGS84")
    )


def plan(
    book: DrillBook,
    site_ids=(),
    issued=dt.date(2024, 3, 1),
    name="小学火灾现场处置方案",
    code="XC-01",
    type="现场处置方案",
):
    return book.save_plan(
        PlanData(
            name,
            code,
            type,
            status="已发布",
            author="陈志强",
            reviewer="主任",
            issued_on=issued,
            site_ids=list(site_ids),
        )
    )


def drill(book: DrillBook, plan_id=None, site_id=None, days_ago=30, name="小学疏散演练"):
    at = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(9, 30))
    return book.save_drill(
        DrillData(
            name,
            "综合实战演练",
            at,
            "小学操场",
            site_id,
            plan_id,
            "刘建国",
            "教学楼起火",
            "检验疏散",
        )
    )
