"""Restoring a backup into either engine, and copying an SQLite database to PostgreSQL.

Rows move table by table through SQLAlchemy Core (:func:`copy_rows`), in dependency order,
with their ids, audit rows and hashes as they are; on PostgreSQL the id sequences are then
moved past the highest id. A restore always makes a safety copy of the current database
first and checks the audit chain afterwards (:func:`check_audit_chain`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy import MetaData
from sqlalchemy import create_engine
from sqlalchemy import func
from sqlalchemy import insert
from sqlalchemy import select
from sqlalchemy import text

from db import paths
from db.backup import BackupError
from db.backup import BackupFile
from db.backup import backup_now
from db.backup import copy_sqlite_file
from db.backup import parse
from db.chain import TRIGGERS
from db.chain import UPGRADE_OPERATOR
from db.chain import append_only_sql
from db.engine import Database
from db.engine import open_database
from db.engine import sqlite_path
from db.errors import LedgerError
from db.migrate import NEWER_MESSAGE
from db.migrate import check_known
from db.migrate import current_revision
from db.migrate import upgrade

Progress = Callable[[int, int], None]
CHUNK = 2000
# Tables Alembic and SQLite keep for themselves; never copied row by row.
SKIP = {"alembic_version", "sqlite_sequence"}
NEWER_BACKUP = "这个备份由更新版本的程序创建，请先升级程序。"


class RestoreError(LedgerError):
    """A backup that cannot be restored, or a target that must not be written."""

    bad_input = True


@dataclass
class RestoreResult:
    """What a restore did: the safety copy, the rows per table, the audit chain's state."""

    safety: Path | None
    counts: dict[str, int]
    chain: str
    warnings: list[str] = field(default_factory=list)


# --- rows ------------------------------------------------------------------------------------
def _tables(conn: Connection) -> MetaData:
    meta = MetaData()
    meta.reflect(conn)
    return meta


def copy_rows(src: Connection, dst: Connection, progress: Progress | None = None) -> dict[str, int]:
    """Copy every table the two databases share (``dst`` emptied first), ids and all, in
    foreign-key order; the rows copied per table. Both connections are in a transaction."""
    src_meta, dst_meta = _tables(src), _tables(dst)
    skip = SKIP | _sqlite_internal(src) | _sqlite_internal(dst)
    tables = [t for t in dst_meta.sorted_tables if t.name in src_meta.tables and t.name not in skip]
    sqlite = dst.dialect.name == "sqlite"
    for name in TRIGGERS.values() if sqlite else ():  # the trail is replaced whole, hashes and all
        dst.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    _empty(dst, tables)
    total = sum(src.execute(select(func.count()).select_from(src_meta.tables[t.name])).scalar_one()
                for t in tables)  # fmt: skip
    done, counts = 0, {}
    for table in tables:
        source = src_meta.tables[table.name]
        names = [c.name for c in table.columns if c.name in source.columns]
        order = [source.columns[c.name] for c in source.primary_key] or [source.columns[names[0]]]
        query = select(*(source.columns[n] for n in names)).order_by(*order)
        result = src.execution_options(yield_per=CHUNK).execute(query)
        counts[table.name] = 0
        for part in result.partitions(CHUNK):
            dst.execute(insert(table), [dict(zip(names, row, strict=True)) for row in part])
            counts[table.name] += len(part)
            done += len(part)
            if progress:
                progress(done, total)
    if dst.dialect.name == "postgresql":
        _move_sequences(dst, tables)
    for statement in append_only_sql() if sqlite else ():
        dst.execute(text(statement))
    return counts


def _empty(conn: Connection, tables: list) -> None:  # type: ignore[type-arg]
    """Remove every row of ``tables``. PostgreSQL truncates them together: deleting row by row
    checks each row's self-references (a water source's parent) by scanning the table."""
    if conn.dialect.name == "postgresql" and tables:
        conn.execute(text("TRUNCATE " + ", ".join(f'"{t.name}"' for t in tables)))
        return
    for table in reversed(tables):
        conn.execute(table.delete())


def _sqlite_internal(conn: Connection) -> set[str]:
    """SQLite's full-text indexes and their shadow tables (kept up by triggers, never copied)."""
    if conn.dialect.name != "sqlite":
        return set()
    rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
    return {n for (n,) in rows if any(n == v or n.startswith(v + "_") for v in virtual)}


