"""A full disk: the write fails with one readable sentence and the database is unchanged.

On a real small disk (a 2 MB tmpfs, where the machine lets the tests mount one: root on Linux,
as in CI) an import, a save and an attachment are tried on a full disk (tests/core/test_db_errors.py
fills a database file to SQLite's page limit, the same everywhere).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys

import openpyxl
import pytest

from db.attachments import Attachments
from db.duty import Ledger
from db.duty import MemberData
from db.engine import open_database
from db.errors import LedgerError
from db.limits import NOTE_MAX
from db.water import WaterBook
from db.water import WaterSourceData
from db.xlsx import import_register

FULL = re.compile("磁盘(空间)?已满")  # the database's sentence, or the backup's before an import
TABLES = ("member", "water_source", "attachment", "audit_log")


def dump(file) -> dict[str, list[tuple]]:
    """Every row of the tables the trials write, read straight from the file."""
    conn = sqlite3.connect(file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        conn.close()


def big_import(path):
    """40 members with a full 备注 each: about 240 KB to write."""
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "职务", "备注"])
    for n in range(40):
        wb.active.append([f"新队员{n:02d}", "队员", "满" * NOTE_MAX])
    wb.save(path)
    return path


def seeded(data_dir):
    database = open_database(data_dir=data_dir, operator="测试员")
    Ledger(database).save_member(MemberData("张三", "队员"))
    WaterBook(database).save_source(WaterSourceData("XHS-001", "一号消火栓"))
    database.dispose()


def readable(exc: BaseException) -> str:
    text = str(exc)
    assert isinstance(exc, LedgerError), repr(exc)
    for leak in ("SQL", "sqlite3.", "INSERT", "UPDATE", "Error", "Errno", "Traceback"):
        assert leak not in text, text
    assert FULL.search(text), text
    return text


@pytest.fixture
def small_disk(tmp_path, monkeypatch):
    """A 2 MB tmpfs in this test's folder, unmounted afterwards; skipped where not allowed."""
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root on Linux (CI runs as root)")
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk, leave: int) -> None:
    """Fill ``disk`` to the last byte, then free ``leave`` bytes."""
    filler = disk / "filler.bin"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    size = filler.stat().st_size
    os.truncate(filler, max(size - leave, 0))


def _on_small_disk(small_disk, tmp_path):
    seeded(tmp_path / "made")
    data = small_disk / "data"
    shutil.copytree(tmp_path / "made", data)
    return data, open_database(data_dir=data, operator="测试员")


@pytest.mark.parametrize("leave", [0, 64 * 1024], ids=["no-byte-left", "64-KB-left"])
def test_a_full_disk_refuses_an_import_and_a_save_in_a_sentence(small_disk, tmp_path, leave):
    data, database = _on_small_disk(small_disk, tmp_path)
    file = data / "rescue-ledger.sqlite3"
    source = big_import(tmp_path / "名册.xlsx")
    try:
        before = dump(file)
        fill(small_disk, leave)
        with pytest.raises(LedgerError) as refused:
            import_register(database, "members", source)
        readable(refused.value)
        assert dump(file) == before
        kept = Ledger(database).members()[0].notes
        with pytest.raises(LedgerError) as refused:
            for n in range(40):  # a few saves may still fit in what is left
                member = Ledger(database).members()[0]
                member.notes = f"{n:02d}" + "满" * (NOTE_MAX - 2)
                Ledger(database).save_member(member)
                kept = member.notes
        readable(refused.value)
        assert Ledger(database).members()[0].notes == kept  # the refused save changed nothing
        dump(file)  # still whole
    finally:
        database.dispose()


def test_a_full_disk_refuses_an_attachment_and_leaves_no_file(small_disk, tmp_path):
    data, database = _on_small_disk(small_disk, tmp_path)
    file = data / "rescue-ledger.sqlite3"
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8" + os.urandom(300 * 1024))
    try:
        source_id = WaterBook(database).sources()[0].id
        before = dump(file)
        fill(small_disk, 64 * 1024)
        with pytest.raises(LedgerError) as refused:
            Attachments(database).add("water_source", source_id, photo)
        assert "附件没有添加" in readable(refused.value)
        assert dump(file) == before
        assert list((data / "attachments").iterdir()) == []
    finally:
        database.dispose()
