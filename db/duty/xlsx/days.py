"""值班表 (duty): who leads, staffs and stands by on each day.

Rosters are imported as written, even when they break today's rules (a historic roster may):
each broken rule on an imported day (roster.check) is reported as a notice. The 战备等级 column
is computed from the alert periods: a name that is no known level is an error on that cell, a
known one that differs from the computed level a notice.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from db.duty import roster
from db.duty.alerts import needs_in
from db.duty.choices import LEADER
from db.duty.choices import STAFF
from db.duty.choices import STANDBY
from db.duty.days import days_in
from db.duty.models import AlertLevel
from db.duty.models import AlertPeriod
from db.duty.models import DutyAssignment
from db.duty.models import DutyDay
from db.duty.models import Member
from db.duty.team import people_in
from db.duty.xlsx.alerts import Levels
from db.words import said
from db.xlsx.cells import header_key
from db.xlsx.cells import nfkc
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import MemberFinder
from db.xlsx.registers.common import check_fields
from db.xlsx.registers.common import first_seen
from db.xlsx.spec import ADDED
from db.xlsx.spec import REPLACED
from db.xlsx.spec import UNCHANGED
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

ROLE_KEYS = ((LEADER, "leader"), (STAFF, "staff"), (STANDBY, "standby"))

COLUMNS = (
    Column("日期", "date", Kind.DATE, required=True, synonyms=("值班日期", "值班时间")),
    Column(
        "带班领导", "leader", Kind.NAMES, synonyms=("带班", "带班人", "值班领导", "带班领导姓名")
    ),
    Column("值班员", "staff", Kind.NAMES, synonyms=("值班人员", "值班人", "值班队员")),
    Column("备勤人员", "standby", Kind.NAMES, synonyms=("备勤", "备勤队员", "备勤人")),
    Column("战备等级", "alert", synonyms=("等级", "战备")),  # computed; checked, never stored
)

Plan = list[tuple[str, Member]]  # (role, member) in order


def _plan(ctx: ImportContext, finder: MemberFinder, row: Row) -> Plan | None:
    """The day's assignments as written in ``row``; ``None`` after reporting a problem."""
    plan: Plan = []
    good = True
    named = {key: finder.named(row, key, row.values[key]) for _, key in ROLE_KEYS if row.ok(key)}
    leaders = named.get("leader", [])
    if len(leaders) > 1:
        ctx.problem(
            row,
            "leader",
            said("每天只能有一名带班领导，这里写了 {count} 人", count=len(leaders)),
        )
        good = False
    for role, key in ROLE_KEYS:
        if not row.ok(key):
            good = good and key not in row.bad
            continue
        for member in named[key]:
            if member is None:
                good = False
            else:
                plan.append((role, member))
    names = {member.id: member.name for _, member in plan}
    posts = roster.post_problems([(role, m.id) for role, m in plan], names.__getitem__)
    check_fields(ctx, row, posts, dict(ROLE_KEYS))
    return plan if good and not posts else None


def _plans(ctx: ImportContext) -> dict[int, Plan]:
    finder = MemberFinder(ctx)
    seen: dict[Any, int] = {}
    plans = {}
    for row in ctx.rows:
        if row.ok("date"):
            first_seen(
                ctx,
                row,
                "date",
                seen,
                row.values["date"],
                said("日期 {date} ", date=row.values["date"]),
            )
        plan = _plan(ctx, finder, row)
        if plan is not None:
            plans[row.number] = plan
    return plans


def _alert_text(row: Row) -> str:
    value = row.get("alert")
    return "" if value is None else nfkc(str(value)).strip()


class _AlertNames:
    """The known 战备等级: every level's name (常态 included) or a raised level's number."""

    def __init__(self, session: Session):
        rows = list(session.scalars(select(AlertLevel).order_by(AlertLevel.level)))
        self.names = [lv.name for lv in rows] or ["常态"]
        self.by_name = {header_key(lv.name): lv.level for lv in rows}
        self.by_name.setdefault(header_key("常态"), 0)
        self.levels = Levels(session)

    def level(self, text: str) -> int | None:
        found = self.by_name.get(header_key(text))
        if found is None:  # 平时、一级、Ⅱ级 …: a word for a level's name
            found = self.by_name.get(header_key(self.levels.words.resolve(text).value or ""))
        return found if found is not None else self.levels.parse(text)


