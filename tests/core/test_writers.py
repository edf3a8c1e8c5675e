"""Two writers at once, on an SQLite file and on the real PostgreSQL: a write transaction takes
the write lock first, so what it read cannot change before it writes; a second writer waits
(or, after the busy timeout, is told "其他人正在保存数据") and never sees a raw error.

Each race is made, not hoped for: the first writer is held inside its transaction (by its own
progress callback, or by a connection holding the lock) until the second has started, so the
second always arrives while the first holds the lock.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func
from sqlalchemy import select

from db import engine as engine_mod
from db.duty import Ledger
from db.duty import MemberData
from db.duty import roster as roster_mod
from db.duty.models import DutyAssignment
from db.duty.models import DutyDay
from db.duty.models import Member
from db.duty.roster import Day
from db.engine import Database
from db.errors import DatabaseBusyError

HOLD_S = 1.0  # how long the first writer waits for the second to start (it cannot, by design)


def run_together(*jobs: Callable[[], Any]) -> tuple[list[Any], list[BaseException]]:
    """Run ``jobs`` in threads; their results and every exception they raised."""
    results: list[Any] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(i: int, job: Callable[[], Any]) -> None:
        try:
            results[i] = job()
        except BaseException as exc:  # noqa: BLE001 - the test reports every one
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results, errors


def holder(started: threading.Event, later: threading.Event) -> Callable[..., None]:
    """A progress callback that, on its first call (inside the write), says so and then waits
    until ``later`` is set or HOLD_S passed."""
    calls = [0]

    def progress(*_args: object) -> None:
        calls[0] += 1
        if calls[0] == 1:
            started.set()
            later.wait(HOLD_S)

    return progress


def add_team(ledger: Ledger, n: int = 8, leaders: int = 3) -> None:
    for i in range(n):
        ledger.save_member(MemberData(name=f"队员{i:02d}", can_lead=i < leaders))


def test_a_write_that_reads_first_sees_the_write_it_waited_for(any_database: Database):
    """Insert-if-absent from two writers: the second reads only after the first committed."""
    inside, second_read = threading.Event(), threading.Event()

    def add_once(first: bool) -> str:
        if not first:
            inside.wait(10)
        with any_database.transaction() as s:
            found = s.scalar(select(Member.id).where(Member.name == "值班员甲"))
            if first:
                inside.set()
                second_read.wait(HOLD_S)  # without the lock the second reads now, and misses it
            else:
                second_read.set()
            if found is None:
                s.add(Member(name="值班员甲"))
                return "added"
            return "found"

    results, errors = run_together(lambda: add_once(True), lambda: add_once(False))
    assert errors == []
    assert results == ["added", "found"]
    with any_database.read() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 1


def hold_write_lock(database: Database) -> Callable[[], None]:
    """Hold the database's write lock from another connection, as a colleague's open save
    does; returns the release."""
    if database.is_sqlite:
        import sqlite3

        path = engine_mod.sqlite_path(database.url)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
    else:
        import psycopg

        conn = psycopg.connect(database.url.replace("postgresql+psycopg://", "postgresql://"))
        conn.execute(f"SELECT pg_advisory_xact_lock({engine_mod.PG_WRITE_LOCK_KEY})")

    def release() -> None:
        conn.rollback()
        conn.close()

    return release


def test_a_held_write_lock_makes_a_save_wait_then_say_busy_and_reads_go_on(
    any_database: Database, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 300)
    any_database.engine.dispose()  # new connections take the shorter busy timeout
    ledger = Ledger(any_database)
    ledger.save_member(MemberData(name="孙七"))
    release = hold_write_lock(any_database)
    try:
        with pytest.raises(DatabaseBusyError, match="^其他人正在保存数据，请稍后重试。$"):
            ledger.save_member(MemberData(name="周八"))
        assert [m.name for m in ledger.members()] == ["孙七"]  # a read takes no write lock
    finally:
        release()
    ledger.save_member(MemberData(name="周八"))
    assert [m.name for m in ledger.members()] == ["孙七", "周八"]


def test_a_read_session_does_not_take_the_write_lock(database: Database):
    with database.read() as s:
        s.scalar(select(func.count()).select_from(Member))
        release = hold_write_lock(database)  # would wait and fail if the read held it
        release()


def test_two_clerks_generating_one_month_fill_each_day_once(any_database: Database):
    ledger = Ledger(any_database)
    add_team(ledger)
    first_writing, never = threading.Event(), threading.Event()

    def first() -> roster_mod.Result:
        return ledger.generate_month(2026, 3, holder(first_writing, never))

    def second() -> roster_mod.Result:
        first_writing.wait(10)
        return ledger.generate_month(2026, 3)

    (a, b), errors = run_together(first, second)
    assert errors == []
    assert a.ok and len(a.generated) == 31 and a.skipped == []
    # The second worked its plan out while the first held the lock, then found every day filled.
    assert b.ok and b.generated == [] and len(b.skipped) == 31
    with any_database.read() as s:
        assert s.scalar(select(func.count()).select_from(DutyDay)) == 31
        leaders = s.scalar(
            select(func.count()).select_from(DutyAssignment).where(DutyAssignment.role == "leader")
        )
    assert leaders == 31
    stored = ledger.month(2026, 3)
    assert all(stored.days[d].leader == a.days[d].leader for d in stored.dates)


def test_generation_keeps_a_day_a_colleague_filled_while_it_ran(
    any_database: Database, monkeypatch: pytest.MonkeyPatch
):
    ledger = Ledger(any_database)
    add_team(ledger)
    members = [m.id for m in ledger.members()]
    day = dt.date(2026, 4, 10)
    by_hand = Day(leader=members[0], staff=[members[5]], standby=[members[6]])
    real = roster_mod.generate

    def plan_then_colleague_saves(*args: Any, **kwargs: Any) -> roster_mod.Result:
        result = real(*args, **kwargs)  # the plan is made from the empty month …
        ledger.set_day(day, by_hand)  # … and a colleague fills 4月10日 before it is written
        return result

    monkeypatch.setattr(roster_mod, "generate", plan_then_colleague_saves)
    result = ledger.generate_month(2026, 4)
    assert result.ok and result.skipped == [day] and day not in result.generated
    assert len(result.generated) == 29
    assert result.skipped_note() == "排班期间有人填写了 1 天，已保留其填写、未重排：4月10日"
    stored = ledger.month(2026, 4).days[day]
    assert (stored.leader, stored.staff, stored.standby) == (
        by_hand.leader,
        by_hand.staff,
        by_hand.standby,
    )
    assert result.days[day].leader == by_hand.leader  # the result shows what is stored


def test_three_imports_of_one_file_at_once(any_database: Database, tmp_path):
    from db.engine import open_database
    from db.xlsx import export_register
    from db.xlsx import import_register
    from db.xlsx import read_file

    source = open_database(data_dir=tmp_path / "source")  # the file comes from another ledger
    add_team(Ledger(source), 12)
    path = tmp_path / "队员名册.xlsx"
    export_register(source, "members", path)
    source.dispose()
    sheets = [read_file("members", path) for _ in range(3)]
    first_saving, never = threading.Event(), threading.Event()
    calls = [0]

    def hold(*_args: object) -> bool:  # the first import's cancelled(): asked while it saves
        calls[0] += 1
        if calls[0] == 1:
            first_saving.set()
            never.wait(HOLD_S)
        return False

    def run(i: int) -> Any:
        if i:
            first_saving.wait(10)
        return import_register(
            any_database, "members", path, read=sheets[i], cancelled=hold if i == 0 else None
        )

    reports, errors = run_together(*(lambda i=i: run(i) for i in range(3)))
    assert errors == []
    assert [r is not None for r in reports] == [True, True, True]
    assert [m.name for m in Ledger(any_database).members()] == [f"队员{i:02d}" for i in range(12)]
