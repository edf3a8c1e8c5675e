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
from db.supplies.booking import book
from db.supplies.booking import check_move
from db.supplies.booking import returned_quantity
from db.supplies.data import ADJUST
from db.supplies.data import EPS
from db.supplies.data import IN
from db.supplies.data import LEND
from db.supplies.data import OUT
from db.supplies.data import RETURN
from db.supplies.data import SCRAP
from db.supplies.data import SIGN
from db.supplies.data import BatchData
from db.supplies.data import ExpiringBatch
from db.supplies.data import LoanRow
from db.supplies.data import MoveData
from db.supplies.data import MoveFilter
from db.supplies.data import MoveRow
from db.supplies.data import Shortfall
from db.supplies.data import StocktakeResult
from db.supplies.data import SupplyData
from db.supplies.data import SupplyFilter
from db.supplies.data import fmt
from db.supplies.data import qty
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
    "SupplyFilter",
    "book",
    "check_move",
    "fmt",
    "qty",
    "returned_quantity",
]
