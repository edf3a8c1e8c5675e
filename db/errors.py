"""Errors the user can read and act on (shown as-is by the GUI and the command line)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from db.words import said
from db.words import said_list

T = TypeVar("T")


class LedgerError(Exception):
    """Base of every error whose message is meant for the user."""


STALE_MESSAGE = said("这条记录已被其他人修改过，请关闭后重新打开再保存（您的修改未保存）。")


class StaleRecordError(LedgerError):
    """Someone else saved this record after it was opened here."""

    def __init__(self, message: str = STALE_MESSAGE):
        super().__init__(message)


NO_VERSION_MESSAGE = said(
    "不知道这条记录是在哪个版本上修改的，为免覆盖别人的修改，没有保存。请关闭后重新打开再保存。"
)


def check_version(record: object, expected: int | None) -> None:
    """Refuse to change ``record`` unless it is still the version the caller read.

    Every update and delete names that version (the form's, or the row an import or a
    command just read); a change without one is refused too, never applied unchecked. The
    ORM's own ``version_id_col`` catches a change that races past this check.
    """
    if expected is None:
        raise StaleRecordError(NO_VERSION_MESSAGE)
    if getattr(record, "version", None) != expected:
        raise StaleRecordError()


class NetworkShareError(LedgerError):
    """An SQLite file on a network share: refused, it corrupts under several writers."""


class ValidationError(LedgerError):
    """Bad input: ``problems`` maps a field name to its message (every problem found, so a
    form shows them all at once).

    The text a clerk reads is the messages alone: a field's internal name never shows, only
    a command-line option (``--radius：…``), which is what the user typed.
    """

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__(
            "；".join(f"{k}：{v}" if k.startswith("-") else v for k, v in problems.items())
        )


def refuse(problems: dict[str, str]) -> None:
    """Raise :class:`ValidationError` when ``problems`` (field → message) names any."""
    if problems:
        raise ValidationError(problems)


class NotFoundError(LedgerError):
    """A record asked for by name or id does not exist."""


NO_SUCH_NAME = "没有名为“{name}”的{what}（可用：{known}）"


def named(
    table: Mapping[str, T], name: str, what: str, error: type[LedgerError] = NotFoundError
) -> T:
    """``table[name]``, or ``error`` saying there is no ``what`` of that name and which there are
    (a ``said`` sentence: the window shows it in its language; ``what`` may be ``said`` too)."""
    try:
        return table[name]
    except KeyError:
        known = said_list(table)
        raise error(said(NO_SUCH_NAME, name=name, what=what, known=known)) from None


class PermissionDenied(LedgerError):
    """The signed-in user's role may not do this (the message starts with 无权限)."""

    bad_input = True


class SignInError(LedgerError):
    """A wrong user name or password, a disabled user, or too many wrong passwords."""

    bad_input = True


class DataFolderError(LedgerError):
    """The data folder cannot be opened or made (a USB stick not plugged in …)."""

    bad_input = True


BUSY_MESSAGE = "其他人正在保存数据，请稍后重试。"
CONFLICT_MESSAGE = (
    "其他人正在保存数据，请稍后重试（刚才的保存与其他人同时保存的记录冲突，本次没有保存任何内容）。"
)
IN_USE_MESSAGE = "这条记录已被其他记录引用，或它引用的记录已被删除，本次没有保存。请刷新后重试。"
FULL_MESSAGE = "磁盘空间已满，数据没有保存。请清理磁盘空间或把数据放到有空间的位置后重试。"
READ_ONLY_MESSAGE = (
    "数据库{where}是只读的，无法保存。请检查文件和所在文件夹的权限，"
    "或文件是否在写保护的 U 盘、光盘上。"
)
CANT_OPEN_MESSAGE = "无法打开数据库{where}：文件夹不存在、不可写或没有权限。"
IO_MESSAGE = "读写数据库{where}时出错（磁盘或 U 盘可能已拔出或损坏），数据没有保存。"
CORRUPT_MESSAGE = "文件{where}不是救援台账的数据库文件，或文件已损坏。请从备份恢复。"
NO_SERVER_MESSAGE = "无法连接数据库服务器，请检查网络连接和服务器是否开启后重试。"
LOGIN_MESSAGE = "无法登录数据库服务器：用户名或密码不对，或没有这个数据库。请检查数据库地址。"
OTHER_MESSAGE = "数据库出错，操作没有完成，数据没有保存（{kind}）。请重试；仍然出错请联系维护人员。"


class DatabaseFaultError(LedgerError):
    """The database could not do what was asked (disk full, read-only file, conflict …): a
    sentence for the user; the driver's own error, with its SQL, stays in ``__cause__``."""


class DatabaseBusyError(DatabaseFaultError):
    """Another user holds the write lock longer than the busy timeout, or saved the same
    record at the same moment."""


