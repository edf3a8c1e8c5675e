"""出入库记录 (stock-moves, applied in file order).

A stock-moves import books its new rows in file order; a row that would take a balance below
zero rejects the whole file. A row that repeats a move already booked (same date, supply, kind,
quantity, handler, borrower, due date and note) is left as it is, so importing an exported file
again changes nothing: if the file holds N such rows and the ledger M, only the last N−M are
booked.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections import defaultdict
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import LedgerError
from db.supplies import ADJUST
from db.supplies import EPS
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
from db.supplies.xlsx.supplies import supplies_by_key
from db.words import said
from db.xlsx.cells import name_key
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import check_fields
from db.xlsx.registers.common import record_values
from db.xlsx.spec import ADDED
from db.xlsx.spec import UNCHANGED
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

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
        self.supplies = supplies_by_key(session)
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
    supplies = supplies_by_key(session)
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


#: What a move gets for a blank cell (as the dialog's empty record).
DEFAULTS = {key: getattr(MoveData(), key) for key in ("handler", "borrower", "due_back", "note")}


def _record(row: Row, supply_id: int | None) -> MoveData:
    """The move ``row`` books, for the facade's rules (:func:`check_move`) and for
    :func:`book` (its date, kind and quantity cells read). 归还 is booked against the
    borrower's open loans, soonest first (``loan_id`` 0 stands for them until then), and keeps
    no due date, like the return dialog's."""
    values = record_values(row, DEFAULTS)
    kind = row.values["kind"]
    if kind == RETURN:
        values["due_back"] = None
    return MoveData(
        supply_id,
        kind,
        row.values["quantity"],
        row.values["moved_on"],
        loan_id=0 if kind == RETURN else None,
        **values,
    )


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
        problems = check_move(_record(row, sp.id if sp else None))
        problems.pop("supply_id", None)  # an unknown name has its problem above
        check_fields(ctx, row, problems)
        if sp is None or problems:
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
    supplies = supplies_by_key(ctx.session)
    booked = _already_booked(ctx.session, ctx.rows)
    for row in ctx.each():
        if row.number in booked:
            ctx.report.mark(row, UNCHANGED)
            continue
        sp = supplies[name_key(row.values["name"])]
        data = _record(row, sp.id)
        try:
            if data.kind == RETURN:
                left = data.quantity
                for loan, out in _open_loans(ctx.session, sp.id, data.borrower.strip()):
                    part = min(out, left)
                    book(ctx.session, replace(data, quantity=part, loan_id=loan.id))
                    left = qty(left - part)
                    if left <= EPS:
                        break
            else:
                book(ctx.session, data)
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
