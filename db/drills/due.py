"""When each plan is due a drill and an evaluation, and which findings are past deadline.

Rules (editable in the rule table, see ``db.rules``):

- A plan is due a drill by its type and its sites' category (``db.drills.intervals``: 6
  months for a 现场处置方案, a plan naming a crowded/high-risk or other key site; 12 for other
  plans), counted from its last drill that was run (已实施/已评估); never drilled, from its
  issued date. A crowded or high-risk site that no plan in force names is due a drill of its
  own every ``drill.crowded_site_months``, from its last drill there (never: from the day it
  was registered).
- Only plans in force (已发布, not archived) are due anything: a draft or a plan under review
  is not yet binding, a withdrawn plan no longer is.
- A plan marked 已发布 with neither an issued date nor a drill on record cannot be dated: it is
  listed as 待处理 with no date (the clerk should add the date or record a drill).
- Evaluation is due ``plan.evaluation_months`` after the last evaluation, or after the issued
  date if never evaluated.
- A planned drill is listed from ``within`` days before its date; past its date and not
  recorded as run it stays listed as 待处理.
- Open findings (待整改/整改中) are listed by their deadline; open revision tasks as 待处理.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from db.dates import add_months
from db.drills import intervals
from db.drills.models import Drill
from db.drills.models import Finding
from db.drills.models import Plan
from db.drills.models import RevisionTask
from db.drills.models import Site
from db.due import OPEN
from db.due import SOON
from db.due import DueItem
from db.due import provider
from db.due import state_for
from db.engine import Database
from db.rules import Rules
from db.words import said

RUN = ("已实施", "已评估")


def next_drill(last_run: dt.date | None, issued_on: dt.date | None, months: int) -> dt.date | None:
    """The date the next drill of a plan is due ``months`` after its last run drill, else
    after its issue (None: no date to count from)."""
    start = last_run or issued_on
    if start is None:
        return None
    return add_months(start, months)


def drill_rules(database: Database) -> dict[str, str]:
    """The rule values the drill intervals read, at once."""
    rules = Rules(database)
    return {key: rules.get(key) for key in intervals.KEYS}


def last_site_drills(database: Database) -> dict[int, dt.date]:
    """Each site's last drill that was run there."""
    return _last_run(database, Drill.site_id)


def next_evaluation(
    evaluated_on: dt.date | None, issued_on: dt.date | None, months: int
) -> dt.date | None:
    start = evaluated_on or issued_on
    return None if start is None else add_months(start, months)


def last_drills(database: Database) -> dict[int, dt.date]:
    """Each plan's last drill that was run."""
    return _last_run(database, Drill.plan_id)


def _last_run(database: Database, key: Any) -> dict[int, dt.date]:
    """The last run drill's day for each value of ``key`` (a plan or a site)."""
    with database.read() as s:
        rows = s.execute(
            select(key, func.max(Drill.starts_at))
            .where(key.is_not(None), Drill.status.in_(RUN), Drill.archived.is_(False))
            .group_by(key)
        ).all()
    return {int(k): when.date() for k, when in rows if k is not None}


def _subject(p: Plan) -> str:
    return p.name + (f"（{p.code}）" if p.code else "")


@provider
def drill_items(database: Database, today: dt.date, within: int) -> list[DueItem]:
    rules = Rules(database)
    values = drill_rules(database)
    eval_months = rules.months("plan.evaluation_months")
    last = last_drills(database)
    items: list[DueItem] = []
    named: set[int] = set()  # sites a plan in force names
    with database.read() as s:
        plans = s.scalars(
            select(Plan)
            .options(selectinload(Plan.sites))
            .where(Plan.archived.is_(False), Plan.status == "已发布")
            .order_by(Plan.id)
        )
        for p in plans:
            record = ("plan", p.id)
            named.update(site.id for site in p.sites)
            every = intervals.plan_interval(p.type, [site.type for site in p.sites], values)
            due = next_drill(last.get(p.id), p.issued_on, every.months)
            if due is None:
                items.append(
                    DueItem(
                        said("演练"),
                        _subject(p),
                        said("演练（无发布日期和演练记录）"),
                        None,
                        OPEN,
                        record,
                    )
                )
            elif state := state_for(due, today, within):
                items.append(DueItem(said("演练"), _subject(p), said("演练"), due, state, record))
            evaluation = next_evaluation(p.evaluated_on, p.issued_on, eval_months)
            if evaluation is not None and (state := state_for(evaluation, today, within)):
                items.append(
                    DueItem(said("预案"), _subject(p), said("预案评估"), evaluation, state, record)
                )
        items += _site_items(s, values, named, last_site_drills(database), today, within)
        tasks = s.execute(
            select(RevisionTask, Plan.name)
            .join(Plan, Plan.id == RevisionTask.plan_id)
            .where(RevisionTask.status == "待修订", Plan.archived.is_(False))
            .order_by(RevisionTask.id)
        ).all()
        for task, name in tasks:
            items.append(
                DueItem(
                    said("预案"),
                    name,
                    said("修订：{trigger}", trigger=said(task.trigger)),
                    None,
                    OPEN,
                    ("plan", task.plan_id),
                )
            )
        planned = s.scalars(
            select(Drill)
            .where(Drill.status == "计划", Drill.archived.is_(False))
            .order_by(Drill.starts_at)
        )
        for d in planned:
            day = d.starts_at.date()
            if day < today:
                what = said("计划演练（日期已过，未记录实施）")
                items.append(DueItem(said("演练"), d.name, what, day, OPEN, ("drill", d.id)))
            elif (day - today).days <= within:
                items.append(
                    DueItem(said("演练"), d.name, said("计划演练"), day, SOON, ("drill", d.id))
                )
        findings = s.execute(
            select(Finding, Drill.name)
            .join(Drill, Drill.id == Finding.drill_id)
            .where(Finding.status != "已整改", Finding.deadline.is_not(None))
            .order_by(Finding.deadline)
        ).all()
        for f, drill_name in findings:
            assert f.deadline is not None
            if state := state_for(f.deadline, today, within):
                subject = f"{drill_name}：{f.problem[:30]}"
                what = (
                    said("整改（{status}，{owner}）", status=said(f.status), owner=f.owner)
                    if f.owner
                    else said("整改（{status}）", status=said(f.status))
                )
                items.append(
                    DueItem(said("整改"), subject, what, f.deadline, state, ("finding", f.id))
                )
    return items


def _site_items(
    s: Session,
    values: dict[str, str],
    named: set[int],
    last: dict[int, dt.date],
    today: dt.date,
    within: int,
) -> list[DueItem]:
    """Crowded and high-risk sites no plan in force names: six-monthly drills of their own."""
    out: list[DueItem] = []
    for site in s.scalars(select(Site).where(Site.archived.is_(False)).order_by(Site.id)):
        every = intervals.site_interval(site.type, values)
        if every is None or site.id in named:
            continue
        due = add_months(last.get(site.id) or site.created_at.date(), every.months)
        if state := state_for(due, today, within):
            what = said("演练（{type}，每{months}个月）", type=said(site.type), months=every.months)
            out.append(DueItem(said("演练"), site.name, what, due, state, ("site", site.id)))
    return out
