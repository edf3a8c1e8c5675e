"""``audit verify``: recompute the audit chain and compare every record with its last audit row.

Two passes, both read in batches of rows (nothing holds the whole trail in memory, and no
statement runs long enough to keep a clerk's save waiting):

1. **The chain.** Every audit row, in id order, must carry ``sha256(its content + the previous
   row's hash)`` (``db.chain``). A changed row, a row slipped in, a row without a hash, or the
   row after a deleted one does not fit and is named.
2. **The records.** For every audited table, each record's current columns must equal the
   ``after`` of its newest audit row: a record changed behind the program's back, a record
   gone without a ``delete`` row, a record without any audit row and a record still present
   after its ``delete`` row are named. Columns marked ``info={"derived": True}`` (dates the
   program recomputes in bulk, unaudited) are not compared; neither are columns an audit row
   does not mention (added by a later schema version).

On SQLite the triggers that refuse UPDATE and DELETE on the trail (migration 0012) must exist.
Deleting the newest audit rows leaves a chain that still fits; pass 2 notices it, because the
records no longer match what the remaining trail says.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import Table
from sqlalchemy import func
from sqlalchemy import insert
from sqlalchemy import inspect
from sqlalchemy import select
from sqlalchemy import text

from db.audit import AUDIT_SKIP
from db.audit import dump
from db.audit import plain
from db.base import now
from db.chain import GENESIS
from db.chain import TRIGGERS
from db.chain import UPGRADE_OPERATOR
from db.chain import digest
from db.chain import link
from db.chain import stored_at
from db.shared_models import AuditLog

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

BATCH = 5000


@dataclass(frozen=True)
class Break:
    """One place where the trail or a record does not hold: table, record, time, what."""

    table: str
    record: int | str
    at: dt.datetime | str | None
    problem: str
    audit_id: int | None = None

    @property
    def line(self) -> str:
        """One line for the clerk, e.g. ``队员名册 第 3 号（2026-12-01 15:08）：…``."""
        from db.labels import table_title

        when = _when(self.at)
        row = f"，修改记录第 {self.audit_id} 条" if self.audit_id is not None else ""
        where = f"{table_title(self.table)} 第 {self.record} 号" if self.table else "修改记录"
        return f"{where}（{when}{row}）：{self.problem}"


@dataclass
class Verification:
    """What ``audit verify`` found: audit rows and records checked, and every break."""

    rows: int = 0
    records: int = 0
    breaks: list[Break] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.breaks and not self.cancelled

    def summary(self) -> str:
        if self.breaks:
            return (
                f"修改记录校验发现 {len(self.breaks)} 处问题（已检查 {self.rows} 条修改记录、"
                f"{self.records} 条记录）。"
            )
        return f"修改记录完整：已检查 {self.rows} 条修改记录、{self.records} 条记录，未发现改动。"


def _when(at: dt.datetime | str | None) -> str:
    if at is None:
        return "时间不详"
    if isinstance(at, str):
        return at[:16].replace("T", " ")
    return f"{at:%Y-%m-%d %H:%M}"


# --- pass 1: the chain -----------------------------------------------------------------------
def trigger_breaks(connection: Connection) -> list[Break]:
    """On SQLite: a break for each missing append-only trigger."""
    if connection.dialect.name != "sqlite":
        return []
    present = set(
        connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
        ).scalars()
    )
    return [
        Break("", "-", None, f"保护修改记录的触发器 {name} 已被删除，修改记录可能被改动过")
        for name in TRIGGERS.values()
        if name not in present
    ]


def chain_breaks(
    connection: Connection, result: Verification, progress: Progress, cancelled: Cancelled
) -> None:
    """Recompute the chain in id order; add each row that does not fit to ``result``."""
    total = connection.execute(select(func.count()).select_from(AuditLog)).scalar() or 0
    previous = GENESIS
    pending: tuple[int, str] | None = None  # (index in breaks, hash before that row)
    breaks = result.breaks
    for part in _batches(connection):
        if cancelled():
            result.cancelled = True
            return
        for rid, at, operator, table, record, action, before, after, stored in part:
            if stored is None:
                breaks.append(
                    Break(table, record, at, "这条修改记录没有校验值，不是本程序写入的", rid)
                )
                pending = None
                continue
            if stored == digest(previous, at, operator, table, record, action, before, after):
                previous, pending = stored, None
                continue
            if pending is not None and stored == digest(
                pending[1], at, operator, table, record, action, before, after
            ):
                index = pending[0]
                breaks[index] = replace(breaks[index], problem="这条修改记录是后来插入的")
                previous, pending = stored, None
                continue
            breaks.append(
                Break(
                    table,
                    record,
                    at,
                    "这条修改记录与校验链不符：它被改动过，或它前面的修改记录被删除",
                    rid,
                )
            )
            pending, previous = (len(breaks) - 1, previous), stored
        result.rows += len(part)
        progress(result.rows, total)


CHAIN_SQL = (
    "SELECT id, at, operator, table_name, record_id, action, before, after, row_hash "
    "FROM audit_log WHERE id > {mark} ORDER BY id LIMIT {limit}"
)


def _batches(connection: Connection) -> Iterator[Sequence[Any]]:
    """The trail's rows in id order as plain tuples from the driver's own cursor (a million
    rows pass through here: no row objects, no type processing; SQLite gives ``at`` as its
    stored text, PostgreSQL a datetime, and :func:`db.chain.digest` hashes both alike), a
    batch per statement (SQLite holds its read lock only while a statement runs, so a clerk
    saving meanwhile never waits for the whole pass)."""
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = CHAIN_SQL.format(mark=mark, limit=BATCH)
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        seen = 0
        while True:
            cursor.execute(sql, (seen,))
            rows = cursor.fetchall()
            if not rows:
                return
            yield rows
            seen = rows[-1][0]
    finally:
        cursor.close()


# --- pass 2: the records ---------------------------------------------------------------------
@dataclass(frozen=True)
class Audited:
    """An audited table: its attribute keys and columns as they exist in this database."""

    table: Table
    columns: dict[str, Any]  # attribute key (as the audit rows name it) → column
    compared: frozenset[str]  # keys compared with the audit rows (not derived)
    by_id: bool  # the record id is an integer ``id`` column (else: the primary key's values)


def audited_tables(connection: Connection) -> list[Audited]:
    """Every table the flush hooks audit, limited to the columns this database has."""
    from db.base import Base
    from db.registry import load_models

    load_models()
    present = inspect(connection)
    found = []
    for mapper in sorted(Base.registry.mappers, key=lambda m: str(m.local_table)):
        table = mapper.local_table
        if mapper.class_ is AuditLog or not isinstance(table, Table):
            continue
        if not present.has_table(table.name):
            continue
        existing = {c["name"] for c in present.get_columns(table.name)}
        columns = {
            attr.key: attr.columns[0]
            for attr in mapper.column_attrs
            if attr.key not in AUDIT_SKIP and attr.columns[0].name in existing
        }
        compared = frozenset(k for k, c in columns.items() if not c.info.get("derived"))
        pk = list(table.primary_key.columns)
        by_id = len(pk) == 1 and pk[0].name == "id" and "id" in columns
        found.append(Audited(table, columns, compared, by_id))
    return found


@dataclass(frozen=True)
class Finding:
    """A record whose current state is not what its last audit row says."""

    table: str
    record: int | str
    kind: str  # "unaudited" | "changed" | "missing" | "undeleted"
    current: dict[str, Any] | None
    last_after: str | None
    at: dt.datetime | str | None
    audit_id: int | None
    fields: tuple[str, ...] = ()

    def as_break(self) -> Break:
        from db.labels import field_label

        changed = "、".join(field_label(self.table, key) for key in self.fields)
        problem = {
            "unaudited": "这条记录没有任何修改记录，是绕过本程序写入的",
            "changed": f"{changed}与最后一条修改记录不符，是绕过本程序改动的",
            "missing": "记录已不存在，但没有删除它的修改记录",
            "undeleted": "修改记录显示它已删除，但记录仍在",
        }[self.kind]
        return Break(self.table, self.record, self.at, problem, self.audit_id)


def _same(stored: Any, current: Any) -> bool:
    if stored == current:
        return True
    numbers = (int, float)
    return (
        isinstance(stored, numbers)
        and isinstance(current, numbers)
        and float(stored) == float(current)
    )


def _differences(
    compared: frozenset[str], after: str | None, current: dict[str, Any]
) -> tuple[str, ...]:
    stored = json.loads(after) if after else {}
    return tuple(
        key for key, value in stored.items() if key in compared and not _same(value, current[key])
    )


def record_findings(connection: Connection, audited: Audited) -> Iterator[Finding]:
    """Compare each record of one table with its newest audit row, a batch of records at a
    time: the records in id order, then their newest audit rows found by index (the newest
    id per record from ``ix_audit_log_record``, then those rows by id); no lock is held in
    between and no statement runs a subquery per record."""
    if not audited.by_id:
        yield from _keyed_findings(connection, audited)
        return
    table, name = audited.table, audited.table.name
    keys = list(audited.columns)
    seen = None
    while True:
        query = select(*[audited.columns[k] for k in keys]).order_by(table.c.id).limit(BATCH)
        if seen is not None:
            query = query.where(table.c.id > seen)
        rows = connection.execute(query).all()
        if not rows:
            break
        records = [{k: plain(v) for k, v in zip(keys, row, strict=True)} for row in rows]
        newest = _newest_rows(connection, name, [r["id"] for r in records])
        for current in records:
            yield from _compare(audited, current["id"], current, newest.get(current["id"]))
        seen = records[-1]["id"]
    yield from _missing(connection, table, name)


def _compare(
    audited: Audited,
    record: int | str,
    current: dict[str, Any],
    newest: tuple[int, str, Any, str | None] | None,
) -> Iterator[Finding]:
    """What is wrong with ``current`` against its ``newest`` audit row (id, action, time,
    values after): none at all (unaudited), a delete it outlived, or fields that differ."""
    name = audited.table.name
    if newest is None:
        yield Finding(name, record, "unaudited", current, None, None, None)
        return
    audit_id, action, at, after = newest
    if action == "delete":
        yield Finding(name, record, "undeleted", current, after, at, audit_id)
    elif fields := _differences(audited.compared, after, current):
        yield Finding(name, record, "changed", current, after, at, audit_id, fields)


def _newest_rows(
    connection: Connection, name: str, records: Sequence[int]
) -> dict[int, tuple[int, str, Any, str | None]]:
    """For each of ``records`` (ids in table ``name``) that has audit rows, its newest one:
    ``record → (audit id, action, at, after)``."""
    newest = connection.execute(
        select(AuditLog.record_id, func.max(AuditLog.id))
        .where(AuditLog.table_name == name, AuditLog.record_id.in_(list(records)))
        .group_by(AuditLog.record_id)
    ).all()
    return _audit_rows(connection, {audit_id: record for record, audit_id in newest})


def _audit_rows(
    connection: Connection, wanted: dict[int, int]
) -> dict[int, tuple[int, str, Any, str | None]]:
    """The audit rows ``wanted`` (audit id → record) by id: ``record → (id, action, at, after)``."""
    if not wanted:
        return {}
    rows = connection.execute(
        select(AuditLog.id, AuditLog.action, stored_at(), AuditLog.after).where(
            AuditLog.id.in_(list(wanted))
        )
    )
    return {wanted[audit_id]: (audit_id, action, at, after) for audit_id, action, at, after in rows}


def _missing(connection: Connection, table: Table, name: str) -> Iterator[Finding]:
    """Records whose newest audit row is not a delete, though the record is gone: the newest
    audit id of each record of the table in record order (an index-only scan), a batch at a
    time, checked against the records still there."""
    seen = None
    while True:
        query = select(AuditLog.record_id, func.max(AuditLog.id)).where(AuditLog.table_name == name)
        if seen is not None:
            query = query.where(AuditLog.record_id > seen)
        newest = dict(
            connection.execute(
                query.group_by(AuditLog.record_id).order_by(AuditLog.record_id).limit(BATCH)
            ).all()
        )
        if not newest:
            return
        present = set(
            connection.execute(select(table.c.id).where(table.c.id.in_(list(newest)))).scalars()
        )
        gone = {audit_id: record for record, audit_id in newest.items() if record not in present}
        found = _audit_rows(connection, gone)
        for record in sorted(found):
            audit_id, action, at, after = found[record]
            if action != "delete":
                yield Finding(name, record, "missing", None, after, at, audit_id)
        seen = max(newest)


def _keyed_findings(connection: Connection, audited: Audited) -> Iterator[Finding]:
    """Tables keyed by something else than ``id`` (the settings): small, read whole; the
    record is named by its key values, read from the audit rows' JSON."""
    name = audited.table.name
    pk = [k for k, c in audited.columns.items() if c.primary_key]
    if not pk:
        return
    last: dict[tuple[Any, ...], tuple[int, str, Any, str | None]] = {}
    rows = connection.execute(
        select(AuditLog.id, AuditLog.action, stored_at(), AuditLog.before, AuditLog.after)
        .where(AuditLog.table_name == name)
        .order_by(AuditLog.id)
    )
    for audit_id, action, at, before, after in rows:
        values = json.loads(after or before or "{}")
        last[tuple(values.get(k) for k in pk)] = (audit_id, action, at, after)
    keys = list(audited.columns)
    seen = set()
    for row in connection.execute(select(*[audited.columns[k] for k in keys])):
        current = {k: plain(v) for k, v in zip(keys, row, strict=True)}
        key = tuple(current[k] for k in pk)
        seen.add(key)
        yield from _compare(audited, "/".join(str(v) for v in key), current, last.get(key))
    for key, (audit_id, action, at, after) in last.items():
        if key not in seen and action != "delete":
            label = "/".join(str(v) for v in key)
            yield Finding(name, label, "missing", None, after, at, audit_id)


