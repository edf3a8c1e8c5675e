"""Opening a database declares only the tables it needs; the rules those tables carry in the
migrations still hold."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError

from db.duty.choices import LEADER
from db.duty.choices import STAFF
from db.duty.models import DutyAssignment
from db.duty.models import DutyDay
from db.duty.models import Member
from db.errors import DatabaseBusyError
from tests.probes import modules_after


def test_a_second_leader_on_one_day_is_refused_by_the_database(database):
    with database.transaction() as s:
        a, b = Member(name="甲"), Member(name="乙")
        day = DutyDay(date=dt.date(2026, 3, 1))
        s.add_all([a, b, day])
        s.flush()
        s.add(DutyAssignment(day_id=day.id, member_id=a.id, role=LEADER))
        s.add(DutyAssignment(day_id=day.id, member_id=b.id, role=STAFF))
        ids = day.id, b.id
    with pytest.raises(DatabaseBusyError, match="其他人正在保存数据") as refused:
        with database.transaction() as s:
            s.query(DutyAssignment).filter_by(day_id=ids[0], member_id=ids[1]).one().role = LEADER
    assert isinstance(refused.value.__cause__, IntegrityError)
    assert "day_id" in str(refused.value.__cause__) and "day_id" not in str(refused.value)


def test_the_leader_index_is_declared_for_alembic():
    import db.schema  # noqa: F401

    names = {index.name for index in DutyAssignment.__table__.indexes}
    assert "uq_duty_assignment_one_leader" in names


def test_opening_a_database_loads_only_the_core_tables(tmp_path):
    from db.engine import open_database

    url = "sqlite:///" + (tmp_path / "ledger.sqlite3").as_posix()
    open_database(url, tmp_path / "data").dispose()  # created and migrated: Alembic's turn
    probe = (
        "from db.engine import open_database; "
        f"db = open_database({url!r}, {str(tmp_path / 'data')!r})"
    )
    modules = modules_after(probe, tmp_path)
    assert "db.shared_models" in modules
    assert "db.duty.models" not in modules  # a domain's tables load with its facade
    others = {
        "db.drills.models",
        "db.fleet.models",
        "db.supplies.models",
        "db.water.models",
        "db.schema",
    }
    assert others & modules == set()
    assert "sqlalchemy.dialects.postgresql" not in modules