def _check_alerts(ctx: ImportContext) -> None:
    """A 战备等级 that names no level is an error on its cell."""
    known = _AlertNames(ctx.session)
    for row in ctx.rows:
        text = _alert_text(row)
        if text and known.level(text) is None:
            names = "、".join(known.names)
            ctx.problem(
                row,
                "alert",
                said(
                    "战备等级“{text}”不是已设的等级（可填：{names}，或留空）",
                    text=text,
                    names=names,
                ),
            )


def _day(plan: Plan) -> roster.Day:
    day = roster.Day()
    for role, member in plan:
        if role == LEADER:
            day.leader = member.id
        elif role == STAFF:
            day.staff.append(member.id)
        elif role == STANDBY:
            day.standby.append(member.id)
    return day


def _notices(ctx: ImportContext, plans: dict[int, Plan]) -> list[str]:
    """A 战备等级 that differs from the computed one, then each rule the imported days break."""
    rows = {row.values["date"]: row for row in ctx.rows}
    if not rows:
        return []
    dates = sorted(rows)
    needs = needs_in(ctx.session, dates)
    people, _ = people_in(ctx.session)
    days, _ = days_in(ctx.session, dates[0] - dt.timedelta(days=1), dates[-1])
    days.update({date: _day(plans[row.number]) for date, row in rows.items()})
    known = _AlertNames(ctx.session)
    notes = []
    for date in dates:
        row, need = rows[date], needs[date]
        text = _alert_text(row)
        if text and known.level(text) != need.level:
            notes.append(
                said(
                    "第{row}行：{date} 战备等级写的是“{text}”，按战备时段应为“{level}”，以战备时段为准",
                    row=row.number,
                    date=f"{date:%Y-%m-%d}",
                    text=text,
                    level=said(need.level_name),
                )
            )
    notes += [
        said("值班规则：{issue}", issue=issue)
        for issue in roster.check(days, people, needs, only=dates)
    ]
    return notes


def check(ctx: ImportContext) -> None:
    _plans(ctx)
    _check_alerts(ctx)


def _same(day: DutyDay, plan: Plan) -> bool:
    now = [(a.role, a.member_id) for a in day.assignments]
    return now == [(role, member.id) for role, member in plan]


def save(ctx: ImportContext) -> None:
    plans = _plans(ctx)
    ctx.report.notices.extend(_notices(ctx, plans))
    query = select(DutyDay).options(selectinload(DutyDay.assignments))
    days = {day.date: day for day in ctx.session.scalars(query)}
    for row in ctx.each():
        plan = plans[row.number]
        day = days.get(row.values["date"])
        if day is None:
            day = DutyDay(date=row.values["date"])
            ctx.session.add(day)
            ctx.report.mark(row, ADDED)
        elif _same(day, plan):
            ctx.report.mark(row, UNCHANGED)
            continue
        else:
            day.assignments.clear()
            ctx.session.flush()  # old rows go before new ones meet the unique constraints
            ctx.report.mark(row, REPLACED)
        for position, (role, member) in enumerate(plan):
            day.assignments.append(DutyAssignment(member=member, role=role, position=position))


def _alert(periods: list[AlertPeriod], levels: Levels, date: Any) -> str | int:
    covering = [p.level for p in periods if p.start <= date <= p.end]
    return levels.name(max(covering)) if covering else ""


def export(session: Session) -> list[dict[str, Any]]:
    levels = Levels(session)
    periods = list(session.scalars(select(AlertPeriod)))
    query = (
        select(DutyDay)
        .order_by(DutyDay.date)
        .options(selectinload(DutyDay.assignments).selectinload(DutyAssignment.member))
    )
    rows = []
    for day in session.scalars(query):
        row: dict[str, Any] = {key: [] for _, key in ROLE_KEYS}
        for assignment in day.assignments:
            key = dict(ROLE_KEYS).get(assignment.role)
            if key is not None:
                row[key].append(assignment.member.name)
        row["date"] = day.date
        row["alert"] = _alert(periods, levels, day.date)
        rows.append(row)
    return rows


SPEC = RegisterSpec("duty", said("值班表"), COLUMNS, check, save, export, model=DutyDay)
