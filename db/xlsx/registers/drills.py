"""演练台账 (drills) and 整改台账 (findings).

A drill is known by its name and date. 参演人员 lists team members (separated by 、 or ,) who
took part; an import records them 出席 (keeping 迟到 where already recorded) and removes the
others from the drill's attendance.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.drills.choices import FINDING_STATUSES
from db.drills.models import Drill, DrillAttendance, Finding
from db.duty import Member
from db.xlsx.cells import name_key
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers import named
from db.xlsx.registers.common import MemberFinder, first_seen
from db.xlsx.spec import ADDED, UNCHANGED, UPDATED, Column, Kind, RegisterSpec

DEFAULT_TIME = dt.time(9, 0)
IMPORTED_EVIDENCE = "按 Excel 台账导入（整改证明见纸质台账）"

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
            good = first_seen(ctx, row, "name", seen, ident, "同名同日的演练")
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
        if row.get("conclusion") and row.ok("date") and row.values["date"] > dt.date.today():
            ctx.problem(row, "conclusion", "还未到演练日期，不能填写评估结论")
            good = False
        if good:
            out[row.number] = links
    return out


def check(ctx: ImportContext) -> None:
    _resolve(ctx)


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
        for key in ("kind", "place", "organiser", "conclusion"):
            if ctx.sheet.has(key):
                values[key] = row.values.get(key) or ("熟悉演练" if key == "kind" else "")
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


SPEC = RegisterSpec("drills", "演练台账", COLUMNS, check, save, export)

# ----- findings --------------------------------------------------------------------------------

FINDING_COLUMNS = (
    Column("演练", "drill", required=True, synonyms=("演练名称", "所属演练")),
    Column("问题", "problem", required=True, max_length=1000, synonyms=("存在问题", "发现问题")),
    Column("整改措施", "measure", synonyms=("措施", "整改要求")),
    Column("责任人", "owner", max_length=40, synonyms=("负责人", "整改责任人")),
    Column("期限", "deadline", Kind.DATE, synonyms=("整改期限", "完成期限")),
    Column("状态", "status", vocab="finding.status", synonyms=("整改状态", "整改情况")),
    Column("完成日期", "closed_on", Kind.DATE, synonyms=("整改完成日期", "销号日期")),
)


def _finding_drills(ctx: ImportContext) -> dict[int, Drill]:
    finder = named.DrillFinder(ctx)
    seen: dict[Any, int] = {}
    out: dict[int, Drill] = {}
    for row in ctx.rows:
        drill = finder.find(row, "drill", row.values["drill"]) if row.ok("drill") else None
        if drill is None or not row.ok("problem"):
            continue
        ident = (drill.id, row.values["problem"].strip())
        if first_seen(ctx, row, "problem", seen, ident, "同一演练的相同问题"):
            out[row.number] = drill
    for row in ctx.rows:
        status, closed = row.get("status"), row.get("closed_on")
        if status == FINDING_STATUSES[2] and closed is None and "closed_on" not in row.bad:
            ctx.problem(row, "closed_on", "已整改的问题请填写完成日期")
        if closed is not None and status != FINDING_STATUSES[2]:
            ctx.problem(row, "status", "填写了完成日期，状态应为“已整改”")
        if closed is not None and closed > dt.date.today():
            ctx.problem(row, "closed_on", "完成日期不能晚于今天")
    return out


def check_findings(ctx: ImportContext) -> None:
    _finding_drills(ctx)


def save_findings(ctx: ImportContext) -> None:
    drills = _finding_drills(ctx)
    existing = {(f.drill_id, f.problem.strip()): f for f in ctx.session.scalars(select(Finding))}
    for row in ctx.each():
        drill = drills[row.number]
        problem = row.values["problem"].strip()
        values: dict[str, Any] = {}
        for key in ("measure", "owner", "deadline", "status", "closed_on"):
            if ctx.sheet.has(key):
                value = row.values.get(key)
                values[key] = value if value is not None or key in ("deadline", "closed_on") else ""
        if values.get("status") == "":
            values["status"] = FINDING_STATUSES[0]
        finding = existing.get((drill.id, problem))
        if finding is None:
            finding = Finding(drill_id=drill.id, problem=problem, status=FINDING_STATUSES[0])
            ctx.session.add(finding)
            ctx.report.mark(row, ADDED)
            changed = values
        else:
            changed = {k: v for k, v in values.items() if getattr(finding, k) != v}
            ctx.report.mark_changes(row, finding, values)
        for key, value in changed.items():
            setattr(finding, key, value)
        if finding.status == FINDING_STATUSES[2] and not finding.evidence:
            finding.evidence = IMPORTED_EVIDENCE


def export_findings(session: Session) -> list[dict[str, Any]]:
    query = select(Finding).options(selectinload(Finding.drill)).order_by(Finding.id)
    findings = list(session.scalars(query))
    counts = Counter(session.scalars(select(Drill.name).where(Drill.archived.is_(False))))
    return [
        {
            "drill": named.drill_label(f.drill, counts[f.drill.name]),
            "problem": f.problem,
            "measure": f.measure,
            "owner": f.owner,
            "deadline": f.deadline,
            "status": f.status,
            "closed_on": f.closed_on,
        }
        for f in findings
    ]


FINDINGS = RegisterSpec(
    "findings", "整改台账", FINDING_COLUMNS, check_findings, save_findings, export_findings
)
