"""Tamper tests: the program writes a real SQLite file, then the file is changed behind its
back with the sqlite3 module; ``audit verify`` (and the command) must name each change."""

from __future__ import annotations

import sqlite3

import pytest

from db.audit_verify import verify
from db.duty import Ledger
from db.duty import MemberData
from db.engine import sqlite_path
from desktop.cli.main import main


@pytest.fixture
def written(database):
    """Three members, one of them edited: what a clerk's morning leaves in the file."""
    ledger = Ledger(database)
    ids = [ledger.save_member(MemberData(name=n, phone="13800000000")) for n in "甲乙丙"]
    member = next(m for m in ledger.members() if m.id == ids[1])
    member.notes = "驾驶员"
    ledger.save_member(member)
    assert verify(database).ok
    return database, ids


def _tamper(database, *statements: str, drop_triggers: bool = False) -> None:
    with sqlite3.connect(sqlite_path(database.url)) as conn:
        if drop_triggers:
            conn.execute("DROP TRIGGER audit_log_no_update")
            conn.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            conn.execute(statement)


def _breaks_after(database, *statements: str, drop_triggers: bool = False) -> list[str]:
    """Change the file with ``statements``, then the line ``audit verify`` gives each break."""
    _tamper(database, *statements, drop_triggers=drop_triggers)
    return [b.line for b in verify(database).breaks]


@pytest.mark.parametrize(
    ("statement", "which", "problem"),
    [
        (
            "UPDATE member SET phone = '13999999999' WHERE id = {id}",
            0,
            "联系电话与最后一条修改记录不符",
        ),
        ("DELETE FROM member WHERE id = {id}", 2, "没有删除它的修改记录"),
    ],
    ids=["phone changed", "record deleted"],
)
def test_a_record_changed_or_deleted_behind_the_programs_back(written, statement, which, problem):
    database, ids = written
    lines = _breaks_after(database, statement.format(id=ids[which]))
    assert len(lines) == 1
    assert f"队员名册 第 {ids[which]} 号" in lines[0] and problem in lines[0]


def test_an_audit_rows_operator_changed(written):
    database, ids = written
    lines = _breaks_after(
        database,
        "UPDATE audit_log SET operator = '别人' WHERE id = "
        "(SELECT max(id) FROM audit_log WHERE table_name = 'member' AND action = 'insert')",
        drop_triggers=True,
    )
    assert any("触发器" in line for line in lines)
    changed = [line for line in lines if "校验链不符" in line]
    assert len(changed) == 1 and f"队员名册 第 {ids[2]} 号" in changed[0]


def test_the_newest_audit_row_deleted(written):
    database, ids = written
    lines = _breaks_after(
        database,
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
        drop_triggers=True,
    )
    # the chain before it still fits; the record no longer matches the trail that is left
    record = [line for line in lines if "触发器" not in line]
    assert len(record) == 1 and f"队员名册 第 {ids[1]} 号" in record[0]


def test_a_fake_audit_row_inserted(written):
    database, ids = written
    lines = _breaks_after(
        database,
        "INSERT INTO audit_log (at, operator, table_name, record_id, action, before, after, "
        f"row_hash) VALUES ('2026-12-01 09:00:00.000000', '站长', 'member', {ids[0]}, 'update', "
        "NULL, NULL, '" + "ab" * 32 + "')",
    )
    assert any("校验链不符" in line and f"队员名册 第 {ids[0]} 号" in line for line in lines)


@pytest.mark.parametrize(
    ("statements", "phrase"),
    [
        (
            (
                "DELETE FROM audit_log WHERE table_name = 'member' AND record_id = "
                "{id} AND action = 'insert'",
            ),
            "前面的修改记录被删除",
        ),
        (
            (
                "UPDATE audit_log SET id = id + 1 WHERE id = (SELECT max(id) FROM audit_log)",
                "INSERT INTO audit_log (id, at, operator, table_name, record_id, action, row_hash) "
                "VALUES ((SELECT max(id) - 1 FROM audit_log), '2026-12-01 09:00:00.000000', '站长', "
                "'member', 1, 'update', '" + "cd" * 32 + "')",
            ),
            "后来插入的",
        ),
    ],
    ids=["deleted in the middle", "slipped between two"],
)
def test_an_audit_row_taken_out_of_or_slipped_into_the_chain(written, statements, phrase):
    database, ids = written
    lines = _breaks_after(database, *(s.format(id=ids[1]) for s in statements), drop_triggers=True)
    assert any(phrase in line for line in lines)


def test_a_record_row_inserted(written):
    database, _ids = written
    lines = _breaks_after(
        database,
        "INSERT INTO member (name, role, phone, can_lead, driver, notes, archived, created_at,"
        " created_by, updated_at, updated_by, version) VALUES ('丁', '队员', '', 0, 0, '', 0,"
        " '2026-12-01 09:00:00', 'x', '2026-12-01 09:00:00', 'x', 1)",
    )
    assert len(lines) == 1 and "没有任何修改记录" in lines[0]


def test_a_setting_changed(written):
    database, _ids = written
    Ledger(database).save_settings({"town": "高楼镇"})
    assert verify(database).ok
    lines = _breaks_after(database, "UPDATE setting SET value = '别的镇' WHERE key = 'town'")
    assert len(lines) == 1 and "单位设置 第 town 号" in lines[0]


def test_the_command_exits_2_with_one_line_per_break(written, capsys):
    database, ids = written
    args = ["--data-dir", str(database.data_dir), "audit", "verify"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "修改记录完整" in out and "条修改记录" in out
    _tamper(
        database,
        f"UPDATE member SET phone = '1' WHERE id = {ids[0]}",
        f"DELETE FROM member WHERE id = {ids[2]}",
    )
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3  # two breaks and the summary
    assert "发现 2 处问题" in err[-1]
    assert all("Traceback" not in line and "SELECT" not in line for line in err)
