"""How a register looks in Excel: its columns, and what an import found.

A register is data: a list of :class:`Column` (canonical Chinese header, key, kind, synonyms)
plus three functions that know the database (check, save, export). The reader and the
writer are generic and never name a register.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import TYPE_CHECKING
from typing import Any

from db.errors import LedgerError
from db.limits import NOTE_MAX
from db.limits import limit_of
from db.words import said

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.xlsx.context import ImportContext


class Kind(enum.Enum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    DATE = "date"
    YESNO = "yes/no"
    NAMES = "name list"
    CHOICE = "choice"


@dataclass(frozen=True)
class Column:
    """One column of a register as the office writes it in Excel."""

    header: str
    key: str
    kind: Kind = Kind.TEXT
    required: bool = False
    synonyms: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    max_length: int | None = None
    width: int | None = None  # fixed width in characters; otherwise from the content
    vocab: str | None = None  # the vocabulary (db.vocab) whose words this column holds

    def names(self) -> tuple[str, ...]:
        return (self.header, *self.synonyms)


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class RegisterSpec:
    """A register: its columns and the three functions that talk to the database.

    ``check(ctx)`` adds problems for things only the database can tell (unknown names,
    duplicates); ``save(ctx)`` writes the rows, called only when nothing is wrong;
    ``export(session)`` returns one ``{key: value}`` dict per row, in order.
    """

    key: str
    title: str
    columns: tuple[Column, ...]
    check: Callable[[ImportContext], None]
    save: Callable[[ImportContext], None]
    export: Callable[[Session], Iterable[dict[str, Any]]]
    #: What the window's dialogs call its rows (导入队员); the title when empty.
    noun: str = ""
    #: The table its rows are saved in: a text column takes as many characters as the table
    #: column of the same key (db.limits); any other text column at most NOTE_MAX.
    model: type | None = None

    def __post_init__(self) -> None:
        bounded = tuple(_bounded(c, self.model) for c in self.columns)
        object.__setattr__(self, "columns", bounded)

    @property
    def short_title(self) -> str:
        return self.noun or self.title

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


def _bounded(column: Column, model: type | None) -> Column:
    """``column`` with the length its table column takes (the shorter of the two)."""
    if column.kind is not Kind.TEXT:
        return column
    limit = limit_of(model, column.key) or NOTE_MAX
    if column.max_length is not None and column.max_length <= limit:
        return column
    return replace(column, max_length=limit)


@dataclass(frozen=True)
class Problem:
    """Something wrong in the file: spreadsheet row (1-based), header as written, message."""

    row: int | None
    column: str
    message: str
    #: The import option that would settle it (``ImportOptions``' field: ``"month"`` for a date
    #: without its year, ``"adjust_stock"`` for a count that is not the book's): the window's
    #: preview offers that option beside the table.
    solved_by: str = ""

    def format(self, file: str = "") -> str:
        row = "" if self.row is None else str(self.row)
        return f"{file}:{row}:{self.column}: {self.message}"


class Problems(list[Problem]):
    """A list of problems that stops growing at ``limit`` (a bad file can have millions)."""

    def __init__(self, limit: int = 1000):
        super().__init__()
        self.limit = limit
        self.dropped = 0

    def add(self, row: int | None, column: str, message: str, solved_by: str = "") -> None:
        if len(self) < self.limit:
            self.append(Problem(row, column, message, solved_by))
        else:
            self.dropped += 1

    def complete(self) -> list[Problem]:
        """All problems kept, with a last line saying how many more there were."""
        if not self.dropped:
            return list(self)
        note = said(
            "问题太多，仅列出前 {limit} 个（另有 {dropped} 个未列出）",
            limit=self.limit,
            dropped=self.dropped,
        )
        return [*self, Problem(None, "", note)]


ADDED, UPDATED, REPLACED, UNCHANGED = "新增", "更新", "替换", "未变"


@dataclass(frozen=True)
class RowOutcome:
    """What the import does with one spreadsheet row; ``changes`` maps a column key to the
    value before and after (updates only)."""

    status: str
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass
class ImportReport:
    """What an import did, in counts and (``outcomes``, by spreadsheet row) row by row."""

    register: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    replaced: int = 0
    unchanged: int = 0
    notices: list[str] = field(default_factory=list)
    outcomes: dict[int, RowOutcome] = field(default_factory=dict)

    def mark(
        self, row: Any, status: str, changes: dict[str, tuple[Any, Any]] | None = None
    ) -> None:
        """Count ``row`` (a reader Row or its number) as added, updated, replaced or unchanged."""
        number = row if isinstance(row, int) else row.number
        self.outcomes[number] = RowOutcome(status, dict(changes or {}))
        if status == ADDED:
            self.added += 1
        elif status == UPDATED:
            self.updated += 1
        elif status == REPLACED:
            self.replaced += 1
        else:
            self.unchanged += 1

    def mark_changes(self, row: Any, before: Any, after: dict[str, Any]) -> bool:
        """Mark ``row`` updated with the fields of ``after`` that differ from ``before`` (an
        object or a dict), or unchanged; returns whether anything changed."""
        get = before.get if isinstance(before, dict) else lambda k: getattr(before, k)
        changes = {k: (get(k), v) for k, v in after.items() if get(k) != v}
        self.mark(row, UPDATED if changes else UNCHANGED, changes)
        return bool(changes)

    def lines(self) -> list[str]:
        """The counts, then each notice once (``said`` texts the window translates)."""
        text = said(
            "共读取 {rows} 行：新增 {added}，更新 {updated}，替换 {replaced}，未变 {unchanged}。",
            rows=self.rows,
            added=self.added,
            updated=self.updated,
            replaced=self.replaced,
            unchanged=self.unchanged,
        )
        return [text, *dict.fromkeys(self.notices)]

    def summary(self) -> str:
        return "\n".join(self.lines())


class ImportRejected(LedgerError):
    """The file was refused; nothing was written. ``problems`` says where and why."""

    SHOWN = 10

    def __init__(self, problems: list[Problem], notices: list[str] | None = None, file: str = ""):
        self.problems = list(problems)
        self.notices = list(notices or [])
        self.file = file
        head = f"导入失败，发现 {len(self.problems)} 个问题，未写入任何数据："
        lines = self.lines()
        if len(lines) > self.SHOWN:
            lines = [*lines[: self.SHOWN], f"……另有 {len(lines) - self.SHOWN} 个问题"]
        super().__init__("\n".join([head, *lines]))

    def lines(self, file: str | None = None) -> list[str]:
        """Each problem as ``FILE:ROW:COLUMN: message``."""
        name = self.file if file is None else file
        return [p.format(name) for p in self.problems]


class UnreadableFile(ImportRejected):
    """The file itself was refused (not xlsx, too big, unsafe) before any row was read."""

    def __init__(self, message: str, file: str = ""):
        super().__init__([Problem(None, "", message)], file=file)


CANCELLED = "已取消导入，未写入任何数据。"


class OperationCancelled(LedgerError):
    """The user pressed Cancel; nothing was written."""
