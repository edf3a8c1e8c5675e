"""The shape every facade's save, delete and restore share.

A record is loaded by id or the user is told it is gone (:func:`load`); a change to it names
the version it was read at and is refused on a stale copy (:func:`current`); a save inserts
a new row or updates the current one (:func:`for_save`); a delete archives a record that
has history instead of removing it (:func:`retire`); a restore brings an archived record
back unless a record in use has the same key (:func:`restore`), at its version too. Each runs inside the
caller's transaction, so the audit rows the flush writes go with it. Reading: a row becomes
its dataclass (:func:`as_data`); a register is counted by category and status (:func:`tally`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from collections.abc import Iterable
from typing import Any
from typing import Literal
from typing import TypeVar

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import NotFoundError
from db.errors import ValidationError
from db.errors import check_version
from db.validate import match_key
from db.validate import same_key

T = TypeVar("T")

Outcome = Literal["archived", "deleted"]


def copy_fields(obj: object, data: object, names: Iterable[str]) -> None:
    """Set each of ``names`` on ``obj`` from the same attribute of ``data``."""
    for name in names:
        setattr(obj, name, getattr(data, name))


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.init)
    return names


def as_data(cls: type[T], row: object, **given: Any) -> T:
    """The dataclass ``cls`` filled from ``row``'s attributes of the same names; ``given``
    supplies the fields that are computed (a list of names, a flag made a ``bool``)."""
    return cls(**{n: given[n] if n in given else getattr(row, n) for n in _field_names(cls)})


def tally(s: Session, outer: Any, inner: Any) -> dict[str, dict[str, int]]:
    """``{outer: {inner: count}}`` of the records not archived, ``outer`` and ``inner`` two
    columns of the same model (a register's count by category and status)."""
    rows = s.execute(
        select(outer, inner, func.count())
        .where(outer.class_.archived.is_(False))
        .group_by(outer, inner)
    )
    out: dict[str, dict[str, int]] = {}
    for group, kind, count in rows:
        out.setdefault(group, {})[kind] = count
    return out


def load(s: Session, model: type[T], record_id: int, gone: str) -> T:
    """The ``model`` row ``record_id``, or :class:`NotFoundError` with ``gone``."""
    row = s.get(model, record_id)
    if row is None:
        raise NotFoundError(gone)
    return row


def load_by(s: Session, key: Any, value: str, missing: str) -> Any:
    """The row whose unique ``key`` (a mapped column: ``Supply.name``) is ``value`` (spaces
    around it aside), or :class:`NotFoundError` with ``missing``."""
    row = s.scalar(select(key.class_).where(key == value.strip()))
    if row is None:
        raise NotFoundError(missing)
    return row


def current(s: Session, model: type[T], record_id: int, version: int | None, gone: str) -> T:
    """The row about to change, refused (:class:`StaleRecordError`) unless it is still at
    ``version``, the version the caller read; a missing version is refused too."""
    row = load(s, model, record_id, gone)
    check_version(row, version)
    return row


def for_save(
    s: Session,
    model: type[T],
    data: Any,
    gone: str,
    new: Callable[[], T] | None = None,
) -> T:
    """The row ``data`` is saved into: a new one (from ``new``, added to the session) when
    ``data.id`` is None, else the current row at ``data.version`` (see :func:`current`)."""
    if data.id is None:
        row = new() if new is not None else model()
        s.add(row)
        return row
    return current(s, model, data.id, data.version, gone)


def store(s: Session, model: type[T], data: Any, fields: Iterable[str], gone: str) -> int:
    """Insert or update ``data`` as a ``model`` row with ``fields`` copied; its id."""
    row = for_save(s, model, data, gone)
    copy_fields(row, data, fields)
    s.flush()
    return int(row.id)  # type: ignore[attr-defined]


def retire(s: Session, row: Any, in_use: bool) -> Outcome:
    """Archive ``row`` when it has history (``in_use``), else delete it."""
    if in_use:
        row.archived = True
        return "archived"
    s.delete(row)
    return "deleted"


def taken(s: Session, column: Any, value: str, own_id: int | None, *where: Any) -> bool:
    """Another record than ``own_id`` (none yet: a new one) has ``value``, stripped, in
    ``column``, among the records ``where`` selects: the clash a name or a code is refused on."""
    model = column.class_
    query = select(model.id).where(column == value.strip(), model.id != (own_id or 0), *where)
    return s.scalar(query.limit(1)) is not None


def restore(
    s: Session,
    model: type[Any],
    record_id: int,
    version: int | None,
    gone: str,
    key: str | None = None,
    refusal: Callable[[str, str], str] | None = None,
    normalise: Callable[[str], str] = match_key,
) -> None:
    """Bring back the archived record read at ``version``; nothing to do when it is no
    longer archived (a stale or missing version is refused, see :func:`current`).

    With ``key`` (a column name), refused while a record in use has the same key as
    ``normalise`` sees it: :class:`ValidationError` on ``key`` with ``refusal(own, twin)``.
    """
    row = load(s, model, record_id, gone)
    if not row.archived:
        return
    check_version(row, version)
    if key is not None:
        column = getattr(model, key)
        live = s.scalars(select(column).where(model.archived.is_(False), model.id != row.id))
        own = getattr(row, key)
        if (twin := same_key(own, live, normalise)) is not None:
            message = (
                refusal(own, twin) if refusal else f"不能恢复“{own}”：在用记录“{twin}”与它相同"
            )
            raise ValidationError({key: message})
    row.archived = False
