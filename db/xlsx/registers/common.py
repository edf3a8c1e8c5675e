"""Helpers the registers share: finding members by the name written in a cell, reading a
row's values with their defaults, checking a name against the sheet and the register, updating
a record from a row."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from typing import Any
from typing import Generic
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.duty import Member
from db.words import said
from db.xlsx.cells import CellError
from db.xlsx.cells import name_key
from db.xlsx.cells import names_in_cell
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.reader import Sheet
from db.xlsx.spec import ADDED

T = TypeVar("T")


def active_by_name(session: Session, model: Any) -> dict[str, list[Any]]:
    """The records of ``model`` (with ``name`` and ``archived``) not archived, by name as
    matched (spaces and full-width ignored), oldest first under each name."""
    table: dict[str, list[Any]] = defaultdict(list)
    query = select(model).where(model.archived.is_(False)).order_by(model.id)
    for record in session.scalars(query):
        table[name_key(record.name)].append(record)
    return table


def active_members(session: Session) -> dict[str, list[Member]]:
    """Members not archived, by name as matched (spaces and full-width ignored)."""
    return active_by_name(session, Member)


class NameFinder(Generic[T]):
    """Looks up the records of one register by the name written in a cell; a name that
    matches none or several is a problem on that cell, in the words of :meth:`missing` and
    :meth:`ambiguous`."""

    def __init__(self, ctx: ImportContext, table: dict[str, list[T]]):
        self.ctx = ctx
        self.table = table

    def missing(self, name: str) -> str:
        """The problem when no record has ``name``."""
        raise NotImplementedError

    def ambiguous(self, name: str, count: int) -> str:
        """The problem when ``count`` records have ``name``."""
        raise NotImplementedError

    def find(self, row: Row, key: str, name: str) -> T | None:
        """The one record called ``name``, else None with the problem reported."""
        found = self.table.get(name_key(name), [])
        if len(found) == 1:
            return found[0]
        self.ctx.problem(
            row, key, self.ambiguous(name, len(found)) if found else self.missing(name)
        )
        return None


class MemberFinder(NameFinder[Member]):
    """Looks up the members named in cells and reports unknown or ambiguous names."""

    def __init__(self, ctx: ImportContext):
        super().__init__(ctx, active_members(ctx.session))

    def missing(self, name: str) -> str:
        return said("队员名册中没有“{name}”（或已归档），请先在名册中添加", name=name)

    def ambiguous(self, name: str, count: int) -> str:
        return said("名册中有 {count} 名队员都叫“{name}”，无法确定是哪一位", count=count, name=name)

    def named(self, row: Row, key: str, names: list[str]) -> list[Member | None]:
        """The members a names cell lists, as clerks write them: names separated by 、，;/
        or spaces, a padded name (“李  明”) read as one, a phone after a name (“李德华
        18925371803”) checked against the register. ``None`` for each name reported."""
        try:
            entries = names_in_cell("、".join(names), self.table)
        except CellError as exc:
            self.ctx.problem(row, key, exc.message)
            return [None]
        found = []
        for entry in entries:
            member = self.find(row, key, entry.name)
            if member is not None and entry.phone and _digits(entry.phone) != _digits(member.phone):
                on_file = member.phone or said("未登记")
                self.ctx.problem(
                    row,
                    key,
                    said(
                        "“{name}”的电话 {phone} 与名册（{on_file}）不符",
                        name=entry.name,
                        phone=entry.phone,
                        on_file=on_file,
                    ),
                )
                member = None
            found.append(member)
        return found


def _digits(phone: str | None) -> str:
    return "".join(ch for ch in phone or "" if ch.isdigit())


def first_seen(
    ctx: ImportContext, row: Row, key: str, seen: dict, ident: object, what: str
) -> bool:
    """Remember ``ident`` for this row; report a problem if an earlier row had it."""
    if ident in seen:
        ctx.problem(row, key, said("{what}与第 {row} 行重复", what=what, row=seen[ident]))
        return False
    seen[ident] = row.number
    return True


def check_name(
    ctx: ImportContext,
    row: Row,
    seen: dict[str, int],
    existing: Mapping[str, list[T]],
    label: str,
    several: Callable[[str, int], str],
) -> list[T]:
    """The records ``existing`` has under ``row``'s name (none when the cell is bad); a name an
    earlier row had (``label``“name”与第 n 行重复) or that several records share (the
    sentence ``several(name, count)``, since the row cannot say which one) is a problem."""
    if not row.ok("name"):
        return []
    name = row.values["name"]
    key = name_key(name)
    first_seen(ctx, row, "name", seen, key, said("{label}“{name}”", label=label, name=name))
    found = existing.get(key, [])
    if len(found) > 1:
        ctx.problem(row, "name", several(name, len(found)))
    return found


def each_named(
    ctx: ImportContext,
    existing: Mapping[str, list[T]],
    label: str,
    several: Callable[[str, int], str],
) -> Iterator[tuple[Row, list[T]]]:
    """Each row of the sheet with the records ``existing`` has under its name, the name
    checked as :func:`check_name` checks it (an update when any is found)."""
    seen: dict[str, int] = {}
    for row in ctx.rows:
        yield row, check_name(ctx, row, seen, existing, label, several)


def filled(row: Row, fields: Iterable[str], defaults: Mapping[str, Any]) -> dict[str, Any]:
    """``row``'s value of each of ``fields`` (the columns the sheet has), a blank cell read
    as its default."""
    values = {key: row.values.get(key) for key in fields}
    return {key: defaults[key] if v is None else v for key, v in values.items()}


def record_values(row: Row, defaults: Mapping[str, Any]) -> dict[str, Any]:
    """The values of the record ``row`` would save: each of ``defaults``'s fields from its
    cell when the cell parsed, else its default (a blank cell, a missing column, a bad cell)."""
    return {**defaults, **filled(row, [key for key in defaults if row.ok(key)], defaults)}


def check_fields(
    ctx: ImportContext,
    row: Row,
    problems: Mapping[str, str],
    keys: Mapping[str, str] | None = None,
    *,
    new: bool = True,
) -> dict[str, str]:
    """Place on its cell each problem the facade's own rules (``validate_x``, the rules the
    window's dialog applies) find in the record ``row`` would save, in the facade's words:
    one rule, one wording, however the record comes in. The problems placed, by column key
    (see :func:`cell_problems` for the ones left out)."""
    placed = cell_problems(ctx.sheet, row, problems, keys or {}, new)
    columns = {column.key for column in ctx.sheet.spec.columns}
    for key, message in placed.items():
        if key in columns:
            ctx.problem(row, key, message)
        else:  # a field no column writes: the row's problem
            ctx.sheet.problems.add(row.number, "", message)
    return placed


def cell_problems(
    sheet: Sheet, row: Row, problems: Mapping[str, str], keys: Mapping[str, str], new: bool
) -> dict[str, str]:
    """The facade's ``problems`` of the record ``row`` would save, by the column each stands
    on; ``keys`` names the column of a field the sheet writes another way (a member's id is
    the column of names; a field no column writes keeps its own name). Left out, since the
    clerk has nothing to correct there: a finding on a cell that did not parse (it has its
    problem already), on a required column the sheet lacks (said once for the sheet), and,
    when the row updates a record (not ``new``), on any column the sheet lacks (the update
    leaves that field as it is)."""
    placed: dict[str, str] = {}
    if not problems:
        return placed
    columns = {column.key: column for column in sheet.spec.columns}
    for field, message in problems.items():
        key = keys.get(field, field)
        column = columns.get(key)
        if key in row.bad:
            continue
        if column is not None and not sheet.has(key) and (column.required or not new):
            continue
        placed[key] = message
    return placed


def save_named(
    ctx: ImportContext,
    existing: Mapping[str, list[Any]],
    model: Any,
    defaults: Mapping[str, Any],
    clean: Callable[[Row, dict[str, Any]], str] | None = None,
) -> None:
    """Save each row of a register matched by name: a name ``existing`` lacks adds a ``model``
    record (``defaults`` for the columns the sheet lacks), a known one updates the fields the
    sheet has. ``clean(row, values)`` puts the row's values as the save writes them and gives
    a new record's name (else the name as written)."""
    fields = [key for key in defaults if ctx.sheet.has(key)]
    for row in ctx.each():
        values = filled(row, fields, defaults)
        name = clean(row, values) if clean is not None else row.values["name"]
        found = existing.get(name_key(row.values["name"]))
        if found:
            update_record(ctx, row, found[0], values)
            continue
        ctx.session.add(model(name=name, **{**defaults, **values}))
        ctx.report.mark(row, ADDED)


def export_records(
    session: Session, model: Any, fields: Iterable[str], *order: Any
) -> list[dict[str, Any]]:
    """The ``model`` records not archived, in ``order``, each as ``{field: value}`` of
    ``fields`` (the rows of a plain register's export)."""
    names = tuple(fields)
    query = select(model).where(model.archived.is_(False)).order_by(*order)
    return [{name: getattr(x, name) for name in names} for x in session.scalars(query)]


def update_record(
    ctx: ImportContext, row: Row, record: Any, values: dict[str, Any], new: bool = False
) -> None:
    """Report ``row`` as added (``new``) or with the fields it changes in ``record``, and set
    only the fields that change (an unchanged field writes nothing to the audit trail)."""
    if new:
        ctx.report.mark(row, ADDED)
    else:
        ctx.report.mark_changes(row, record, values)
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
