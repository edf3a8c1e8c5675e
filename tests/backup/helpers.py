"""Row-by-row snapshots of a database, to compare a restore or a copy with its source."""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData
from sqlalchemy import create_engine
from sqlalchemy import select

from db.restore import SKIP
from db.restore import _sqlite_internal


def rows_of(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every program table's rows (columns by name, rows by primary key), read through
    SQLAlchemy so SQLite and PostgreSQL give comparable values."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            meta = MetaData()
            meta.reflect(conn)
            skip = SKIP | _sqlite_internal(conn)
            out = {}
            for table in meta.sorted_tables:
                if table.name in skip:
                    continue
                cols = sorted(table.columns, key=lambda c: c.name)
                order = list(table.primary_key.columns) or cols
                out[table.name] = [tuple(r) for r in conn.execute(select(*cols).order_by(*order))]
            return out
    finally:
        engine.dispose()


def sqlite_url(path) -> str:  # type: ignore[no-untyped-def]
    return "sqlite:///" + path.as_posix()
