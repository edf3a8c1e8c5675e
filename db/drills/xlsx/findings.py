"""整改台账 (findings): the problems a drill found, each named by its drill (“名称（日期）”
when a drill name repeats) and its problem text."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from db.drills.choices import FINDING_STATUSES
from db.drills.data import FindingData
from db.drills.findings import closing_problems
from db.drills.findings import finding_problems
from db.drills.models import Drill
from db.drills.models import Finding
from db.drills.xlsx import named
from db.words import said
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import check_fields
from db.xlsx.registers.common import filled
from db.xlsx.registers.common import first_seen
from db.xlsx.registers.common import record_values
from db.xlsx.spec import ADDED
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

IMPORTED_EVIDENCE = "按 Excel 台账导入（整改证明见纸质台账）"

COLUMNS = (
    Column("演练", "drill", required=True, synonyms=("演练名称", "所属演练")),
    Column("问题", "problem", required=True, max_length=1000, synonyms=("存在问题", "发现问题")),
    Column("整改措施", "measure", synonyms=("措施", "整改要求")),
    Column("责任人", "owner", max_length=40, synonyms=("负责人", "整改责任人")),
    Column("期限", "deadline", Kind.DATE, synonyms=("整改期限", "完成期限")),
    Column("状态", "status", vocab="finding.status", synonyms=("整改状态", "整改情况")),
    Column("完成日期", "closed_on", Kind.DATE, synonyms=("整改完成日期", "销号日期")),
)
DEFAULTS: dict[str, Any] = {
    "measure": "",
    "owner": "",
    "deadline": None,
    "status": FINDING_STATUSES[0],
    "closed_on": None,
}
CLOSED = FINDING_STATUSES[2]


def _finding_drills(ctx: ImportContext) -> dict[int, Drill]:
    finder = named.DrillFinder(ctx)
    seen: dict[Any, int] = {}
    out: dict[int, Drill] = {}
    for row in ctx.rows:
        drill = finder.find(row, "drill", row.values["drill"]) if row.ok("drill") else None
        if drill is None or not row.ok("problem"):
            continue
        ident = (drill.id, row.values["problem"].strip())
        if first_seen(ctx, row, "problem", seen, ident, said("同一演练的相同问题")):
            out[row.number] = drill
    return out


def _problems(
    row: Row, drill: Drill | None, stored: Finding | None, has_status: bool
) -> dict[str, str]:
    """What the facade finds wrong with the finding ``row`` would save (of ``drill``, None when
    the row's drill cell already has its problem; over the ``stored`` one when it updates it),
    and a closing date on one not 已整改 (on the 完成日期 cell when the sheet has no 状态)."""
    base = DEFAULTS if stored is None else {key: getattr(stored, key) for key in DEFAULTS}
    values = record_values(row, base)
    data = FindingData(drill.id if drill else None, row.get("problem") or "", **values)
    problems = finding_problems(data)
    problems.pop("drill_id", None)  # a drill not found is already the 演练 cell's problem
    status, closed = values["status"], values["closed_on"]
    if status == CLOSED or closed is not None:
        problems |= closing_problems(closed, drill.starts_at.date() if drill else None)
    if closed is not None and status != CLOSED:
        problems["status" if has_status else "closed_on"] = said("填写了完成日期，状态应为“已整改”")
    return problems


def _existing(session: Session) -> dict[tuple[int, str], Finding]:
    return {(f.drill_id, f.problem.strip()): f for f in session.scalars(select(Finding))}


def check_findings(ctx: ImportContext) -> None:
    drills = _finding_drills(ctx)
    existing = _existing(ctx.session)
    for row in ctx.rows:
        drill = drills.get(row.number)
        stored = existing.get((drill.id, (row.get("problem") or "").strip())) if drill else None
        problems = _problems(row, drill, stored, ctx.sheet.has("status"))
        check_fields(ctx, row, problems, new=stored is None)


def save_findings(ctx: ImportContext) -> None:
    drills = _finding_drills(ctx)
    existing = _existing(ctx.session)
    for row in ctx.each():
        drill = drills[row.number]
        problem = row.values["problem"].strip()
        values = filled(row, [key for key in DEFAULTS if ctx.sheet.has(key)], DEFAULTS)
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
        if finding.status == CLOSED and not finding.evidence:
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


SPEC = RegisterSpec(
    "findings",
    said("整改台账"),
    COLUMNS,
    check_findings,
    save_findings,
    export_findings,
    noun="整改问题",
    model=Finding,
)
