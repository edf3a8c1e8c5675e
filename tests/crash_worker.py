"""The writers that the kill -9 trials (tests/core/test_crash_trials.py) kill, and the checks run on
the database each one leaves behind.

Each writer opens the database through the program's own ``open_database`` and repeats one
write path of the real facades (an import, a roster generation, a save, an attachment) until it
is killed; ``started``/``finished`` count the operations begun and committed, so a trial knows
whether it killed a write in flight. Nothing here imports Qt or pytest: the writers run in
processes forked from a clean server process.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MEMBERS = 40  # rows of each import file
ROSTER_DAYS = 14  # the first two weeks of ROSTER_MONTH
ROSTER_MONTH = (2031, 3)
ATTACHMENT_BYTES = 256 * 1024


def warm_up() -> None:
    """Load what the writers use before any is forked, so a trial kills writes, not imports."""
    import openpyxl  # noqa: F401
    import sqlalchemy.dialects.sqlite  # noqa: F401

    import db.audit_verify  # noqa: F401
    import db.duty
    import db.marker  # noqa: F401
    import db.migrate  # noqa: F401
    import db.water
    import db.xlsx.api
    from db.registry import registers

    registers()
    db.duty.Ledger, db.water.WaterBook, db.xlsx.api.import_register  # noqa: B018


def _dates() -> list[Any]:
    from db.duty import roster

    return roster.month_dates(*ROSTER_MONTH)[:ROSTER_DAYS]


def _open(data_dir: str) -> Any:
    from db.engine import open_database

    return open_database(data_dir=data_dir, operator="崩溃试验")


def prepare(data_dir: str, files: str) -> None:
    """The database every trial of a path starts from, and the files the writers use."""
    import openpyxl

    from db.duty import Ledger
    from db.duty import MemberData
    from db.water import WaterBook
    from db.water import WaterSourceData

    database = _open(data_dir)
    ledger = Ledger(database)
    for n in range(8):  # enough people for a month's roster
        ledger.save_member(MemberData(f"值班员{n}", "队员", can_lead=n < 3))
    WaterBook(database).save_source(WaterSourceData("XHS-001", "一号消火栓"))
    database.dispose()
    folder = Path(files)
    for mark in ("甲", "乙"):
        wb = openpyxl.Workbook()
        wb.active.append(["姓名", "职务", "备注"])
        for n in range(MEMBERS):
            wb.active.append([f"导入队员{n:03d}", "队员", f"第{mark}批"])
        wb.save(folder / f"import-{mark}.xlsx")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8" + os.urandom(ATTACHMENT_BYTES))


def _import(database: Any, files: Path, n: int) -> None:
    from db.xlsx import import_register

    import_register(database, "members", files / f"import-{'甲乙'[n % 2]}.xlsx")


def _roster(database: Any, files: Path, n: int) -> None:
    from db.duty import Ledger

    ledger = Ledger(database)
    if n % 2 == 0:
        result = ledger.generate(_dates())
        assert result.ok, result
    else:
        ledger.clear_days(_dates())


def _save(database: Any, files: Path, n: int) -> None:
    from db.duty import Ledger

    ledger = Ledger(database)
    member = next(m for m in ledger.members() if m.name == "值班员0")
    member.phone = f"139{n:08d}"
    member.notes = f"第{n}次保存"
    ledger.save_member(member)


def _attach(database: Any, files: Path, n: int) -> None:
    from db.water import WaterBook

    book = WaterBook(database)
    book.add_photo(book.sources()[0].id, str(files / "photo.jpg"), f"第{n}张")


WRITERS: dict[str, Callable[[Any, Path, int], None]] = {
    "import": _import,
    "roster": _roster,
    "save": _save,
    "attachment": _attach,
}


def _marked(database: Any, counts: Any, seconds: Any) -> None:
    """Make ``database.transaction`` say when a write transaction is open (``counts[2]``) and
    how long the last one took (``seconds[1]``)."""
    transaction = database.transaction

    @contextmanager
    def marked() -> Iterator[Any]:
        began = time.perf_counter()
        with transaction() as session:
            counts[2] = 1
            yield session
            # still 1 while the commit runs: the kill may come in the middle of it
        counts[2] = 0
        seconds[1] = time.perf_counter() - began

    database.transaction = marked  # the facades' writes, seen from outside


def calibrate(path: str, data_dir: str, files: str) -> tuple[float, float]:
    """Run operation 0 of ``path`` here, to time it: (the operation, its write transaction)."""
    database = _open(data_dir)
    counts, seconds = [0, 0, 0], [0.0, 0.0]
    _marked(database, counts, seconds)
    try:
        began = time.perf_counter()
        WRITERS[path](database, Path(files), 0)
        return time.perf_counter() - began, seconds[1]
    finally:
        database.dispose()


def write_until_killed(
    path: str, data_dir: str, files: str, first: int, counts: Any, seconds: Any
) -> None:
    """Repeat one write path for ever (the trial kills this process), from operation
    ``first`` on; ``counts`` holds the operations started and finished and whether a write
    transaction is open (1) or not (0), ``seconds`` how long the last operation and the last
    write transaction took."""
    database = _open(data_dir)
    _marked(database, counts, seconds)
    write = WRITERS[path]
    n = first
    while True:
        counts[0] += 1
        began = time.perf_counter()
        write(database, Path(files), n)
        seconds[0] = time.perf_counter() - began
        counts[1] += 1
        n += 1


# ---- checks --------------------------------------------------------------------------------


def check(path: str, data_dir: str) -> dict[str, list[str]]:
    """What is wrong with the database a killed writer left: ``{"corrupt": [...], "partial":
    [...], "audit": [...], "orphans": [...]}`` (each empty when all is well)."""
    import sqlite3

    found: dict[str, list[str]] = {"corrupt": [], "partial": [], "audit": [], "orphans": []}
    file = Path(data_dir) / "rescue-ledger.sqlite3"
    conn = sqlite3.connect(file)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            found["corrupt"].append(f"integrity_check: {integrity[:3]}")
        keys = conn.execute("PRAGMA foreign_key_check").fetchall()
        if keys:
            found["corrupt"].append(f"foreign_key_check: {keys[:3]}")
    finally:
        conn.close()
    if found["corrupt"]:
        return found
    database = _open(data_dir)
    try:
        found["partial"] += PARTIAL[path](database)
        found["audit"] += _audit_matches(database, TABLES[path])
        if path == "attachment":
            found["orphans"] += _orphan_files(database)
    finally:
        database.dispose()
    return found


def _members_partial(database: Any) -> list[str]:
    from db.duty import Ledger

    imported = [m for m in Ledger(database).members() if m.name.startswith("导入队员")]
    notes = {m.notes for m in imported}
    if len(imported) not in (0, MEMBERS) or len(notes) > 1:
        return [f"{len(imported)} imported members with notes {sorted(notes)}"]
    return []


def _roster_partial(database: Any) -> list[str]:
    from sqlalchemy import select

    from db.duty.models import DutyDay

    dates = _dates()
    with database.read() as s:
        days = list(s.scalars(select(DutyDay).where(DutyDay.date.in_(dates))))
        empty = [d.date for d in days if not d.assignments]
    if len(days) not in (0, len(dates)) or empty:
        return [f"{len(days)} of {len(dates)} days written, {len(empty)} with no one on duty"]
    return []


def _save_partial(database: Any) -> list[str]:
    from db.duty import Ledger

    member = next(m for m in Ledger(database).members() if m.name == "值班员0")
    if not member.phone and not member.notes:
        return []
    if int(member.phone[3:]) != int(member.notes[1:-3]):  # 139{n:08d} and 第{n}次保存
        return [f"phone {member.phone} but notes {member.notes}"]
    return []


def _attachments_partial(database: Any) -> list[str]:
    from sqlalchemy import select

    from db.attachments import FOLDER
    from db.shared_models import Attachment

    problems = []
    root = database.data_dir / FOLDER
    with database.read() as s:
        for row in s.scalars(select(Attachment)):
            stored = root / row.stored_name
            if not stored.is_file():
                problems.append(f"attachment {row.id}: no file")
            elif hashlib.sha256(stored.read_bytes()).hexdigest() != row.sha256:
                problems.append(f"attachment {row.id}: file differs from its record")
    return problems


def _orphan_files(database: Any) -> list[str]:
    """Files in the attachment folder no record names (a copy the kill left behind)."""
    from sqlalchemy import select

    from db.attachments import FOLDER
    from db.shared_models import Attachment

    root = database.data_dir / FOLDER
    with database.read() as s:
        named = set(s.scalars(select(Attachment.stored_name)))
    return sorted(p.name for p in root.glob("*") if p.name not in named) if root.exists() else []


PARTIAL: dict[str, Callable[[Any], list[str]]] = {
    "import": _members_partial,
    "roster": _roster_partial,
    "save": _save_partial,
    "attachment": _attachments_partial,
}


TABLES = {
    "import": ("member",),
    "roster": ("duty_day", "duty_assignment"),
    "save": ("member",),
    "attachment": ("attachment",),
}


def _audit_matches(database: Any, tables: tuple[str, ...]) -> list[str]:
    """``audit verify``'s record pass on the tables one path writes: each record equal to its
    newest audit row, none gone or new without one (the whole check, chain included, is
    :func:`verify_all`, run once a path's trials are done: a broken chain stays broken)."""
    from db.audit_verify import audited_tables
    from db.audit_verify import record_findings

    with database.engine.connect() as connection:
        return [
            finding.as_break().line
            for audited in audited_tables(connection)
            if audited.table.name in tables
            for finding in record_findings(connection, audited)
        ]


def verify_all(data_dir: str) -> list[str]:
    """Every break ``audit verify`` finds: the chain of audit rows and every record."""
    from db.audit_verify import verify

    database = _open(data_dir)
    try:
        return [b.line for b in verify(database).breaks]
    finally:
        database.dispose()


warm_up()
