"""Helpers shared by the duty facade's parts."""

from __future__ import annotations

from collections.abc import Sequence

from db import records
from db.engine import Database


class Store:
    """What every part has: the database, and the insert-or-update and delete of a record."""

    db: Database

    def _store(self, model: type, data: object, fields: Sequence[str], gone: str) -> int:
        """Insert ``data`` as a new ``model`` row, or update the row it was read from.

        An update checks the version the data was read at, so a stale copy is refused.
        """
        with self.db.transaction() as s:
            return records.store(s, model, data, fields, gone)

    def _delete(self, model: type, record_id: int, version: int | None, gone: str) -> None:
        """Delete the ``model`` row ``record_id`` read at ``version`` (a stale copy is refused)."""
        with self.db.transaction() as s:
            s.delete(records.current(s, model, record_id, version, gone))
