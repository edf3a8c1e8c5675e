"""Bulk writes for big imports: core executemany plus one audit row per record.

The ORM's flush hooks audit each object it writes; an import of ten thousand rows writes with
core statements instead, so it writes the same audit rows itself, in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from db.audit import OPERATOR_KEY
from db.base import AUDIT_SKIP, now
from db.paging import refresh_statistics
from db.shared_models import AuditLog

CHUNK = 2000


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _dump(values: dict[str, Any]) -> str:
    """The audited columns as JSON, as :mod:`db.audit` writes them (dates as ISO text)."""
    return json.dumps(
        {k: v for k, v in values.items() if k not in AUDIT_SKIP},
        ensure_ascii=False,
        sort_keys=True,
        default=_plain,
    )


def operator(session: Session) -> str:
    return str(session.info.get(OPERATOR_KEY, ""))


def stamp(session: Session, rows: Sequence[dict[str, Any]], new: bool = True) -> None:
    """Fill the record stamps (who and when) as the flush hook would."""
    who, when = operator(session), now()
    for row in rows:
        row["updated_at"], row["updated_by"] = when, who
        if new:
            row["created_at"], row["created_by"], row["version"] = when, who, 1


def insert_audited(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (column dicts) and their audit rows; the new ids in order."""
    table = cast(Table, model.__table__)
    stamp(session, rows)
    ids: list[int] = []
    connection = session.connection()
    if connection.dialect.name == "sqlite" and rows:
        # SQLite gives no ordered RETURNING for a many-row insert (SQLAlchemy would fall back
        # to one statement per row): number the rows after the highest id instead. This
        # transaction holds the write lock, so no other writer can take those ids; if one
        # somehow did, the insert fails on the primary key and nothing is written.
        first = (connection.execute(select(func.max(table.c.id))).scalar() or 0) + 1
        ids = list(range(first, first + len(rows)))
        for rid, row in zip(ids, rows, strict=True):
            row["id"] = rid
        for start in range(0, len(rows), CHUNK):
            connection.execute(insert(table), rows[start : start + CHUNK])
    for start in range(0, len(rows), CHUNK) if not ids else ():
        chunk = rows[start : start + CHUNK]
        result = connection.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), chunk
        )
        ids.extend(int(i) for (i,) in result)
    who, when = operator(session), now()
    audit = [
        {
            "at": when,
            "operator": who,
            "table_name": table.name,
            "record_id": rid,
            "action": "insert",
            "before": None,
            "after": _dump({**row, "id": rid}),
        }
        for rid, row in zip(ids, rows, strict=True)
    ]
    for start in range(0, len(audit), CHUNK):
        session.execute(insert(AuditLog), audit[start : start + CHUNK])
    refresh_statistics(session, table.name, len(rows))
    return ids


def update_audited(
    session: Session, model: Any, changes: list[tuple[int, dict[str, Any], dict[str, Any]]]
) -> None:
    """Apply ``(id, before, after)`` changes (after: only the changed columns), grouped by the
    set of columns changed, and audit each. The version is bumped as an ORM update would."""
    if not changes:
        return
    table = cast(Table, model.__table__)
    who, when = operator(session), now()
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for rid, _before, after in changes:
        keys = tuple(sorted(after))
        groups.setdefault(keys, []).append({"rid": rid, **{f"v_{k}": after[k] for k in keys}})
    for keys, params in groups.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("rid"))
            .values(
                {
                    **{k: bindparam(f"v_{k}") for k in keys},
                    "updated_at": when,
                    "updated_by": who,
                    "version": table.c.version + 1,
                }
            )
        )
        for start in range(0, len(params), CHUNK):
            session.connection().execute(stmt, params[start : start + CHUNK])
    audit = [
        {
            "at": when,
            "operator": who,
            "table_name": table.name,
            "record_id": rid,
            "action": "update",
            "before": _dump(before),
            "after": _dump({**before, **after}),
        }
        for rid, before, after in changes
    ]
    for start in range(0, len(audit), CHUNK):
        session.execute(insert(AuditLog), audit[start : start + CHUNK])
