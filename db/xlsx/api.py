"""Import and export of registers: what the command line and the GUI call.

Imports are all-or-nothing: the file is read and every row checked inside one transaction,
and if anything is wrong :class:`ImportRejected` lists every problem and nothing is written.
"""

from __future__ import annotations

import copy
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import field

from sqlalchemy.exc import SQLAlchemyError

from db.engine import Database
from db.errors import LedgerError
from db.errors import named
from db.vocab import Vocab
from db.vocab import add_synonym
from db.vocab import vocabulary
from db.words import said
from db.xlsx import writer
from db.xlsx.context import ImportContext
from db.xlsx.context import WordUse
from db.xlsx.reader import Sheet
from db.xlsx.reader import correct_cell
from db.xlsx.reader import read_sheet
from db.xlsx.registers import REGISTERS
from db.xlsx.spec import Cancelled
from db.xlsx.spec import ImportRejected
from db.xlsx.spec import ImportReport
from db.xlsx.spec import Problem
from db.xlsx.spec import Progress
from db.xlsx.spec import RegisterSpec
from db.xlsx.terms import apply_vocabularies

PathLike = str | os.PathLike[str]


def register_spec(register: str) -> RegisterSpec:
    return named(REGISTERS, register, said("台账"), LedgerError)


def _phase(progress: Progress | None, index: int, phases: int = 2) -> Progress | None:
    """Progress of one phase (reading, then saving) as part of one steadily rising bar."""
    if progress is None:
        return None
    report = progress

    def scaled(done: int, total: int) -> None:
        total = max(total, 1)
        report(index * total + done, phases * total)

    return scaled


@dataclass
class ImportOptions:
    """How to read and check a file beyond the register itself.

    ``corrections`` replaces cells as the clerk typed them in the preview, by (spreadsheet row,
    column key); ``mappings`` gives words a vocabulary did not know their meaning, by
    (vocabulary key, word) → value, saved as the office's synonyms with the import (an empty
    value keeps a new word of an office list as it is); ``adjust_stock`` lets a supplies
    import book a 盘点调整 where its 数量 differs from the ledger.
    """

    sheet: str | None = None
    month: str | None = None
    corrections: dict[tuple[int, str], str] = field(default_factory=dict)
    mappings: dict[tuple[str, str], str] = field(default_factory=dict)
    adjust_stock: bool = False


@dataclass
class Preview:
    """What importing a file would do, row by row, with nothing written.

    ``sheet`` holds the rows as written (``Row.raw``) and every problem; ``report.outcomes``
    says what happens to each good row; ``words`` lists the words a vocabulary did not know.
    """

    sheet: Sheet
    report: ImportReport
    words: list[WordUse]

    @property
    def problems(self) -> list[Problem]:
        """Every problem, by spreadsheet row (problems of the whole file first)."""
        return sorted(self.sheet.problems.complete(), key=lambda p: p.row or 0)

    @property
    def ok(self) -> bool:
        return not self.sheet.problems


class _DryRun(Exception):
    """Ends a transaction that only looked: everything in it is rolled back."""


