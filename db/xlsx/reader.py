"""Reading a register from a spreadsheet: find the header row, map the columns, parse every cell.

The file is opened by :mod:`db.xlsx.sources` (an .xlsx only after :mod:`db.xlsx.safety` has
passed it; .xls, WPS .et and CSV too) and read row by row the same way whatever its format.
Every problem is collected with the spreadsheet row number and the header text as the user
wrote it; nothing here touches the database. Signature blocks under the table (制表人、审核人、
填表日期 …) are left out with one notice; dates written without a year take it from the month
the caller gives, the sheet name, the title above the header or the file name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from db.errors import LedgerError
from db.words import said
from db.words import said_list
from db.xlsx.cells import CellError
from db.xlsx.cells import DateContext
from db.xlsx.cells import as_text
from db.xlsx.cells import date_context
from db.xlsx.cells import header_key
from db.xlsx.cells import is_blank
from db.xlsx.cells import month_context
from db.xlsx.cells import nfkc
from db.xlsx.cells import parse_cell
from db.xlsx.cells import written_without_year
from db.xlsx.sources import EXCEL_MAX_ROWS
from db.xlsx.sources import Book
from db.xlsx.sources import Table
from db.xlsx.sources import open_book
from db.xlsx.spec import CANCELLED
from db.xlsx.spec import Cancelled
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import OperationCancelled
from db.xlsx.spec import Problems
from db.xlsx.spec import Progress
from db.xlsx.spec import RegisterSpec
from db.xlsx.spec import UnreadableFile

MAX_DATA_ROWS = 100_000
FOOTER_ROOM = 50  # rows past the limit read in case they are the signature block
HEADER_SCAN_ROWS = 20
MAX_SHEETS = 20
MAX_COLUMNS = 200
TICK = 500

TOO_MANY_ROWS = (
    "工作表“{sheet}”有 {rows:,} 行，超过一次导入的上限 {limit:,} 行。"
    "请删除多余的空行，或分成几个文件导入。"
)
OVER_LIMIT = (
    "工作表“{sheet}”的数据超过一次导入的上限 {limit:,} 行。请删除多余的行，或分成几个文件导入。"
)
NO_SUCH_SHEET = "文件中没有名为“{name}”的工作表（有：{sheets}）。"
FOOTER_NOTICE = "已忽略表格下方的落款（第 {rows} 行：{labels}），未作为数据导入。"
YEAR_NOTICE = "有 {count} 个日期没有写年份，已按{source}补全年份（第 {rows} 行）。"

# Labels that start a signature or notes block under a table; full-width forms are folded
# first, and a label must end at a colon, a space, a bracket or the end of the cell.
FOOTER_LABELS = (
    "制表人", "填表人", "填报人", "审核人", "审批人", "负责人", "经办人", "统计人",
    "检查人", "复核人", "记录人", "保管员", "监督人", "批准人", "值班电话", "联系电话",
    "带班领导", "值班领导", "分管领导", "主管领导",
    "填表日期", "制表日期", "填报日期", "报送日期", "填报单位", "制表单位",
    "单位(盖章)", "盖章", "签字", "合计", "总计", "小计",
)  # fmt: skip
FOOTER_NOTES = ("注", "说明", "备注")  # these only with a colon: 注：… 说明：…


def _label_pattern(label: str) -> str:
    return r"\s*".join(re.escape(ch) for ch in label)


_FOOTER = re.compile(
    r"^\s*(?:(?P<label>"
    + "|".join(_label_pattern(x) for x in sorted(FOOTER_LABELS, key=len, reverse=True))
    + r")(?=\s*[:(]|\s|$)|(?P<note>"
    + "|".join(_label_pattern(x) for x in FOOTER_NOTES)
    + r")\s*:)"
)
_FOOTER_FIRST = frozenset(x[0] for x in (*FOOTER_LABELS, *FOOTER_NOTES))


def footer_label(value: Any) -> str | None:
    """The signature/notes label a cell starts with (“制表人：王五” → 制表人), else None."""
    if not isinstance(value, str) or value.lstrip()[:1] not in _FOOTER_FIRST:
        return None
    match = _FOOTER.match(nfkc(value))
    if match is None:
        return None
    return re.sub(r"\s+", "", match.group("label") or match.group("note"))


def _footer_row(cells: tuple[Any, ...]) -> bool:
    """The row's first filled cell starts with a signature or notes label."""
    for value in cells:
        if not is_blank(value):
            return footer_label(value) is not None
    return False


