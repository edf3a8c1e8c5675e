"""Supply balances under any order of moves, loans, batches and stocktake."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlalchemy import select

from db.errors import NotFoundError
from db.errors import ValidationError
from db.supplies import MoveData
from db.supplies import Supplies
from db.supplies import SupplyData
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.supplies.models import SupplyBatch

TODAY = dt.date.today()

moves = st.lists(
    st.tuples(
        st.sampled_from(["入库", "出库", "借出", "报废", "盘点调整", "归还"]),
        st.integers(min_value=1, max_value=30),
        st.sampled_from(["", "A", "B"]),
        st.booleans(),
    ),
    max_size=25,
)


_example = itertools.count(1)  # the database is shared by every example: unique names


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sequence=moves)
def test_balance_is_the_sum_and_never_negative(database, sequence):
    stock = Supplies(database)
    sid = stock.save_supply(SupplyData(f"物资{next(_example)}", unit="件", quota=10))
    expected = 0.0
    for kind, q, batch, negative in sequence:
        before = stock.supply(sid)
        with database.read() as s:
            rows_before = s.scalar(select(func.count()).select_from(StockMove))
        data = MoveData(
            sid,
            kind,
            -q if kind == "盘点调整" and negative else q,
            TODAY,
            batch=batch if kind == "入库" else "",
            borrower="村委",
        )
        if kind == "归还":
            loans = stock.loans(supply_id=sid)
            if not loans:
                continue
            data.loan_id = loans[0].id
            data.quantity = min(q, loans[0].outstanding)
        try:
            stock.move(data)
        except ValidationError as exc:
            assert "当前库存" in str(exc) or "批次" in str(exc)
            assert stock.supply(sid).balance == before.balance  # refused: nothing changed
            with database.read() as s:
                assert s.scalar(select(func.count()).select_from(StockMove)) == rows_before
            continue
        sign = {"入库": 1, "归还": 1, "出库": -1, "借出": -1, "报废": -1}.get(kind, 1)
        expected += data.quantity if kind == "盘点调整" else sign * data.quantity
    sp = stock.supply(sid)
    with database.read() as s:
        total = s.scalar(
            select(func.coalesce(func.sum(StockMove.quantity), 0)).where(StockMove.supply_id == sid)
        )
        in_batches = s.scalar(
            select(func.coalesce(func.sum(SupplyBatch.balance), 0)).where(
                SupplyBatch.supply_id == sid
            )
        )
        negative_batches = s.scalar(
            select(func.count()).where(SupplyBatch.supply_id == sid, SupplyBatch.balance < 0)
        )
        last = s.scalar(
            select(StockMove.balance_after)
            .where(StockMove.supply_id == sid)
            .order_by(StockMove.id.desc())
            .limit(1)
        )
    assert sp.balance == pytest.approx(expected) == pytest.approx(total)
    assert sp.balance >= 0 and negative_batches == 0 and in_batches <= sp.balance + 1e-9
    assert last is None or last == pytest.approx(sp.balance)
    assert sp.on_loan == pytest.approx(sum(loan.outstanding for loan in stock.loans(supply_id=sid)))


def test_refusal_names_the_balance(any_database):
    stock = Supplies(any_database)
    sid = stock.save_supply(SupplyData("沙袋", unit="条", quota=100))
    stock.move(MoveData(sid, "入库", 40, TODAY))
    with pytest.raises(ValidationError) as err:
        stock.move(MoveData(sid, "出库", 50, TODAY))
    assert "当前库存 40条" in str(err.value)
    assert stock.supply(sid).balance == 40


def test_batches_fefo_loans_lists_and_stocktake(any_database):
    stock = Supplies(any_database)
    sid = stock.save_supply(SupplyData("饮用水", unit="箱", quota=100, location="仓库"))
    stock.move(
        MoveData(sid, "入库", 30, TODAY, batch="晚", expires_on=TODAY + dt.timedelta(days=200))
    )
    stock.move(
        MoveData(sid, "入库", 20, TODAY, batch="早", expires_on=TODAY + dt.timedelta(days=20))
    )
    ids = stock.move(MoveData(sid, "出库", 25, TODAY, borrower="石桥村"))
    assert len(ids) == 2  # 20 from the early batch, 5 from the later one
    assert {b.batch: b.balance for b in stock.batches(sid)} == {"早": 0, "晚": 25}
    assert stock.expiring(90, TODAY) == []
    assert [s.name for s in stock.shortfalls()] == ["饮用水"]
    loan = stock.lend(sid, 5, "村委", TODAY - dt.timedelta(days=1), on=TODAY - dt.timedelta(days=3))
    assert [ln.borrower for ln in stock.overdue_loans(TODAY)] == ["村委"]
    assert [b.batch for b in stock.expiring(250, TODAY)] == ["晚"]
    assert stock.reminder_counts(250, TODAY) == (1, 1, 1)  # what the three lists hold
    assert stock.reminder_counts(90, TODAY) == (1, 0, 1)
    stock.return_loan(loan[0], 2)
    assert stock.loans()[0].outstanding == 3
    stock.return_loan(loan[0])
    assert stock.loans() == [] and stock.supply(sid).on_loan == 0
    assert stock.reminder_counts(250, TODAY)[2] == 0  # returned: no longer counted
    result = stock.stocktake({sid: 22}, on=TODAY, handler="盘点员")
    assert result.differences == {sid: -3}
    assert stock.supply(sid).balance == 22
    assert stock.stocktake({sid: 22}).moves == []
    page = stock.moves_page(limit=3)
    assert page.total == 8 and len(page.rows) == 3 and page.rows[0].kind == "盘点调整"
    with pytest.raises(ValidationError):
        stock.stocktake({sid: -1})


def test_supply_archived_when_it_has_moves(database):
    stock = Supplies(database)
    a = stock.save_supply(SupplyData("铁锹", unit="把"))
    b = stock.save_supply(SupplyData("雨衣", unit="件"))
    stock.move(MoveData(a, "入库", 3, TODAY))
    assert stock.delete_supply(a, stock.supply(a).version) == "archived"
    assert stock.delete_supply(b, stock.supply(b).version) == "deleted"
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Supply)) == 1


def test_restore_brings_a_supply_back_unless_one_in_use_has_its_name(database):
    stock = Supplies(database)
    old = stock.save_supply(SupplyData("防汛沙袋", unit="条"))
    stock.move(MoveData(old, "入库", 50, TODAY))
    stock.delete_supply(old, stock.supply(old).version)
    twin = stock.save_supply(SupplyData("防汛 沙袋", unit="条"))
    with pytest.raises(ValidationError) as err:
        stock.restore_supply(old, stock.supply(old).version)
    assert "在用物资“防汛 沙袋”与它同名" in err.value.problems["name"]
    assert stock.supply(old).archived
    with pytest.raises(NotFoundError):
        stock.restore_supply(old + twin + 100, 1)
    stock.delete_supply(twin, stock.supply(twin).version)
    stock.restore_supply(old, stock.supply(old).version)
    assert [(s.name, s.balance) for s in stock.supplies()] == [("防汛沙袋", 50)]


def test_due_lists_supply_expiries_only_within_the_requested_window(database):
    from db.due import collect

    stock = Supplies(database)
    sid = stock.save_supply(SupplyData("方便面", unit="箱"))
    for label, days in (("A", 2), ("B", 20), ("C", 80)):
        stock.move(
            MoveData(sid, "入库", 5, TODAY, batch=label, expires_on=TODAY + dt.timedelta(days=days))
        )
    stock.move(MoveData(sid, "入库", 5, TODAY, batch="D", expires_on=TODAY - dt.timedelta(days=1)))

    def expiring(within: int) -> list[dt.date | None]:
        return sorted(
            i.due for i in collect(database, TODAY, within) if i.subject == "方便面" and i.due
        )

    day = dt.timedelta(days=1)
    assert expiring(3) == [TODAY - day, TODAY + 2 * day]
    assert expiring(30) == [TODAY - day, TODAY + 2 * day, TODAY + 20 * day]
    assert expiring(90)[-1] == TODAY + 80 * day
