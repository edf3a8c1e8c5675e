"""What a register's check and save functions are handed during one import."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from sqlalchemy.orm import Session

from db.words import said
from db.xlsx.cells import DateContext
from db.xlsx.reader import CANCELLED
from db.xlsx.reader import TICK
from db.xlsx.reader import Row
from db.xlsx.reader import Sheet
from db.xlsx.spec import Cancelled
from db.xlsx.spec import ImportReport
from db.xlsx.spec import OperationCancelled
from db.xlsx.spec import Progress


@dataclass
class WordUse:
    """A word of a vocabulary column that the vocabulary did not know: the rows that use it,
    whether the office list took it as a new value (``new``) or a rule vocabulary refused it,
    and the closest known values."""

    vocab: str
    key: str
    written: str
    new: bool
    rows: list[int] = field(default_factory=list)
    suggestions: tuple[str, ...] = ()


@dataclass
class ImportContext:
    """The open transaction, the rows read, the report being filled, and progress."""

    session: Session
    sheet: Sheet
    report: ImportReport
    progress: Progress | None = None
    cancelled: Cancelled | None = None
    grouped: dict[str, list[int]] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)  # e.g. adjust_stock
    scratch: dict[str, Any] = field(default_factory=dict)  # a register's check → its save
    words: dict[tuple[str, str, str], WordUse] = field(default_factory=dict)

    @property
    def rows(self) -> list[Row]:
        return self.sheet.rows

    @property
    def dates(self) -> DateContext | None:
        """The year for dates written without one, as the reader found it (pass it on to
        :func:`db.xlsx.cells.parse_date` when a register reads a date itself)."""
        return self.sheet.dates

    def problem(self, row: Row | int | None, key: str, message: str, solved_by: str = "") -> None:
        """Report a problem in column ``key``, named as the file names it (``solved_by``: the
        import option that would settle it, see :class:`~db.xlsx.spec.Problem`)."""
        number = row.number if isinstance(row, Row) else row
        self.sheet.problems.add(number, self.sheet.header(key), message, solved_by)

    def notice(self, row: Row, message: str) -> None:
        """A notice about ``row``; the same message for many rows is reported once, with them."""
        self.grouped.setdefault(message, []).append(row.number)

    def flush_notices(self) -> None:
        for message, rows in self.grouped.items():
            shown = "、".join(str(n) for n in rows[:10]) + ("……" if len(rows) > 10 else "")
            self.report.notices.append(said("第 {rows} 行：{message}", rows=shown, message=message))
        self.grouped.clear()

    def each(self) -> Iterator[Row]:
        """The rows, checking for Cancel and reporting progress as it goes."""
        total = len(self.rows)
        for index, row in enumerate(self.rows):
            if index % TICK == 0:
                if index:
                    self.session.flush()  # keeps the unit of work small on big files
                if self.cancelled is not None and self.cancelled():
                    raise OperationCancelled(CANCELLED)
                if self.progress is not None:
                    self.progress(index, total)
            yield row
        if self.progress is not None:
            self.progress(total, total)
