"""What the database refuses reaches the clerk as one sentence, never SQL: a full disk, a
read-only file or folder, a database locked by a colleague's open save, a conflicting save."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from db import engine as engine_mod
from db.duty import Ledger
from db.duty import MemberData
from db.duty.models import Member
from db.engine import Database
from db.engine import open_database
from db.errors import DatabaseBusyError
from db.errors import DatabaseFaultError
from desktop.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
SQL_WORDS = ("INSERT", "UPDATE", "SELECT", "[SQL", "parameters", "sqlite3.", "Traceback")


def assert_no_sql(text: str) -> None:
    assert not [w for w in SQL_WORDS if w in text], text


def test_a_full_disk_is_one_sentence_and_nothing_is_saved(database: Database):
    ledger = Ledger(database)
    ledger.save_member(MemberData(name="已有"))
    with database.read() as s:
        pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar()

    # SQLite's own SQLITE_FULL: the file may not grow beyond the pages it has.
    @event.listens_for(database.engine, "connect")
    def _cap(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    database.engine.dispose()
    with pytest.raises(DatabaseFaultError) as refused:
        with database.transaction() as s:  # an import of 300 members with long notes
            s.add_all(Member(name=f"新队员{i}", notes="备注" * 900) for i in range(300))
    assert str(refused.value) == (
        "磁盘空间已满，数据没有保存。请清理磁盘空间或把数据放到有空间的位置后重试。"
    )
    assert "SQLITE_FULL" in getattr(refused.value.__cause__.orig, "sqlite_errorname", "SQLITE_FULL")
    event.remove(database.engine, "connect", _cap)
    database.engine.dispose()
    assert [m.name for m in ledger.members()] == ["已有"]


def test_a_conflicting_insert_says_someone_else_is_saving(database: Database):
    from db.duty.models import DutyDay

    with database.transaction() as s:
        s.add(DutyDay(date=dt.date(2026, 5, 1)))
    with pytest.raises(DatabaseBusyError, match="^其他人正在保存数据，请稍后重试") as refused:
        with database.transaction() as s:
            s.add(DutyDay(date=dt.date(2026, 5, 1)))
    assert_no_sql(str(refused.value))


def test_a_database_locked_by_an_open_save_is_the_busy_sentence_in_the_cli(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "ledger.sqlite3"
    open_database(f"sqlite:///{path.as_posix()}").dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a colleague's save, still open
    try:
        code = main(["--db", str(path), "roster", "generate", "--month", "2026-03"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 1 and err == "错误：其他人正在保存数据，请稍后重试。\n"


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder read-only with chmod. Root may write through any mode, so as
    root the immutable flag (chattr +i) is set as well; without it the test is skipped."""
    made: list[tuple[Path, int]] = []

    def make(path: Path) -> None:
        made.append((path, path.stat().st_mode))
        path.chmod(0o555 if path.is_dir() else 0o444)
        if os.geteuid() == 0:
            if not shutil.which("chattr"):
                pytest.skip("running as root and chattr is missing: chmod alone binds no root")
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
            if done.returncode:
                pytest.skip(f"running as root and chattr +i is refused: {done.stderr!r}")
            made[-1] = (path, -made[-1][1])

    yield make
    for path, mode in reversed(made):
        if mode < 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(abs(mode))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line as the clerk runs it, in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RESCUE_LEDGER_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop.app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def make_ledger(path: Path) -> None:
    database = open_database(f"sqlite:///{path.as_posix()}")
    Ledger(database).save_member(MemberData(name="带班甲", can_lead=True))
    Ledger(database).save_member(MemberData(name="队员乙"))
    database.dispose()


@pytest.mark.skipif(sys.platform == "win32", reason="chmod does not make a file read-only there")
def test_a_read_only_file_is_one_sentence(tmp_path: Path, read_only):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "ledger.sqlite3"
    make_ledger(path)
    read_only(path)
    read_only(folder)
    proc = run_cli(
        "--db",
        str(path),
        "--data-dir",
        str(folder),
        "roster",
        "generate",
        "--month",
        "2026-03",
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith(f"错误：数据库 {path} 是只读的，无法保存。"), proc.stderr
    assert proc.stderr.count("\n") == 1
    assert_no_sql(proc.stderr)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM duty_day").fetchone() == (0,)


@pytest.mark.skipif(sys.platform == "win32", reason="chmod does not make a folder read-only there")
def test_a_read_only_folder_is_one_sentence(tmp_path: Path, read_only):
    folder = tmp_path / "data"
    folder.mkdir()
    read_only(folder)
    proc = run_cli("--data-dir", str(folder), "due")
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith("错误：无法打开数据库 "), proc.stderr
    assert "不可写或没有权限" in proc.stderr and proc.stderr.count("\n") == 1
    assert_no_sql(proc.stderr)
    assert list(folder.iterdir()) == []
