"""Alembic migrations run on open; an SQLite file is copied aside before any migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from db import paths
from db.base import now
from db.engine import Database, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration; a test checks it matches Alembic's head. Knowing it here lets an
# up-to-date database open without loading Alembic at all.
HEAD = "0011"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
    if current == (HEAD if revision == "head" else revision):
        return None
    from alembic import command

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