def row_list(numbers: list[int]) -> str:
    """Row numbers for a message: 8、10–12."""
    parts: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return said_list(parts)


@dataclass
class Row:
    """One data row: its spreadsheet row number and the values that parsed."""

    number: int
    values: dict[str, Any]
    bad: set[str] = field(default_factory=set)
    raw: dict[str, Any] = field(default_factory=dict)  # the cells as written, by column key

    def ok(self, key: str) -> bool:
        """The cell exists in the file and parsed without a problem."""
        return key in self.values and key not in self.bad

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default) if key not in self.bad else default


@dataclass
class Sheet:
    """What was read: the rows and how the file named each column."""

    spec: RegisterSpec
    file: str
    sheet: str
    header_row: int
    headers: dict[str, str]  # column key -> header text as written
    rows: list[Row]
    problems: Problems
    notices: list[str]
    dates: DateContext | None = None  # the year for dates written without one
    footer: list[int] = field(default_factory=list)  # signature rows left out
    yearless: list[int] = field(default_factory=list)  # rows with a date given its year

    def header(self, key: str) -> str:
        return self.headers.get(key) or self.spec.column(key).header

    def has(self, key: str) -> bool:
        return key in self.headers


def _lookup(spec: RegisterSpec) -> dict[str, Column]:
    table: dict[str, Column] = {}
    for column in spec.columns:
        for name in column.names():
            table.setdefault(header_key(name), column)
    return table


def _score(cells: tuple[Any, ...], lookup: dict[str, Column]) -> int:
    return len({lookup[k].key for k in map(header_key, cells) if k in lookup})


def _find_header(table: Table, lookup: dict[str, Column]) -> tuple[int, int, list[tuple]]:
    """(score, row number, the rows scanned) for the row in the first rows matching most
    headers."""
    best = (0, 0)
    scanned = list(table.rows(1, HEADER_SCAN_ROWS, MAX_COLUMNS))
    for number, cells in enumerate(scanned, start=1):
        score = _score(cells, lookup)
        if score > best[0]:
            best = (score, number)
    return best[0], best[1], scanned


def _month(month: str | DateContext | None) -> DateContext | None:
    if month is None or isinstance(month, DateContext):
        return month
    try:
        return month_context(month)
    except CellError as exc:
        raise LedgerError(exc.message) from None


def read_sheet(
    spec: RegisterSpec,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    sheet: str | None = None,
    month: str | DateContext | None = None,
) -> Sheet:
    """Read ``path`` (.xlsx, .xls, WPS .et or CSV) as register ``spec``.

    ``sheet`` names the worksheet to read (otherwise the one whose header matches best);
    ``month`` (“2027-02”) gives the year to dates written without one, before the sheet
    name, the title rows and the file name are looked at. Raises :class:`UnreadableFile`
    for a file that cannot or must not be read, ``LedgerError`` for a bad ``month``.
    """
    path = Path(path)
    explicit = _month(month)
    book = open_book(path, cancelled)
    try:
        return _read(spec, book, path, progress, cancelled, sheet, explicit)
    except (UnreadableFile, OperationCancelled):
        raise
    except Exception as exc:  # noqa: BLE001
        raise UnreadableFile(
            said("读取文件时出错（{error}），文件可能已损坏。", error=type(exc).__name__), path.name
        ) from None
    finally:
        book.close()


def _tables(book: Book, wanted: str | None, file: str) -> list[Table]:
    if wanted is None:
        return book.tables[:MAX_SHEETS]
    for folded in (False, True):
        key = header_key if folded else (lambda t: t)
        found = [t for t in book.tables if key(t.title) == key(wanted)]
        if found:
            return found[:1]
    sheets = "、".join(f"“{t.title}”" for t in book.tables)
    raise UnreadableFile(said(NO_SUCH_SHEET, name=wanted, sheets=sheets), file)


