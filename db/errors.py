"""Errors the user can read and act on (shown as-is by the GUI and the command line)."""

from __future__ import annotations


class LedgerError(Exception):
    """Base of every error whose message is meant for the user."""


class StaleRecordError(LedgerError):
    """Someone else saved this record after it was opened here."""


class DatabaseBusyError(LedgerError):
    """Another user holds the write lock longer than the busy timeout."""


class NetworkShareError(LedgerError):
    """An SQLite file on a network share: refused, it corrupts under several writers."""


class ValidationError(LedgerError):
    """Bad input: ``problems`` maps a field name to its message."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("；".join(f"{k}：{v}" for k, v in problems.items()))


class NotFoundError(LedgerError):
    """A record asked for by name or id does not exist."""
