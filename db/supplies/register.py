"""The supply register: supplies with their stored balances, and their batches."""

from __future__ import annotations

from sqlalchemy import select

from db import records
from db import validate
from db.engine import Database
from db.errors import refuse
from db.supplies.data import EPS
from db.supplies.data import BatchData
from db.supplies.data import SupplyData
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.supplies.models import SupplyBatch
from db.words import said

GONE = said("这种物资已被删除")


def _supply_data(sp: Supply) -> SupplyData:
    return records.as_data(SupplyData, sp)


class Register:
    """Supplies and their batches."""

    db: Database

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
            return _supply_data(
                records.load(s, Supply, supply_id, said("找不到物资 #{id}", id=supply_id))
            )

    def supply_by_name(self, name: str) -> SupplyData:
        with self.db.read() as s:
            missing = said("没有名为“{name}”的物资", name=name)
            return _supply_data(records.load_by(s, Supply.name, name, missing))

    def validate_supply(self, data: SupplyData) -> dict[str, str]:
        problems = validate.found(
            name=validate.required(data.name, said("物资名称"), 80),
            unit=validate.required(data.unit, said("单位"), 10),
        )
        if data.quota < 0:
            problems["quota"] = said("储备定额不能为负数")
        if "name" not in problems:
            with self.db.read() as s:
                clash = s.scalar(
                    select(Supply.id).where(
                        Supply.name == data.name.strip(), Supply.id != (data.id or 0)
                    )
                )
            if clash:
                problems["name"] = said("已有名为“{name}”的物资", name=data.name.strip())
        return problems

    def save_supply(self, data: SupplyData) -> int:
        """Insert or update a supply (the balance changes only through moves)."""
        refuse(self.validate_supply(data))
        with self.db.transaction() as s:
            sp = records.for_save(s, Supply, data, GONE, lambda: Supply(balance=0, on_loan=0))
            sp.name = data.name.strip()
            sp.category, sp.unit = data.category.strip(), data.unit.strip()
            sp.location, sp.quota, sp.notes = data.location.strip(), float(data.quota), data.notes
            s.flush()
            return int(sp.id)

    def delete_supply(self, supply_id: int, version: int | None) -> str:
        """Delete a supply read at ``version``; one with moves on record is archived."""
        with self.db.transaction() as s:
            sp = records.current(s, Supply, supply_id, version, GONE)
            moved = s.scalar(select(StockMove.id).where(StockMove.supply_id == supply_id).limit(1))
            return records.retire(s, sp, moved is not None)

    def restore_supply(self, supply_id: int, version: int | None) -> None:
        """Bring an archived supply back into the register; refused while a supply in use has
        the same name as imports match it (full-width forms and spaces aside)."""
        with self.db.transaction() as s:
            records.restore(
                s,
                Supply,
                supply_id,
                version,
                GONE,
                "name",
                lambda own, twin: said(
                    "不能恢复“{own}”：在用物资“{twin}”与它同名"
                    "（不分大小写、全角半角和空格）。请先给其中一种改个名称。",
                    own=own,
                    twin=twin,
                ),
            )

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
