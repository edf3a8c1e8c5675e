"""Opening, migrating and protecting the database."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db import engine as engine_mod
from db.duty import Ledger
from db.duty import MemberData
from db.duty.models import Member
from db.engine import is_network_path
from db.engine import open_database
from db.engine import wal_is_safe
from db.errors import DatabaseBusyError
from db.errors import DatabaseFaultError
from db.errors import NetworkShareError
from db.errors import StaleRecordError
from db.migrate import HEAD
from db.migrate import alembic_config
from db.migrate import current_revision
from db.migrate import head_revision
from db.shared_models import AuditLog


def test_each_migration_file_is_named_by_its_revision_in_one_chain():
    """``00NN_what.py`` holds revision ``00NN`` after ``00NN-1``: the program knows its newest
    revision from the file names alone (``db.migrate.HEAD``), so a new migration is its file."""
    from alembic.script import ScriptDirectory

    scripts = list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
    assert [Path(x.path).name[:4] for x in scripts] == [x.revision for x in scripts]
    revisions = sorted(x.revision for x in scripts)
    assert revisions == [f"{n:04d}" for n in range(1, len(scripts) + 1)]
    assert {x.revision: x.down_revision for x in scripts} == dict(
        zip(revisions, [None, *revisions[:-1]], strict=True)
    )
    assert HEAD == revisions[-1] == head_revision()


def test_first_open_creates_and_migrates_in_data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    db = open_database(data_dir=tmp_path / "d")
    assert (tmp_path / "d" / "rescue-ledger.sqlite3").exists()
    assert current_revision(db) == head_revision()
    with db.read() as s:
        levels = s.execute(text("select level, name from alert_level order by level")).all()
    assert [tuple(r) for r in levels] == [
        (0, "常态"),
        (1, "三级战备"),
        (2, "二级战备"),
        (3, "一级战备"),
    ]


def test_env_var_selects_database(tmp_path, monkeypatch):
    target = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("RESCUE_LEDGER_DB", "sqlite:///" + target.as_posix())
    db = open_database(data_dir=tmp_path / "d")
    assert db.url.endswith("elsewhere.sqlite3") and target.exists()
    assert not (tmp_path / "d" / "rescue-ledger.sqlite3").exists()


def test_sqlite_pragmas(database):
    with database.read() as s:
        assert s.execute(text("pragma foreign_keys")).scalar() == 1
        assert s.execute(text("pragma synchronous")).scalar() == 2  # FULL
        assert s.execute(text("pragma busy_timeout")).scalar() == 5000
        mode = s.execute(text("pragma journal_mode")).scalar()
    expected = "wal" if wal_is_safe(sqlite3.sqlite_version_info) else "delete"
    assert mode == expected


@pytest.mark.parametrize(
    "version,safe",
    [
        ((3, 40, 1), False),
        ((3, 44, 5), False),
        ((3, 44, 6), True),
        ((3, 45, 0), False),
        ((3, 50, 6), False),
        ((3, 50, 7), True),
        ((3, 51, 2), False),
        ((3, 51, 3), True),
        ((3, 52, 0), True),
    ],
)
def test_wal_only_with_the_reset_fix(version, safe):
    assert wal_is_safe(version) is safe


def test_network_share_refused(tmp_path, monkeypatch):
    assert is_network_path(tmp_path) is False
    assert is_network_path(__import__("pathlib").Path("//server/share/ledger.sqlite3"))
    monkeypatch.setattr(engine_mod, "_linux_fs_type", lambda path: "cifs")
    with pytest.raises(NetworkShareError, match="网络共享"):
        open_database("sqlite:///" + (tmp_path / "x.sqlite3").as_posix(), data_dir=tmp_path)


def test_backup_made_before_migration(tmp_path, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    from db.migrate import upgrade

    db = open_database(data_dir=tmp_path, migrate=False)
    upgrade(db, "0010")  # the program writes audit rows with their hash (0010)
    Ledger(db).save_member(MemberData(name="甲"))
    from db.backup import backup_now

    path = backup_now(db, "manual").path
    assert path.exists()
    with sqlite3.connect(path) as copy:
        assert copy.execute("select name from member").fetchall() == [("甲",)]


def test_foreign_keys_enforced(database):
    import datetime as dt

    from db.duty.models import Leave

    audited = _audit_rows(database)
    with pytest.raises(DatabaseFaultError, match="已被其他记录引用") as refused:
        with database.transaction() as s:
            s.add(Leave(member_id=999, start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2)))
    assert isinstance(refused.value.__cause__, IntegrityError)
    assert _audit_rows(database) == audited


def _audit_rows(database) -> int:
    with database.read() as s:
        return s.scalar(select(func.count()).select_from(AuditLog)) or 0


def test_every_change_is_audited_with_before_and_after(any_database):
    ledger = Ledger(any_database)
    mid = ledger.save_member(MemberData(name="王五", phone="13800000001"))
    data = ledger.member(mid)
    data.phone = "13900000002"
    ledger.save_member(data)
    rows = ledger.history("member", mid)
    assert [r.action for r in rows] == ["insert", "update"]
    assert rows[0].operator == "测试员" and rows[0].before is None
    assert json.loads(rows[1].before)["phone"] == "13800000001"
    assert json.loads(rows[1].after)["phone"] == "13900000002"
    with any_database.read() as s:
        m = s.get(Member, mid)
        assert m.created_by == "测试员" and m.version == 2


def test_failed_transaction_leaves_no_audit_row(any_database):
    audited = _audit_rows(any_database)
    with pytest.raises(RuntimeError):
        with any_database.transaction() as s:
            s.add(Member(name="半截"))
            s.flush()
            raise RuntimeError("power cut")
    with any_database.read() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0
    assert _audit_rows(any_database) == audited


def test_stale_save_refused(any_database):
    ledger = Ledger(any_database)
    mid = ledger.save_member(MemberData(name="赵六"))
    mine, theirs = ledger.member(mid), ledger.member(mid)
    theirs.phone = "13700000000"
    ledger.save_member(theirs)
    mine.notes = "我的修改"
    with pytest.raises(StaleRecordError, match="已被其他人修改"):
        ledger.save_member(mine)
    assert ledger.member(mid).phone == "13700000000" and ledger.member(mid).notes == ""


def test_busy_database_gives_friendly_message(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    db = open_database(data_dir=tmp_path)
    path = tmp_path / "rescue-ledger.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusyError, match="其他人正在保存"):
            Ledger(db).save_member(MemberData(name="孙七"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    Ledger(db).save_member(MemberData(name="孙七"))
    assert [m.name for m in Ledger(db).members()] == ["孙七"]
    assert threading.active_count() >= 1


def test_head_constant_matches_alembic():
    from db.migrate import HEAD

    assert HEAD == head_revision()


def test_upgrade_from_the_first_release_keeps_data_and_backs_up(tmp_path, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    from db.migrate import upgrade

    old = open_database(data_dir=tmp_path, migrate=False)
    upgrade(old, "0001")
    with old.transaction() as s:
        s.execute(
            text(
                "insert into member (name, role, phone, can_lead, driver, notes, archived, created_at,"
                " created_by, updated_at, updated_by, version) values ('老队员', '队员', '1', 0, 0, '', 0,"
                " '2025-01-01 00:00:00', 'v1', '2025-01-01 00:00:00', 'v1', 1)"
            )
        )
    old.dispose()
    db = open_database(data_dir=tmp_path)
    assert current_revision(db) == head_revision()
    assert [m.name for m in Ledger(db).members()] == ["老队员"]
    backups = list((tmp_path / "backups").glob("rescue-ledger-*-before-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("select version_num from alembic_version").fetchone() == ("0001",)