def _move_sequences(conn: Connection, tables: list) -> None:  # type: ignore[type-arg]
    for table in tables:
        if "id" not in table.columns or len(table.primary_key.columns) != 1:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
                f' COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
            )
        )


def count_rows(conn: Connection) -> dict[str, int]:
    """Rows per program table (what :func:`copy_rows` copies)."""
    meta, skip = _tables(conn), SKIP | _sqlite_internal(conn)
    return {
        t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
        for t in meta.sorted_tables
        if t.name not in skip
    }


# --- a backup from PostgreSQL ----------------------------------------------------------------
def _plain_sqlite(path: Path, data_dir: Path) -> Database:
    """An SQLite file opened without the program's settings (no WAL, no foreign keys while
    rows are copied in dependency order), for writing a backup."""
    url = "sqlite:///" + path.as_posix()
    return Database(create_engine(url), url, data_dir, "")


def dump_to_sqlite(database: Database, target: Path, progress: Progress | None = None) -> None:
    """Write every row of a PostgreSQL database into a new SQLite file at the same schema
    revision, read inside one snapshot (``REPEATABLE READ``) so the copy is consistent."""
    copy = _plain_sqlite(target, database.data_dir)
    try:
        upgrade(copy, current_revision(database) or "head", backup=False)
        with database.engine.connect() as src:
            src = src.execution_options(isolation_level="REPEATABLE READ")
            with src.begin(), copy.engine.begin() as dst:
                copy_rows(src, dst, progress)
    finally:
        copy.dispose()


# --- restore ---------------------------------------------------------------------------------
def backup_revision(path: Path) -> str:
    """The schema revision of a backup file; a sentence when it is not a backup at all."""
    if not path.is_file():
        raise RestoreError(f"找不到备份文件 {path}。")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    if not row:
        raise RestoreError(f"文件 {path} 不是救援台账的备份。")
    return str(row[0])


def prepare(backup: Path, workdir: Path) -> Path:
    """A working copy of ``backup`` at this program's schema (migrated when older); refused in
    a sentence when the backup comes from a newer program."""
    check_known(backup_revision(backup), NEWER_BACKUP)
    work = workdir / f".restoring-{os.getpid()}.sqlite3"
    work.unlink(missing_ok=True)
    copy_sqlite_file(backup, work)
    copy = _plain_sqlite(work, workdir)
    try:
        upgrade(copy, backup=False)
    finally:
        copy.dispose()
    return work


def restore(
    backup: Path,
    url: str | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    *,
    operator: str | None = None,
    progress: Progress | None = None,
    authorise: Callable[[Database], None] | None = None,
) -> RestoreResult:
    """Replace the database named by ``url``/``data_dir`` (as :func:`open_database` picks it)
    with ``backup``: a safety copy of the current one first, then the rows, then the chain.

    Works when the database file is missing (the data folder then gets it back). Close every
    other connection to the database first (the window closes its own). ``authorise(db)``
    signs the person in (the command line asks for ``--user`` and the password) on the current
    database, or on the backup when the current one is missing; restoring then needs the
    admin role whenever users are defined."""
    base = paths.data_dir(data_dir)
    chosen = url or os.environ.get(paths.ENV_DB) or paths.default_url(base)
    from db.engine import normalise_url

    chosen = normalise_url(chosen)
    file = sqlite_path(chosen)
    work = prepare(backup, paths.backups_dir(base))
    try:
        _authorise(chosen, base, work, operator, authorise)
        safety = _safety_copy(chosen, base, operator)
        if file is not None:
            copy_sqlite_file(work, file)
            counts: dict[str, int] = {}
        else:
            counts = _rows_into_server(work, chosen, base, operator, progress)
    finally:
        work.unlink(missing_ok=True)
    database = open_database(chosen, base, operator=operator)
    try:
        if file is not None:
            with database.engine.connect() as conn:
                counts = count_rows(conn)
        return RestoreResult(safety, counts, check_audit_chain(database))
    finally:
        database.dispose()


