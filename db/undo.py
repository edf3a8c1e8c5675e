"""Undo (撤销) of this program run's own changes, through the audit trail.

A :class:`Journal` watches one open database: every write transaction committed through it
becomes one step (the audit ids it wrote and the version each tracked record it touched
reached). :meth:`Journal.undo` takes back the newest step not yet undone, as a normal audited
change in one transaction: an edit, an archive or a restore gets the audit row's ``before``
values back, a new record is deleted (or archived, when other records already refer to it), a
deleted record comes back with its number, and a roster day gets its assignments back.

A colleague's work is never overwritten: a step is refused with a sentence when any record it
touched changed since (its version is not the one this run left, its values are not the audit
row's ``after``, or someone else's audit row names it later). The undo's own transaction is
remembered too, so walking further back sees its versions as this run's own.

Qt-free: the window's 编辑 → 撤销 (Ctrl+Z) is a thin action over this.
"""

from __future__ import annotations

import datetime as dt
import json
import weakref
from dataclasses import dataclass
from dataclasses import field
from functools import cache
from typing import TYPE_CHECKING
from typing import Any

from sqlalchemy import Date
from sqlalchemy import DateTime
from sqlalchemy import Time
from sqlalchemy import event
from sqlalchemy import func
from sqlalchemy import inspect
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import UOWTransaction
from sqlalchemy.orm.attributes import flag_modified

from db.audit import dump
from db.audit import flushed_deletes
from db.audit import snapshot
from db.base import Base
from db.base import Tracked
from db.errors import LedgerError
from db.history import entry
from db.history import name_references
from db.history import references
from db.references import is_referenced
from db.shared_models import AuditLog

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from db.engine import Database

_FROM = "undo_from"  # session.info: the newest audit id before this transaction wrote
_TO = "undo_to"  # the newest audit id after its last flush
_TOUCHED = "undo_touched"  # (table, id) → the version each tracked record reached
_UNDOING = "undo_undoing"  # set while an undo writes: its transaction is no step of its own

_journals: weakref.WeakKeyDictionary[Engine, Journal] = weakref.WeakKeyDictionary()

CHANGED_SINCE = (
    "{what}在这之后已被修改（{who}），不能撤销，以免覆盖别人的修改。请到修改记录中查看。"
)
NOTHING = "没有可以撤销的修改。"
GONE = "这条记录已被删除，不能撤销。"


class UndoRefused(LedgerError):
    """The step cannot be undone: a record changed since, or is gone (the message says)."""


@dataclass
class Step:
    """One committed transaction of this run: its audit ids and the tracked records' versions."""

    ids: list[int]
    versions: dict[tuple[str, int], int] = field(default_factory=dict)
    label: str = ""


class Journal:
    """This run's undoable changes on one database (see the module's docstring)."""

    def __init__(self, db: Database):
        self.db = db
        self.steps: list[Step] = []
        self.own: set[int] = set()  # every audit id this run wrote (steps and undos)
        self.versions: dict[tuple[str, int], int] = {}  # the version this run last left
        self.changes = 0  # counts commits and undos: a window compares it to refresh its action
        _journals[db.engine] = self

    def close(self) -> None:
        """Stop watching the database."""
        _journals.pop(self.db.engine, None)

    def _committed(self, ids: list[int], versions: dict[tuple[str, int], int], undo: bool) -> None:
        self.own.update(ids)
        self.versions.update(versions)
        if ids and not undo:
            self.steps.append(Step(ids, versions))
        self.changes += 1

    @property
    def can_undo(self) -> bool:
        return bool(self.steps)

    def next_label(self) -> str:
        """``撤销：修改 队员 刘建国`` for the newest step, or ``撤销`` when there is none."""
        if not self.steps:
            return "撤销"
        step = self.steps[-1]
        if not step.label:
            step.label = self._label(step)
        return f"撤销：{step.label}"

    def _label(self, step: Step) -> str:
        try:
            with self.db.read() as s:
                rows = s.execute(select(AuditLog).where(AuditLog.id.in_(step.ids))).scalars()
                entries = name_references(s, [entry(r) for r in rows])
        except LedgerError:
            return "上一次修改"
        if not entries:
            return "上一次修改"
        main = entries[0]
        for e in entries:  # the record the others belong to (a roster day's day row)
            if e.table in references(main.table).values():
                main = e
                break
        more = len({(e.table, e.record_id) for e in entries}) - 1
        text = " ".join(t for t in (main.action, main.register, main.record_name) if t)
        return text + (f" 等 {more + 1} 条" if more > 0 else "")

    def undo(self) -> str:
        """Take back the newest step; returns what was undone (``修改 队员 刘建国``).

        Raises :class:`UndoRefused` (nothing written) when a record changed since."""
        if not self.steps:
            raise UndoRefused(NOTHING)
        self.next_label()
        step = self.steps[-1]
        with self.db.transaction() as s:
            s.info[_UNDOING] = True
            rows = list(
                s.scalars(select(AuditLog).where(AuditLog.id.in_(step.ids)).order_by(AuditLog.id))
            )
            self._check(s, step, rows)
            for row in reversed(rows):
                _reverse(s, row)
                s.flush()
            changed = {(row.table_name, row.record_id) for row in rows}
            for table, rid in set(step.versions) - changed:
                obj = s.get(model(table), rid)
                if obj is not None:
                    flag_modified(obj, "updated_at")  # a new version: stale copies are refused
            s.flush()
        self.steps.pop()
        self.changes += 1
        return step.label

    def _check(self, s: Session, step: Step, rows: list[AuditLog]) -> None:
        """Refuse when any record of the step changed since this run left it."""
        for (table, rid), _ in step.versions.items():
            current = s.scalar(select(model(table).version).where(model(table).id == rid))
            left = self.versions.get((table, rid))
            if current is not None and current != left:
                raise UndoRefused(self._changed(s, table, rid, max(step.ids)))
        last: dict[tuple[str, int], AuditLog] = {}
        for row in rows:  # a record's state after the step is its last row's (ids are reused)
            last[(row.table_name, row.record_id)] = row
        for row in last.values():
            if self._others(s, row.table_name, row.record_id, row.id):
                raise UndoRefused(self._changed(s, row.table_name, row.record_id, row.id))
            obj = s.get(model(row.table_name), row.record_id)
            expected = _load(row.after)
            if (obj is None) != (row.action == "delete"):
                raise UndoRefused(self._changed(s, row.table_name, row.record_id, row.id))
            if obj is not None and _load(dump(snapshot(obj))) != expected:
                raise UndoRefused(self._changed(s, row.table_name, row.record_id, row.id))

    def _others(self, s: Session, table: str, rid: int, after: int) -> list[int]:
        """The audit ids after ``after`` naming the record that this run did not write."""
        later = s.scalars(
            select(AuditLog.id).where(
                AuditLog.table_name == table, AuditLog.record_id == rid, AuditLog.id > after
            )
        )
        return [i for i in later if i not in self.own]

    def _changed(self, s: Session, table: str, rid: int, after: int) -> str:
        others = self._others(s, table, rid, after)
        other = s.get(AuditLog, max(others)) if others else None
        found = name_references(s, [entry(other)])[0] if other is not None else None
        what = f"{found.register} {found.record}" if found else "这条记录"
        who = f"{found.operator} {found.at:%m-%d %H:%M}" if found else "别处的保存"
        return CHANGED_SINCE.format(what=what, who=who)


