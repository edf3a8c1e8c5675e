"""The audit chain: each audit row's ``row_hash`` is SHA-256 over its content and the previous
row's hash, so a changed, inserted or deleted audit row no longer fits the rows around it.

The writers (the flush hooks and the bulk writer in ``db.audit``) call :func:`link` with the
rows they are about to insert; it takes the chain lock, reads the newest hash and fills in
``row_hash`` in order. Two writers cannot fork the chain: on SQLite the audit rows are written
after the change itself, so the transaction already holds the database's write lock when it
reads the newest hash; on PostgreSQL :func:`link` first takes a transaction-level advisory
lock (released at commit or rollback).

Rows written before migration 0012 have no hash: that migration seals them once, in order
(:func:`seal_unhashed`). :func:`verify <db.audit_verify.verify>` recomputes the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import String
from sqlalchemy import bindparam
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy import type_coerce
from sqlalchemy import update

from db.shared_models import AuditLog
from db.words import said

# The hash the first row links to.
GENESIS = "0" * 64
# pg_advisory_xact_lock key of the audit chain ("RLAC").
PG_LOCK_KEY = 0x524C4143
# How the chain writes a time: what SQLAlchemy stores in an SQLite DateTime column, so a row
# read back as text from SQLite hashes without parsing it.
AT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
# How many hex digits of the newest hash a printed form shows.
FINGERPRINT_DIGITS = 12
# SQLite: the triggers that keep audit_log append-only (migration 0012), by the event refused.
TRIGGERS = {"UPDATE": "audit_log_no_update", "DELETE": "audit_log_no_delete"}
REFUSED = "修改记录只能追加，不能修改或删除"
# The operator of the audit rows an upgrade writes for records the migrations made or changed
# (the program's own name: the window shows it in its language).
UPGRADE_OPERATOR = said("程序升级")


def append_only_sql() -> list[str]:
    """The statements that create the SQLite triggers refusing UPDATE and DELETE."""
    return [
        f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {event} ON audit_log "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END"
        for event, name in TRIGGERS.items()
    ]


def at_text(at: dt.datetime | str) -> str:
    """The canonical text of an audit row's time (a datetime, or SQLite's stored text)."""
    return at if isinstance(at, str) else at.strftime(AT_FORMAT)


def _field(value: str | int | None) -> str:
    # Length-prefixed, so no text can pass for two fields: "5:张三丰xx" reads one way only.
    if value is None:
        return "~"
    text = str(value)
    return f"{len(text)}:{text}"


def digest(
    previous: str,
    at: dt.datetime | str,
    operator: str,
    table_name: str,
    record_id: int,
    action: str,
    before: str | None,
    after: str | None,
) -> str:
    """The hash of one audit row linked to ``previous`` (the row before it, or GENESIS): SHA-256
    of the UTF-8 text ``previous|at|operator|table|record|action|before|after``, each field
    but the first written as ``length:text`` (``~`` for none).

    ``audit verify`` runs this once per audit row, so the usual row (only ``before`` or
    ``after`` missing) is written in one expression; :func:`_canonical` is the definition.
    """
    if operator is None or table_name is None or action is None or record_id is None:
        return hashlib.sha256(
            _canonical(previous, at, operator, table_name, record_id, action, before, after)
        ).hexdigest()
    when = at if type(at) is str else at.strftime(AT_FORMAT)  # type: ignore[union-attr]
    record = str(record_id)
    canonical = (
        f"{previous}|{len(when)}:{when}|{len(operator)}:{operator}|{len(table_name)}:{table_name}"
        f"|{len(record)}:{record}|{len(action)}:{action}|"
        + ("~" if before is None else f"{len(before)}:{before}")
        + "|"
        + ("~" if after is None else f"{len(after)}:{after}")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _canonical(
    previous: str,
    at: dt.datetime | str,
    operator: str | None,
    table_name: str | None,
    record_id: int | None,
    action: str | None,
    before: str | None,
    after: str | None,
) -> bytes:
    """The text :func:`digest` hashes, field by field."""
    return "|".join(
        (
            previous,
            _field(at_text(at)),
            _field(operator),
            _field(table_name),
            _field(record_id),
            _field(action),
            _field(before),
            _field(after),
        )
    ).encode("utf-8")


def row_digest(previous: str, row: dict[str, Any]) -> str:
    """:func:`digest` of an audit row given as a column dict (as the writers build them)."""
    return digest(
        previous,
        row["at"],
        row["operator"],
        row["table_name"],
        row["record_id"],
        row["action"],
        row["before"],
        row["after"],
    )


def stored_at() -> Any:
    """The audit time as the chain reads it: SQLite's stored text as is (no parsing), a
    datetime from PostgreSQL; :func:`at_text` makes the same text of both."""
    return type_coerce(AuditLog.at, String).label("at")


def chained_columns() -> tuple[Any, ...]:
    """The id and the hashed content of an audit row, in :func:`digest`'s order after
    ``previous``."""
    a = AuditLog
    return (a.id, stored_at(), a.operator, a.table_name, a.record_id, a.action, a.before, a.after)


def lock(connection: Connection) -> None:
    """Hold the chain until this transaction ends (PostgreSQL; on SQLite the write lock,
    already taken by the change being audited, does it)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})