# SQLite result codes (``sqlite3.Error.sqlite_errorname``, Python 3.11+) and PostgreSQL
# SQLSTATEs, each to its sentence; the message text is the fallback on older Pythons.
_SQLITE_CODES = {
    "SQLITE_BUSY": BUSY_MESSAGE,
    "SQLITE_LOCKED": BUSY_MESSAGE,
    "SQLITE_FULL": FULL_MESSAGE,
    "SQLITE_READONLY": READ_ONLY_MESSAGE,
    "SQLITE_CANTOPEN": CANT_OPEN_MESSAGE,
    "SQLITE_PERM": READ_ONLY_MESSAGE,
    "SQLITE_IOERR": IO_MESSAGE,
    "SQLITE_CORRUPT": CORRUPT_MESSAGE,
    "SQLITE_NOTADB": CORRUPT_MESSAGE,
    "SQLITE_CONSTRAINT_UNIQUE": CONFLICT_MESSAGE,
    "SQLITE_CONSTRAINT_PRIMARYKEY": CONFLICT_MESSAGE,
    "SQLITE_CONSTRAINT_FOREIGNKEY": IN_USE_MESSAGE,
}
_SQLITE_TEXTS = (
    ("locked", BUSY_MESSAGE),
    ("busy", BUSY_MESSAGE),
    ("database or disk is full", FULL_MESSAGE),
    ("readonly database", READ_ONLY_MESSAGE),
    ("unable to open database", CANT_OPEN_MESSAGE),
    ("disk i/o error", IO_MESSAGE),
    ("not a database", CORRUPT_MESSAGE),
    ("malformed", CORRUPT_MESSAGE),
    ("unique constraint", CONFLICT_MESSAGE),
    ("foreign key constraint", IN_USE_MESSAGE),
)
_PG_STATES = {
    "40001": BUSY_MESSAGE,  # serialization_failure
    "40P01": BUSY_MESSAGE,  # deadlock_detected
    "55P03": BUSY_MESSAGE,  # lock_not_available (lock_timeout)
    "57014": BUSY_MESSAGE,  # query_canceled (statement_timeout)
    "23505": CONFLICT_MESSAGE,  # unique_violation
    "23503": IN_USE_MESSAGE,  # foreign_key_violation
    "53100": FULL_MESSAGE,  # disk_full
    "25006": READ_ONLY_MESSAGE,  # read_only_sql_transaction
    "42501": READ_ONLY_MESSAGE,  # insufficient_privilege
    "28P01": LOGIN_MESSAGE,  # invalid_password
    "28000": LOGIN_MESSAGE,  # invalid_authorization_specification
    "3D000": LOGIN_MESSAGE,  # invalid_catalog_name (no such database)
}
_BUSY = {BUSY_MESSAGE, CONFLICT_MESSAGE}


def _sentence(orig: BaseException) -> str | None:
    name = getattr(orig, "sqlite_errorname", None)
    if isinstance(name, str):  # an extended code (SQLITE_IOERR_WRITE) or its primary one
        found = _SQLITE_CODES.get(name) or _SQLITE_CODES.get("_".join(name.split("_")[:2]))
        if found:
            return found
    state = getattr(orig, "sqlstate", None)
    if isinstance(state, str):
        if state in _PG_STATES:
            return _PG_STATES[state]
        if state.startswith("08"):  # connection_exception
            return NO_SERVER_MESSAGE
    elif type(orig).__module__.startswith("psycopg") and type(orig).__name__ == "OperationalError":
        return NO_SERVER_MESSAGE  # refused, unknown host, wrong password: no SQLSTATE
    if type(orig).__module__.startswith("sqlite3") or name is not None:
        text = str(orig).lower()
        for needle, sentence in _SQLITE_TEXTS:
            if needle in text:
                return sentence
    return None


def database_error(exc: BaseException, where: str = "") -> LedgerError | None:
    """The readable error for a database driver's failure, or None when ``exc`` is not one.

    The one place that turns SQLAlchemy's errors (which carry SQL text and parameters) into a
    sentence: ``Database.transaction``/``read``, opening, the command line and the window all
    pass through it. ``where`` names the file (" D:\\台账\\rescue-ledger.sqlite3 ", spaces around) when known.
    """
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, LedgerError):
        return exc
    if not isinstance(exc, SQLAlchemyError):
        return None
    orig = exc.orig if isinstance(exc, DBAPIError) else None
    sentence = _sentence(orig) if orig is not None else None
    if sentence is None and isinstance(exc, DBAPIError) and exc.connection_invalidated:
        sentence = NO_SERVER_MESSAGE
    if sentence is None:
        kind = type(orig).__name__ if orig is not None else type(exc).__name__
        sentence = OTHER_MESSAGE.format(kind=kind)
    error_type = DatabaseBusyError if sentence in _BUSY else DatabaseFaultError
    error = error_type(sentence.format(where=where))
    error.__cause__ = exc
    return error
