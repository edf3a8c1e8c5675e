"""The supplies' plain data: what widgets and commands hand to :class:`db.supplies.Supplies`
and get back, and the quantity arithmetic they share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from db.supplies.models import MOVE_KINDS

IN, OUT, LEND, RETURN, SCRAP, ADJUST = MOVE_KINDS  # 入库 出库 借出 归还 报废 盘点调整
SIGN = {IN: 1, OUT: -1, LEND: -1, RETURN: 1, SCRAP: -1}
EPS = 1e-9


def qty(value: float) -> float:
    """Quantities are kept to 6 decimals so sums of 0.1 + 0.2 stay exact enough to compare."""
    return round(float(value) + 0.0, 6)


def fmt(value: float) -> str:
    return f"{qty(value):g}"


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
class SupplyFilter:
    """Which supplies a page of the register holds: every word of ``text`` in the name,
    category, unit, location or notes (any of them, case-blind), archived ones only with
    ``include_archived``."""

    text: str = ""
    include_archived: bool = False

    def words(self) -> list[str]:
        return self.text.split()


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
