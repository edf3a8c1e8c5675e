"""Booking a move inside a session: balances checked and kept, batches drawn soonest-expiring
first (also used by the Excel import inside its own transaction)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import NotFoundError
from db.errors import ValidationError
from db.errors import refuse
from db.supplies.data import ADJUST
from db.supplies.data import EPS
from db.supplies.data import LEND
from db.supplies.data import RETURN
from db.supplies.data import SIGN
from db.supplies.data import MoveData
from db.supplies.data import fmt
from db.supplies.data import qty
from db.supplies.models import MOVE_KINDS
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.supplies.models import SupplyBatch
from db.words import said
from db.words import said_list


def _refuse(supply: Supply, data: MoveData, available: float, what: str = "") -> ValidationError:
    where = what or said("“{name}”当前库存", name=supply.name)
    return ValidationError(
        {
            "quantity": said(
                "{where} {available}{unit}，不能{kind} {quantity}{unit}（库存不能为负数）",
                where=where,
                available=fmt(available),
                unit=supply.unit,
                kind=said(data.kind),
                quantity=fmt(abs(data.quantity)),
            )
        }
    )


def check_move(data: MoveData) -> dict[str, str]:
    """Problems with a move that need no database (kind, quantity, borrower, dates)."""
    problems: dict[str, str] = {}
    if data.supply_id is None:
        problems["supply_id"] = said("请选择物资")
    if data.kind not in MOVE_KINDS:
        problems["kind"] = said("类型只能是：{options}", options=said_list(MOVE_KINDS))
    elif data.kind == ADJUST:
        if abs(data.quantity) < EPS:
            problems["quantity"] = said("盘点调整的数量不能为0")
    elif data.quantity <= EPS:
        problems["quantity"] = said("数量应大于0")
    if data.kind == LEND and not data.borrower.strip():
        problems["borrower"] = said("借出时请填写借用人")
    if data.kind == RETURN and data.loan_id is None:
        problems["loan_id"] = said("归还时请选择对应的借出记录")
    if data.moved_on is not None and data.moved_on > dt.date.today() + dt.timedelta(days=1):
        problems["moved_on"] = said("日期不能晚于今天")
    if data.due_back is not None and data.moved_on is not None and data.due_back < data.moved_on:
        problems["due_back"] = said("应还日期不能早于借出日期")
    return problems


def count_problem(counted: float) -> str | None:
    """What is wrong with a counted quantity (a stocktake's count, a supply row's 数量 in an
    import), or None."""
    return said("盘点数量不能为负数") if counted < 0 else None


def _batch_for_in(s: Session, supply: Supply, data: MoveData) -> SupplyBatch | None:
    if data.batch_id is not None:
        batch = s.get(SupplyBatch, data.batch_id)
        if batch is None or batch.supply_id != supply.id:
            raise ValidationError({"batch_id": said("所选批次不属于这种物资")})
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
                raise ValidationError({"batch_id": said("所选批次不属于这种物资")})
            raise _refuse(
                supply,
                data,
                0.0,
                said("“{name}”批次“{batch}”现有", name=supply.name, batch=b.batch),
            )
        if chosen.balance + EPS < amount:
            raise _refuse(
                supply,
                data,
                chosen.balance,
                said("“{name}”批次“{batch}”现有", name=supply.name, batch=chosen.batch),
            )
        return [(chosen, amount)]
    parts: list[tuple[SupplyBatch | None, float]] = []
    left = amount
    if data.unbatched:
        loose = qty(supply.balance - sum(b.balance for b in batches))
        if loose + EPS < amount:
            raise _refuse(supply, data, loose, said("“{name}”未分批次的库存", name=supply.name))
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
    refuse(check_move(data))
    assert data.supply_id is not None
    supply = s.get(Supply, data.supply_id, with_for_update=True)
    if supply is None:
        raise NotFoundError(said("这种物资已被删除"))
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
            raise ValidationError({"loan_id": said("找不到这种物资的这条借出记录")})
        back = returned_quantity(s, loan.id)
        outstanding = qty(-loan.quantity - back)
        if delta > outstanding + EPS:
            raise ValidationError(
                {
                    "quantity": said(
                        "这次借出（{borrower}，{lent}{unit}）尚未归还 {outstanding}{unit}，"
                        "不能归还 {quantity}",
                        borrower=loan.borrower,
                        lent=fmt(-loan.quantity),
                        unit=supply.unit,
                        outstanding=fmt(outstanding),
                        quantity=fmt(delta),
                    )
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
