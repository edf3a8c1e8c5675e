"""Audit trail and record stamps, hooked into every Session flush.

Every insert, update and delete writes one ``audit_log`` row (who, when, table, record,
action, before, after; an update that archives a record or brings it back is an ``archive`` or
a ``restore``) through the flush's own connection, so the trail commits or rolls back together
with the change it describes.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from db.base import AUDIT_SKIP, Tracked, now
from db.shared_models import AuditLog

OPERATOR_KEY = "operator"


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


def snapshot(obj: object) -> dict[str, Any]:
    """The audited column values of a mapped object, as JSON-ready values."""
    mapper = inspect(obj).mapper
    return {
        attr.key: _plain(getattr(obj, attr.key))
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
            values[attr.key] = _plain(hist.deleted[0])
        elif hist.unchanged:
            values[attr.key] = _plain(hist.unchanged[0])
        else:
            values[attr.key] = _plain(getattr(obj, attr.key))
    return values


def _record_id(obj: object) -> int:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    return ident[0] if ident and isinstance(ident[0], int) else 0


def _dump(values: dict[str, Any] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


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
                "before": _dump(before),
                "after": _dump(after),
            }
        )

    for obj in session.new:
        if not isinstance(obj, AuditLog):
            row(obj, "insert", None, snapshot(obj))
    for obj in session.dirty:
        if isinstance(obj, AuditLog) or not session.is_modified(obj, include_collections=False):
            continue
        before, after = _before(obj), snapshot(obj)
        if before != after:
            action = "update"
            if "archived" in after and bool(after["archived"]) != bool(before.get("archived")):
                action = "archive" if after["archived"] else "restore"
            row(obj, action, before, after)
    for obj in session.deleted:
        if not isinstance(obj, AuditLog):
            row(obj, "delete", _before(obj), None)
    if rows:
        session.connection().execute(insert(AuditLog), rows)
