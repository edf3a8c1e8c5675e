"""What the import preview asks of the database, without Qt: read a file, check it, write it.

The preview dialog gets one :class:`FileImport` instead of the database. Each call takes the
options as they are at that moment, so the dialog can hand a snapshot to a worker thread and
keep taking the clerk's corrections meanwhile.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import threading
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

if TYPE_CHECKING:
    from db.xlsx import ImportOptions
    from db.xlsx import ImportReport
    from db.xlsx import Preview
    from db.xlsx.reader import Sheet

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# Reading and checking a big file build hundreds of thousands of objects that all stay alive.
# At the collector's default threshold (700 new objects) it would sweep them, and everything
# else, again and again — each full sweep holds the interpreter for 0.1–0.2 s, and the window
# (painting the preview while the check runs) stops for as long.
TASK_GC_THRESHOLD = 50_000
_lock = threading.Lock()
_running = 0
_saved: tuple[int, int, int] | None = None


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """The cyclic collector's first threshold raised while any read, check or import runs
    (restored when the last one ends)."""
    global _running, _saved
    with _lock:
        if _running == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(max(_saved[0], TASK_GC_THRESHOLD), *_saved[1:])
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None


@dataclass(frozen=True)
class WordChoice:
    """What a word a vocabulary did not know may be mapped to."""

    title: str  # the vocabulary's name (类型, 职务 …)
    rule: bool  # a rule vocabulary: one of ``values`` must be chosen
    values: tuple[str, ...]


class FileImport:
    """One spreadsheet file for one register, on one database."""

    def __init__(self, database: Any, register: str, path: Path) -> None:
        self.database = database
        self.register = register
        self.path = Path(path)
        self._choices: dict[str, WordChoice] = {}

    def read(self, options: ImportOptions, progress: Progress, cancelled: Cancelled) -> Sheet:
        """The file as read (the slow part: opening and parsing the workbook)."""
        from db.xlsx import read_file

        with fewer_collections():
            return read_file(
                self.register, self.path, options, progress=progress, cancelled=cancelled
            )

    def check(
        self, sheet: Sheet, options: ImportOptions, progress: Progress, cancelled: Cancelled
    ) -> Preview:
        """What importing ``sheet`` with ``options`` would do; nothing is written and ``sheet``
        is left as it was. The values of each unknown word's vocabulary are read here too, so
        the drop-downs cost the window nothing."""
        from db.xlsx import check_file

        with fewer_collections():
            preview = check_file(
                self.database, sheet, options, progress=progress, cancelled=cancelled
            )
            for word in preview.words:
                self.choice(word.vocab)
        return preview

    def write(
        self, sheet: Sheet, options: ImportOptions, progress: Progress, cancelled: Cancelled
    ) -> ImportReport:
        """Import ``sheet`` in one transaction (rows and mapped words), or raise with nothing
        written. ``progress`` runs from 0 to its total over the saving alone."""
        from db.xlsx import import_register

        def saving(done: int, total: int) -> None:  # the second half of import_register's bar
            half = total // 2
            progress(max(done - half, 0), max(total - half, 1))

        with fewer_collections():
            return import_register(
                self.database,
                self.register,
                self.path,
                options=options,
                read=copy.deepcopy(sheet),  # the import applies the corrections to it
                progress=saving,
                cancelled=cancelled,
            )

    def choice(self, vocab: str) -> WordChoice:
        """The values of vocabulary ``vocab`` (read once per preview)."""
        if vocab not in self._choices:
            from db.vocab import Vocab

            terms = Vocab(self.database).terms(vocab)
            self._choices[vocab] = WordChoice(
                terms.vocab.title, terms.vocab.rule, tuple(terms.values)
            )
        return self._choices[vocab]
