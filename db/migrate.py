"""Alembic migrations run on open; an SQLite file is copied aside before any migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db import paths
from db.base import now
from db.engine import Database, sqlite_path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(database: Database, label: str) -> Path | None:
    """Copy the SQLite file with SQLite's online backup (consistent even mid-use)."""
    path = sqlite_path(database.url)
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    target = paths.backups_dir(database.data_dir) / (
        f"{path.stem}-{now():%Y%m%d-%H%M%S}-{label}{path.suffix}"
    )
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(database: Database, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; returns the backup made first, if any."""
    current = current_revision(database)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup = None
    if current is not None:
        backup = backup_sqlite(database, f"before-{target}")
    cfg = alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return backup
