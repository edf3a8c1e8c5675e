"""The supply-reserve facade: supplies, batches, stock moves, loans and stocktakes.

Every move (入库, 出库, 借出, 归还, 报废, 盘点调整) updates ``Supply.balance`` (and the batch's
balance) in the same transaction and records ``balance_after``; a move that would take a
balance below zero is refused with the current balance in the message. Lists (balances,
shortfalls, expiries, open loans) read the stored balances, never the whole history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from db import rules as rules_module
from db import validate
from db.engine import Database
from db.equipment_models import MOVE_KINDS, StockMove, Supply, SupplyBatch
from db.errors import NotFoundError, StaleRecordError, ValidationError
from db.paging import PAGE_SIZE, Page, clamp, contains, like

IN, OUT, LEND, RETURN, SCRAP, ADJUST = MOVE_KINDS  # 入库 出库 借出 归还 报废 盘点调整
SIGN = {IN: 1, OUT: -1, LEND: -1, RETURN: 1, SCRAP: -1}
EPS = 1e-9
STALE = "这条记录已被其他人修改过，请关闭后重新打开再保存（您的修改未保存）。"


def qty(value: float) -> float:
    """Quantities are kept to 6 decimals so sums of 0.1 + 0.2 stay exact enough to compare."""
    return round(float(value) + 0.0, 6)


def fmt(value: float) -> str:
    return f"{qty(value):g}"


# --- dataclasses in and out ----------------------------------------------------------------
@dataclass
class SupplyData:
    name: str = ""
    category: str = ""
    unit: str = "件"
    location: str = ""
    quota: float = 0.0  # 储备定额
    notes: str = ""
    id: int | None = None
    version: int | None = None
    archived: bool = False
    balance: float = 0.0  # read-only: kept by the moves
    on_loan: float = 0.0  # read-only: lent and not yet returned

    @property
    def short(self) -> float:
        return max(0.0, qty(self.quota - self.balance))


@dataclass
class BatchData:
    supply_id: int | None = None
    batch: str = ""
    expires_on: dt.date | None = None
    balance: float = 0.0  # read-only
    id: int | None = None
    supply_name: str = ""  # read-only
    unit: str = ""  # read-only


@dataclass
class MoveData:
    """A move to book. ``quantity`` is positive; for 盘点调整 it is the signed difference.

    入库 into a batch: give ``batch_id``, or a ``batch`` label (and ``expires_on``) to find or
    create it. Outgoing moves without a batch draw from the batches soonest-expiring first,
    then from unbatched stock (one move row per batch touched). 借出 needs ``borrower``;
    归还 needs ``loan_id`` (the 借出 move it returns).
    """

    supply_id: int | None = None
    kind: str = IN
    quantity: float = 0.0
    moved_on: dt.date | None = None
    batch_id: int | None = None
    batch: str = ""
    expires_on: dt.date | None = None
    handler: str = ""  # 经办人
    borrower: str = ""  # 领用人 / 借用人
    due_back: dt.date | None = None  # 应还日期
    loan_id: int | None = None
    note: str = ""
    unbatched: bool = False  # outgoing: only from stock kept without a batch


@dataclass
class MoveRow:
    id: int
    moved_on: dt.date
    supply_id: int
    supply_name: str
    unit: str
    kind: str
    quantity: float  # signed
    balance_after: float
    handler: str = ""
    borrower: str = ""
    due_back: dt.date | None = None
    returned: bool = False
    loan_id: int | None = None
    batch: str = ""
    expires_on: dt.date | None = None
    note: str = ""


@dataclass
class MoveFilter:
    text: str = ""  # in the supply name, handler, borrower or note
    supply_id: int | None = None
    kind: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass
class LoanRow:
    id: int  # the 借出 move
    supply_id: int
    supply_name: str
    unit: str
    borrower: str
    lent_on: dt.date
    quantity: float
    returned_qty: float
    due_back: dt.date | None
    handler: str = ""

    @property
    def outstanding(self) -> float:
        return qty(self.quantity - self.returned_qty)

    def overdue(self, today: dt.date) -> bool:
        return self.due_back is not None and self.due_back < today and self.outstanding > EPS


@dataclass
class Shortfall:
    supply_id: int
    name: str
    category: str
    unit: str
    location: str
    quota: float
    balance: float

    @property
    def short(self) -> float:
        return qty(self.quota - self.balance)


@dataclass
class ExpiringBatch:
    batch_id: int
    supply_id: int
    supply_name: str
    unit: str
    batch: str
    expires_on: dt.date
    balance: float
    location: str = ""

    def days_left(self, today: dt.date) -> int:
        return (self.expires_on - today).days


@dataclass
class StocktakeResult:
    moves: list[int] = field(default_factory=list)
    differences: dict[int, float] = field(default_factory=dict)  # supply id -> counted - book


# --- booking (also used by the Excel import inside its own transaction) --------------------
def _refuse(supply: Supply, data: MoveData, available: float, what: str = "") -> ValidationError:
    where = what or f"“{supply.name}”当前库存"
    return ValidationError(
        {
            "quantity": f"{where} {fmt(available)}{supply.unit}，"
            f"不能{data.kind} {fmt(abs(data.quantity))}{supply.unit}（库存不能为负数）"
        }
    )


def check_move(data: MoveData) -> dict[str, str]:
    """Problems with a move that need no database (kind, quantity, borrower, dates)."""
    problems: dict[str, str] = {}
    if data.supply_id is None:
        problems["supply_id"] = "请选择物资"
    if data.kind not in MOVE_KINDS:
        problems["kind"] = "类型只能是：" + "、".join(MOVE_KINDS)
    elif data.kind == ADJUST:
        if abs(data.quantity) < EPS:
            problems["quantity"] = "盘点调整的数量不能为0"
    elif data.quantity <= EPS:
        problems["quantity"] = "数量应大于0"
    if data.kind == LEND and not data.borrower.strip():
        problems["borrower"] = "借出时请填写借用人"
    if data.kind == RETURN and data.loan_id is None:
        problems["loan_id"] = "归还时请选择对应的借出记录"
    if data.moved_on is not None and data.moved_on > dt.date.today() + dt.timedelta(days=1):
        problems["moved_on"] = "日期不能晚于今天"
    if data.due_back is not None and data.moved_on is not None and data.due_back < data.moved_on:
        problems["due_back"] = "应还日期不能早于借出日期"
    return problems


def _batch_for_in(s: Session, supply: Supply, data: MoveData) -> SupplyBatch | None:
    if data.batch_id is not None:
        batch = s.get(SupplyBatch, data.batch_id)
        if batch is None or batch.supply_id != supply.id:
            raise ValidationError({"batch_id": "所选批次不属于这种物资"})
        return batch
    label = data.batch.strip()
    if not label and data.expires_on is None:
        return None
    found = s.scalar(
        select(SupplyBatch).where(
            SupplyBatch.supply_id == supply.id,
            SupplyBatch.batch == label,
            SupplyBatch.expires_on.is_(None)
            if data.expires_on is None
            else SupplyBatch.expires_on == data.expires_on,
        )
    )
    if found is None:
        found = SupplyBatch(supply_id=supply.id, batch=label, expires_on=data.expires_on, balance=0)
        s.add(found)
        s.flush()
    return found


def _draw(
    s: Session, supply: Supply, data: MoveData, amount: float
) -> list[tuple[SupplyBatch | None, float]]:
    """Which batches an outgoing ``amount`` comes from: soonest expiry first, then unbatched."""
    batches = list(
        s.scalars(
            select(SupplyBatch)
            .where(SupplyBatch.supply_id == supply.id, SupplyBatch.balance > EPS)
            .order_by(SupplyBatch.expires_on.is_(None), SupplyBatch.expires_on, SupplyBatch.id)
        )
    )
    if data.batch_id is not None:
        chosen = next((b for b in batches if b.id == data.batch_id), None)
        if chosen is None:
            b = s.get(SupplyBatch, data.batch_id)
            if b is None or b.supply_id != supply.id:
                raise ValidationError({"batch_id": "所选批次不属于这种物资"})
            raise _refuse(supply, data, 0.0, f"“{supply.name}”批次“{b.batch}”现有")
        if chosen.balance + EPS < amount:
            raise _refuse(supply, data, chosen.balance, f"“{supply.name}”批次“{chosen.batch}”现有")
        return [(chosen, amount)]
    parts: list[tuple[SupplyBatch | None, float]] = []
    left = amount
    if data.unbatched:
        loose = qty(supply.balance - sum(b.balance for b in batches))
        if loose + EPS < amount:
            raise _refuse(supply, data, loose, f"“{supply.name}”未分批次的库存")
        batches = []
    for b in batches:
        if left <= EPS:
            break
        take = min(b.balance, left)
        parts.append((b, qty(take)))
        left = qty(left - take)
    if left > EPS:
        parts.append((None, left))
    return parts


def book(s: Session, data: MoveData, today: dt.date | None = None) -> list[StockMove]:
    """Book one move in session ``s``; raises :class:`ValidationError` and changes nothing
    (in this session's pending state) when the move is refused."""
    problems = check_move(data)
    if problems:
        raise ValidationError(problems)
    assert data.supply_id is not None
    supply = s.get(Supply, data.supply_id, with_for_update=True)
    if supply is None:
        raise NotFoundError("这种物资已被删除")
    moved_on = data.moved_on or today or dt.date.today()
    delta = qty(data.quantity if data.kind == ADJUST else SIGN[data.kind] * data.quantity)
    balance = qty(supply.balance)
    if balance + delta < -EPS:
        raise _refuse(supply, data, balance)
    loan: StockMove | None = None
    outstanding = 0.0
    if data.kind == RETURN:
        loan = s.get(StockMove, data.loan_id, with_for_update=True)
        if loan is None or loan.kind != LEND or loan.supply_id != supply.id:
            raise ValidationError({"loan_id": "找不到这种物资的这条借出记录"})
        back = returned_quantity(s, loan.id)
        outstanding = qty(-loan.quantity - back)
        if delta > outstanding + EPS:
            raise ValidationError(
                {
                    "quantity": f"这次借出（{loan.borrower}，{fmt(-loan.quantity)}{supply.unit}）"
                    f"尚未归还 {fmt(outstanding)}{supply.unit}，不能归还 {fmt(delta)}"
                }
            )
    if delta > 0:
        if loan is not None and loan.batch_id is not None:
            target = s.get(SupplyBatch, loan.batch_id)
        else:
            target = _batch_for_in(s, supply, data)
        parts: list[tuple[SupplyBatch | None, float]] = [(target, delta)]
    else:
        parts = [(b, -amount) for b, amount in _draw(s, supply, data, -delta)]
    moves = []
    for batch, amount in parts:
        balance = qty(balance + amount)
        if batch is not None:
            batch.balance = qty(batch.balance + amount)
        move = StockMove(
            supply_id=supply.id,
            batch_id=batch.id if batch is not None else None,
            moved_on=moved_on,
            kind=data.kind,
            quantity=amount,
            balance_after=balance,
            handler=data.handler.strip()[:40],
            borrower=data.borrower.strip()[:60],
            due_back=data.due_back if data.kind == LEND else None,
            returned=False,
            loan_id=loan.id if loan is not None else None,
            note=data.note.strip(),
        )
        s.add(move)
        moves.append(move)
    supply.balance = balance
    supply.move_count = (supply.move_count or 0) + len(moves)
    if data.kind == LEND:
        supply.on_loan = qty(supply.on_loan - delta)
    elif loan is not None:
        supply.on_loan = max(0.0, qty(supply.on_loan - delta))
        if qty(outstanding - delta) <= EPS:
            loan.returned = True
    s.flush()
    return moves


def returned_quantity(s: Session, loan_id: int) -> float:
    return qty(
        s.scalar(
            select(func.coalesce(func.sum(StockMove.quantity), 0)).where(
                StockMove.loan_id == loan_id
            )
        )
        or 0
    )


def _supply_data(sp: Supply) -> SupplyData:
    return SupplyData(
        sp.name,
        sp.category,
        sp.unit,
        sp.location,
        sp.quota,
        sp.notes,
        sp.id,
        sp.version,
        sp.archived,
        sp.balance,
        sp.on_loan,
    )


SUPPLY_SORTS = {
    "name": Supply.name,
    "category": Supply.category,
    "location": Supply.location,
    "quota": Supply.quota,
    "balance": Supply.balance,
}
MOVE_SORTS = {"moved_on": StockMove.moved_on, "kind": StockMove.kind}


class Stock:
    """Supplies kept in reserve and every movement of them."""

    def __init__(self, database: Database):
        self.db = database

    # ----- supplies ----------------------------------------------------------------------------
    def supplies(self, include_archived: bool = False) -> list[SupplyData]:
        # Plain rows, not ORM objects: the supplies page reads every supply when it opens.
        columns = (
            Supply.name, Supply.category, Supply.unit, Supply.location, Supply.quota,
            Supply.notes, Supply.id, Supply.version, Supply.archived, Supply.balance,
            Supply.on_loan,
        )  # fmt: skip
        query = select(*columns).order_by(Supply.category, Supply.name)
        if not include_archived:
            query = query.where(Supply.archived.is_(False))
        with self.db.read() as s:
            return [SupplyData(*row) for row in s.execute(query)]

    def supply(self, supply_id: int) -> SupplyData:
        with self.db.read() as s:
            sp = s.get(Supply, supply_id)
            if sp is None:
                raise NotFoundError(f"找不到物资 #{supply_id}")
            return _supply_data(sp)

    def supply_by_name(self, name: str) -> SupplyData:
        with self.db.read() as s:
            sp = s.scalar(select(Supply).where(Supply.name == name.strip()))
            if sp is None:
                raise NotFoundError(f"没有名为“{name}”的物资")
            return _supply_data(sp)

    def validate_supply(self, data: SupplyData) -> dict[str, str]:
        problems: dict[str, str] = {}
        if msg := validate.required(data.name, "物资名称", 80):
            problems["name"] = msg
        if msg := validate.required(data.unit, "单位", 10):
            problems["unit"] = msg
        if data.quota < 0:
            problems["quota"] = "储备定额不能为负数"
        if "name" not in problems:
            with self.db.read() as s:
                clash = s.scalar(
                    select(Supply.id).where(
                        Supply.name == data.name.strip(), Supply.id != (data.id or 0)
                    )
                )
            if clash:
                problems["name"] = f"已有名为“{data.name.strip()}”的物资"
        return problems

    def save_supply(self, data: SupplyData) -> int:
        """Insert or update a supply (the balance changes only through moves)."""
        problems = self.validate_supply(data)
        if problems:
            raise ValidationError(problems)
        with self.db.transaction() as s:
            if data.id is None:
                sp = Supply(balance=0, on_loan=0)
                s.add(sp)
            else:
                found = s.get(Supply, data.id)
                if found is None:
                    raise NotFoundError("这种物资已被删除")
                sp = found
                if data.version is not None and sp.version != data.version:
                    raise StaleRecordError(STALE)
            sp.name = data.name.strip()
            sp.category, sp.unit = data.category.strip(), data.unit.strip()
            sp.location, sp.quota, sp.notes = data.location.strip(), float(data.quota), data.notes
            s.flush()
            return int(sp.id)

    def delete_supply(self, supply_id: int, version: int | None = None) -> str:
        """Delete a supply; one with moves on record is archived instead."""
        with self.db.transaction() as s:
            sp = s.get(Supply, supply_id)
            if sp is None:
                raise NotFoundError("这种物资已被删除")
            if version is not None and sp.version != version:
                raise StaleRecordError(STALE)
            if s.scalar(select(StockMove.id).where(StockMove.supply_id == supply_id).limit(1)):
                sp.archived = True
                return "archived"
            s.delete(sp)
            return "deleted"

    def restore_supply(self, supply_id: int) -> None:
        with self.db.transaction() as s:
            sp = s.get(Supply, supply_id)
            if sp is None:
                raise NotFoundError("这种物资已被删除")
            sp.archived = False

    def supplies_page(
        self,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        sort: str = "name",
        descending: bool = False,
        text: str = "",
        category: str | None = None,
        shortfall_only: bool = False,
    ) -> Page[SupplyData]:
        """One page of the supply register with balances (stored, not summed)."""
        offset, limit = clamp(offset, limit)
        query = select(Supply).where(Supply.archived.is_(False))
        if text.strip():
            pattern = like(text)
            query = query.where(
                or_(contains(Supply.name, pattern), contains(Supply.location, pattern))
            )
        if category:
            query = query.where(Supply.category == category)
        if shortfall_only:
            query = query.where(Supply.balance < Supply.quota)
        column = SUPPLY_SORTS.get(sort, Supply.name)
        with self.db.read() as s:
            total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
            rows = s.scalars(
                query.order_by(column.desc() if descending else column.asc(), Supply.id)
                .offset(offset)
                .limit(limit)
            )
            return Page([_supply_data(sp) for sp in rows], total, offset, limit)

    # ----- batches -----------------------------------------------------------------------------
    def batches(self, supply_id: int | None = None, in_stock: bool = False) -> list[BatchData]:
        with self.db.read() as s:
            query = (
                select(SupplyBatch, Supply.name, Supply.unit)
                .join(Supply)
                .order_by(Supply.name, SupplyBatch.expires_on, SupplyBatch.id)
            )
            if supply_id is not None:
                query = query.where(SupplyBatch.supply_id == supply_id)
            if in_stock:
                query = query.where(SupplyBatch.balance > EPS)
            return [
                BatchData(b.supply_id, b.batch, b.expires_on, b.balance, b.id, name, unit)
                for b, name, unit in s.execute(query)
            ]

    def save_batch(self, data: BatchData) -> int:
        """Create a batch or change its label or expiry (its balance changes through moves)."""
        if data.supply_id is None:
            raise ValidationError({"supply_id": "请选择物资"})
        with self.db.transaction() as s:
            if data.id is None:
                if s.get(Supply, data.supply_id) is None:
                    raise NotFoundError("这种物资已被删除")
                b = SupplyBatch(supply_id=data.supply_id, balance=0)
                s.add(b)
            else:
                found = s.get(SupplyBatch, data.id)
                if found is None:
                    raise NotFoundError("这个批次已被删除")
                b = found
            b.batch, b.expires_on = data.batch.strip()[:40], data.expires_on
            s.flush()
            return int(b.id)

    # ----- moves -------------------------------------------------------------------------------
    def move(self, data: MoveData) -> list[int]:
        """Book a move; the ids of the move rows written (several when it spans batches)."""
        with self.db.transaction() as s:
            return [int(m.id) for m in book(s, data)]

    def lend(
        self,
        supply_id: int,
        quantity: float,
        borrower: str,
        due_back: dt.date | None = None,
        *,
        on: dt.date | None = None,
        handler: str = "",
        note: str = "",
    ) -> list[int]:
        return self.move(
            MoveData(
                supply_id,
                LEND,
                quantity,
                on,
                handler=handler,
                borrower=borrower,
                due_back=due_back,
                note=note,
            )
        )

    def return_loan(
        self,
        loan_id: int,
        quantity: float | None = None,
        *,
        on: dt.date | None = None,
        handler: str = "",
        note: str = "",
    ) -> list[int]:
        """Book 归还 against a 借出 move (all that is still out unless ``quantity`` is given)."""
        with self.db.transaction() as s:
            loan = s.get(StockMove, loan_id)
            if loan is None or loan.kind != LEND:
                raise NotFoundError("找不到这条借出记录")
            amount = (
                quantity
                if quantity is not None
                else qty(-loan.quantity - returned_quantity(s, loan_id))
            )
            data = MoveData(
                loan.supply_id,
                RETURN,
                amount,
                on,
                handler=handler,
                borrower=loan.borrower,
                loan_id=loan_id,
                note=note,
            )
            return [int(m.id) for m in book(s, data)]

    def _move_query(self, f: MoveFilter) -> Select[Any]:
        query = select(StockMove)
        if f.supply_id is not None:
            query = query.where(StockMove.supply_id == f.supply_id)
        if f.kind:
            query = query.where(StockMove.kind == f.kind)
        if f.start:
            query = query.where(StockMove.moved_on >= f.start)
        if f.end:
            query = query.where(StockMove.moved_on <= f.end)
        if f.text.strip():
            pattern = like(f.text)
            named = select(Supply.id).where(contains(Supply.name, pattern))
            query = query.where(
                or_(
                    StockMove.supply_id.in_(named),
                    contains(StockMove.borrower, pattern),
                    contains(StockMove.handler, pattern),
                    contains(StockMove.note, pattern),
                )
            )
        return query

    def moves_page(
        self,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        sort: str = "moved_on",
        descending: bool = True,
        filter: MoveFilter | None = None,  # noqa: A002 - the brief's name
    ) -> Page[MoveRow]:
        """One page of the stock-move journal (newest first by default)."""
        offset, limit = clamp(offset, limit)
        query = self._move_query(filter or MoveFilter())
        column = MOVE_SORTS.get(sort, StockMove.moved_on)
        order = [column.desc(), StockMove.id.desc()] if descending else [column, StockMove.id]
        f = filter or MoveFilter()
        with self.db.read() as s:
            if f.kind or f.start or f.end or f.text.strip():
                total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
            else:  # kept on each supply by every move: no counting a million rows
                counted = select(func.coalesce(func.sum(Supply.move_count), 0))
                if f.supply_id is not None:
                    counted = counted.where(Supply.id == f.supply_id)
                total = int(s.scalar(counted) or 0)
            ids = list(
                s.scalars(
                    query.with_only_columns(StockMove.id)
                    .order_by(*order)
                    .offset(offset)
                    .limit(limit)
                )
            )
            return Page(self._move_rows(s, ids), total, offset, limit)

    def moves(self, supply_id: int | None = None, limit: int = 1000) -> list[MoveRow]:
        """Moves in booking order (oldest first), of one supply or all."""
        with self.db.read() as s:
            query = select(StockMove.id).order_by(StockMove.moved_on, StockMove.id).limit(limit)
            if supply_id is not None:
                query = query.where(StockMove.supply_id == supply_id)
            return self._move_rows(s, list(s.scalars(query)))

    @staticmethod
    def _move_rows(s: Session, ids: Sequence[int]) -> list[MoveRow]:
        if not ids:
            return []
        rows = s.execute(
            select(StockMove, Supply.name, Supply.unit, SupplyBatch.batch, SupplyBatch.expires_on)
            .join(Supply, Supply.id == StockMove.supply_id)
            .outerjoin(SupplyBatch, SupplyBatch.id == StockMove.batch_id)
            .where(StockMove.id.in_(list(ids)))
        ).all()
        by_id = {
            m.id: MoveRow(
                m.id,
                m.moved_on,
                m.supply_id,
                name,
                unit,
                m.kind,
                m.quantity,
                m.balance_after,
                m.handler,
                m.borrower,
                m.due_back,
                m.returned,
                m.loan_id,
                batch or "",
                expires,
                m.note,
            )
            for m, name, unit, batch, expires in rows
        }
        return [by_id[i] for i in ids if i in by_id]

    # ----- lists -------------------------------------------------------------------------------
    def loans(self, open_only: bool = True, supply_id: int | None = None) -> list[LoanRow]:
        """借出 moves (not yet fully returned unless ``open_only`` is False), oldest due first."""
        with self.db.read() as s:
            query = (
                select(StockMove, Supply.name, Supply.unit)
                .join(Supply, Supply.id == StockMove.supply_id)
                .where(StockMove.kind == LEND)
            )
            if open_only:
                query = query.where(StockMove.returned.is_(False))
            if supply_id is not None:
                query = query.where(StockMove.supply_id == supply_id)
            rows = s.execute(
                query.order_by(StockMove.due_back.is_(None), StockMove.due_back, StockMove.id)
            ).all()
            ids = [m.id for m, _, _ in rows]
            back: dict[int, float] = {}
            for chunk in range(0, len(ids), 500):
                back.update(
                    (int(k or 0), float(v))
                    for k, v in s.execute(
                        select(StockMove.loan_id, func.sum(StockMove.quantity))
                        .where(StockMove.loan_id.in_(ids[chunk : chunk + 500]))
                        .group_by(StockMove.loan_id)
                    ).all()
                )
            return [
                LoanRow(
                    m.id,
                    m.supply_id,
                    name,
                    unit,
                    m.borrower,
                    m.moved_on,
                    qty(-m.quantity),
                    qty(back.get(m.id, 0.0)),
                    m.due_back,
                    m.handler,
                )
                for m, name, unit in rows
            ]

    def overdue_loans(self, today: dt.date | None = None) -> list[LoanRow]:
        today = today or dt.date.today()
        return [loan for loan in self.loans() if loan.overdue(today)]

    def shortfalls(self) -> list[Shortfall]:
        """Supplies whose balance is below the reserve quota, largest shortfall first."""
        with self.db.read() as s:
            rows = s.execute(
                select(
                    Supply.id,
                    Supply.name,
                    Supply.category,
                    Supply.unit,
                    Supply.location,
                    Supply.quota,
                    Supply.balance,
                )
                .where(Supply.archived.is_(False), Supply.balance < Supply.quota)
                .order_by((Supply.quota - Supply.balance).desc(), Supply.name)
            ).all()
        return [Shortfall(*row) for row in rows]

    def expiring(
        self, within_days: int | None = None, today: dt.date | None = None
    ) -> list[ExpiringBatch]:
        """Batches in stock expiring within ``within_days`` (default: the rule's longer window)
        or already expired, soonest first."""
        today = today or dt.date.today()
        if within_days is None:
            within_days = int(rules_module.Rules(self.db).number("supply.expiry_later_days"))
        limit = today + dt.timedelta(days=within_days)
        with self.db.read() as s:
            rows = s.execute(
                select(
                    SupplyBatch.id,
                    SupplyBatch.supply_id,
                    Supply.name,
                    Supply.unit,
                    SupplyBatch.batch,
                    SupplyBatch.expires_on,
                    SupplyBatch.balance,
                    Supply.location,
                )
                .join(Supply, Supply.id == SupplyBatch.supply_id)
                .where(
                    SupplyBatch.expires_on <= limit,
                    SupplyBatch.balance > EPS,
                    Supply.archived.is_(False),
                )
                .order_by(SupplyBatch.expires_on, SupplyBatch.id)
            ).all()
        return [
            ExpiringBatch(bid, sid, name, unit, batch, expires or limit, balance, location)
            for bid, sid, name, unit, batch, expires, balance, location in rows
        ]

    def expiry_windows(self, today: dt.date | None = None) -> tuple[int, int]:
        """The two reminder windows in days (rules ``supply.expiry_soon_days``/``_later_days``)."""
        r = rules_module.Rules(self.db)
        return int(r.number("supply.expiry_soon_days")), int(r.number("supply.expiry_later_days"))

    # ----- stocktake ---------------------------------------------------------------------------
    def stocktake(
        self,
        counts: Mapping[int, float],
        *,
        on: dt.date | None = None,
        handler: str = "",
        note: str = "盘点",
    ) -> StocktakeResult:
        """Book a 盘点调整 for every supply whose count differs from its balance (one
        transaction: a bad count writes nothing)."""
        problems = {
            f"counts.{sid}": "盘点数量不能为负数" for sid, counted in counts.items() if counted < 0
        }
        if problems:
            raise ValidationError(problems)
        result = StocktakeResult()
        with self.db.transaction() as s:
            for sid, counted in sorted(counts.items()):
                sp = s.get(Supply, sid)
                if sp is None:
                    raise NotFoundError(f"找不到物资 #{sid}")
                diff = qty(counted - sp.balance)
                if abs(diff) <= EPS:
                    continue
                data = MoveData(sid, ADJUST, diff, on, handler=handler, note=note)
                result.moves += [int(m.id) for m in book(s, data)]
                result.differences[sid] = diff
        return result


__all__ = [
    "BatchData",
    "ExpiringBatch",
    "LoanRow",
    "MoveData",
    "MoveFilter",
    "MoveRow",
    "Shortfall",
    "Stock",
    "StocktakeResult",
    "SupplyData",
    "book",
]
