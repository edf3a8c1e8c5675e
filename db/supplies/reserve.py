"""The reserve against its quota and its expiry dates, and the stocktake that corrects the
book balances to the counted ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.sql.elements import ColumnElement

from db import rules as rules_module
from db.engine import Database
from db.errors import NotFoundError
from db.errors import refuse
from db.supplies.booking import book
from db.supplies.booking import count_problem
from db.supplies.data import ADJUST
from db.supplies.data import EPS
from db.supplies.data import ExpiringBatch
from db.supplies.data import MoveData
from db.supplies.data import Shortfall
from db.supplies.data import StocktakeResult
from db.supplies.data import qty
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.supplies.models import SupplyBatch
from db.supplies.moves import loan_terms
from db.words import said

#: Supplies whose balance is below the reserve quota.
SHORT = (Supply.archived.is_(False), Supply.balance < Supply.quota)


def _expiring(limit: dt.date) -> tuple[ColumnElement[bool], ...]:
    """Batches in stock (of a supply in use) expiring on or before ``limit``."""
    return SupplyBatch.expires_on <= limit, SupplyBatch.balance > EPS, Supply.archived.is_(False)


class Reserve:
    """Shortfalls, expiring batches and stocktakes."""

    db: Database

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
                .where(*SHORT)
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
                .where(*_expiring(limit))
                .order_by(SupplyBatch.expires_on, SupplyBatch.id)
            ).all()
        return [
            ExpiringBatch(bid, sid, name, unit, batch, expires or limit, balance, location)
            for bid, sid, name, unit, batch, expires, balance, location in rows
        ]

    def expiry_windows(self, today: dt.date | None = None) -> tuple[int, int]:
        """The two reminder windows in days (rules ``supply.expiry_soon_days``/``_later_days``)."""
        windows = rules_module.Rules(self.db).values("supply.expiry_")  # one read for both
        return int(float(windows["supply.expiry_soon_days"])), int(
            float(windows["supply.expiry_later_days"])
        )

    def reminder_counts(
        self, within_days: int, today: dt.date | None = None
    ) -> tuple[int, int, int]:
        """How many :meth:`shortfalls`, :meth:`expiring` batches (within ``within_days``) and
        open :meth:`loans` there are, counted in one read (for the tabs' titles)."""
        limit = (today or dt.date.today()) + dt.timedelta(days=within_days)
        count = select(func.count())
        with self.db.read() as s:
            short = s.scalar(count.select_from(Supply).where(*SHORT))
            expiring = s.scalar(
                count.select_from(SupplyBatch)
                .join(Supply, Supply.id == SupplyBatch.supply_id)
                .where(*_expiring(limit))
            )
            loans = s.scalar(count.select_from(StockMove).where(*loan_terms()))
        return int(short or 0), int(expiring or 0), int(loans or 0)

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
            f"counts.{sid}": msg
            for sid, counted in counts.items()
            if (msg := count_problem(counted))
        }
        refuse(problems)
        result = StocktakeResult()
        with self.db.transaction() as s:
            for sid, counted in sorted(counts.items()):
                sp = s.get(Supply, sid)
                if sp is None:
                    raise NotFoundError(said("找不到物资 #{id}", id=sid))
                diff = qty(counted - sp.balance)
                if abs(diff) <= EPS:
                    continue
                data = MoveData(sid, ADJUST, diff, on, handler=handler, note=note)
                result.moves += [int(m.id) for m in book(s, data)]
                result.differences[sid] = diff
        return result
