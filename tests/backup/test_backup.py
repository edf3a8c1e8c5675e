"""Making, listing and thinning backups; the second folder; the copies made automatically."""

from __future__ import annotations

import datetime as dt
import sqlite3

import openpyxl

from db import backup
from db.backup import backup_now
from db.backup import backups
from db.backup import daily_backup
from db.backup import list_backups
from db.backup import prune
from db.backup import set_second_folder
from db.duty import Ledger
from db.duty import MemberData
from db.xlsx import import_register


def names(folder):  # type: ignore[no-untyped-def]
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_backup_is_a_consistent_copy_listed_with_time_kind_and_size(database):
    Ledger(database).save_member(MemberData(name="甲"))
    made = backup_now(database)
    assert made.path.parent == database.data_dir / "backups"
    assert made.path.name.endswith("-manual.sqlite3") and made.size == made.path.stat().st_size
    with sqlite3.connect(made.path) as copy:
        assert copy.execute("select name from member").fetchall() == [("甲",)]
    (listed,) = backups(database)
    assert (listed.path, listed.kind_text, listed.size) == (made.path, "手动", made.size)
    assert abs(listed.at - dt.datetime.now()) < dt.timedelta(minutes=1)


def test_output_file_is_written_whole_and_not_thinned(database, tmp_path):
    out = tmp_path / "stick" / "copy.sqlite3"
    made = backup_now(database, output=out)
    assert made.path == out and out.exists()
    assert not (tmp_path / "stick" / "copy.sqlite3.partial").exists()
    assert backups(database) == []


def test_daily_backup_once_a_day(database):
    first = daily_backup(database)
    assert first is not None and first.path.name.endswith("-daily.sqlite3")
    assert daily_backup(database) is None
    assert len(backups(database)) == 1


def test_old_backups_are_thinned_after_each_new_one(database):
    folder = backup.backups_folder(database)
    now = dt.datetime.now()
    for days in range(60):  # two months of daily copies
        at = now - dt.timedelta(days=days + 1)
        (folder / f"rescue-ledger-{at:%Y%m%d-%H%M%S}-daily.sqlite3").write_bytes(b"x")
    (folder / "notes.txt").write_text("not a backup")
    made = backup_now(database, "daily")
    left = list_backups(folder, "rescue-ledger")
    assert made.path in [b.path for b in left]
    assert len(left) <= 1 + 7 + 4 + 12 and len(made.removed) == 61 - len(left)
    assert (folder / "notes.txt").exists()  # only the program's own files are touched
    assert prune(folder, "rescue-ledger") == []  # thinning again removes nothing


def test_second_folder_gets_a_copy_and_a_missing_one_is_a_warning(database, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    set_second_folder(database, stick)
    made = backup_now(database, "daily")
    assert made.warnings == [] and names(stick) == [made.path.name]
    assert len(backups(database)) == 2  # both places are listed
    set_second_folder(database, tmp_path / "absent")
    made = backup_now(database, "manual")
    assert made.path.exists()
    (warning,) = made.warnings
    assert "absent" in warning and "不可用" in warning


def test_a_failed_backup_is_a_sentence_and_leaves_no_file(database, tmp_path, monkeypatch):
    def full(*_args):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "copy_sqlite_file", full)
    try:
        backup_now(database)
    except backup.BackupError as exc:
        assert "磁盘已满" in str(exc)
    else:  # pragma: no cover - the test fails here
        raise AssertionError("no error")
    assert names(database.data_dir / "backups") == []


def test_an_import_is_preceded_by_a_backup(database, tmp_path):
    path = team_file(tmp_path, ("刘建国", "队长", "13800000001"))
    Ledger(database).save_member(MemberData(name="甲"))
    import_register(database, "members", path, dry_run=True)
    assert backups(database) == []  # a trial import writes nothing, copies nothing
    import_register(database, "members", path)
    (made,) = backups(database)
    assert made.kind == "before-import"
    with sqlite3.connect(made.path) as copy:  # the state before the import
        assert copy.execute("select name from member").fetchall() == [("甲",)]


def team_file(tmp_path, *rows):  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "职务", "联系电话"])
    for row in rows:
        wb.active.append(list(row))
    wb.save(tmp_path / "team.xlsx")
    return tmp_path / "team.xlsx"


def test_the_copy_made_while_the_file_is_read_must_succeed_before_anything_is_written(
    database, tmp_path, monkeypatch
):
    """The copy before an import is made while the file is read; a copy that fails (a full
    disk) stops the import with its sentence, and nothing of the file is written."""
    Ledger(database).save_member(MemberData(name="甲"))
    path = team_file(tmp_path, ("刘建国", "队长", "13800000001"))

    def full(*_args):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "copy_sqlite_file", full)
    try:
        import_register(database, "members", path)
    except backup.BackupError as exc:
        assert "磁盘已满" in str(exc)
    else:  # pragma: no cover - the test fails here
        raise AssertionError("imported without its copy")
    assert [m.name for m in Ledger(database).members()] == ["甲"]


def test_a_refused_file_says_why_after_its_copy_is_made(database, tmp_path):
    """A file the reading refuses ends the import with the reading's own message, once the
    copy begun beside it is whole (no half-written copy is left)."""
    from db.xlsx import ImportRejected

    Ledger(database).save_member(MemberData(name="甲"))
    (tmp_path / "team.xlsx").write_bytes(b"not a workbook")
    try:
        import_register(database, "members", tmp_path / "team.xlsx")
    except ImportRejected as exc:
        assert exc.lines(str(tmp_path / "team.xlsx"))
    else:  # pragma: no cover - the test fails here
        raise AssertionError("a broken file was imported")
    assert [b.kind for b in backups(database)] == ["before-import"]
    assert not list((database.data_dir / "backups").glob("*.partial"))
    assert [m.name for m in Ledger(database).members()] == ["甲"]
