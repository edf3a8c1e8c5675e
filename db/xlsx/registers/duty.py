"""值班表 (duty): who leads, staffs and stands by on each day."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import LEADER, STAFF, STANDBY, AlertPeriod, DutyAssignment, DutyDay, Member
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.alerts import Levels
from db.xlsx.registers.common import MemberFinder, first_seen
from db.xlsx.spec import Column, Kind, RegisterSpec

ROLE_KEYS = ((LEADER, "leader"), (STAFF, "staff"), (STANDBY, "standby"))

COLUMNS = (
    Column("日期", "date", Kind.DATE, required=True, synonyms=("值班日期", "值班时间")),
    Column(
        "带班领导", "leader", Kind.NAMES, synonyms=("带班", "带班人", "值班领导", "带班领导姓名")
    ),
    Column("值班员", "staff", Kind.NAMES, synonyms=("值班人员", "值班人", "值班队员")),
    Column("备勤人员", "standby", Kind.NAMES, synonyms=("备勤", "备勤队员", "备勤人")),
    Column("战备等级", "alert", synonyms=("等级", "战备")),  # computed; read and ignored
)

Plan = list[tuple[str, Member]]  # (role, member) in order


def _plan(ctx: ImportContext, finder: MemberFinder, row: Row) -> Plan | None:
    """The day's assignments as written in ``row``; ``None`` after reporting a problem."""
    plan: Plan = []
    where: dict[int, str] = {}
    good = True
    leaders = row.get("leader") or []
    if len(leaders) > 1:
        ctx.problem(row, "leader", f"每天只能有一名带班领导，这里写了 {len(leaders)} 人")
        good = False
    for role, key in ROLE_KEYS:
        if not row.ok(key):
            good = good and key not in row.bad
            continue
        for name in row.values[key]:
            member = finder.find(row, key, name)
            if member is None:
                good = False
            elif member.id in where:
                ctx.problem(
                    row, key, f"“{name}”当天已排为{where[member.id]}，同一人一天只能排一个岗位"
                )
                good = False
            else:
                where[member.id] = ctx.sheet.header(key)
                plan.append((role, member))
    return plan if good else None


def _plans(ctx: ImportContext) -> dict[int, Plan]:
    finder = MemberFinder(ctx)
    seen: dict[Any, int] = {}
    plans = {}
    for row in ctx.rows:
        if row.ok("date"):
            first_seen(ctx, row, "date", seen, row.values["date"], f"日期 {row.values['date']} ")
        plan = _plan(ctx, finder, row)
        if plan is not None:
            plans[row.number] = plan
    return plans


def check(ctx: ImportContext) -> None:
    _plans(ctx)


def _same(day: DutyDay, plan: Plan) -> bool:
    now = [(a.role, a.member_id) for a in day.assignments]
    return now == [(role, member.id) for role, member in plan]


def save(ctx: ImportContext) -> None:
    plans = _plans(ctx)
    query = select(DutyDay).options(selectinload(DutyDay.assignments))
    days = {day.date: day for day in ctx.session.scalars(query)}
    for row in ctx.each():
        plan = plans[row.number]
        day = days.get(row.values["date"])
        if day is None:
            day = DutyDay(date=row.values["date"])
            ctx.session.add(day)
            ctx.report.added += 1
        elif _same(day, plan):
            ctx.report.unchanged += 1
            continue
        else:
            day.assignments.clear()
            ctx.session.flush()  # old rows go before new ones meet the unique constraints
            ctx.report.replaced += 1
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


SPEC = RegisterSpec("duty", "值班表", COLUMNS, check, save, export)
