"""应急预案台账 (plans): contingency plans and the sites they cover.

The 版本 column is written on export and read back only for information: a new edition is
recorded in the program (修订), with its reason, never by typing a number.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from db.drills.choices import REVISION_TRIGGERS
from db.drills.data import PlanData
from db.drills.models import Plan
from db.drills.models import PlanVersion
from db.drills.models import Site
from db.drills.plans import plan_problems
from db.drills.plans import plan_snapshot
from db.drills.xlsx import named
from db.words import said
from db.xlsx.cells import name_key
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import check_fields
from db.xlsx.registers.common import each_named
from db.xlsx.registers.common import filled
from db.xlsx.registers.common import record_values
from db.xlsx.spec import ADDED
from db.xlsx.spec import UNCHANGED
from db.xlsx.spec import UPDATED
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

COLUMNS = (
    Column("名称", "name", required=True, max_length=120, synonyms=("预案名称",)),
    Column("类型", "type", vocab="plan.type", synonyms=("预案类型", "预案类别")),
    Column("适用场所", "sites", Kind.NAMES, synonyms=("场所", "所属场所", "涉及场所")),
    Column("状态", "status", vocab="plan.status", synonyms=("预案状态",)),
    Column("编制人", "author", max_length=40, synonyms=("编制", "起草人")),
    Column("审核人", "reviewer", max_length=40, synonyms=("审核", "审批人")),
    Column("发布日期", "issued_on", Kind.DATE, synonyms=("发布时间", "印发日期")),
    Column("上次评估日期", "evaluated_on", Kind.DATE, synonyms=("评估日期", "最近评估日期")),
    Column("版本", "version_no", Kind.INT, synonyms=("版本号",)),
)
DEFAULTS: dict[str, Any] = {
    "type": "现场处置方案",
    "status": "草稿",
    "author": "",
    "reviewer": "",
    "issued_on": None,
    "evaluated_on": None,
}


def _existing(session: Session) -> dict[str, list[Plan]]:
    table: dict[str, list[Plan]] = {}
    query = (
        select(Plan)
        .options(selectinload(Plan.sites))
        .where(Plan.archived.is_(False))
        .order_by(Plan.id)
    )
    for plan in session.scalars(query):
        table.setdefault(name_key(plan.name), []).append(plan)
    return table


def _sites(ctx: ImportContext) -> dict[int, list[Site]]:
    """The sites each row names, for rows whose names all exist."""
    finder = named.sites(ctx)
    out: dict[int, list[Site]] = {}
    for row in ctx.rows:
        if not row.ok("sites"):
            continue
        found = [finder.find(row, "sites", name) for name in row.values["sites"]]
        if all(x is not None for x in found):
            out[row.number] = [x for x in found if x is not None]
    return out


def _record(ctx: ImportContext, row: Row, plan: Plan | None) -> PlanData:
    """The plan ``row`` would save: the plan on file (or a new one) with the columns the sheet
    has, a blank cell read as its default."""
    values = {key: getattr(plan, key) for key in DEFAULTS} if plan else dict(DEFAULTS)
    values |= {k: v for k, v in record_values(row, DEFAULTS).items() if ctx.sheet.has(k)}
    return PlanData(name=row.get("name") or "", **values)


def check(ctx: ImportContext) -> None:
    # without a 发布日期 column the plan keeps its date: a missing one is the 状态 cell's problem
    keys = {} if ctx.sheet.has("issued_on") else {"issued_on": "status"}
    several = lambda name, _: said("台账中已有多个预案叫“{name}”", name=name)  # noqa: E731
    for row, found in each_named(ctx, _existing(ctx.session), said("名称"), several):
        plan = _record(ctx, row, found[0] if found else None)
        check_fields(ctx, row, plan_problems(plan), keys, new=not found)
    _sites(ctx)


def save(ctx: ImportContext) -> None:
    existing = _existing(ctx.session)
    sites = _sites(ctx)
    fields = [key for key in DEFAULTS if ctx.sheet.has(key)]
    for row in ctx.each():
        values = filled(row, fields, DEFAULTS)
        found = existing.get(name_key(row.values["name"]))
        if not found:
            plan = Plan(name=row.values["name"], version_no=1, **{**DEFAULTS, **values})
            plan.sites = sites.get(row.number, [])
            ctx.session.add(plan)
            ctx.session.flush()
            ctx.session.add(
                PlanVersion(
                    plan_id=plan.id,
                    number=1,
                    revised_on=plan.issued_on or plan.created_at.date(),
                    trigger=REVISION_TRIGGERS[0],
                    approved_by=plan.reviewer,
                    snapshot=json.dumps(plan_snapshot(plan), ensure_ascii=False),
                )
            )
            ctx.report.mark(row, ADDED)
            continue
        plan = found[0]
        changed: dict[str, tuple[Any, Any]] = {
            k: (getattr(plan, k), v) for k, v in values.items() if getattr(plan, k) != v
        }
        for key, (_, value) in changed.items():
            setattr(plan, key, value)
        if row.number in sites and [x.id for x in plan.sites] != [x.id for x in sites[row.number]]:
            changed["sites"] = (
                "、".join(x.name for x in plan.sites),
                "、".join(x.name for x in sites[row.number]),
            )
            plan.sites = sites[row.number]
        ctx.report.mark(row, UPDATED if changed else UNCHANGED, changed)
        if not changed:
            continue
        current = ctx.session.scalar(
            select(PlanVersion).where(
                PlanVersion.plan_id == plan.id, PlanVersion.number == plan.version_no
            )
        )
        if current is not None:
            current.snapshot = json.dumps(plan_snapshot(plan), ensure_ascii=False)


def export(session: Session) -> list[dict[str, Any]]:
    query = (
        select(Plan)
        .options(selectinload(Plan.sites))
        .where(Plan.archived.is_(False))
        .order_by(Plan.id)
    )
    return [
        {
            "name": p.name,
            "sites": [x.name for x in p.sites],
            "version_no": p.version_no,
            **{key: getattr(p, key) for key in DEFAULTS},
        }
        for p in session.scalars(query)
    ]


SPEC = RegisterSpec(
    "plans", said("应急预案台账"), COLUMNS, check, save, export, noun="应急预案", model=Plan
)
