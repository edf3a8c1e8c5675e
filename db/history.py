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
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING
from typing import Any

from sqlalchemy import and_
from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.sql.elements import ColumnElement

from db.labels import TableLabels
from db.labels import field_label
from db.labels import table_labels
from db.labels import table_title
from db.paging import Page
from db.paging import clamp
from db.shared_models import AuditLog
from db.words import said
from db.words import said_list
from db.words import stored

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.engine import Database

ACTIONS = {
    "insert": said("新增"),
    "update": said("修改"),
    "delete": said("删除"),
    "archive": said("归档"),
    "restore": said("恢复"),
}
EMPTY = said("（空）")
NUMBERED = "{name}（#{number}）"  # a record by its name and number
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
    # With ``table`` and ``record_id``: the record's child tables too, as (table, the key of
    # the parent's id in its rows), e.g. a roster day's (("duty_assignment", "day_id"),).
    children: tuple[tuple[str, str], ...] = ()

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.children and self.table and self.record_id is not None:
            found.append(or_(self._own(), *(self._child(t, k) for t, k in self.children)))
        else:
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

    def _own(self) -> ColumnElement[bool]:
        return and_(AuditLog.table_name == self.table, AuditLog.record_id == self.record_id)

    def _child(self, table: str, key: str) -> ColumnElement[bool]:
        """The audit rows of ``table`` whose before or after names this record as ``key``
        (the trail's JSON: keys sorted, ``"key": value`` then ``,`` or ``}``)."""
        names = [f'%"{key}": {self.record_id}{end}%' for end in (",", "}")]
        return and_(
            AuditLog.table_name == table,
            or_(*(column.like(n) for column in (AuditLog.after, AuditLog.before) for n in names)),
        )


@dataclass(frozen=True)
class Change:
    """One field of one change: its Chinese label and the values before and after, as text.
    ``ref`` names the table a field's value points into (a member's number): the lists show
    that record's name instead (:func:`name_references`)."""

    field: str
    label: str
    old: str
    new: str
    ref: str = ""

    def text(self, width: int = SUMMARY_TEXT) -> str:
        """``label：old → new`` (a ``said`` sentence: the window shows it in its language)."""
        return said(
            "{label}：{old} → {new}",
            label=self.label,
            old=_cut(self.old, width),
            new=_cut(self.new, width),
        )


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
        if not self.record_name:
            return f"#{self.record_id}"
        return said(NUMBERED, name=self.record_name, number=self.record_id)

    def summary(self, width: int = SUMMARY_TEXT) -> str:
        """Every field's change on one line (values cut to ``width`` characters); a new or
        deleted record's fields with their one value."""
        if self.action in (ACTIONS["insert"], ACTIONS["delete"]):
            value = "new" if self.action == ACTIONS["insert"] else "old"
            return said_list(
                (
                    said("{label}：{value}", label=c.label, value=_cut(getattr(c, value), width))
                    for c in self.changes
                ),
                said("；"),
            )
        return said_list((c.text(width) for c in self.changes), said("；"))


def count_text(total: int) -> str:
    """``共 35 条`` or, past the cap, ``10,000 条以上``."""
    if total > COUNT_CAP:
        return said("{count} 条以上（请用筛选缩小范围）", count=f"{COUNT_CAP:,}")
    return said("共 {count} 条", count=f"{total:,}")