def record_count(connection: Connection, audited: Audited) -> int:
    return connection.execute(select(func.count()).select_from(audited.table)).scalar() or 0


# --- both ------------------------------------------------------------------------------------
def verify_connection(
    connection: Connection,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Verification:
    """Check the trail and the records on an open connection (see the module's docstring)."""
    progress = progress or (lambda _done, _total: None)
    cancelled = cancelled or (lambda: False)
    result = Verification()
    result.breaks.extend(trigger_breaks(connection))
    chain_breaks(connection, result, progress, cancelled)
    if result.cancelled:
        return result
    for audited in audited_tables(connection):
        if cancelled():
            result.cancelled = True
            return result
        result.records += record_count(connection, audited)
        result.breaks.extend(f.as_break() for f in record_findings(connection, audited))
    return result


def verify(
    database: Any, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Verification:
    """``audit verify`` on a :class:`db.engine.Database`."""
    with database.engine.connect() as connection:
        return verify_connection(connection, progress, cancelled)


# --- the upgrade to the chain ----------------------------------------------------------------
def baseline(connection: Connection) -> int:
    """Write one audit row for each record that does not match its trail when the chain
    starts (records made or changed by earlier schema upgrades, which wrote no audit rows),
    so the chain starts from the records as they are. Returns how many rows were written."""
    when = now()
    rows = []
    for audited in audited_tables(connection):
        for f in record_findings(connection, audited):
            action = {"changed": "update", "missing": "delete"}.get(f.kind, "insert")
            record = f.record if isinstance(f.record, int) else 0
            rows.append(
                {
                    "at": when,
                    "operator": UPGRADE_OPERATOR,
                    "table_name": f.table,
                    "record_id": record,
                    "action": action,
                    "before": f.last_after if action != "insert" else None,
                    "after": None if f.current is None else dump(f.current),
                }
            )
    link(connection, rows)
    for start in range(0, len(rows), BATCH):
        connection.execute(insert(AuditLog), rows[start : start + BATCH])
    return len(rows)