def _dates(
    explicit: DateContext | None,
    book: Book,
    table: Table,
    scanned: list[tuple],
    header_row: int,
    path: Path,
) -> DateContext | None:
    """The year for dates written without one: the month the caller gave, else the sheet
    name, a title row above the header, the file name."""
    if explicit is not None:
        return explicit
    found = None
    if book.kind != "csv":  # a CSV's only sheet is named after the file
        found = date_context(table.title, said("工作表名“{name}”", name=table.title))
    for cells in scanned[: header_row - 1]:
        for value in cells:
            if found is None and isinstance(value, str):
                title = value.strip()
                found = date_context(title, said("标题“{title}”", title=title[:40]))
    return found or date_context(path.stem, said("文件名“{name}”", name=path.name))


def _read(
    spec: RegisterSpec,
    book: Book,
    path: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
    wanted: str | None,
    explicit: DateContext | None,
) -> Sheet:
    file = path.name
    lookup = _lookup(spec)
    found: tuple[int, int, list[tuple], Table] | None = None
    for table in _tables(book, wanted, file):
        score, number, scanned = _find_header(table, lookup)
        if score and (found is None or score > found[0]):
            found = (score, number, scanned, table)
    if found is None:
        expected = "、".join(spec.headers)
        where = said("工作表“{name}”", name=wanted) if wanted is not None else ""
        raise UnreadableFile(
            said(
                "在{where}前 {rows} 行中找不到表头。工作表中应有一行列名：{expected}。",
                where=where,
                rows=HEADER_SCAN_ROWS,
                expected=expected,
            ),
            file,
        )
    _, header_row, scanned, table = found
    claimed = table.claimed
    if claimed and claimed - header_row > 2 * MAX_DATA_ROWS:  # blank rows may fill the rest
        raise UnreadableFile(
            said(TOO_MANY_ROWS, sheet=table.title, rows=claimed, limit=MAX_DATA_ROWS), file
        )
    problems = Problems()
    notices: list[str] = list(book.notices)
    cells = scanned[header_row - 1]
    mapping, headers = _map_columns(spec, cells, lookup, header_row, problems, notices)
    dates = _dates(explicit, book, table, scanned, header_row, path)
    sheet = Sheet(spec, file, table.title, header_row, headers, [], problems, notices, dates)
    if not mapping:
        return sheet
    total = max((claimed or 0) - header_row, 0)
    written = [i for i, c in enumerate(cells) if not is_blank(c)]
    width = max(max(mapping), *written) + 1  # a footer label may sit under any header

    def tick(number: int) -> None:
        done = number - header_row
        if cancelled is not None and cancelled():
            raise OperationCancelled(CANCELLED)
        if progress is not None:
            progress(done, max(total, done))

    fields = [(index, column, headers[column.key]) for index, column in mapping.items()]
    held: list[tuple[int, tuple]] = []  # footer-looking rows, data if a data row follows
    for row in _rows(table, header_row, width, file, tick):
        if _footer_row(row[1]):
            held.append(row)
            continue
        for earlier in held:
            _add(sheet, earlier, fields)
        held.clear()
        _add(sheet, row, fields)
    if held:
        sheet.footer = [number for number, _ in held]
        labels = dict.fromkeys(
            label for _, cells in held for v in cells if (label := footer_label(v))
        )
        notices.append(said(FOOTER_NOTICE, rows=row_list(sheet.footer), labels=said_list(labels)))
    if len(sheet.rows) > MAX_DATA_ROWS:
        raise UnreadableFile(said(OVER_LIMIT, sheet=table.title, limit=MAX_DATA_ROWS), file)
    _year_notice(sheet)
    return sheet


def _add(sheet: Sheet, row: tuple[int, tuple], fields: list[Field]) -> None:
    parsed = _parse_row(row, fields, sheet)
    if parsed is not None:
        sheet.rows.append(parsed)


def _year_notice(sheet: Sheet) -> None:
    """Say where the year came from for the dates written without one."""
    if sheet.yearless and sheet.dates is not None:
        rows = row_list(sorted(set(sheet.yearless)))
        sheet.notices.append(
            said(YEAR_NOTICE, count=len(sheet.yearless), source=sheet.dates.source, rows=rows)
        )


