"""Undo (撤销) of this run's own changes through the audit trail, per kind of change, and the
refusal when a colleague changed the record since (a second program on the same database)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func
from sqlalchemy import select

from db.duty import Ledger
from db.duty.data import MemberData
from db.duty.roster import Day
from db.engine import open_database
from db.history import History
from db.history import HistoryFilter
from db.shared_models import AuditLog
from db.undo import Journal
from db.undo import UndoRefused

DAY = dt.date(2026, 12, 3)


@pytest.fixture
def ledger(any_database):
    return Ledger(any_database)


@pytest.fixture
def journal(ledger):
    found = Journal(ledger.db)
    yield found
    found.close()


def colleague(ledger) -> Ledger:
    """A second program on the same database, run by someone else."""
    other = open_database(ledger.db.url, ledger.db.data_dir, operator="王芳", migrate=False)
    return Ledger(other)


def audit_count(ledger) -> int:
    with ledger.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditLog)) or 0)


def add(ledger, name="刘建国", phone="13800000001") -> int:
    return ledger.save_member(MemberData(name=name, phone=phone))


def test_an_edit_is_undone_with_the_audit_rows_before_values(ledger):
    mid = add(ledger)
    journal = Journal(ledger.db)  # the program starts here: the new member is no step
    assert not journal.can_undo
    m = ledger.member(mid)
    ledger.save_member(dataclasses.replace(m, phone="13900000002", notes="换号"))
    assert journal.next_label() == "撤销：修改 队员名册 刘建国"
    assert journal.undo() == "修改 队员名册 刘建国"
    back = ledger.member(mid)
    assert (back.phone, back.notes) == ("13800000001", "")
    assert back.version == m.version + 2
    newest = History(ledger.db).record("member", mid)[0]
    assert newest.action == "修改" and newest.operator == "测试员"
    assert "电话：13900000002 → 13800000001" in newest.summary()
    assert not journal.can_undo
    with pytest.raises(UndoRefused, match="没有可以撤销的修改"):
        journal.undo()
    journal.close()


def test_repeated_undo_walks_back_further(ledger, journal):
    mid = add(ledger)
    for phone in ("13900000002", "13900000003"):
        ledger.save_member(dataclasses.replace(ledger.member(mid), phone=phone))
    assert len(journal.steps) == 3
    journal.undo()
    assert ledger.member(mid).phone == "13900000002"
    journal.undo()
    assert ledger.member(mid).phone == "13800000001"
    assert journal.next_label() == "撤销：新增 队员名册 刘建国"
    journal.undo()
    assert [m.name for m in ledger.members(include_archived=True)] == []
    with ledger.db.read() as s:
        deleted = s.scalars(
            select(AuditLog.action).where(AuditLog.table_name == "member").order_by(AuditLog.id)
        ).all()
    assert deleted[-1] == "delete"


def test_an_archive_is_undone_by_restoring(ledger, journal):
    mid = add(ledger)
    ledger.set_day(DAY, Day(staff=[mid]))  # duty on record: deleting archives instead
    m = ledger.member(mid)
    assert ledger.delete_member(mid, m.version)
    assert ledger.member(mid).archived
    assert journal.next_label().startswith("撤销：归档 队员名册 刘建国")
    journal.undo()
    assert not ledger.member(mid).archived
    assert History(ledger.db).record("member", mid)[0].action == "恢复"


def test_a_new_record_others_refer_to_is_archived_not_deleted(ledger, journal):
    mid = add(ledger)
    other = colleague(ledger)
    try:
        other.set_day(DAY, Day(staff=[mid]))  # a colleague rosters the new member
    finally:
        other.db.dispose()
    journal.undo()
    m = ledger.member(mid)
    assert m.archived and m.name == "刘建国"


def test_a_roster_day_is_undone(ledger, journal):
    a, b, c = add(ledger, "甲"), add(ledger, "乙", "13800000002"), add(ledger, "丙", "13800000003")
    ledger.set_day(DAY, Day(leader=a, staff=[b]))
    version = ledger.month(DAY.year, DAY.month).versions[DAY]
    ledger.set_day(DAY, Day(leader=b, staff=[c], standby=[a]), version)
    journal.undo()
    month = ledger.month(DAY.year, DAY.month)
    assert (month.days[DAY].leader, month.days[DAY].staff, month.days[DAY].standby) == (a, [b], [])
    assert month.versions[DAY] > version  # a copy read before the undo is stale
    journal.undo()  # the new day itself
    assert DAY not in ledger.month(DAY.year, DAY.month).days


def test_a_colleagues_edit_since_is_never_overwritten(ledger, journal):
    mid = add(ledger)
    ledger.save_member(dataclasses.replace(ledger.member(mid), phone="13900000002"))
    other = colleague(ledger)
    try:
        other.save_member(dataclasses.replace(other.member(mid), notes="王芳改的"))
    finally:
        other.db.dispose()
    before = audit_count(ledger)
    with pytest.raises(UndoRefused, match="队员名册 刘建国.*王芳.*不能撤销"):
        journal.undo()
    m = ledger.member(mid)
    assert (m.phone, m.notes) == ("13900000002", "王芳改的")
    assert audit_count(ledger) == before
    assert journal.can_undo  # still offered: the refusal wrote nothing


def test_a_colleagues_change_to_a_roster_day_since_is_refused(ledger, journal):
    a, b = add(ledger, "甲"), add(ledger, "乙", "13800000002")
    ledger.set_day(DAY, Day(leader=a))
    other = colleague(ledger)
    try:
        version = other.month(DAY.year, DAY.month).versions[DAY]
        other.set_day(DAY, Day(leader=a, staff=[b]), version)  # adds a row, keeps mine
    finally:
        other.db.dispose()
    with pytest.raises(UndoRefused, match="不能撤销"):
        journal.undo()
    day = ledger.month(DAY.year, DAY.month).days[DAY]
    assert (day.leader, day.staff) == (a, [b])


def test_only_this_runs_changes_are_steps(ledger, journal):
    other = colleague(ledger)
    try:
        add(other)
    finally:
        other.db.dispose()
    assert not journal.can_undo
    assert History(ledger.db).count(HistoryFilter(table="member")) == 1
