"""Reading a register from an .xlsx: find the header row, map the columns, parse every cell.

The workbook is opened read-only (streamed row by row) only after :mod:`db.xlsx.safety` has
passed it. Every problem is collected with the spreadsheet row number and the header text as
the user wrote it; nothing here touches the database.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from db.xlsx.cells import CellError, as_text, header_key, is_blank, parse_cell
from db.xlsx.safety import check_package
from db.xlsx.spec import (
    Cancelled,
    Column,
    OperationCancelled,
    Problems,
    Progress,
    RegisterSpec,
    UnreadableFile,
)

MAX_DATA_ROWS = 100_000
EXCEL_MAX_ROWS = 1_048_576  # no spreadsheet program writes a row number past this
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
CANCELLED = "已取消导入，未写入任何数据。"


@dataclass
class Row:
    """One data row: its spreadsheet row number and the values that parsed."""

    number: int
    values: dict[str, Any]
    bad: set[str] = field(default_factory=set)

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


def _find_header(ws: Any, lookup: dict[str, Column]) -> tuple[int, int, tuple[Any, ...]]:
    """(score, row number, cells) of the row in the first rows matching most headers."""
    best: tuple[int, int, tuple[Any, ...]] = (0, 0, ())
    rows = ws.iter_rows(min_row=1, max_row=HEADER_SCAN_ROWS, max_col=MAX_COLUMNS, values_only=True)
    for number, cells in enumerate(rows, start=1):
        score = _score(cells, lookup)
        if score > best[0]:
            best = (score, number, cells)
    return best


def _open(path: Path) -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a broken file
        raise UnreadableFile(
            f"文件已损坏或不是标准的 Excel 工作簿，无法读取（{type(exc).__name__}）。", path.name
        ) from None


def read_sheet(
    spec: RegisterSpec,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Sheet:
    """Read ``path`` as register ``spec``. Raises :class:`UnreadableFile` for an unsafe file."""
    path = Path(path)
    check_package(path)
    workbook = _open(path)
    try:
        return _read(spec, workbook, path.name, progress, cancelled)
    except (UnreadableFile, OperationCancelled):
        raise
    except Exception as exc:  # noqa: BLE001
        raise UnreadableFile(
            f"读取文件时出错（{type(exc).__name__}），文件可能已损坏。", path.name
        ) from None
    finally:
        workbook.close()


def _read(
    spec: RegisterSpec,
    workbook: Any,
    file: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Sheet:
    lookup = _lookup(spec)
    found: tuple[int, int, tuple[Any, ...], Any, int | None] | None = None
    for ws in workbook.worksheets[:MAX_SHEETS]:
        claimed = ws.max_row  # from the sheet's <dimension ref>, before we stop trusting it
        ws.reset_dimensions()
        score, number, cells = _find_header(ws, lookup)
        if score and (found is None or score > found[0]):
            found = (score, number, cells, ws, claimed)
    if found is None:
        expected = "、".join(spec.headers)
        raise UnreadableFile(
            f"在前 {HEADER_SCAN_ROWS} 行中找不到表头。工作表中应有一行列名：{expected}。", file
        )
    _, header_row, cells, ws, claimed = found
    if claimed and claimed - header_row > MAX_DATA_ROWS:
        raise UnreadableFile(
            TOO_MANY_ROWS.format(sheet=ws.title, rows=claimed, limit=MAX_DATA_ROWS), file
        )
    problems = Problems()
    notices: list[str] = []
    mapping, headers = _map_columns(spec, cells, lookup, header_row, problems, notices)
    sheet = Sheet(spec, file, ws.title, header_row, headers, [], problems, notices)
    if not mapping:
        return sheet
    total = max((claimed or 0) - header_row, 0)
    last = max(mapping) + 1

    def tick(number: int) -> None:
        done = number - header_row
        if cancelled is not None and cancelled():
            raise OperationCancelled(CANCELLED)
        if progress is not None:
            progress(done, max(total, done))

    for row in _rows(ws, header_row, last, file, tick):
        parsed = _parse_row(row, mapping, sheet)
        if parsed is not None:
            sheet.rows.append(parsed)
    return sheet


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
                f"与“{headers[column.key]}”是同一列（{column.header}），请只保留一列",
            )
        else:
            mapping[index] = column
            headers[column.key] = written
    if unknown:
        notices.append("已忽略未识别的列：" + "、".join(unknown))
    for column in spec.columns:
        if column.required and column.key not in headers:
            also = f"（也可写作：{'、'.join(column.synonyms)}）" if column.synonyms else ""
            problems.add(header_row, column.header, f"缺少必填列“{column.header}”{also}")
    return mapping, headers


def _rows(
    ws: Any, header_row: int, width: int, file: str, tick: Callable[[int], None]
) -> Iterator[tuple[int, tuple]]:
    """Non-blank rows below the header; refused past the limit, never silently cut off."""
    limit = header_row + MAX_DATA_ROWS
    rows = ws.iter_rows(min_row=header_row + 1, max_col=width, values_only=True)
    for number, cells in enumerate(rows, start=header_row + 1):
        if number % TICK == 0:
            tick(number)
        if number > EXCEL_MAX_ROWS:
            raise UnreadableFile(OVER_LIMIT.format(sheet=ws.title, limit=MAX_DATA_ROWS), file)
        if all(is_blank(c) for c in cells):
            continue
        if number > limit:
            raise UnreadableFile(OVER_LIMIT.format(sheet=ws.title, limit=MAX_DATA_ROWS), file)
        yield number, cells


def _parse_row(row: tuple[int, tuple], mapping: dict[int, Column], sheet: Sheet) -> Row | None:
    number, cells = row
    present = {i: cells[i] for i in mapping if i < len(cells)}
    if all(is_blank(v) for v in present.values()):
        return None  # only unknown columns (序号 …) filled in
    parsed = Row(number, {})
    for index, column in mapping.items():
        value = present.get(index)
        written = sheet.headers[column.key]
        if column.required and is_blank(value):
            sheet.problems.add(number, written, "必填，不能为空")
            parsed.bad.add(column.key)
            continue
        try:
            parsed.values[column.key] = parse_cell(value, column)
        except CellError as exc:
            sheet.problems.add(number, written, str(exc))
            parsed.bad.add(column.key)
    return parsed