def newest_hash(connection: Connection) -> str:
    """The hash of the newest audit row (GENESIS for an empty trail)."""
    found = connection.execute(
        select(AuditLog.row_hash).order_by(AuditLog.id.desc()).limit(1)
    ).scalar()
    return found or GENESIS


def link(connection: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Fill ``row_hash`` in ``rows`` (to be inserted in this order) after the newest row."""
    if not rows:
        return
    lock(connection)
    previous = newest_hash(connection)
    for row in rows:
        previous = row["row_hash"] = row_digest(previous, row)


def seal_unhashed(connection: Connection, batch: int = 5000) -> int:
    """Give every row without a hash (written before the chain existed) its hash, in order.

    Meant for migration 0012, before the triggers that keep the table append-only; rows after
    the first hashed one are left alone (a row without a hash there was slipped in, and
    :func:`db.audit_verify.verify` reports it). Returns how many rows were sealed."""
    lock(connection)
    first_hashed = connection.execute(
        select(AuditLog.id).where(AuditLog.row_hash.is_not(None)).order_by(AuditLog.id).limit(1)
    ).scalar()
    query = select(*chained_columns()).where(AuditLog.row_hash.is_(None)).order_by(AuditLog.id)
    if first_hashed is not None:
        query = query.where(AuditLog.id < first_hashed)
    previous, sealed, last_id = GENESIS, 0, 0
    stmt = update(AuditLog).where(AuditLog.id == bindparam("rid")).values(row_hash=bindparam("h"))
    while True:
        rows = connection.execute(query.where(AuditLog.id > last_id).limit(batch)).all()
        if not rows:
            return sealed
        changes = []
        for rid, at, operator, table_name, record_id, action, before, after in rows:
            previous = digest(previous, at, operator, table_name, record_id, action, before, after)
            changes.append({"rid": rid, "h": previous})
        connection.execute(stmt, changes)
        sealed += len(changes)
        last_id = rows[-1][0]


@dataclass(frozen=True)
class Head:
    """The newest audit row: what a printed form carries to prove the state it shows."""

    fingerprint: str  # the first FINGERPRINT_DIGITS hex digits of its hash ("" for none)
    at: dt.datetime | None

    @property
    def text(self) -> str:
        """The footer line, e.g. ``校验码：3f9a1c07b2e4（截至 2026-12-01 15:08）``."""
        if not self.fingerprint:
            return "校验码：无修改记录"
        when = f"（截至 {self.at:%Y-%m-%d %H:%M}）" if self.at else ""
        return f"校验码：{self.fingerprint}{when}"


def head(connection: Connection) -> Head:
    """The chain head as of now."""
    row = connection.execute(
        select(AuditLog.row_hash, AuditLog.at).order_by(AuditLog.id.desc()).limit(1)
    ).first()
    if row is None or not row.row_hash:
        return Head("", row.at if row else None)
    return Head(row.row_hash[:FINGERPRINT_DIGITS], row.at)
