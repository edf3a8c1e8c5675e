"""A database file that is gone is never replaced by an empty one (issue 11, item 5)."""

from __future__ import annotations

import json

import pytest

from db.backup import backup_now
from db.duty import Ledger
from db.duty import MemberData
from db.engine import open_database
from db.marker import MARKER
from db.marker import MissingDatabaseError
from db.restore import restore
from desktop.cli.main import main


@pytest.fixture
def folder(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)
    return tmp_path / "data"


def test_the_folder_records_the_database_and_its_id(folder):
    open_database(data_dir=folder).dispose()
    marker = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    ((path, entry),) = marker["databases"].items()
    assert path == str((folder / "rescue-ledger.sqlite3").resolve()) and len(entry["id"]) == 32
    open_database(data_dir=folder).dispose()  # opening again keeps the same id
    again = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    assert again["databases"][path]["id"] == entry["id"]


def test_a_deleted_database_is_refused_naming_the_newest_backup(folder):
    db = open_database(data_dir=folder)
    Ledger(db).save_member(MemberData(name="甲"))
    made = backup_now(db, "daily")
    db.dispose()
    (folder / "rescue-ledger.sqlite3").unlink()
    with pytest.raises(MissingDatabaseError) as caught:
        open_database(data_dir=folder)
    assert str(made.path) in str(caught.value) and "restore" in str(caught.value)
    assert not (folder / "rescue-ledger.sqlite3").exists()  # nothing was created
    restore(made.path, None, folder)
    again = open_database(data_dir=folder)
    assert [m.name for m in Ledger(again).members()] == ["甲"]
    again.dispose()


def test_without_a_backup_the_message_says_so(folder):
    open_database(data_dir=folder).dispose()
    (folder / "rescue-ledger.sqlite3").unlink()
    with pytest.raises(MissingDatabaseError, match="没有找到它的备份"):
        open_database(data_dir=folder)


def test_demo_and_a_new_folder_still_create_one(folder, tmp_path):
    open_database(data_dir=folder).dispose()
    (folder / "rescue-ledger.sqlite3").unlink()
    open_database(data_dir=folder, demo=True).dispose()
    assert (folder / "demo.sqlite3").exists()
    open_database(data_dir=tmp_path / "new").dispose()
    assert (tmp_path / "new" / "rescue-ledger.sqlite3").exists()


def test_cli_exit_2_names_the_backup_and_restore_brings_it_back(folder, capsys):
    assert main(["--data-dir", str(folder), "backup"]) == 0
    (folder / "rescue-ledger.sqlite3").unlink()
    assert main(["--data-dir", str(folder), "due"]) == 2
    err = capsys.readouterr().err
    (line,) = err.strip().splitlines()
    assert "找不到数据库文件" in line and f'rescue-ledger --data-dir "{folder}" restore' in line
    assert "Traceback" not in err and not (folder / "rescue-ledger.sqlite3").exists()
    backup = line.split('restore "')[1].split('"')[0]
    assert main(["--data-dir", str(folder), "restore", backup]) == 2  # asks for --yes
    assert "--yes" in capsys.readouterr().err
    assert main(["--data-dir", str(folder), "restore", backup, "--yes"]) == 0
    assert main(["--data-dir", str(folder), "due"]) == 0


def test_a_data_folder_that_cannot_be_made_is_a_sentence(tmp_path, capsys):
    blocker = tmp_path / "E盘"
    blocker.write_text("not a folder")  # like a drive that is not there: nothing can go under it
    assert main(["--data-dir", str(blocker / "RescueLedger"), "due"]) == 2
    err = capsys.readouterr().err
    assert "无法打开数据文件夹" in err and "U 盘" in err and "Traceback" not in err
