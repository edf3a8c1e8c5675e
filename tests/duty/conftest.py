"""The team the duty-register import tests start from."""

from __future__ import annotations

import datetime as dt

import pytest

from db.duty.models import Member


@pytest.fixture
def team(any_database):
    """Four members and one archived namesake (the alert levels come with the database).

    On SQLite, and on PostgreSQL too when a test server is configured.
    """
    database = any_database
    with database.transaction() as s:
        s.add_all(
            [
                Member(name="张三", role="队长", phone="13800000001", can_lead=True),
                Member(name="李四", role="副队长", can_lead=True, driver=True),
                Member(name="王五"),
                Member(name="赵六", joined_on=dt.date(2020, 5, 1)),
                Member(name="钱七", archived=True),
            ]
        )
    return database
