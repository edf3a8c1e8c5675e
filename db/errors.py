"""Errors the user can read and act on (shown as-is by the GUI and the command line)."""

from __future__ import annotations


class LedgerError(Exception):
    """Base of every error whose message is meant for the user."""


STALE_MESSAGE = "这条记录已被其他人修改过，请关闭后重新打开再保存（您的修改未保存）。"


class StaleRecordError(LedgerError):
    """Someone else saved this record after it was opened here."""

    def __init__(self, message: str = STALE_MESSAGE):
        super().__init__(message)


NO_VERSION_MESSAGE = (
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


class DatabaseBusyError(LedgerError):
    """Another user holds the write lock longer than the busy timeout."""


class NetworkShareError(LedgerError):
    """An SQLite file on a network share: refused, it corrupts under several writers."""


class ValidationError(LedgerError):
    """Bad input: ``problems`` maps a field name to its message."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("；".join(f"{k}：{v}" for k, v in problems.items()))


def refuse(problems: dict[str, str]) -> None:
    """Raise :class:`ValidationError` when ``problems`` (field → message) names any."""
    if problems:
        raise ValidationError(problems)


class NotFoundError(LedgerError):
    """A record asked for by name or id does not exist."""


class PermissionDenied(LedgerError):
    """The signed-in user's role may not do this (the message starts with 无权限)."""

    bad_input = True


class SignInError(LedgerError):
    """A wrong user name or password, a disabled user, or too many wrong passwords."""

    bad_input = True


class DataFolderError(LedgerError):
    """The data folder cannot be opened or made (a USB stick not plugged in …)."""

    bad_input = True
