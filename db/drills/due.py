"""When each plan is due a drill and an evaluation, and which findings are past deadline.

Rules (editable in the rule table, see ``db.rules``):

- A plan that covers a site is due a drill every ``drill.site_plan_months`` months, other
  plans every ``drill.other_plan_months``, counted from its last drill that was run
  (已实施/已评估); never drilled, from its issued date.
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

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from db.dates import add_months
from db.drills.models import Drill, Finding, Plan, RevisionTask
from db.due import OPEN, SOON, DueItem, provider, state_for
from db.engine import Database
from db.rules import Rules

RUN = ("已实施", "已评估")


def next_drill(
    has_site: bool,
    last_run: dt.date | None,
    issued_on: dt.date | None,
    site_months: int,
    other_months: int,
) -> dt.date | None:
    """The date the next drill of a plan is due (None: no date to count from)."""
    start = last_run or issued_on
    if start is None:
        return None
    return add_months(start, site_months if has_site else other_months)


def next_evaluation(
    evaluated_on: dt.date | None, issued_on: dt.date | None, months: int
) -> dt.date | None:
    start = evaluated_on or issued_on
    return None if start is None else add_months(start, months)


def last_drills(database: Database) -> dict[int, dt.date]:
    """Each plan's last drill that was run."""
    with database.read() as s:
        rows = s.execute(
            select(Drill.plan_id, func.max(Drill.starts_at))
            .where(Drill.plan_id.is_not(None), Drill.status.in_(RUN), Drill.archived.is_(False))
            .group_by(Drill.plan_id)
        ).all()
    return {int(pid): when.date() for pid, when in rows if pid is not None}


def _subject(p: Plan) -> str:
    return p.name + (f"（{p.code}）" if p.code else "")


@provider
def drill_items(database: Database, today: dt.date, within: int) -> list[DueItem]:
    rules = Rules(database)
    site_months = rules.months("drill.site_plan_months")
    other_months = rules.months("drill.other_plan_months")
    eval_months = rules.months("plan.evaluation_months")
    last = last_drills(database)
    items: list[DueItem] = []
    with database.read() as s:
        plans = s.scalars(
            select(Plan)
            .options(selectinload(Plan.sites))
            .where(Plan.archived.is_(False), Plan.status == "已发布")
            .order_by(Plan.id)
        )
        for p in plans:
            record = ("plan", p.id)
            due = next_drill(bool(p.sites), last.get(p.id), p.issued_on, site_months, other_months)
            if due is None:
                items.append(
                    DueItem("演练", _subject(p), "演练（无发布日期和演练记录）", None, OPEN, record)
                )
            elif state := state_for(due, today, within):
                items.append(DueItem("演练", _subject(p), "演练", due, state, record))
            evaluation = next_evaluation(p.evaluated_on, p.issued_on, eval_months)
            if evaluation is not None and (state := state_for(evaluation, today, within)):
                items.append(DueItem("预案", _subject(p), "预案评估", evaluation, state, record))
        tasks = s.execute(
            select(RevisionTask, Plan.name)
            .join(Plan, Plan.id == RevisionTask.plan_id)
            .where(RevisionTask.status == "待修订", Plan.archived.is_(False))
            .order_by(RevisionTask.id)
        ).all()
        for task, name in tasks:
            items.append(
                DueItem("预案", name, f"修订：{task.trigger}", None, OPEN, ("plan", task.plan_id))
            )
        planned = s.scalars(
            select(Drill)
            .where(Drill.status == "计划", Drill.archived.is_(False))
            .order_by(Drill.starts_at)
        )
        for d in planned:
            day = d.starts_at.date()
            if day < today:
                what = "计划演练（日期已过，未记录实施）"
                items.append(DueItem("演练", d.name, what, day, OPEN, ("drill", d.id)))
            elif (day - today).days <= within:
                items.append(DueItem("演练", d.name, "计划演练", day, SOON, ("drill", d.id)))
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
                what = f"整改（{f.status}{'，' + f.owner if f.owner else ''}）"
                items.append(DueItem("整改", subject, what, f.deadline, state, ("finding", f.id)))
    return items
