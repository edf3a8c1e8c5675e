"""Drill intervals by plan type and site category, each from its rule (with its source)."""

from __future__ import annotations

import datetime as dt

from db.drills import DrillBook
from db.drills import SiteData
from db.drills.due import drill_items
from db.drills.intervals import plan_interval
from db.rules import DEFAULTS
from db.rules import Rules

from .helpers import TODAY
from .helpers import drill
from .helpers import plan
from .helpers import school

D = dt.date
VALUES = {k: d.value for k, d in DEFAULTS.items() if k.startswith("drill.")}


def test_each_plan_type_and_site_category_gets_its_rule():
    onsite = plan_interval("现场处置方案", [], VALUES)
    assert (onsite.months, onsite.rule) == (6, "drill.onsite_plan_months")  # no site: still 6
    assert plan_interval("专项应急预案", [], VALUES).months == 12
    assert plan_interval("总体应急预案", ["村（社区）"], VALUES).rule == "drill.site_plan_months"
    crowded = plan_interval("专项应急预案", ["养老院"], VALUES)
    assert (crowded.months, crowded.rule) == (6, "drill.crowded_site_months")
    assert plan_interval("灭火应急预案", ["加油站"], VALUES).rule == "drill.crowded_site_months"
    # Each rule cites one document: the 2019 order's §33 for plans and crowded sites, the
    # Ministry of Public Security's order 61 for key fire-safety units.
    assert "第三十三条第一款" in DEFAULTS["drill.onsite_plan_months"].source
    assert "第三十三条第二款" in DEFAULTS["drill.crowded_site_months"].source
    assert "公安部令第61号" in DEFAULTS["drill.site_plan_months"].source
    assert "第三十三条第一款" in DEFAULTS["drill.other_plan_months"].source


def items(database, today):
    return [i for i in drill_items(database, today, 30) if i.register == "演练"]


def test_an_onsite_plan_without_a_site_is_due_in_six_months(database):
    book = DrillBook(database)
    pid = plan(book, issued=D(2025, 1, 1))
    (item,) = items(database, D(2025, 6, 20))
    assert (item.due, item.record) == (D(2025, 7, 1), ("plan", pid))


def test_a_crowded_site_no_plan_names_is_six_monthly_on_its_own(database):
    book = DrillBook(database)
    sid = school(book)  # 学校: 人员密集场所
    book.save_site(SiteData("高楼村委会", "村（社区）", "", "高楼村"))  # not crowded: no item
    registered = TODAY  # the site's own date counts until it is drilled
    due = [i for i in items(database, registered + dt.timedelta(days=200)) if i.record[0] == "site"]
    assert [(i.record, i.due) for i in due] == [(("site", sid), _months_after(registered, 6))]
    did = drill(book, site_id=sid, days_ago=10)
    book.set_attendance(did, book.drill(did).version)  # run at the site: counts from then
    later = items(database, TODAY + dt.timedelta(days=120))
    assert [i for i in later if i.record[0] == "site"] == []
    # Named by a plan in force, the site is the plan's: the plan is six-monthly, listed once.
    pid = plan(book, [sid], issued=TODAY, type="专项应急预案")
    listed = items(database, TODAY + dt.timedelta(days=170))
    assert [i.record for i in listed] == [("plan", pid)]


def test_the_office_edits_which_site_types_count_as_crowded(database):
    book = DrillBook(database)
    school(book)
    later = TODAY + dt.timedelta(days=200)
    assert [i.record[0] for i in items(database, later)] == ["site"]
    Rules(database).set("drill.crowded_site_types", "养老院")
    assert items(database, later) == []


def _months_after(day: dt.date, months: int) -> dt.date:
    from db.dates import add_months

    return add_months(day, months)
