"""Helpers shared by the duty facade's parts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from db.engine import Database
from db.errors import NotFoundError, check_version


def copy_fields(obj: object, data: object, names: Iterable[str]) -> None:
    for name in names:
        setattr(obj, name, getattr(data, name))


class Store:
    """What every part has: the database, and the insert-or-update of one record."""

    db: Database

    def _store(self, model: type, data: object, fields: Sequence[str], gone: str) -> int:
        """Insert ``data`` as a new ``model`` row, or update the row it was read from.

        An update checks the version the data was read at, so a stale copy is refused.
        """
        with self.db.transaction() as s:
            record_id = getattr(data, "id", None)
            if record_id is None:
                row = model()
                s.add(row)
            else:
                row = s.get(model, record_id)
                if row is None:
                    raise NotFoundError(gone)
                check_version(row, getattr(data, "version", None))
            copy_fields(row, data, fields)
            s.flush()
            return int(row.id)
