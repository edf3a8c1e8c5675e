"""Reading the audit trail: who changed which record, when, and each field's old → new value.

The trail (``audit_log``, written by :mod:`db.audit`) stores each change as JSON snapshots;
this module turns a row into what the office reads — the register's Chinese name, the
record's name and number, 新增/修改/删除/归档/恢复, and each changed field with its Chinese
label (:mod:`db.labels`). Lists are paged in SQL, newest first, so a trail of a million rows
opens at once: one record's history reads the ``ix_audit_log_record`` index, a date range
the index on ``at``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement

from db.labels import field_label, table_labels, table_title
from db.paging import Page, clamp
from db.shared_models import AuditLog

if TYPE_CHECKING:
    from db.engine import Database

ACTIONS = {
    "insert": "新增",
    "update": "修改",
    "delete": "删除",
    "archive": "归档",
    "restore": "恢复",
}
EMPTY = "（空）"
SUMMARY_TEXT = 60  # characters of one value in a one-line summary
CHUNK = 2000  # rows an export reads at a time
OPERATOR_SAMPLE = 20_000  # newest rows whose operators the filter offers
COUNT_CAP = 10_000  # a list counts its rows up to here ("10,000 条以上"): filter to see further


@dataclass(frozen=True)
class HistoryFilter:
    """Which changes to list; an empty field does not filter. ``until`` is inclusive."""

    operator: str = ""
    table: str = ""
    record_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.table:
            found.append(AuditLog.table_name == self.table)
        if self.record_id is not None:
            found.append(AuditLog.record_id == self.record_id)
        if self.operator:
            found.append(AuditLog.operator == self.operator)
        if self.since is not None:
            found.append(AuditLog.at >= dt.datetime.combine(self.since, dt.time()))
        if self.until is not None:
            end = dt.datetime.combine(self.until + dt.timedelta(days=1), dt.time())
            found.append(AuditLog.at < end)
        return found


@dataclass(frozen=True)
class Change:
    """One field of one change: its Chinese label and the values before and after, as text."""

    field: str
    label: str
    old: str
    new: str

    def text(self, width: int = SUMMARY_TEXT) -> str:
        return f"{self.label}：{_cut(self.old, width)} → {_cut(self.new, width)}"


@dataclass(frozen=True)
class HistoryEntry:
    """One audit row as the office reads it."""

    id: int
    at: dt.datetime
    operator: str
    table: str
    register: str
    record_id: int
    record_name: str
    action: str
    changes: tuple[Change, ...]

    @property
    def record(self) -> str:
        """The record's name and number: ``张三（#3）`` (a setting has only its name)."""
        if not self.record_id:
            return self.record_name
        return (
            f"{self.record_name}（#{self.record_id}）" if self.record_name else f"#{self.record_id}"
        )

    def summary(self, width: int = SUMMARY_TEXT) -> str:
        """Every field's change on one line (values cut to ``width`` characters); a new or
        deleted record's fields with their one value."""
        if self.action in (ACTIONS["insert"], ACTIONS["delete"]):
            value = "new" if self.action == ACTIONS["insert"] else "old"
            return "；".join(f"{c.label}：{_cut(getattr(c, value), width)}" for c in self.changes)
        return "；".join(c.text(width) for c in self.changes)