def _map_columns(
    spec: RegisterSpec,
    cells: tuple[Any, ...],
    lookup: dict[str, Column],
    header_row: int,
    problems: Problems,
    notices: list[str],
) -> tuple[dict[int, Column], dict[str, str]]:
    mapping: dict[int, Column] = {}
    headers: dict[str, str] = {}
    unknown: list[str] = []
    for index, cell in enumerate(cells):
        written = as_text(cell) if not is_blank(cell) else ""
        if not written:
            continue
        column = lookup.get(header_key(written))
        if column is None:
            unknown.append(written)
        elif column.key in headers:
            problems.add(
                header_row,
                written,
                said(
                    "与“{other}”是同一列（{column}），请只保留一列",
                    other=headers[column.key],
                    column=column.header,
                ),
            )
        else:
            mapping[index] = column
            headers[column.key] = written
    if unknown:
        notices.append(said("已忽略未识别的列：{columns}", columns="、".join(unknown)))
    for column in spec.columns:
        if column.required and column.key not in headers:
            also = (
                said("（也可写作：{names}）", names="、".join(column.synonyms))
                if column.synonyms
                else ""
            )
            message = said("缺少必填列“{column}”{also}", column=column.header, also=also)
            problems.add(header_row, column.header, message)
    return mapping, headers


def _rows(
    table: Table, header_row: int, width: int, file: str, tick: Callable[[int], None]
) -> Iterator[tuple[int, tuple]]:
    """Non-blank rows below the header; refused past the limit, never silently cut off. Blank
    rows do not count, and a signature block under a full sheet has room (the data rows are
    counted again once it is set aside)."""
    filled = 0
    rows = table.rows(header_row + 1, None, width)
    for number, cells in enumerate(rows, start=header_row + 1):
        if number % TICK == 0:
            tick(number)
        if number > EXCEL_MAX_ROWS:
            raise UnreadableFile(said(OVER_LIMIT, sheet=table.title, limit=MAX_DATA_ROWS), file)
        if all(is_blank(c) for c in cells):
            continue
        filled += 1
        if filled > MAX_DATA_ROWS + FOOTER_ROOM:
            raise UnreadableFile(said(OVER_LIMIT, sheet=table.title, limit=MAX_DATA_ROWS), file)
        yield number, cells


Field = tuple[int, Column, str]  # cell index, column, header as written


def _parse_row(row: tuple[int, tuple], fields: list[Field], sheet: Sheet) -> Row | None:
    number, cells = row
    size = len(cells)
    for index, _, _ in fields:
        if index < size and not is_blank(cells[index]):
            break
    else:
        return None  # only unknown columns (序号 …) filled in
    parsed = Row(number, {})
    values = parsed.values
    dates = sheet.dates
    for index, column, written in fields:
        value = cells[index] if index < size else None
        parsed.raw[column.key] = value
        if column.required and is_blank(value):
            sheet.problems.add(number, written, said("必填，不能为空"))
            parsed.bad.add(column.key)
            continue
        try:
            values[column.key] = parse_cell(value, column, dates)
        except CellError as exc:
            sheet.problems.add(number, written, exc.message, exc.solved_by)
            parsed.bad.add(column.key)
            continue
        if dates is not None and column.kind is Kind.DATE and written_without_year(value):
            sheet.yearless.append(number)
    return parsed


def correct_cell(sheet: Sheet, row: Row, key: str, text: str) -> None:
    """Replace one cell with what the clerk typed in the preview and parse it again; its
    old problems go, new ones are added."""
    column = sheet.spec.column(key)
    written = sheet.header(key)
    sheet.headers.setdefault(key, written)
    kept = [p for p in sheet.problems if not (p.row == row.number and p.column == written)]
    sheet.problems[:] = kept
    row.raw[key] = text
    row.bad.discard(key)
    row.values.pop(key, None)
    if column.required and is_blank(text):
        sheet.problems.add(row.number, written, said("必填，不能为空"))
        row.bad.add(key)
        return
    try:
        row.values[key] = parse_cell(text, column, sheet.dates)
    except CellError as exc:
        sheet.problems.add(row.number, written, exc.message, exc.solved_by)
        row.bad.add(key)
