"""Due dates of drills, plan evaluations and findings, and the editable rules behind them."""

from __future__ import annotations

import datetime as dt

import pytest

from db.drills import DrillBook
from db.drills import FindingData
from db.drills import PlanData
from db.drills.due import drill_items
from db.drills.due import next_drill
from db.drills.models import Plan
from db.due import OPEN
from db.due import OVERDUE
from db.due import SOON
from db.due import collect
from db.rules import Rules

from .helpers import TODAY
from .helpers import drill
from .helpers import plan
from .helpers import school

D = dt.date


def test_next_drill_counts_from_the_last_run_else_the_issue():
    issued = D(2025, 1, 10)
    assert next_drill(None, issued, 6) == D(2025, 7, 10)
    assert next_drill(None, issued, 12) == D(2026, 1, 10)
    assert next_drill(D(2025, 5, 1), issued, 6) == D(2025, 11, 1)
    assert next_drill(None, None, 6) is None


def items(database, today=TODAY, within=30, register=None):
    found = drill_items(database, today, within)
    return [i for i in found if register is None or i.register == register]


@pytest.fixture
def book(any_database):
    return DrillBook(any_database)


def test_site_plan_due_six_months_after_last_run_drill(book, any_database):
    sid = school(book)
    pid = plan(book, [sid], issued=D(2024, 1, 1))
    today = D(2025, 6, 1)
    (item,) = items(any_database, today, register="演练")
    assert (item.due, item.state, item.record) == (D(2024, 7, 1), OVERDUE, ("plan", pid))
    did = drill(book, plan_id=pid, days_ago=(TODAY - D(2025, 5, 20)).days)
    assert items(any_database, today, register="演练")[0].due == D(2024, 7, 1)  # planned only
    book.set_attendance(did, book.drill(did).version)  # run: counts from now on
    assert items(any_database, today, register="演练") == []
    (item,) = items(any_database, D(2025, 11, 1), register="演练")
    assert (item.due, item.state) == (D(2025, 11, 20), SOON)


def test_editable_rule_changes_the_due_date(book, any_database):
    pid = plan(book, issued=D(2025, 1, 1), type="专项应急预案")  # no site: yearly
    today = D(2025, 12, 20)
    (item,) = items(any_database, today, register="演练")
    assert (item.due, item.state, item.record) == (D(2026, 1, 1), SOON, ("plan", pid))
    Rules(any_database).set("drill.other_plan_months", "24")
    assert items(any_database, today, register="演练") == []
    Rules(any_database).set("drill.other_plan_months", "6")
    assert items(any_database, today, register="演练")[0].state == OVERDUE


def test_drafts_are_not_due_and_undated_published_plans_are_open_items(book, any_database):
    pid = book.save_plan(PlanData("草稿预案"))
    assert items(any_database) == []
    with any_database.transaction() as s:  # older data: published, never dated
        s.get(Plan, pid).status = "已发布"
    (item,) = items(any_database)
    assert (item.due, item.state, item.record) == (None, OPEN, ("plan", pid))
    assert "无发布日期" in item.what


def test_plan_evaluation_due_three_years_after_last(book, any_database):
    pid = plan(book, issued=D(2022, 5, 1))
    today = D(2025, 4, 15)
    (item,) = items(any_database, today, register="预案")
    assert (item.what, item.due, item.state) == ("预案评估", D(2025, 5, 1), SOON)
    p = book.plan(pid)
    p.evaluated_on = D(2025, 4, 1)
    book.save_plan(p)
    assert items(any_database, today, register="预案") == []
    Rules(any_database).set("plan.evaluation_months", "1")
    assert items(any_database, today, register="预案")[0].due == D(2025, 5, 1)


def test_open_findings_past_deadline_are_overdue(book, any_database):
    did = drill(book, days_ago=60)
    late = book.save_finding(
        FindingData(did, "水带漏水", owner="李德华", deadline=TODAY - dt.timedelta(days=3))
    )
    book.save_finding(FindingData(did, "标识不清", deadline=TODAY + dt.timedelta(days=90)))
    (item,) = items(any_database, register="整改")
    assert (item.state, item.record) == (OVERDUE, ("finding", late))
    assert "李德华" in item.what and "水带漏水" in item.subject
    book.advance(late, version=book.finding(late).version)
    assert items(any_database, register="整改")[0].what.startswith("整改（整改中")
    book.advance(late, TODAY, "已更换", version=book.finding(late).version)
    assert items(any_database, register="整改") == []


def test_revision_task_and_missed_planned_drill_are_listed(book, any_database):
    pid = plan(book, issued=TODAY)
    did = drill(book, plan_id=pid, days_ago=3)  # planned, date passed, never recorded as run
    book.save_finding(FindingData(did, "严重问题", triggers_revision=True))
    found = {(i.register, i.what.split("（")[0], i.state) for i in collect(any_database, TODAY, 30)}
    assert ("预案", "修订：演练或实际应对中发现重大问题", OPEN) in found
    assert ("演练", "计划演练", OPEN) in found


@pytest.mark.parametrize("today", [TODAY, D(2025, 3, 10), D(2026, 6, 30)])
def test_demo_drills_and_plans_are_up_to_date(tmp_path, today):
    from db.demo import build
    from db.engine import open_database

    database = open_database(data_dir=tmp_path, demo=True)
    try:
        build(database, today)
        items = [i for i in collect(database, today) if i.register in ("演练", "预案")]
    finally:
        database.dispose()
    overdue = [(i.subject, i.what, i.due) for i in items if i.state == OVERDUE]
    assert len(overdue) <= 2, overdue
    assert all(i.due is None or (today - i.due).days < 60 for i in items), items
    home = [(i.what, i.due) for i in items if i.subject.startswith(("高楼镇敬老院", "敬老院"))]
    planned = next(due for what, due in home if what == "计划演练")
    assert planned == today + dt.timedelta(days=7)
    drill_due = next(due for what, due in home if what == "演练")
    assert planned <= drill_due  # the planned drill comes before the plan falls due