def count_text(total: int) -> str:
    """``共 35 条`` or, past the cap, ``10,000 条以上``."""
    if total > COUNT_CAP:
        return f"{COUNT_CAP:,} 条以上（请用筛选缩小范围）"
    return f"共 {total:,} 条"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def show(value: Any) -> str:
    """A stored value as the office reads it (是/否, dates without a ``T``, （空）)."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    if len(text) >= 16 and text[4] == "-" and text[10] == "T":  # an ISO date and time
        try:
            return dt.datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return text
    return text


def _load(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _nested(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value.startswith("{"):
        loaded = _load(value)
        return loaded if loaded or value.strip() == "{}" else None
    return None


def _order(table: str) -> dict[str, int]:
    """Field → its position among the table's columns (the form's order, more or less)."""
    from db.base import Base
    from db.registry import load_models

    load_models()
    columns = Base.metadata.tables.get(table)
    return {c.name: i for i, c in enumerate(columns.columns)} if columns is not None else {}


def changes(table: str, action: str, before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """The changed fields of one audit row, in column order: every filled-in field of a new or
    deleted record, the fields that differ for the others. A JSON-object field the table
    declares ``nested`` (a source's per-type details) is compared key by key."""
    labels = table_labels().get(table)
    nested = labels.nested if labels else ()
    order = _order(table)
    keys = sorted({*before, *after} - {"id"}, key=lambda k: (order.get(k, len(order)), k))
    found: list[Change] = []
    for key in keys:
        old, new = before.get(key), after.get(key)
        if action in ("insert", "delete") and (old if action == "delete" else new) in (
            None,
            "",
            False,
        ):
            continue  # a new or deleted record: only the fields filled in
        if old == new:
            continue
        inner_old, inner_new = _nested(old), _nested(new)
        if key in nested and (inner_old is not None or inner_new is not None):
            found += changes(table, action, inner_old or {}, inner_new or {})
            continue
        found.append(Change(key, field_label(table, key), show(old), show(new)))
    return found


def entry(row: Any) -> HistoryEntry:
    """One audit row (an ORM row or a plain row with the same columns) as the office reads it."""
    before, after = _load(row.before), _load(row.after)
    labels = table_labels().get(row.table_name)
    name_field = labels.record if labels else "name"
    name = after.get(name_field) if name_field else None
    if name in (None, "") and name_field:
        name = before.get(name_field)
    return HistoryEntry(
        id=row.id,
        at=row.at,
        operator=row.operator,
        table=row.table_name,
        register=table_title(row.table_name),
        record_id=row.record_id,
        record_name="" if name in (None, "") else _cut(show(name), 30),
        action=ACTIONS.get(row.action, row.action),
        changes=tuple(changes(row.table_name, row.action, before, after)),
    )


_COLUMNS = (
    AuditLog.id,
    AuditLog.at,
    AuditLog.operator,
    AuditLog.table_name,
    AuditLog.record_id,
    AuditLog.action,
    AuditLog.before,
    AuditLog.after,
)


class History:
    """The audit trail of one database, read a page at a time (Qt-free; the 修改记录 page,
    the 历史 tabs and ``rescue-ledger audit`` all read it here)."""

    def __init__(self, db: Database):
        self.db = db

    def page(self, where: HistoryFilter, offset: int = 0, limit: int = 200) -> Page[HistoryEntry]:
        """The changes ``where`` selects, newest first, from ``offset``; and how many match,
        counted up to :data:`COUNT_CAP` + 1 (more means "more than the cap": see
        :func:`count_text`). Counting a million rows would take longer than reading a page."""
        offset, limit = clamp(offset, min(limit, COUNT_CAP))
        offset = min(offset, COUNT_CAP)
        conditions = where.conditions()
        with self.db.read() as s:
            matched = select(AuditLog.id).where(*conditions).limit(COUNT_CAP + 1).subquery()
            total = s.scalar(select(func.count()).select_from(matched)) or 0
            # One record's rows come in written order straight from ix_audit_log_record (its
            # entries end with the id); any other list reads an index ending with ``at``.
            order = (
                (AuditLog.id.desc(),)
                if where.record_id is not None
                else (AuditLog.at.desc(), AuditLog.id.desc())
            )
            rows = s.execute(
                select(*_COLUMNS).where(*conditions).order_by(*order).offset(offset).limit(limit)
            ).all()
        return Page([entry(r) for r in rows], int(total), offset, limit)

    def record(self, table: str, record_id: int, limit: int = 200) -> list[HistoryEntry]:
        """One record's changes, newest first (a record dialog's 历史 tab)."""
        return self.page(HistoryFilter(table=table, record_id=record_id), 0, limit).rows

    def count(self, where: HistoryFilter) -> int:
        """How many changes ``where`` selects (all of them: an export says how many it wrote)."""
        with self.db.read() as s:
            found = s.scalar(select(func.count()).select_from(AuditLog).where(*where.conditions()))
        return int(found or 0)

    def entries(self, where: HistoryFilter) -> Iterator[HistoryEntry]:
        """Every change ``where`` selects, oldest first, read ``CHUNK`` rows at a time."""
        last = 0
        conditions = where.conditions()
        while True:
            with self.db.read() as s:
                rows = s.execute(
                    select(*_COLUMNS)
                    .where(*conditions, AuditLog.id > last)
                    .order_by(AuditLog.id)
                    .limit(CHUNK)
                ).all()
            if not rows:
                return
            for row in rows:
                yield entry(row)
            last = rows[-1].id

    def operators(self) -> list[str]:
        """The people who made the newest changes (the page's 操作人 choices), by name."""
        with self.db.read() as s:
            newest = (
                select(AuditLog.operator)
                .order_by(AuditLog.id.desc())
                .limit(OPERATOR_SAMPLE)
                .subquery()
            )
            names = s.scalars(select(newest.c.operator).distinct())
            return sorted(n for n in names if n)