def _cut(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters; as it was (a ``said`` word keeps its
    marking) when it already is, else a :func:`db.words.stored` value (a fixed word such as
    在用 is shown in the window's language, like the change's own 原值/新值 columns)."""
    line = " ".join(text.split())
    if line == text:
        line = text
    return stored(line if len(line) <= width else line[: width - 1] + "…")


def show(value: Any) -> str:
    """A stored value as the office reads it (是/否, dates without a ``T``, （空）)."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return said("是") if value else said("否")
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


SECRET_SET = said("（已设置）")


def word(labels: TableLabels | None, key: str, value: Any) -> str:
    """A field's value as the office reads it: its table's word for a stored code, a register's
    name for a table name, never a secret's value."""
    if labels is not None and value not in (None, ""):
        if key in labels.secret:
            return SECRET_SET
        if key in labels.tables and isinstance(value, str):
            return table_title(value)
        words = labels.values.get(key)
        if words and isinstance(value, str):
            if value in words:
                return words[value]
            for prefix, text in words.items():
                if prefix.endswith("_") and value.startswith(prefix):
                    return said("{word}{rest}", word=text, rest=value[len(prefix) :])
    return show(value)


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


@cache
def _order(table: str) -> dict[str, int]:
    """Field → its position among the table's columns (the form's order, more or less)."""
    from db.base import Base
    from db.registry import load_models

    load_models()
    columns = Base.metadata.tables.get(table)
    return {c.name: i for i, c in enumerate(columns.columns)} if columns is not None else {}


@cache
def references(table: str) -> dict[str, str]:
    """Field → the table its value points into, from the table's foreign keys."""
    from db.base import Base
    from db.registry import load_models

    load_models()
    columns = Base.metadata.tables.get(table)
    if columns is None:
        return {}
    return {
        c.name: next(iter(c.foreign_keys)).column.table.name
        for c in columns.columns
        if c.foreign_keys
    }


def changes(table: str, action: str, before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """The changed fields of one audit row, in column order: every filled-in field of a new or
    deleted record, the fields that differ for the others. A JSON-object field the table
    declares ``nested`` (a source's per-type details) is compared key by key."""
    labels = table_labels().get(table)
    nested = labels.nested if labels else ()
    order = _order(table)
    refs = references(table)
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
        found.append(
            Change(
                key,
                field_label(table, key),
                word(labels, key, old),
                word(labels, key, new),
                refs.get(key, ""),
            )
        )
    return found


def entry(row: Any) -> HistoryEntry:
    """One audit row (an ORM row or a plain row with the same columns) as the office reads it."""
    before, after = _load(row.before), _load(row.after)
    labels = table_labels().get(row.table_name)
    name_field = _record_field(row.table_name)
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
        record_name="" if name in (None, "") else _cut(word(labels, name_field, name), 30),
        action=ACTIONS.get(row.action, row.action),
        changes=tuple(changes(row.table_name, row.action, before, after)),
    )


def name_references(session: Session, entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """``entries`` with each value that points at another record (队员 42) shown as that
    record's name and number (刘建国（#42）), read with one query per table pointed into; a
    record named by such a value (a leave by its member) gets that name too."""
    from db.base import Base

    wanted: dict[str, set[int]] = {}

    def want(ref: str, *values: str) -> None:
        wanted.setdefault(ref, set()).update(int(v) for v in values if v.isdigit())

    for e in entries:
        named_by = references(e.table).get(_record_field(e.table))
        if named_by:
            want(named_by, e.record_name)
        for c in e.changes:
            if c.ref:
                want(c.ref, c.old, c.new)
    names: dict[tuple[str, int], str] = {}
    for ref, ids in wanted.items():
        table = Base.metadata.tables.get(ref)
        field = _record_field(ref)
        if not ids or table is None or field not in table.c:
            continue
        column = table.c[field]
        for rid, name in session.execute(select(table.c.id, column).where(table.c.id.in_(ids))):
            if name not in (None, ""):
                names[(ref, rid)] = _cut(show(name), 30)
    if not names:
        return entries

    def text(ref: str, value: str) -> str:
        name = names.get((ref, int(value))) if value.isdigit() else None
        return said(NUMBERED, name=name, number=value) if name else value

    def named(e: HistoryEntry) -> HistoryEntry:
        named_by = references(e.table).get(_record_field(e.table))
        record = e.record_name
        if named_by and record.isdigit():
            record = names.get((named_by, int(record)), record)
        fields = tuple(
            replace(c, old=text(c.ref, c.old), new=text(c.ref, c.new)) if c.ref else c
            for c in e.changes
        )
        return replace(e, record_name=record, changes=fields)

    return [named(e) for e in entries]


def _record_field(table: str) -> str:
    labels = table_labels().get(table)
    return labels.record if labels else "name"


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
            found = name_references(s, [entry(r) for r in rows])
        return Page(found, int(total), offset, limit)

    def record(
        self,
        table: str,
        record_id: int,
        limit: int = 200,
        children: tuple[tuple[str, str], ...] = (),
    ) -> list[HistoryEntry]:
        """One record's changes, newest first (a record dialog's 历史 tab); with
        ``children`` (see :class:`HistoryFilter`) its child rows' changes among them."""
        where = HistoryFilter(table=table, record_id=record_id, children=children)
        return self.page(where, 0, limit).rows

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
                found = name_references(s, [entry(row) for row in rows])
            if not rows:
                return
            yield from found
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
