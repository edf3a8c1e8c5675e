"""物资储备 (supplies, one row per batch) and 出入库记录 (stock-moves, applied in file order).

Balances change only through moves: a supplies import books 入库 (new stock) or 盘点调整
(a different count) for each row's quantity, and a stock-moves import books its new rows in file
order; a row that would take a balance below zero rejects the whole file. A stock-moves row that
repeats a move already booked (same date, supply, kind, quantity, handler, borrower, due date and
note) is left as it is, so importing an exported file again changes nothing: if the file holds N
such rows and the ledger M, only the last N−M are booked.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import OPERATOR_KEY
from db.errors import LedgerError
from db.supplies import ADJUST
from db.supplies import EPS
from db.supplies import IN
from db.supplies import LEND
from db.supplies import RETURN
from db.supplies import SIGN
from db.supplies import MoveData
from db.supplies import book
from db.supplies import check_move
from db.supplies import fmt
from db.supplies import qty
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.supplies.models import SupplyBatch
from db.words import said
from db.xlsx.cells import name_key
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import first_seen
from db.xlsx.spec import ADDED
from db.xlsx.spec import UNCHANGED
from db.xlsx.spec import UPDATED
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec


def _supplies(session: Session) -> dict[str, Supply]:
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
    existing = _supplies(ctx.session)
    adjust = bool(ctx.options.get("adjust_stock"))
    for row in ctx.rows:
        for key in ("quota", "quantity"):
            if row.ok(key) and row.values[key] is not None and row.values[key] < 0:
                ctx.problem(row, key, said("不能为负数"))
        sp = existing.get(name_key(row.values["name"])) if row.ok("name") else None
        counted = row.get("quantity")
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
                )
        if row.ok("name"):
            ident = (name_key(row.values["name"]), *_batch_key(row))
            first_seen(ctx, row, "batch", seen, ident, said("同一物资同一批次"))


def supplies_save(ctx: ImportContext) -> None:
    existing = _supplies(ctx.session)
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

# --- stock moves -------------------------------------------------------------------------------
MOVE_COLUMNS = (
    Column("日期", "moved_on", Kind.DATE, required=True, synonyms=("发生日期", "出入库日期")),
    Column("物资名称", "name", required=True, max_length=80, synonyms=("名称", "物资", "品名")),
    Column(
        "类型",
        "kind",
        required=True,
        vocab="stock.move_kind",
        synonyms=("出入库类型", "业务类型"),
    ),
    Column("数量", "quantity", Kind.FLOAT, required=True, synonyms=("数目",)),
    Column("经办人", "handler", max_length=40, synonyms=("经手人", "操作人")),
    Column("领用人", "borrower", max_length=60, synonyms=("借用人", "领取人", "借用单位")),
    Column("应还日期", "due_back", Kind.DATE, synonyms=("归还日期", "应归还日期")),
    Column("备注", "note", synonyms=("说明",)),
)


class _Sim:
    """Balances and open loans as the file's moves would leave them, row by row."""

    def __init__(self, session: Session):
        self.supplies = _supplies(session)
        self.balance = {sp.id: qty(sp.balance) for sp in self.supplies.values()}
        self.loans: dict[tuple[int, str], float] = defaultdict(float)
        for m in session.scalars(
            select(StockMove).where(StockMove.kind == LEND, StockMove.returned.is_(False))
        ):
            back = sum(
                r.quantity
                for r in session.scalars(select(StockMove).where(StockMove.loan_id == m.id))
            )
            self.loans[(m.supply_id, m.borrower)] += qty(-m.quantity - back)


MoveKey = tuple[int, dt.date, str, float, str, str, dt.date | None, str]


def _move_key(
    supply_id: int,
    moved_on: dt.date,
    kind: str,
    quantity: float,
    handler: str | None,
    borrower: str | None,
    due_back: dt.date | None,
    note: str | None,
) -> MoveKey:
    """What makes two moves the same for an import: as :func:`book` stores them."""
    return (
        supply_id,
        moved_on,
        kind,
        qty(quantity),
        (handler or "").strip()[:40],
        (borrower or "").strip()[:60],
        due_back if kind == LEND else None,
        (note or "").strip(),
    )


def _shown_quantity(kind: str, quantity: float) -> float:
    """The quantity as a file shows it: signed for 盘点调整, otherwise without sign."""
    return quantity if kind == ADJUST else abs(quantity)


def _already_booked(session: Session, rows: list[Row]) -> set[int]:
    """Numbers of the rows that repeat a move already in the ledger.

    Identical rows are counted: with N in the file and M booked, the first M count as booked.
    """
    supplies = _supplies(session)
    keyed: dict[int, MoveKey] = {}
    for row in rows:
        if not all(row.ok(k) for k in ("name", "kind", "quantity", "moved_on")):
            continue
        sp = supplies.get(name_key(row.values["name"]))
        if sp is None:
            continue
        keyed[row.number] = _move_key(
            sp.id,
            row.values["moved_on"],
            row.values["kind"],
            row.values["quantity"],
            row.get("handler"),
            row.get("borrower"),
            row.get("due_back"),
            row.get("note"),
        )
    if not keyed:
        return set()
    dates = [key[1] for key in keyed.values()]
    query = select(
        StockMove.supply_id,
        StockMove.moved_on,
        StockMove.kind,
        StockMove.quantity,
        StockMove.handler,
        StockMove.borrower,
        StockMove.due_back,
        StockMove.note,
    ).where(StockMove.moved_on.between(min(dates), max(dates)))
    stored: Counter[MoveKey] = Counter()
    for sid, on, kind, quantity, handler, borrower, due_back, note in session.execute(query):
        stored[
            _move_key(
                sid, on, kind, _shown_quantity(kind, quantity), handler, borrower, due_back, note
            )
        ] += 1
    booked = set()
    for number, key in keyed.items():
        if stored[key] > 0:
            stored[key] -= 1
            booked.add(number)
    return booked


