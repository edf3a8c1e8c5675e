"""演练台账 (drills); its findings are the 整改台账 (``findings``).

A drill is known by its name and date. 参演人员 lists team members (separated by 、 or ,) who
took part; an import records them 出席 (keeping 迟到 where already recorded) and removes the
others from the drill's attendance.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from db.drills.data import DrillData
from db.drills.models import Drill
from db.drills.models import DrillAttendance
from db.drills.runs import drill_problems
from db.drills.xlsx import named
from db.duty import Member
from db.words import said
from db.xlsx.cells import name_key
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import MemberFinder
from db.xlsx.registers.common import check_fields
from db.xlsx.registers.common import first_seen
from db.xlsx.registers.common import record_values
from db.xlsx.spec import ADDED
from db.xlsx.spec import UNCHANGED
from db.xlsx.spec import UPDATED
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

DEFAULT_TIME = dt.time(9, 0)

COLUMNS = (
    Column("名称", "name", required=True, max_length=120, synonyms=("演练名称",)),
    Column("演练类型", "kind", vocab="drill.kind", synonyms=("类型", "演练形式", "演练方式")),
    Column("日期", "date", Kind.DATE, required=True, synonyms=("演练日期", "演练时间")),
    Column("地点", "place", max_length=200, synonyms=("演练地点",)),
    Column("场所", "site", synonyms=("重点场所", "演练场所")),
    Column("依据预案", "plan", synonyms=("预案", "演练预案")),
    Column("组织人", "organiser", max_length=40, synonyms=("组织者", "负责人")),
    Column("参演人员", "people", Kind.NAMES, synonyms=("参加人员", "参演队员")),
    Column("评估结论", "conclusion", vocab="drill.conclusion", synonyms=("结论", "评估结果")),
)
DEFAULTS: dict[str, Any] = {"kind": "熟悉演练", "place": "", "organiser": "", "conclusion": ""}


def _drills(session: Session) -> dict[tuple[str, dt.date], Drill]:
    query = select(Drill).options(selectinload(Drill.attendance)).where(Drill.archived.is_(False))
    return {(name_key(d.name), d.starts_at.date()): d for d in session.scalars(query)}


def _resolve(ctx: ImportContext) -> dict[int, dict[str, Any]]:
    """Site, plan and members for every row whose names all exist."""
    sites, plans, members = named.sites(ctx), named.plans(ctx), MemberFinder(ctx)
    seen: dict[Any, int] = {}
    out: dict[int, dict[str, Any]] = {}
    for row in ctx.rows:
        good = True
        links: dict[str, Any] = {}
        if row.ok("name") and row.ok("date"):
            ident = (name_key(row.values["name"]), row.values["date"])
            good = first_seen(ctx, row, "name", seen, ident, said("同名同日的演练"))
        for key, finder in (("site", sites), ("plan", plans)):
            if row.get(key):
                links[key] = finder.find(row, key, row.values[key])
                good = good and links[key] is not None
        people: list[Member] = []
        for member in members.named(row, "people", row.get("people") or []):
            if member is None:
                good = False
            elif member not in people:
                people.append(member)
        links["people"] = people
        if good:
            out[row.number] = links
    return out


def _record(row: Row) -> DrillData:
    """The drill's own fields as ``row`` would save them. Its status is the import's to set (a
    drill yet to come stays 计划) and breaks no rule, so the record keeps the planned one."""
    day = row.get("date")
    return DrillData(
        name=row.get("name") or "",
        starts_at=dt.datetime.combine(day, DEFAULT_TIME) if day else None,
        **record_values(row, DEFAULTS),
    )


def check(ctx: ImportContext) -> None:
    _resolve(ctx)
    for row in ctx.rows:
        check_fields(ctx, row, drill_problems(_record(row)), {"starts_at": "date"})


def _status(row: Row, drill: Drill, people: list[Member]) -> str:
    if row.get("conclusion"):
        return "已评估"
    if people or drill.status != "计划":
        return drill.status if drill.status != "计划" else "已实施"
    return "计划"


def save(ctx: ImportContext) -> None:
    links = _resolve(ctx)
    existing = _drills(ctx.session)
    for row in ctx.each():
        link = links[row.number]
        date: dt.date = row.values["date"]
        drill = existing.get((name_key(row.values["name"]), date))
        added = drill is None
        if drill is None:
            drill = Drill(
                name=row.values["name"], starts_at=dt.datetime.combine(date, DEFAULT_TIME)
            )
            ctx.session.add(drill)
        values: dict[str, Any] = {}
        for key in DEFAULTS:
            if ctx.sheet.has(key):
                values[key] = row.values.get(key) or DEFAULTS[key]
        if ctx.sheet.has("site"):
            values["site_id"] = link["site"].id if link.get("site") else None
        if ctx.sheet.has("plan"):
            values["plan_id"] = link["plan"].id if link.get("plan") else None
        changed: dict[str, tuple[Any, Any]] = {
            k: (getattr(drill, k), v) for k, v in values.items() if getattr(drill, k) != v
        }
        for key, (_, value) in changed.items():
            setattr(drill, key, value)
        if ctx.sheet.has("people"):
            wanted = {m.id for m in link["people"]}
            present = {a.member_id for a in drill.attendance if a.status != "缺席"}
            if wanted != present:
                changed["people"] = (len(present), len(wanted))
                late = {a.member_id for a in drill.attendance if a.status == "迟到"}
                drill.attendance.clear()
                ctx.session.flush()
                for mid in sorted(wanted):
                    status = "迟到" if mid in late else "出席"
                    drill.attendance.append(DrillAttendance(member_id=mid, status=status))
        status = _status(row, drill, link["people"]) if date <= dt.date.today() else "计划"
        if drill.status != status:
            changed["status"] = (drill.status, status)
            drill.status = status
        ctx.report.mark(row, ADDED if added else UPDATED if changed else UNCHANGED, changed)


def export(session: Session) -> list[dict[str, Any]]:
    query = (
        select(Drill)
        .options(selectinload(Drill.site), selectinload(Drill.plan), selectinload(Drill.attendance))
        .where(Drill.archived.is_(False))
        .order_by(Drill.starts_at, Drill.id)
    )
    names = {mid: name for mid, name in session.execute(select(Member.id, Member.name))}
    return [
        {
            "name": d.name,
            "kind": d.kind,
            "date": d.starts_at.date(),
            "place": d.place,
            "site": d.site.name if d.site else "",
            "plan": d.plan.name if d.plan else "",
            "organiser": d.organiser,
            "people": [
                names[a.member_id]
                for a in sorted(d.attendance, key=lambda a: a.member_id)
                if a.status != "缺席"
            ],
            "conclusion": d.conclusion,
        }
        for d in session.scalars(query)
    ]


SPEC = RegisterSpec(
    "drills", said("演练台账"), COLUMNS, check, save, export, noun="演练", model=Drill
)
