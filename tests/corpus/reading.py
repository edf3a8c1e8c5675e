"""Reading a corpus import back: the database it went into, its rows and its notices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy import inspect
from sqlalchemy import select
from sqlalchemy import text

from db.duty.models import DutyAssignment
from db.duty.models import DutyDay
from db.duty.models import Member
from db.engine import Database
from db.xlsx import ImportRejected
from db.xlsx import ImportReport
from db.xlsx import import_register
from tests.corpus.ledgers import CORPUS

d = dt.date


def load(town, tmp_path: Path, name: str) -> tuple[Database, ImportReport]:
    """Import corpus file ``name`` into a copy of the town prepared with what it refers to."""
    item = CORPUS[name]
    database = town(item.needs)
    path = item.write(tmp_path)
    return database, import_register(database, item.register, path, options=item.options)


def counts(database: Database) -> dict[str, int]:
    """Rows in every table, the audit log included."""
    with database.engine.connect() as conn:
        names = inspect(conn).get_table_names()
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in names}


def refused(town, tmp_path: Path, name: str) -> list[tuple[int | None, str, str]]:
    """Import that must be refused: its problems as (row, column, message); nothing written."""
    item = CORPUS[name]
    database = town(item.needs)
    before = counts(database)
    assert before["audit_log"] > 0  # the registers it refers to are in
    with pytest.raises(ImportRejected) as err:
        import_register(database, item.register, item.write(tmp_path), options=item.options)
    assert counts(database) == before
    return [(p.row, p.column, p.message) for p in err.value.problems]


def placed(problems, expected: list[tuple[int, str, str]]) -> None:
    """``problems`` are exactly ``expected``: (row, column as written, a phrase of the message)."""
    assert [(row, column) for row, column, _ in problems] == [(r, c) for r, c, _ in expected]
    for (_, _, message), (_, _, phrase) in zip(problems, expected, strict=True):
        assert phrase in message


def fetched(database: Database, query) -> list[tuple]:
    """The rows ``query`` gives, as tuples."""
    with database.read() as s:
        return [tuple(r) for r in s.execute(query)]


def rows(database: Database, *columns, order=None) -> list[tuple]:
    query = select(*columns).order_by(order if order is not None else columns[0].class_.id)
    return fetched(database, query)


def count(database: Database, model) -> int:
    with database.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def duty(database: Database) -> dict[dt.date, list[tuple[str, str]]]:
    """Each day's (role, name) in the order written."""
    query = (
        select(DutyDay.date, DutyAssignment.role, Member.name)
        .join(DutyAssignment, DutyAssignment.day_id == DutyDay.id)
        .join(Member, Member.id == DutyAssignment.member_id)
        .order_by(DutyDay.date, DutyAssignment.position)
    )
    out: dict[dt.date, list[tuple[str, str]]] = {}
    with database.read() as s:
        for day, role, name in s.execute(query):
            out.setdefault(day, []).append((role, name))
    return out


def day(leader: str, staff: tuple[str, ...], standby: tuple[str, ...] = ()) -> list:
    return [("leader", leader), *(("staff", n) for n in staff), *(("standby", n) for n in standby)]


def notice(report: ImportReport, phrase: str) -> bool:
    return any(phrase in n for n in report.notices)
