"""物资储备 (supplies, one row per batch): balances change only through moves, so an import
books 入库 (new stock) or 盘点调整 (a different count) for each row's quantity."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import OPERATOR_KEY
from db.supplies import ADJUST
from db.supplies import EPS
from db.supplies import IN
from db.supplies import MoveData
from db.supplies import book
from db.supplies import fmt
from db.supplies import qty
from db.supplies.booking import count_problem
from db.supplies.data import SupplyData
from db.supplies.models import Supply
from db.supplies.models import SupplyBatch
from db.supplies.register import supply_problems
from db.words import said
from db.xlsx.cells import name_key
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import check_fields
from db.xlsx.registers.common import first_seen
from db.xlsx.registers.common import record_values
from db.xlsx.spec import ADDED
from db.xlsx.spec import UNCHANGED
from db.xlsx.spec import UPDATED
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec


def supplies_by_key(session: Session) -> dict[str, Supply]:
    return {name_key(sp.name): sp for sp in session.scalars(select(Supply))}


# --- supplies ----------------------------------------------------------------------------------
SUPPLY_COLUMNS = (
    Column("名称", "name", required=True, max_length=80, synonyms=("物资名称", "品名")),
    Column(
        "类别", "category", max_length=20, vocab="supply.category", synonyms=("物资类别", "分类")
    ),
    Column("单位", "unit", max_length=10, vocab="supply.unit", synonyms=("计量单位",)),
    Column("存放位置", "location", max_length=60, synonyms=("位置", "存放地点", "仓库")),
    Column("储备定额", "quota", Kind.FLOAT, synonyms=("定额", "储备数量", "应储数量")),
    Column("数量", "quantity", Kind.FLOAT, synonyms=("库存", "库存数量", "实有数量", "结存")),
    Column("批次", "batch", max_length=40, synonyms=("批号", "批次号")),
    Column("有效期至", "expires_on", Kind.DATE, synonyms=("有效期", "失效日期", "保质期至")),
)
SUPPLY_FIELDS = ("category", "unit", "location", "quota")
#: What a new supply gets for a blank cell (as the dialog's empty record).
DEFAULTS = {key: getattr(SupplyData(), key) for key in SUPPLY_FIELDS}


def _batch_key(row: Row) -> tuple[str, dt.date | None]:
    return ((row.get("batch") or "").strip(), row.get("expires_on"))


def _whole(ctx: ImportContext) -> bool:
    """A sheet without batch columns counts each supply's whole stock."""
    return not (ctx.sheet.has("batch") or ctx.sheet.has("expires_on"))


def _on_record(
    session: Session, sp: Supply, row: Row, whole: bool = False
) -> tuple[float, SupplyBatch | None]:
    """What the ledger holds of the row's supply and batch (loose stock without a batch; the
    whole stock when the sheet has no batch columns)."""
    if whole:
        return qty(sp.balance), None
    label, expires = _batch_key(row)
    if label or expires:
        batch = session.scalar(
            select(SupplyBatch).where(
                SupplyBatch.supply_id == sp.id,
                SupplyBatch.batch == label,
                SupplyBatch.expires_on.is_(None)
                if expires is None
                else SupplyBatch.expires_on == expires,
            )
        )
        return (batch.balance if batch is not None else 0.0), batch
    in_batches = sum(
        b.balance
        for b in session.scalars(select(SupplyBatch).where(SupplyBatch.supply_id == sp.id))
    )
    return qty(sp.balance - in_batches), None


ADJUST_HINT = "如以实盘为准，请在导入时选择“按实盘调整库存”（命令行加 --adjust-stock）"


def supplies_check(ctx: ImportContext) -> None:
    seen: dict[Any, int] = {}
    existing = supplies_by_key(ctx.session)
    adjust = bool(ctx.options.get("adjust_stock"))
    for row in ctx.rows:
        counted = row.get("quantity")
        data = SupplyData(name=row.get("name") or "", **record_values(row, DEFAULTS))
        problems = supply_problems(data)
        if counted is not None and (msg := count_problem(counted)):
            problems["quantity"] = msg
        sp = existing.get(name_key(row.values["name"])) if row.ok("name") else None
        check_fields(ctx, row, problems, new=sp is None)
        if sp is not None and counted is not None and counted >= 0:
            current, _ = _on_record(ctx.session, sp, row, _whole(ctx))
            if abs(qty(counted - current)) > EPS and not adjust:
                ctx.problem(
                    row,
                    "quantity",
                    said(
                        "与账面结存 {current}{unit} 不符（相差 {diff}）。数量只能通过出入库记录改变；{hint}",
                        current=fmt(current),
                        unit=sp.unit,
                        diff=fmt(qty(counted - current)),
                        hint=said(ADJUST_HINT),
                    ),
                    solved_by="adjust_stock",
                )
        if row.ok("name"):
            ident = (name_key(row.values["name"]), *_batch_key(row))
            first_seen(ctx, row, "batch", seen, ident, said("同一物资同一批次"))


