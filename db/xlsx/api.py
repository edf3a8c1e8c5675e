"""Import and export of registers: what the command line and the GUI call.

Imports are all-or-nothing: the file is read and every row checked inside one transaction,
and if anything is wrong :class:`ImportRejected` lists every problem and nothing is written.
"""

from __future__ import annotations

import os
from pathlib import Path

from db.engine import Database
from db.errors import LedgerError
from db.xlsx import writer
from db.xlsx.context import ImportContext
from db.xlsx.reader import read_sheet
from db.xlsx.registers import REGISTERS
from db.xlsx.spec import Cancelled, ImportRejected, ImportReport, Progress, RegisterSpec
from db.xlsx.terms import apply_vocabularies

PathLike = str | os.PathLike[str]


def register_spec(register: str) -> RegisterSpec:
    try:
        return REGISTERS[register]
    except KeyError:
        known = "、".join(REGISTERS)
        raise LedgerError(f"没有名为“{register}”的台账（可用：{known}）") from None


def _phase(progress: Progress | None, index: int, phases: int = 2) -> Progress | None:
    """Progress of one phase (reading, then saving) as part of one steadily rising bar."""
    if progress is None:
        return None
    report = progress

    def scaled(done: int, total: int) -> None:
        total = max(total, 1)
        report(index * total + done, phases * total)

    return scaled


def import_register(
    database: Database,
    register: str,
    path: PathLike,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    sheet: str | None = None,
    month: str | None = None,
) -> ImportReport:
    """Import ``path`` (.xlsx, .xls, WPS .et or CSV) into ``register``; raises
    :class:`ImportRejected` with nothing written.

    ``sheet`` names the worksheet to read (otherwise the one whose header fits best);
    ``month`` (“2027-02”) is the year and month for dates written without a year.
    ``progress(done, total)`` is called now and then from the calling thread (reading is the
    first half, saving the second); ``cancelled()`` returning true stops the import with
    :class:`OperationCancelled`, nothing written.
    """
    spec = register_spec(register)
    name = Path(path).name
    read = read_sheet(spec, path, _phase(progress, 0), cancelled, sheet=sheet, month=month)
    report = ImportReport(register, rows=len(read.rows), notices=list(read.notices))
    with database.transaction() as session:
        ctx = ImportContext(session, read, report, _phase(progress, 1), cancelled)
        apply_vocabularies(ctx)
        spec.check(ctx)
        ctx.flush_notices()
        if read.problems:
            raise ImportRejected(read.problems.complete(), read.notices, name)
        spec.save(ctx)
    if not read.rows:
        report.notices.append("文件中没有数据行，未导入任何内容。")
    return report


def export_register(
    database: Database,
    register: str,
    path: PathLike,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write ``register`` to ``path`` (replaced only when complete); the number of rows."""
    spec = register_spec(register)
    with database.read() as session:
        rows = list(spec.export(session))
    return writer.write_rows(spec, path, rows, progress, cancelled)


def write_template(register: str, path: PathLike) -> None:
    """An empty sheet with the register's canonical headers."""
    writer.write_template(register_spec(register), path)