def _load(text: str | None) -> dict[str, Any]:
    return json.loads(text) if text else {}


@cache
def model(table: str) -> Any:
    """The mapped class of ``table``."""
    from db.registry import load_models

    load_models()
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_
    raise UndoRefused("这项修改不能撤销。")


def _values(cls: Any, stored: dict[str, Any]) -> dict[str, Any]:
    """Audit JSON values as the columns take them (ISO text back to dates and times)."""
    columns = cls.__table__.c
    found: dict[str, Any] = {}
    for key, value in stored.items():
        if key not in columns:
            continue
        kind = columns[key].type
        if isinstance(value, str) and isinstance(kind, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(kind, Date):
            value = dt.date.fromisoformat(value)
        elif isinstance(value, str) and isinstance(kind, Time):
            value = dt.time.fromisoformat(value)
        found[key] = value
    return found


def _reverse(s: Session, row: AuditLog) -> None:
    """Write the reverse of one audit row (checked by :meth:`Journal._check` first)."""
    cls = model(row.table_name)
    before = _values(cls, _load(row.before))
    obj = s.get(cls, row.record_id)
    if row.action == "delete":
        s.add(cls(**before))
    elif obj is None:
        raise UndoRefused(GONE)
    elif row.action == "insert":
        if not is_referenced(s, cls, row.record_id):
            s.delete(obj)
        elif hasattr(obj, "archived"):  # other records refer to it: archive it instead
            obj.archived = True
        else:
            raise UndoRefused("这条新增的记录已被其他记录引用，不能撤销。")
    else:
        after = _values(cls, _load(row.after))
        for key, value in before.items():
            if key != "id" and after.get(key) != value:
                setattr(obj, key, value)


# --- remembering the steps ------------------------------------------------------------------
def _journal(session: Session) -> Journal | None:
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    return _journals.get(engine)  # type: ignore[arg-type]


def _newest(session: Session) -> int:
    return int(session.connection().scalar(select(func.max(AuditLog.id))) or 0)


@event.listens_for(Session, "before_flush")
def _before(session: Session, _context: object, _instances: object) -> None:
    if _FROM not in session.info and _journal(session) is not None:
        session.info[_FROM] = _newest(session)  # the write lock is held from the start


@event.listens_for(Session, "after_flush")
def _after(session: Session, context: UOWTransaction) -> None:
    if _FROM not in session.info:
        return
    session.info[_TO] = _newest(session)
    touched = session.info.setdefault(_TOUCHED, {})
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Tracked) and obj.id is not None:
            touched[(inspect(obj).mapper.local_table.name, obj.id)] = obj.version
    for obj in flushed_deletes(session, context):
        if isinstance(obj, Tracked):
            touched.pop((inspect(obj).mapper.local_table.name, obj.id), None)


@event.listens_for(Session, "after_commit")
def _commit(session: Session) -> None:
    first = session.info.pop(_FROM, None)
    last = session.info.pop(_TO, first)
    touched = session.info.pop(_TOUCHED, {})
    journal = _journal(session) if first is not None else None
    if journal is not None:
        ids = list(range(first + 1, (last or 0) + 1))
        journal._committed(ids, touched, bool(session.info.pop(_UNDOING, False)))


@event.listens_for(Session, "after_rollback")
def _rollback(session: Session) -> None:
    for key in (_FROM, _TO, _TOUCHED):
        session.info.pop(key, None)
