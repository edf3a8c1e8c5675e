"""The supply-reserve facade: supplies, batches, stock moves, loans and stocktakes.

Widgets and commands receive a :class:`Supplies` and the dataclasses of ``db.supplies.data``;
they never see a Session. Every move (入库, 出库, 借出, 归还, 报废, 盘点调整) updates
``Supply.balance`` (and the batch's balance) in the same transaction and records
``balance_after``; a move that would take a balance below zero is refused with the current
balance in the message. Lists (balances, shortfalls, expiries, open loans) read the stored
balances, never the whole history.
"""

from __future__ import annotations

from db.facade import Facade
from db.supplies.booking import book, check_move, returned_quantity
from db.supplies.data import (
    ADJUST,
    EPS,
    IN,
    LEND,
    OUT,
    RETURN,
    SCRAP,
    SIGN,
    BatchData,
    ExpiringBatch,
    LoanRow,
    MoveData,
    MoveFilter,
    MoveRow,
    Shortfall,
    StocktakeResult,
    SupplyData,
    fmt,
    qty,
)
from db.supplies.models import MOVE_KINDS
from db.supplies.moves import Moves
from db.supplies.register import Register
from db.supplies.reserve import Reserve


class Supplies(Register, Moves, Reserve, Facade):
    """Supplies kept in reserve and every movement of them."""


__all__ = [
    "ADJUST",
    "EPS",
    "IN",
    "LEND",
    "MOVE_KINDS",
    "OUT",
    "RETURN",
    "SCRAP",
    "SIGN",
    "BatchData",
    "ExpiringBatch",
    "LoanRow",
    "MoveData",
    "MoveFilter",
    "MoveRow",
    "Shortfall",
    "StocktakeResult",
    "Supplies",
    "SupplyData",
    "book",
    "check_move",
    "fmt",
    "qty",
    "returned_quantity",
]
