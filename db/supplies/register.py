"""The supply register: supplies with their stored balances, and their batches."""

from __future__ import annotations

from sqlalchemy import and_
from sqlalchemy import case
from sqlalchemy import func
from sqlalchemy import select

from db import records
from db import validate
from db.engine import Database
from db.errors import refuse
from db.paging import Page
from db.paging import any_contains
from db.paging import clamp
from db.paging import not_archived
from db.paging import register_total
from db.supplies.data import EPS
from db.supplies.data import BatchData
from db.supplies.data import SupplyData
from db.supplies.data import SupplyFilter
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.supplies.models import SupplyBatch
from db.words import said

GONE = said("这种物资已被删除")

#: The register's columns in SupplyData's order: plain rows, not ORM objects.
SUPPLY_COLUMNS = (
    Supply.name, Supply.category, Supply.unit, Supply.location, Supply.quota,
    Supply.notes, Supply.id, Supply.version, Supply.archived, Supply.balance,
    Supply.on_loan,
)  # fmt: skip
#: What a supply is below its quota (SupplyData.short; an archived one shows none).
_SHORT = case((Supply.quota > Supply.balance, Supply.quota - Supply.balance), else_=0)
#: A page's sort names: each ends with the name, so equal values keep a fixed order.
SUPPLY_SORTS = {
    "name": (Supply.name,),
    "category": (Supply.category, Supply.name),
    "unit": (Supply.unit, Supply.name),
    "location": (Supply.location, Supply.name),
    "quota": (Supply.quota, Supply.name),
    "balance": (Supply.balance, Supply.name),
    "short": (_SHORT, Supply.name),
    "on_loan": (Supply.on_loan, Supply.name),
    "notes": (Supply.notes, Supply.name),
}


def _supply_data(sp: Supply) -> SupplyData:
    return records.as_data(SupplyData, sp)


def supply_problems(data: SupplyData) -> dict[str, str]:
    """What is wrong with ``data``, by field: the rules a supply's dialog and its import share
    (a name another supply has is the dialog's own check; an import matches supplies by name)."""
    problems = validate.found(
        name=validate.required(data.name, said("物资名称"), 80),
        unit=validate.required(data.unit, said("单位"), 10),
    )
    if data.quota < 0:
        problems["quota"] = said("储备定额不能为负数")
    return problems


class Register:
    """Supplies and their batches."""

    db: Database

    def supplies(self, include_archived: bool = False) -> list[SupplyData]:
        """Every supply, by category and name (for printing and the dialogs' lists)."""
        query = select(*SUPPLY_COLUMNS).order_by(*SUPPLY_SORTS["category"])
        if not include_archived:
            query = query.where(Supply.archived.is_(False))
        with self.db.read() as s:
            return [SupplyData(*row) for row in s.execute(query)]

    def supplies_page(
        self,
        offset: int,
        limit: int,
        sort: str = "category",
        descending: bool = False,
        filter: SupplyFilter | None = None,  # noqa: A002 - as the other registers' pages
    ) -> Page[SupplyData]:
        """One page of the supply register (the 物资 tab), sorted and filtered in SQL."""
        f = filter or SupplyFilter()
        offset, limit = clamp(offset, limit)
        texts = (Supply.name, Supply.category, Supply.unit, Supply.location, Supply.notes)
        where = [any_contains(word, *texts) for word in f.words()]
        if not f.include_archived:
            where.append(not_archived(Supply))
        keys = SUPPLY_SORTS.get(sort, SUPPLY_SORTS["category"])
        order = [k.desc() if descending else k.asc() for k in (*keys, Supply.id)]
        with self.db.read() as s:
            if f.words():
                total = int(s.scalar(select(func.count(Supply.id)).where(and_(*where))) or 0)
            else:
                total = register_total(s, Supply, f.include_archived)
            rows = s.execute(
                select(*SUPPLY_COLUMNS).where(*where).order_by(*order).offset(offset).limit(limit)
            )
            return Page([SupplyData(*row) for row in rows], total, offset, limit)

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
        problems = supply_problems(data)
        if "name" not in problems:
            with self.db.read() as s:
                clash = records.taken(s, Supply.name, data.name, data.id)
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
