"""请假登记 (leave): periods in which a member cannot be put on duty."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.duty.data import LeaveData
from db.duty.models import Leave
from db.duty.models import Member
from db.duty.team import leave_problems
from db.duty.xlsx.dated import check_dated
from db.words import said
from db.xlsx.context import ImportContext
from db.xlsx.registers.common import MemberFinder
from db.xlsx.registers.common import first_seen
from db.xlsx.spec import ADDED
from db.xlsx.spec import UNCHANGED
from db.xlsx.spec import UPDATED
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

NAME = ("名字", "队员姓名", "人员姓名", "请假人", "请假人员")
START = ("开始", "起始日期", "开始时间", "起始时间", "请假开始日期", "自")
END = ("结束", "截止日期", "结束时间", "截止时间", "终止日期", "请假结束日期", "至")

COLUMNS = (
    Column("姓名", "name", required=True, max_length=40, synonyms=NAME),
    Column("开始日期", "start", Kind.DATE, required=True, synonyms=START),
    Column("结束日期", "end", Kind.DATE, required=True, synonyms=END),
    Column("事由", "reason", max_length=200, synonyms=("请假事由", "原因", "请假原因", "理由")),
)


def _resolve(ctx: ImportContext) -> list[tuple[Any, Member]]:
    """(row, member) for every row whose name and dates are good; problems for the rest."""
    finder = MemberFinder(ctx)
    seen: dict[tuple[int, Any, Any], int] = {}
    good = []
    for row in ctx.rows:
        member = None
        if row.ok("name"):
            named = finder.named(row, "name", [row.values["name"]])
            if len(named) > 1:
                ctx.problem(row, "name", said("每行只写一名队员"))
            elif named:
                member = named[0]
        start, end = row.get("start"), row.get("end")
        data = LeaveData(member.id if member else None, start, end, row.get("reason") or "")
        problems = leave_problems(data)
        if member is None:
            problems.pop("member_id", None)  # the name's cell has its problem already
        check_dated(ctx, row, problems, {"member_id": "name"})
        if member is None or problems:
            continue
        if first_seen(
            ctx, row, "name", seen, (member.id, start, end), said("同一人同一时段的请假")
        ):
            good.append((row, member))
    return good


def check(ctx: ImportContext) -> None:
    _resolve(ctx)


def save(ctx: ImportContext) -> None:
    resolved = dict((row.number, member) for row, member in _resolve(ctx))
    existing = {(lv.member_id, lv.start, lv.end): lv for lv in ctx.session.scalars(select(Leave))}
    for row in ctx.each():
        member = resolved[row.number]
        reason = row.values.get("reason") or ""
        leave = existing.get((member.id, row.values["start"], row.values["end"]))
        if leave is None:
            ctx.session.add(
                Leave(
                    member=member, start=row.values["start"], end=row.values["end"], reason=reason
                )
            )
            ctx.report.mark(row, ADDED)
        elif ctx.sheet.has("reason") and leave.reason != reason:
            ctx.report.mark(row, UPDATED, {"reason": (leave.reason, reason)})
            leave.reason = reason
        else:
            ctx.report.mark(row, UNCHANGED)


def export(session: Session) -> list[dict[str, Any]]:
    query = (
        select(Leave, Member)
        .join(Member)
        .where(Member.archived.is_(False))
        .order_by(Leave.start, Leave.end, Member.name)
    )
    return [
        {"name": m.name, "start": lv.start, "end": lv.end, "reason": lv.reason}
        for lv, m in session.execute(query)
    ]


SPEC = RegisterSpec(
    "leave", said("请假登记"), COLUMNS, check, save, export, noun="请假", model=Leave
)