def _delta(row: Row) -> float:
    q = row.values["quantity"]
    return qty(q if row.values["kind"] == ADJUST else SIGN[row.values["kind"]] * q)


def moves_check(ctx: ImportContext) -> None:
    sim = _Sim(ctx.session)
    booked = _already_booked(ctx.session, ctx.rows)
    for row in ctx.rows:
        if row.number in booked:
            continue
        sp = None
        if row.ok("name"):
            sp = sim.supplies.get(name_key(row.values["name"]))
            if sp is None:
                ctx.problem(
                    row,
                    "name",
                    said("物资台账中没有“{name}”，请先在物资储备中添加", name=row.values["name"]),
                )
        if not (row.ok("kind") and row.ok("quantity") and row.ok("moved_on")):
            continue
        data = MoveData(
            sp.id if sp else 0,
            row.values["kind"],
            row.values["quantity"],
            row.values["moved_on"],
            borrower=row.get("borrower") or "",
            due_back=row.get("due_back"),
            loan_id=0,
        )
        for key, message in check_move(data).items():
            column = {"borrower": "borrower", "due_back": "due_back", "moved_on": "moved_on"}.get(
                key, "quantity"
            )
            if key != "loan_id":
                ctx.problem(row, column, message)
        if sp is None or check_move(data).keys() - {"loan_id"}:
            continue
        delta = _delta(row)
        borrower = (row.get("borrower") or "").strip()
        if row.values["kind"] == RETURN:
            out = qty(sim.loans[(sp.id, borrower)])
            if not borrower or out + EPS < delta:
                ctx.problem(
                    row,
                    "borrower",
                    said(
                        "第{row}行：“{borrower}”此时借用“{name}”未还 {out}{unit}，不能归还 {back}{unit}",
                        row=row.number,
                        borrower=borrower or said("（未填）"),
                        name=sp.name,
                        out=fmt(out),
                        unit=sp.unit,
                        back=fmt(delta),
                    ),
                )
                continue
        now = sim.balance[sp.id]
        if now + delta < -EPS:
            ctx.problem(
                row,
                "quantity",
                said(
                    "第{row}行：“{name}”此时库存 {now}{unit}，不能{kind} {amount}{unit}（库存不能为负数）",
                    row=row.number,
                    name=sp.name,
                    now=fmt(now),
                    unit=sp.unit,
                    kind=said(row.values["kind"]),
                    amount=fmt(abs(delta)),
                ),
            )
            continue
        sim.balance[sp.id] = qty(now + delta)
        if row.values["kind"] == LEND:
            sim.loans[(sp.id, borrower)] += -delta
        elif row.values["kind"] == RETURN:
            sim.loans[(sp.id, borrower)] -= delta


def _open_loans(session: Session, supply_id: int, borrower: str) -> list[tuple[StockMove, float]]:
    out = []
    for m in session.scalars(
        select(StockMove)
        .where(
            StockMove.kind == LEND,
            StockMove.returned.is_(False),
            StockMove.supply_id == supply_id,
            StockMove.borrower == borrower,
        )
        .order_by(StockMove.moved_on, StockMove.id)
    ):
        back = sum(
            r.quantity for r in session.scalars(select(StockMove).where(StockMove.loan_id == m.id))
        )
        if qty(-m.quantity - back) > EPS:
            out.append((m, qty(-m.quantity - back)))
    return out


def moves_save(ctx: ImportContext) -> None:
    supplies = _supplies(ctx.session)
    booked = _already_booked(ctx.session, ctx.rows)
    for row in ctx.each():
        if row.number in booked:
            ctx.report.mark(row, UNCHANGED)
            continue
        sp = supplies[name_key(row.values["name"])]
        kind = row.values["kind"]
        common = {
            "moved_on": row.values["moved_on"],
            "handler": row.get("handler") or "",
            "borrower": row.get("borrower") or "",
            "note": row.get("note") or "",
        }
        try:
            if kind == RETURN:
                left = row.values["quantity"]
                for loan, out in _open_loans(ctx.session, sp.id, common["borrower"].strip()):
                    part = min(out, left)
                    book(ctx.session, MoveData(sp.id, kind, part, loan_id=loan.id, **common))
                    left = qty(left - part)
                    if left <= EPS:
                        break
            else:
                book(
                    ctx.session,
                    MoveData(
                        sp.id, kind, row.values["quantity"], due_back=row.get("due_back"), **common
                    ),
                )
        except LedgerError as exc:  # checked beforehand; a race with another user lands here
            ctx.problem(row, "quantity", str(exc))
            raise
        ctx.report.mark(row, ADDED)


def moves_export(session: Session) -> list[dict[str, Any]]:
    query = (
        select(StockMove, Supply.name)
        .join(Supply, Supply.id == StockMove.supply_id)
        .order_by(StockMove.moved_on, StockMove.id)
    )
    rows = []
    for m, name in session.execute(query):
        rows.append(
            {
                "moved_on": m.moved_on,
                "name": name,
                "kind": m.kind,
                "quantity": _shown_quantity(m.kind, m.quantity),
                "handler": m.handler,
                "borrower": m.borrower,
                "due_back": m.due_back,
                "note": m.note,
            }
        )
    return rows


MOVES = RegisterSpec(
    "stock-moves",
    said("出入库记录"),
    MOVE_COLUMNS,
    moves_check,
    moves_save,
    moves_export,
    model=StockMove,
)

REGISTERS: tuple[RegisterSpec, ...] = (SUPPLIES, MOVES)
