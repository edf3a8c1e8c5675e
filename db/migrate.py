"""Alembic migrations run on open; the database is copied aside (``db.backup``) before any
migration, and one from a newer program is refused in a sentence."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy import text

from db.engine import Database
from db.errors import LedgerError
from db.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config


def newest_revision() -> str:
    """The newest migration's revision, from the names of the files (``00NN_what.py`` holds
    revision ``00NN``; a test checks every file keeps to it and that Alembic agrees). Knowing
    it without Alembic lets an up-to-date database open without loading Alembic at all, and a
    new migration is its file alone."""
    versions = migrations_dir() / "versions"
    return max(path.name[:4] for path in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))


HEAD = newest_revision()


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
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


NEWER_MESSAGE = "这个数据库由更新版本的程序创建，请先升级程序。"


class NewerDatabaseError(LedgerError):
    """The database (or a backup) was made by a newer program: its schema is unknown here."""

    bad_input = True

    def __init__(self, message: str = NEWER_MESSAGE):
        super().__init__(message)


def known_revisions() -> set[str]:
    """Every revision this program's migrations know."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {s.revision for s in script.walk_revisions()}


def check_known(revision: str | None, message: str = NEWER_MESSAGE) -> None:
    """Refuse, in a sentence, a schema revision newer than this program (no Alembic text)."""
    if revision is not None and revision != HEAD and revision not in known_revisions():
        raise NewerDatabaseError(message)


_ALEMBIC = threading.Lock()


def upgrade(database: Database, revision: str = "head", *, backup: bool = True) -> Path | None:
    """Bring the schema to ``revision``; returns the backup made first, if any.

    A database from a newer program is refused before anything is written or copied. The
    copy made before a migration goes to the backups folder and through its thinning
    (``db.backup``); ``backup=False`` skips it (a fresh copy being migrated).
    """
    current = current_revision(database)
    if current == (HEAD if revision == "head" else revision):
        return None
    check_known(current)
    from alembic import command

    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    made = None
    if current is not None and backup:
        from db.backup import before

        result = before(database, "before-migration")
        made = result.path if result else None
    cfg = alembic_config()
    # Alembic's ``op`` is one proxy for the whole program: two threads migrating at once (two
    # imports on PostgreSQL each building their backup file) would run each other's steps.
    with _ALEMBIC, database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return made
