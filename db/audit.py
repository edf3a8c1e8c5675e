"""Audit trail and record stamps, hooked into every Session flush, and the bulk writer.

Every insert, update and delete writes one ``audit_log`` row (who, when, table, record,
action, before, after; an update that archives a record or brings it back is an ``archive`` or
a ``restore``) through the flush's own connection, so the trail commits or rolls back together
with the change it describes; a row deleted as an orphan (taken out of its parent's list) is
audited like one deleted explicitly (:func:`flushed_deletes`). An import of ten thousand rows writes with core statements
instead (:func:`insert_audited`, :func:`update_audited`) and writes the same audit rows itself,
in the same transaction, through the same serialiser (:func:`dump`). Every audit row is
linked into the hash chain (``db.chain``) as it is written (:func:`write_audit`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any
from typing import cast

from sqlalchemy import Table
from sqlalchemy import bindparam
from sqlalchemy import event
from sqlalchemy import func
from sqlalchemy import insert
from sqlalchemy import inspect
from sqlalchemy import select
from sqlalchemy import update
from sqlalchemy.orm import Session
from sqlalchemy.orm import UOWTransaction

from db.access import check_tables
from db.base import AUDIT_SKIP
from db.base import Tracked
from db.base import now
from db.chain import link
from db.paging import refresh_statistics
from db.shared_models import AuditLog

OPERATOR_KEY = "operator"


def plain(value: Any) -> Any:
    """A column value as the trail stores it: a date or time as ISO text, else itself."""
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


def snapshot(obj: object) -> dict[str, Any]:
    """The audited column values of a mapped object, as JSON-ready values."""
    mapper = inspect(obj).mapper
    return {
        attr.key: plain(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in AUDIT_SKIP
    }


def _before(obj: object) -> dict[str, Any]:
    state = inspect(obj)
    values = {}
    for attr in state.mapper.column_attrs:
        if attr.key in AUDIT_SKIP:
            continue
        hist = state.attrs[attr.key].history
        if hist.deleted:
            values[attr.key] = plain(hist.deleted[0])
        elif hist.unchanged:
            values[attr.key] = plain(hist.unchanged[0])
        else:
            values[attr.key] = plain(getattr(obj, attr.key))
    return values


def _record_id(obj: object) -> int:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    return ident[0] if ident and isinstance(ident[0], int) else 0


def _iso(value: Any) -> Any:
    """JSON's fallback: a date or time as ISO text; nothing else belongs in the trail."""
    text = plain(value)
    if text is value:
        raise TypeError(type(value).__name__)
    return text


def dump(values: dict[str, Any] | None) -> str | None:
    """The audited columns as the trail stores them: JSON, keys sorted, dates as ISO text."""
    if values is None:
        return None
    return json.dumps(
        {k: v for k, v in values.items() if k not in AUDIT_SKIP},
        ensure_ascii=False,
        sort_keys=True,
        default=_iso,
    )


def flushed_deletes(session: Session, flush_context: UOWTransaction) -> list[object]:
    """Every object this flush deletes, in the order the flush met them: the ones deleted with
    ``session.delete`` (and their cascade) and the orphans the flush found itself (a kit item
    or an assignment taken out of its parent's list with ``delete-orphan``), which never
    appear in ``session.deleted``. Meant for ``after_flush``."""
    found = []
    for state, (isdelete, listonly) in flush_context.states.items():
        obj = state.obj() if isdelete and not listonly else None
        if obj is not None and not isinstance(obj, AuditLog):
            found.append(obj)
    return found


def _operator(session: Session) -> str:
    return str(session.info.get(OPERATOR_KEY, ""))


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    who = _operator(session)
    when = now()
    for obj in session.new:
        if isinstance(obj, Tracked):
            obj.created_at = obj.updated_at = when
            obj.created_by = obj.updated_by = who
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            obj.updated_at = when
            obj.updated_by = who


@event.listens_for(Session, "after_flush")
def _audit(session: Session, flush_context: UOWTransaction) -> None:
    rows: list[dict[str, Any]] = []
    who = _operator(session)
    when = now()

    def row(obj: object, action: str, before: dict | None, after: dict | None) -> None:
        rows.append(
            {
                "at": when,
                "operator": who,
                "table_name": inspect(obj).mapper.local_table.name,
                "record_id": _record_id(obj),
                "action": action,
                "before": dump(before),
                "after": dump(after),
            }
        )

    deleted = flushed_deletes(session, flush_context)
    gone = {id(obj) for obj in deleted}
    for obj in session.new:
        if not isinstance(obj, AuditLog):
            row(obj, "insert", None, snapshot(obj))
    for obj in session.dirty:
        if isinstance(obj, AuditLog) or id(obj) in gone:
            continue
        if not session.is_modified(obj, include_collections=False):
            continue
        before, after = _before(obj), snapshot(obj)
        if before != after:
            action = "update"
            if "archived" in after and bool(after["archived"]) != bool(before.get("archived")):
                action = "archive" if after["archived"] else "restore"
            row(obj, action, before, after)
    for obj in deleted:
        row(obj, "delete", _before(obj), None)
    if rows:
        write_audit(session, rows)


# --- bulk writes -----------------------------------------------------------------------------
CHUNK = 2000


def write_audit(session: Session, audit: list[dict[str, Any]]) -> None:
    """Insert audit rows (column dicts) in order, linked into the chain."""
    connection = session.connection()
    link(connection, audit)
    for start in range(0, len(audit), CHUNK):
        connection.execute(insert(AuditLog), audit[start : start + CHUNK])


def stamp(session: Session, rows: Sequence[dict[str, Any]], new: bool = True) -> None:
    """Fill the record stamps (who and when) as the flush hook would."""
    who, when = _operator(session), now()
    for row in rows:
        row["updated_at"], row["updated_by"] = when, who
        if new:
            row["created_at"], row["created_by"], row["version"] = when, who, 1


def insert_audited(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (column dicts) and their audit rows; the new ids in order."""
    table = cast(Table, model.__table__)
    check_tables(session, {table.name})  # the role check the flush hook makes (db.access)
    if issubclass(model, Tracked):
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
    who, when = _operator(session), now()
    audit = [
        {
            "at": when,
            "operator": who,
            "table_name": table.name,
            "record_id": rid,
            "action": "insert",
            "before": None,
            "after": dump({**row, "id": rid}),
        }
        for rid, row in zip(ids, rows, strict=True)
    ]
    write_audit(session, audit)
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
    check_tables(session, {table.name})  # the role check the flush hook makes (db.access)
    who, when = _operator(session), now()
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
            "before": dump(before),
            "after": dump({**before, **after}),
        }
        for rid, before, after in changes
    ]
    write_audit(session, audit)
