"""Restoring backups into SQLite and PostgreSQL, compared table by table, row by row; a backup
from a newer program refused; copy-to an empty PostgreSQL database."""

from __future__ import annotations

import os
import sqlite3

import pytest

from db.backup import backup_now
from db.backup import backups
from db.demo import build
from db.duty import Ledger
from db.duty import MemberData
from db.engine import open_database
from db.migrate import NEWER_MESSAGE
from db.migrate import NewerDatabaseError
from db.restore import RestoreError
from db.restore import copy_to
from db.restore import restore
from tests.backup.helpers import rows_of
from tests.backup.helpers import sqlite_url
from tests.conftest import PG_ENV
from tests.conftest import _drop_pg_database
from tests.conftest import _fresh_pg_database
from tests.conftest import pg_name


@pytest.fixture
def demo(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A database full of the demo town's records (every register has rows)."""
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)
    db = open_database(data_dir=tmp_path / "data", operator="测试员")
    build(db)
    yield db
    db.dispose()


@pytest.fixture
def pg_url(request):  # type: ignore[no-untyped-def]
    admin = os.environ.get(PG_ENV)
    if not admin:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV} (.ci/run does)")
    name = pg_name(request)
    url = _fresh_pg_database(admin, name)
    yield url
    _drop_pg_database(admin, name)


def pg(url: str) -> str:
    return "postgresql+psycopg://" + url.split("://", 1)[1]


def test_restore_brings_back_every_row_of_every_table(demo):
    made = backup_now(demo)
    expected = rows_of(demo.url)
    assert sum(map(len, expected.values())) > 500 and len(expected["audit_log"]) > 100
    Ledger(demo).save_member(MemberData(name="备份后才加的"))
    demo.dispose()
    result = restore(made.path, demo.url, demo.data_dir, operator="测试员")
    assert rows_of(demo.url) == expected
    assert result.counts == {name: len(rows) for name, rows in expected.items()}
    assert result.chain.startswith("修改记录完整")  # the audit chain checked after the restore
    # the state replaced was kept first, with the member added after the backup
    assert result.safety is not None and result.safety.name.endswith("-before-restore.sqlite3")
    with sqlite3.connect(result.safety) as safety:
        assert ("备份后才加的",) in safety.execute("select name from member").fetchall()


def test_a_tampered_backup_is_restored_and_its_breaks_named(database, tmp_path):
    Ledger(database).save_member(MemberData(name="甲", phone="13800000001"))
    made = backup_now(database, output=tmp_path / "tampered.sqlite3")
    with sqlite3.connect(made.path) as conn:
        for (name,) in conn.execute("select name from sqlite_master where type = 'trigger'"
                                    " and tbl_name = 'audit_log'").fetchall():  # fmt: skip
            conn.execute(f"drop trigger {name}")
        conn.execute("update audit_log set operator = '别人' where table_name = 'member'")
    database.dispose()
    result = restore(made.path, database.url, database.data_dir)
    assert "修改记录校验发现" in result.chain and "队员名册 第 1 号" in result.chain


def test_a_backup_from_a_newer_program_is_refused(database, tmp_path):
    made = backup_now(database, output=tmp_path / "newer.sqlite3")
    with sqlite3.connect(made.path) as conn:
        conn.execute("update alembic_version set version_num = '9999'")
    before = rows_of(database.url)
    with pytest.raises(NewerDatabaseError, match="这个备份由更新版本的程序创建"):
        restore(made.path, database.url, database.data_dir)
    assert rows_of(database.url) == before and backups(database) == []


def test_a_file_that_is_no_backup_is_refused(database, tmp_path):
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("hello")
    with pytest.raises(RestoreError, match="不是救援台账的备份"):
        restore(junk, database.url, database.data_dir)
    with pytest.raises(RestoreError, match="找不到备份文件"):
        restore(tmp_path / "none.sqlite3", database.url, database.data_dir)


def test_opening_a_newer_database_says_so_and_copies_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    db = open_database(data_dir=tmp_path)
    db.dispose()
    with sqlite3.connect(tmp_path / "rescue-ledger.sqlite3") as conn:
        conn.execute("update alembic_version set version_num = '9999'")
    for _ in range(3):
        with pytest.raises(NewerDatabaseError) as caught:
            open_database(data_dir=tmp_path)
        assert str(caught.value) == NEWER_MESSAGE and "revision" not in str(caught.value)
    assert not (tmp_path / "backups").exists() or list((tmp_path / "backups").iterdir()) == []


@pytest.mark.postgres
def test_sqlite_backup_restores_into_postgresql_and_back(demo, pg_url, tmp_path):
    made = backup_now(demo)
    expected = rows_of(demo.url)
    result = restore(made.path, pg_url, demo.data_dir)
    assert rows_of(pg(pg_url)) == expected
    assert result.chain.startswith("修改记录完整")  # hashes survive the move to the server
    assert result.safety is None  # a server without the tables yet had nothing to keep
    server = open_database(pg_url, demo.data_dir)
    try:  # the sequences follow: a new record gets a fresh id
        Ledger(server).save_member(MemberData(name="服务器上新加"))
        from_pg = backup_now(server)  # a PostgreSQL backup is an SQLite file
    finally:
        server.dispose()
    assert from_pg.path.name.startswith("pg-rl_test_")
    target = tmp_path / "again" / "rescue-ledger.sqlite3"
    restore(from_pg.path, sqlite_url(target), tmp_path / "again")
    again = rows_of(sqlite_url(target))
    assert again == rows_of(pg(pg_url))
    assert any("服务器上新加" in row for row in again["member"])


@pytest.mark.postgres
def test_copy_to_an_empty_server_copies_every_record_and_refuses_a_second_time(demo, pg_url):
    expected = rows_of(demo.url)
    counts, chain = copy_to(demo, pg_url)
    assert counts == {name: len(rows) for name, rows in expected.items()}
    assert rows_of(pg(pg_url)) == expected  # audit rows and their hashes included
    assert chain.startswith("修改记录完整")
    with pytest.raises(RestoreError, match="已有数据"):
        copy_to(demo, pg_url)
    assert rows_of(pg(pg_url)) == expected