def supplies_save(ctx: ImportContext) -> None:
    existing = supplies_by_key(ctx.session)
    fields = [k for k in SUPPLY_FIELDS if ctx.sheet.has(k)]
    today = dt.date.today()
    for row in ctx.each():
        values = {k: row.values.get(k) for k in fields}
        values = {k: v for k, v in values.items() if v is not None}
        sp = existing.get(name_key(row.values["name"]))
        new = sp is None
        if sp is None:
            sp = Supply(name=row.values["name"].strip(), balance=0, on_loan=0, unit="件", quota=0)
            sp.category = sp.location = sp.notes = ""
            ctx.session.add(sp)
            ctx.session.flush()
            existing[name_key(sp.name)] = sp
        changed: dict[str, tuple[Any, Any]] = {
            k: (getattr(sp, k), v) for k, v in values.items() if getattr(sp, k) != v
        }
        for key, (_, value) in changed.items():
            setattr(sp, key, value)
        counted = row.get("quantity")
        if counted is not None:
            label, expires = _batch_key(row)
            current, batch = _on_record(ctx.session, sp, row, _whole(ctx))
            diff = qty(counted - current)
            if abs(diff) > EPS:
                kind = IN if diff > 0 and current <= EPS and new else ADJUST
                book(
                    ctx.session,
                    MoveData(
                        sp.id,
                        kind,
                        abs(diff) if kind == IN else diff,
                        today,
                        batch=label,
                        expires_on=expires,
                        unbatched=not (label or expires) and not _whole(ctx),
                        batch_id=batch.id
                        if (label or expires) and batch is not None and diff < 0
                        else None,
                        handler=str(ctx.session.info.get(OPERATOR_KEY, "")),
                        note="Excel导入" if kind == IN else "Excel导入：按实盘调整",
                    ),
                )
                changed["quantity"] = (current, counted)
                if kind == ADJUST:
                    ctx.report.notices.append(
                        said(
                            "盘点调整：{name}{batch} {diff}{unit}（账面 {current} → 实盘 {counted}）",
                            name=sp.name,
                            batch=said("（批次 {batch}）", batch=label) if label else "",
                            diff=f"{qty(diff):+g}",
                            unit=sp.unit,
                            current=fmt(current),
                            counted=fmt(counted),
                        )
                    )
        ctx.report.mark(row, ADDED if new else UPDATED if changed else UNCHANGED, changed)


def supplies_export(session: Session) -> list[dict[str, Any]]:
    batches: dict[int, list[SupplyBatch]] = defaultdict(list)
    for b in session.scalars(
        select(SupplyBatch)
        .where(SupplyBatch.balance > EPS)
        .order_by(SupplyBatch.expires_on, SupplyBatch.id)
    ):
        batches[b.supply_id].append(b)
    rows = []
    query = select(Supply).where(Supply.archived.is_(False)).order_by(Supply.category, Supply.name)
    for sp in session.scalars(query):
        base = {"name": sp.name, **{k: getattr(sp, k) for k in SUPPLY_FIELDS}}
        loose = qty(sp.balance - sum(b.balance for b in batches[sp.id]))
        for b in batches[sp.id]:
            rows.append(
                {**base, "quantity": b.balance, "batch": b.batch, "expires_on": b.expires_on}
            )
        if loose > EPS or not batches[sp.id]:
            rows.append({**base, "quantity": loose, "batch": "", "expires_on": None})
    return rows


SUPPLIES = RegisterSpec(
    "supplies",
    said("物资储备"),
    SUPPLY_COLUMNS,
    supplies_check,
    supplies_save,
    supplies_export,
    model=Supply,
)
