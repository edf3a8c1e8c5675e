"""Stock moves (入库, 出库, 借出, 归还, 报废, 盘点调整), their journal and the open loans."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select
from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from db.engine import Database
from db.errors import NotFoundError
from db.paging import PAGE_SIZE
from db.paging import Page
from db.paging import any_contains
from db.paging import clamp
from db.paging import contains
from db.paging import count
from db.paging import like
from db.supplies.booking import book
from db.supplies.booking import returned_quantity
from db.supplies.data import LEND
from db.supplies.data import RETURN
from db.supplies.data import LoanRow
from db.supplies.data import MoveData
from db.supplies.data import MoveFilter
from db.supplies.data import MoveRow
from db.supplies.data import qty
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.supplies.models import SupplyBatch
from db.words import said

MOVE_SORTS = {"moved_on": StockMove.moved_on, "kind": StockMove.kind}


def loan_terms(open_only: bool = True) -> list[ColumnElement[bool]]:
    """借出 moves (not yet fully returned with ``open_only``)."""
    terms = [StockMove.kind == LEND]
    return terms + [StockMove.returned.is_(False)] if open_only else terms


class Moves:
    """Booking moves, reading the journal and the loans."""

    db: Database

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
                raise NotFoundError(said("找不到这条借出记录"))
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
                    any_contains(f.text, StockMove.borrower, StockMove.handler, StockMove.note),
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
                total = count(s, query)
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

    def loans(self, open_only: bool = True, supply_id: int | None = None) -> list[LoanRow]:
        """借出 moves (not yet fully returned unless ``open_only`` is False), oldest due first."""
        with self.db.read() as s:
            query = (
                select(StockMove, Supply.name, Supply.unit)
                .join(Supply, Supply.id == StockMove.supply_id)
                .where(*loan_terms(open_only))
            )
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