def read_file(
    register: str,
    path: PathLike,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Sheet:
    """Read and parse ``path`` as ``register`` (no database): the slow part of an import."""
    options = options or ImportOptions()
    spec = register_spec(register)
    return read_sheet(spec, path, progress, cancelled, sheet=options.sheet, month=options.month)


def check_file(
    database: Database,
    read: Sheet,
    options: ImportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Preview:
    """Everything an import of ``read`` would do, rolled back: problems, the outcome of each
    good row, the unknown words. ``read`` itself is left as it was (check it again after the
    clerk corrects a cell or maps a word)."""
    sheet = copy.deepcopy(read)
    report, words = _run(database, sheet, options or ImportOptions(), progress, cancelled, False)
    return Preview(sheet, report, words)


def import_register(
    database: Database,
    register: str,
    path: PathLike,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    sheet: str | None = None,
    month: str | None = None,
    options: ImportOptions | None = None,
    dry_run: bool = False,
    read: Sheet | None = None,
) -> ImportReport:
    """Import ``path`` (.xlsx, .xls, WPS .et or CSV) into ``register``; raises
    :class:`ImportRejected` with nothing written.

    ``sheet`` names the worksheet to read (otherwise the one whose header fits best);
    ``month`` (“2027-02”) is the year and month for dates written without a year; ``options``
    carries those and the preview's corrections and mappings. ``dry_run`` does everything
    and then writes nothing. ``read`` is the file already read by :func:`read_file`.
    ``progress(done, total)`` is called now and then from the calling thread (reading is the
    first half, saving the second); ``cancelled()`` returning true stops the import with
    :class:`OperationCancelled`, nothing written.
    """
    options = options or ImportOptions(sheet=sheet, month=month)
    if read is None:
        read, copy_warnings = _read_while_copying(
            database, register, path, options, progress, cancelled, backup=not dry_run
        )
    else:
        copy_warnings = [] if dry_run else _backup_first(database)
    report, _ = _run(database, read, options, _phase(progress, 1), cancelled, not dry_run, True)
    report.notices += copy_warnings
    if not read.rows:
        report.notices.append(said("文件中没有数据行，未导入任何内容。"))
    return report


def _read_while_copying(
    database: Database,
    register: str,
    path: PathLike,
    options: ImportOptions,
    progress: Progress | None,
    cancelled: Cancelled | None,
    backup: bool,
) -> tuple[Sheet, list[str]]:
    """Read the file while the automatic copy of the database is made (``backup``): SQLite
    copies its pages without holding Python's lock, so the two take as long as the longer
    (~0.4 s of a 250 MB ledger beside ~2 s of reading 10,000 rows). The copy is whole before
    anything is written; a file refused or a reading cancelled ends the import once the copy
    is done (the pool waits for it), with the reading's own message; a copy that fails stops
    the import."""
    with ThreadPoolExecutor(1, thread_name_prefix="backup") as pool:
        copied = pool.submit(_backup_first, database) if backup else None
        read = read_file(register, path, options, progress=_phase(progress, 0), cancelled=cancelled)
        return read, copied.result() if copied is not None else []


def _backup_first(database: Database) -> list[str]:
    """The automatic copy before an import (``db.backup``); its warnings for the report."""
    from db.backup import before

    made = before(database, "before-import")
    return made.warnings if made else []


def _run(
    database: Database,
    sheet: Sheet,
    options: ImportOptions,
    progress: Progress | None,
    cancelled: Cancelled | None,
    write: bool,
    strict: bool = False,
) -> tuple[ImportReport, list[WordUse]]:
    """Check and save ``sheet`` in one transaction, kept only when ``write``. ``strict`` raises
    :class:`ImportRejected` on any problem; otherwise the good rows are saved, to learn what
    would happen to them, and everything is rolled back."""
    spec = sheet.spec
    by_number = {row.number: row for row in sheet.rows}
    for (number, key), text in options.corrections.items():
        if number in by_number:
            correct_cell(sheet, by_number[number], key, text)
    report = ImportReport(spec.key, rows=len(sheet.rows), notices=list(sheet.notices))
    words: list[WordUse] = []
    try:
        with database.transaction() as session:
            for (vocab, written), meaning in options.mappings.items():
                if meaning:
                    add_synonym(session, vocab, written, meaning)
            ctx = ImportContext(session, sheet, report, progress, cancelled)
            ctx.options["adjust_stock"] = options.adjust_stock
            apply_vocabularies(ctx)
            spec.check(ctx)
            ctx.flush_notices()
            words = list(ctx.words.values())
            if sheet.problems:
                if strict:
                    raise ImportRejected(sheet.problems.complete(), sheet.notices, sheet.file)
                _save_good_rows(ctx)
                raise _DryRun
            spec.save(ctx)
            if not write:
                raise _DryRun
    except _DryRun:
        pass
    return report, words


def _save_good_rows(ctx: ImportContext) -> None:
    """Save the rows without a problem (in a transaction that is rolled back) so the preview
    can say what would happen to each; a save that fails on the partial file says nothing."""
    bad = {p.row for p in ctx.sheet.problems}
    rows = ctx.sheet.rows
    problems = list(ctx.sheet.problems)
    ctx.sheet.rows = [r for r in rows if r.number not in bad and not r.bad]
    try:
        ctx.sheet.spec.save(ctx)
    except (LedgerError, SQLAlchemyError, KeyError, AssertionError):
        ctx.report.outcomes.clear()
    finally:
        ctx.sheet.rows = rows
        ctx.sheet.problems[:] = problems


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


def write_template(register: str, path: PathLike, database: Database | None = None) -> None:
    """An empty register that teaches (drop-downs, a 填写说明 sheet with an example); with
    ``database`` the drop-downs hold the office's own values too."""
    spec = register_spec(register)
    keys = {c.vocab for c in spec.columns if c.vocab}
    values: dict[str, list[str]] = {}
    rules: set[str] = set()
    for key in keys:
        vocab = vocabulary(key)
        if vocab.rule:
            rules.add(key)
        if database is not None:
            values[key] = Vocab(database).terms(key).values
        else:
            values[key] = list(vocab.values)
    writer.write_template(spec, path, values, rules)
