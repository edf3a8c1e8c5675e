"""The audit chain: every audit row is hashed into it as it is written, on SQLite and on
PostgreSQL; two writers do not fork it; rows from before the chain are sealed by the upgrade."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import threading

import pytest
from sqlalchemy import func
from sqlalchemy import select

from db.audit_verify import verify
from db.chain import GENESIS
from db.chain import chained_columns
from db.chain import digest
from db.chain import head
from db.duty import Ledger
from db.duty import MemberData
from db.engine import open_database
from db.engine import sqlite_path
from db.migrate import upgrade
from db.shared_models import AuditLog


def _rows(database):
    with database.engine.connect() as conn:
        return conn.execute(
            select(*chained_columns(), AuditLog.row_hash).order_by(AuditLog.id)
        ).all()


def _chain_holds(rows) -> bool:
    previous = GENESIS
    for _id, *content, stored in rows:
        if stored != digest(previous, *content):
            return False
        previous = stored
    return True


def test_every_audit_row_is_linked_into_the_chain(any_database):
    ledger = Ledger(any_database)
    first = ledger.save_member(MemberData(name="张三", phone="13800000001"))
    ledger.save_member(MemberData(name="李四"))
    member = next(m for m in ledger.members() if m.id == first)
    member.phone = "13900000002"
    ledger.save_member(member)
    rows = _rows(any_database)
    assert len(rows) >= 3 and all(r.row_hash for r in rows)
    assert _chain_holds(rows)
    with any_database.engine.connect() as conn:
        assert head(conn).fingerprint == rows[-1].row_hash[:12]
    result = verify(any_database)
    assert result.ok, [b.line for b in result.breaks]
    assert result.rows == len(rows)


def test_the_bulk_writer_links_its_rows_too(any_database):
    from db.audit import insert_audited
    from db.duty.models import Member

    ledger = Ledger(any_database)
    ledger.save_member(MemberData(name="张三"))
    before = len(_rows(any_database))
    with any_database.transaction() as s:
        insert_audited(s, Member, [{"name": f"队员{i}", "role": "队员"} for i in range(50)])
    rows = _rows(any_database)
    assert len(rows) == before + 50 and _chain_holds(rows)
    assert verify(any_database).ok


def test_two_writers_do_not_fork_the_chain(any_database):
    """The first writer holds its transaction open after writing audit rows; the second must
    wait for it (SQLite's write lock, PostgreSQL's advisory lock) and link after its rows."""
    from db.duty.models import Member

    Ledger(any_database).save_member(MemberData(name="起始"))
    other = open_database(any_database.url, any_database.data_dir, operator="同事")
    written = threading.Event()
    errors: list[BaseException] = []

    def second() -> None:
        written.wait(10)
        try:
            Ledger(other).save_member(MemberData(name="同事录入"))
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    thread = threading.Thread(target=second)
    thread.start()
    try:
        with any_database.transaction() as s:
            s.add(Member(name="本人录入", role="队员"))
            s.flush()  # the audit row is written and linked; the lock is held until commit
            written.set()
            thread.join(0.5)  # the second writer is blocked meanwhile
            assert thread.is_alive()
    finally:
        thread.join(10)
        other.dispose()
    assert not errors
    rows = _rows(any_database)
    assert [r.operator for r in rows[-2:]] == ["测试员", "同事"]
    assert _chain_holds(rows)
    assert verify(any_database).ok


def test_rows_from_before_the_chain_are_sealed_by_the_upgrade(tmp_path):
    database = open_database(data_dir=tmp_path / "data", operator="老版本", migrate=False)
    try:
        upgrade(database, "0010")
        ledger = Ledger(database)
        for name in ("张三", "李四", "王五"):
            ledger.save_member(MemberData(name=name))
        path = sqlite_path(database.url)
        with sqlite3.connect(path) as conn:  # as the program before the chain left them
            conn.execute("UPDATE audit_log SET row_hash = NULL")
            conn.execute("UPDATE member SET phone = '110' WHERE name = '王五'")  # by 0007-style
        upgrade(database)
        rows = _rows(database)
        assert all(r.row_hash for r in rows) and _chain_holds(rows)
        upgraded = [r for r in rows if r.operator == "程序升级"]
        # the seeded alert levels and the member the old upgrade changed
        assert {r.table_name for r in upgraded} >= {"member"}
        result = verify(database)
        assert result.ok, [b.line for b in result.breaks]
    finally:
        database.dispose()


def test_sqlite_triggers_refuse_to_change_or_delete_the_trail(database):
    Ledger(database).save_member(MemberData(name="张三"))
    with database.engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(AuditLog)).scalar()
    with sqlite3.connect(sqlite_path(database.url)) as conn:
        with pytest.raises(sqlite3.DatabaseError, match="只能追加"):
            conn.execute("UPDATE audit_log SET operator = '别人'")
        with pytest.raises(sqlite3.DatabaseError, match="只能追加"):
            conn.execute("DELETE FROM audit_log")
        conn.execute(
            "INSERT INTO audit_log (at, operator, table_name, record_id, action) "
            "VALUES ('2026-01-01 00:00:00.000000', 'x', 'member', 1, 'update')"
        )  # appending stays possible (and verify names the row without a hash)
    with database.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(AuditLog)).scalar() == count + 1
    assert not verify(database).ok


@pytest.mark.parametrize(
    "row",
    [
        ("2026-12-01 15:08:00.000000", "刘建国", "member", 3, "update", '{"phone": "1"}', "{}"),
        (dt.datetime(2026, 12, 1, 15, 8), "", "setting", 0, "insert", None, '{"k": "|5:x"}'),
        ("2026-01-01 00:00:00.000000", "a|b", "t", 12345, "delete", "{}", None),
        ("2026-01-01 00:00:00.000000", None, "t", 1, "insert", None, None),  # written by hand
    ],
)
def test_the_quick_digest_is_the_defined_one(row):
    from db import chain

    expected = hashlib.sha256(chain._canonical(chain.GENESIS, *row)).hexdigest()
    assert chain.digest(chain.GENESIS, *row) == expected