def _authorise(
    url: str,
    base: Path,
    work: Path,
    operator: str | None,
    authorise: Callable[[Database], None] | None,
) -> None:
    from db.access import ADMINISTER

    file = sqlite_path(url)
    missing = file is not None and (not file.exists() or file.stat().st_size == 0)
    if missing:
        who = _plain_sqlite(work, base)
    else:
        who = open_database(url, base, operator=operator, migrate=False)
    try:
        if authorise is not None:
            authorise(who)
        who.require(ADMINISTER, "恢复备份")
    finally:
        who.dispose()


def _safety_copy(url: str, base: Path, operator: str | None) -> Path | None:
    file = sqlite_path(url)
    if file is not None and (not file.exists() or file.stat().st_size == 0):
        return None  # nothing to keep: the file is gone
    current = open_database(url, base, operator=operator, migrate=False)
    try:
        check_known(current_revision(current), NEWER_MESSAGE)
        if current_revision(current) is None:
            return None
        return backup_now(current, "before-restore").path
    except BackupError as exc:
        raise RestoreError(f"恢复前的安全备份未能完成，未做任何改动：{exc}") from exc
    finally:
        current.dispose()


def _rows_into_server(
    work: Path, url: str, base: Path, operator: str | None, progress: Progress | None
) -> dict[str, int]:
    target = open_database(url, base, operator=operator)  # migrated to this program's schema
    source = create_engine("sqlite:///" + work.as_posix())
    try:
        with source.connect() as src, target.engine.begin() as dst:
            return copy_rows(src, dst, progress)
    finally:
        source.dispose()
        target.dispose()


def check_audit_chain(database: Database) -> str:
    """The audit chain check after a restore or a copy (``audit verify``): a sentence for the
    clerk, naming the first breaks if there are any."""
    from db.audit_verify import verify

    result = verify(database)
    lines = [result.summary(), *(b.line for b in result.breaks[:5])]
    if len(result.breaks) > 5:
        lines.append("完整清单请运行 rescue-ledger audit verify。")
    return "\n".join(lines)


# --- copy to a server ------------------------------------------------------------------------
def is_empty(conn: Connection) -> bool:
    """No audit row and no record but the ones the migrations put in (created by ``setup``)."""
    meta = _tables(conn)
    for table in meta.sorted_tables:
        if table.name in SKIP:
            continue
        query = select(func.count()).select_from(table)
        if "created_by" in table.columns:
            query = query.where(table.c.created_by != "setup")
        if table.name == "audit_log":  # the upgrade's own rows for what the migrations put in
            query = query.where(table.c.operator != UPGRADE_OPERATOR)
        if conn.execute(query).scalar_one():
            return False
    return True


def copy_to(
    database: Database, url: str, progress: Progress | None = None
) -> tuple[dict[str, int], str]:
    """Copy every record and the audit trail of an SQLite ``database`` into the empty
    PostgreSQL database at ``url`` (migrated first); the rows per table, verified equal on
    both sides, and the chain's state on the target. A target with data is refused."""
    from db.engine import normalise_url

    url = normalise_url(url)
    if sqlite_path(database.url) is None:
        raise RestoreError("copy-to 从本机 SQLite 数据库复制；当前数据库已在服务器上。")
    if sqlite_path(url) is not None or not url.startswith("postgresql"):
        raise RestoreError("目标应是 PostgreSQL 数据库，例如 postgresql://用户:密码@服务器/库名。")
    target = open_database(url, database.data_dir, operator=database.operator)
    try:
        with target.engine.connect() as probe:
            if not is_empty(probe):
                raise RestoreError("目标数据库已有数据，未复制任何内容（请使用一个空的数据库）。")
        with database.engine.connect() as src, target.engine.begin() as dst, src.begin():
            copied = copy_rows(src, dst, progress)
            source, copies = count_rows(src), count_rows(dst)
            wrong = [
                f"{name}：本机 {n} 行，服务器 {copies.get(name, 0)} 行"
                for name, n in source.items()
                if name in copies and copies[name] != n
            ]
            if wrong:  # rolled back: the server stays empty
                raise RestoreError("复制后行数不一致，未保留任何内容：" + "；".join(wrong))
        return copied, check_audit_chain(target)
    finally:
        target.dispose()


__all__ = ["BackupFile", "RestoreError", "copy_rows", "copy_to", "parse", "restore"]
