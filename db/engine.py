"""Opening the database: URL choice, SQLite safety settings, migration, transactions."""

from __future__ import annotations

import getpass
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy import create_engine
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

import db.audit  # noqa: F401  (registers the flush hooks; loads db.shared_models, the core tables)
from db import access
from db import paths
from db.audit import OPERATOR_KEY
from db.errors import CANT_OPEN_MESSAGE
from db.errors import DatabaseFaultError
from db.errors import LedgerError
from db.errors import NetworkShareError
from db.errors import PermissionDenied
from db.errors import StaleRecordError
from db.errors import database_error

access.install()  # every write passes the role check (db/access.py)

BUSY_TIMEOUT_MS = 5000
# A write transaction takes the write lock first: an execution option on its connection that
# the SQLite ``begin`` hook turns into BEGIN IMMEDIATE; on PostgreSQL an advisory lock of this
# key, held to the end of the transaction. Reads take neither.
WRITE_OPTION = "rescue_ledger_write"
PG_WRITE_LOCK_KEY = 0x524C_0001

# SQLite releases with the WAL-reset fix; older ones use the rollback journal.
WAL_FIXED = ((3, 51, 3), (3, 50, 7), (3, 44, 6))


def wal_is_safe(version: tuple[int, ...]) -> bool:
    """True when this SQLite release has the WAL-reset fix (3.51.3, 3.50.7, 3.44.6 or later)."""
    v = tuple(version[:3])
    if v >= (3, 52, 0):
        return True
    for fixed in WAL_FIXED:
        if v[:2] == fixed[:2]:
            return v >= fixed
    return False


NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "9p",
    "afs",
    "ncpfs",
    "davfs",
    "fuse.davfs2",
    "glusterfs",
    "ceph",
    "lustre",
}


def _linux_fs_type(path: Path) -> str:
    best, fstype = "", ""
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) < 3:
                    continue
                mount = parts[1].replace("\\040", " ")
                if str(path).startswith(mount) and len(mount) > len(best):
                    best, fstype = mount, parts[2]
    except OSError:
        return ""
    return fstype


def is_network_path(path: Path) -> bool:
    """Whether a file lives on a network share (UNC path, mapped drive or network mount)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0]
        if drive:
            DRIVE_REMOTE = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
        return False
    return _linux_fs_type(path.resolve()) in NETWORK_FS


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def normalise_url(url: str) -> str:
    """Accept a bare file path or ``postgresql://`` and pick the drivers we ship."""
    if "://" not in url:
        return "sqlite:///" + Path(url).expanduser().resolve().as_posix()
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is None:
        return create_engine(url, pool_pre_ping=True)
    if is_network_path(path):
        raise NetworkShareError(
            f"数据库文件 {path} 位于网络共享文件夹中。多台电脑共用 SQLite 文件会损坏数据，"
            "请把文件放在本机，或改用 PostgreSQL 服务器（--db postgresql://…）。"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    journal = "WAL" if wal_is_safe(sqlite3.sqlite_version_info) else "DELETE"

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        # The driver begins no transaction of its own; ``_begin`` below says how each begins
        # (SQLAlchemy's pysqlite "serializable isolation / savepoints" recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute(f"PRAGMA journal_mode={journal}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A write takes the write lock now, waiting up to the busy timeout, so what it reads
        # cannot change before it writes; a read shares the file (BEGIN DEFERRED).
        write = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _take_write_lock(session: Session, sqlite: bool) -> None:
    """Start the session's transaction holding the database's write lock (see WRITE_OPTION)."""
    conn = session.connection(execution_options={WRITE_OPTION: True})
    if not sqlite:
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT_MS}ms'")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK_KEY})")


def default_operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some Windows set-ups
        return "用户"


@dataclass
class Database:
    """An open database: the engine, the person operating, and where files are kept.

    ``user``/``role``: who signed in (``db.users.Users.sign_in``); then ``operator`` is that
    user. ``role`` None: nobody signed in, which is allowed only while no user is defined.
    """

    engine: Engine
    url: str
    data_dir: Path
    operator: str = field(default_factory=default_operator)
    user: str | None = None
    role: str | None = None

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    def sign_in(self, name: str, role: str) -> None:
        """Make ``name`` (with ``role``) the operator of every change from now on."""
        self.user, self.role, self.operator = name, role, name

    def may(self, permission: str) -> bool:
        """Whether the signed-in role holds ``permission`` (``db.access``); with nobody signed
        in, whether no user is defined yet (the one-clerk office may do everything)."""
        if self.role is not None:
            return access.may(self.role, permission)
        with self.read() as session:
            return not access.users_exist(session)

    def require(self, permission: str, what: str = "") -> None:
        """Refuse (``PermissionDenied``, 无权限：…) what the signed-in role may not do, e.g.
        ``require(access.ADMINISTER, "恢复备份")`` before a restore."""
        if not self.may(permission):
            raise PermissionDenied(access.refusal(self.role, self.user, permission, what))

    def _session(self) -> Session:
        session = self._factory()
        session.info[OPERATOR_KEY] = self.operator
        session.info[access.ROLE_KEY] = self.role
        session.info[access.USER_KEY] = self.user
        return session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def where(self) -> str:
        """The database's file (or server) as the error sentences name it."""
        path = sqlite_path(self.url)
        return f" {path} " if path is not None else ""

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short session and write transaction, holding the write lock from its start (a
        second writer waits up to the busy timeout); user-readable errors for everything the
        database refuses (busy, stale, conflict, disk full, read-only …)."""
        session = self._session()
        try:
            with session.begin():
                _take_write_lock(session, self.is_sqlite)
                yield session
        except StaleDataError as exc:
            raise StaleRecordError() from exc
        except SQLAlchemyError as exc:
            raise self.readable(exc) from exc
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (nothing is flushed or committed; no write lock is taken)."""
        session = self._session()
        try:
            yield session
        except SQLAlchemyError as exc:
            raise self.readable(exc) from exc
        finally:
            session.close()  # ends the transaction; loaded objects stay readable

    def readable(self, exc: SQLAlchemyError) -> LedgerError:
        """The sentence for a database error of this database (see ``db.errors``)."""
        error = database_error(exc, self.where)
        assert error is not None
        return error

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    url: str | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    *,
    demo: bool = False,
    operator: str | None = None,
    migrate: bool = True,
) -> Database:
    """Open (and on first use create and migrate) the database.

    ``url`` wins over ``RESCUE_LEDGER_DB``, which wins over the SQLite file in the data folder.
    An SQLite file the data folder held before and that is gone now is not created again
    (:class:`db.marker.MissingDatabaseError`); ``demo`` always makes its own.
    """
    from db import marker

    where = ""
    try:
        base = paths.data_dir(data_dir)
        chosen = (
            url or (None if demo else os.environ.get(paths.ENV_DB)) or paths.default_url(base, demo)
        )
        chosen = normalise_url(chosen)
        file = sqlite_path(chosen)
        where = f" {file} " if file is not None else ""
        if file is not None and not demo:
            marker.check_not_missing(base, file)
        engine = _make_engine(chosen)
        database = Database(engine, chosen, base, operator or default_operator())
        if migrate:
            from db.migrate import upgrade

            upgrade(database)
            if file is not None and not demo:
                marker.remember(database)
    except SQLAlchemyError as exc:
        raise database_error(exc, where) from exc  # type: ignore[misc]
    except PermissionError as exc:  # the data folder cannot be created or written
        raise DatabaseFaultError(
            CANT_OPEN_MESSAGE.format(where=where or f" {exc.filename} ")
        ) from exc
    return database
