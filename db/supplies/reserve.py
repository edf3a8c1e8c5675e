"""The reserve against its quota and its expiry dates, and the stocktake that corrects the
book balances to the counted ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select

from db import rules as rules_module
from db.engine import Database
from db.errors import NotFoundError, refuse
from db.supplies.booking import book
from db.supplies.data import ADJUST, EPS, ExpiringBatch, MoveData, Shortfall, StocktakeResult, qty
from db.supplies.models import Supply, SupplyBatch
from db.words import said


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
            f"counts.{sid}": said("盘点数量不能为负数")
            for sid, counted in counts.items()
            if counted < 0
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
