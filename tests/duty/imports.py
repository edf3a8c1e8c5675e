"""Reading back a duty-register import: every row it touched, the problems of a refused file."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy import text

from db.duty.models import Member
from db.xlsx import ImportRejected
from db.xlsx import import_register

TABLES = (
    "member",
    "leave",
    "alert_level",
    "alert_period",
    "duty_day",
    "duty_assignment",
    "audit_log",
)


def dump(database):
    """Every row of every table the imports touch, audit trail included."""
    with database.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all() for t in TABLES}


def rejected(database, register, path):
    """Import that must fail: the problems as (row, column, message); nothing written."""
    before = dump(database)
    with pytest.raises(ImportRejected) as info:
        import_register(database, register, path)
    assert dump(database) == before
    return [(p.row, p.column, p.message) for p in info.value.problems]


def where(problems, row, column):
    found = [m for r, c, m in problems if (r, c) == (row, column)]
    assert found, f"no problem at {row}:{column} in {problems}"
    return found[0]


def members(database):
    with database.read() as s:
        return {m.name: m for m in s.scalars(select(Member).where(Member.archived.is_(False)))}
