"""Writing a ledger the way a clerk lays it out: title rows merged across the table, a 序号
column, blank rows, a signature block under the table, a 说明 sheet before the data; and the
same table saved as CSV in the encodings Excel and WPS use (UTF-8, UTF-8 with BOM, GBK)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

Rows = Sequence[Sequence[Any] | None]  # None is a blank row

SIGNED = ("制表人：王五", None, None, "审核人：李德华", None, "填表日期：2027年1月5日")
STAMP = ("单位（盖章）：高楼镇应急管理办公室",)


@dataclass(frozen=True)
class Table:
    """One worksheet of a ledger: title rows above the header, rows (None for a blank row),
    the signature block below; ``date_format`` is how Excel shows the date cells."""

    sheet: str
    header: Sequence[str]
    rows: Rows
    titles: Sequence[str] = ()
    footer: Rows = (None, SIGNED, STAMP)
    date_format: str = 'yyyy"年"m"月"d"日"'

    @property
    def width(self) -> int:
        return len(self.header)

    def lines(self) -> list[list[Any]]:
        """Every row of the sheet as the clerk sees it, title to signature."""
        pad = [None] * (self.width - 1)
        out: list[list[Any]] = [[title, *pad] for title in self.titles]
        out.append(list(self.header))
        for row in (*self.rows, *self.footer):
            out.append([] if row is None else list(row))
        return out


@dataclass(frozen=True)
class Notes:
    """A 说明 sheet: lines of instructions (and a small table of the columns) before the data."""

    sheet: str
    lines: Rows


def notes(*columns: tuple[str, str]) -> Notes:
    """The 填表说明 sheet offices put first: a heading, then one line per column."""
    return Notes(
        "说明",
        (
            ("填表说明",),
            None,
            ("列名", "填写要求"),
            *columns,
            None,
            ("本表由镇应急办统一汇总，请勿改动表头。",),
        ),
    )


def write_xlsx(path: Path, *sheets: Table | Notes) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.sheet)
        if isinstance(sheet, Notes):
            for line in sheet.lines:
                ws.append([] if line is None else list(line))
            ws.column_dimensions["A"].width = 16
            ws.column_dimensions["B"].width = 40
            continue
        for line in sheet.lines():
            ws.append(line)
        for number in range(1, len(sheet.titles) + 1):
            ws.merge_cells(start_row=number, start_column=1, end_row=number, end_column=sheet.width)
        for row in ws.iter_rows(min_row=len(sheet.titles) + 2):
            for cell in row:
                if isinstance(cell.value, (dt.date, dt.datetime)):
                    cell.number_format = sheet.date_format
                elif isinstance(cell.value, str) and "\n" in cell.value:
                    cell.alignment = openpyxl.styles.Alignment(wrap_text=True)
        for index in range(1, sheet.width + 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(index)].width = 14
    wb.save(path)
    return path


def csv_text(table: Table) -> str:
    """The table as Excel saves it “CSV (逗号分隔)”: every line as wide as the header."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for line in table.lines():
        cells = ["" if v is None else _csv_cell(v) for v in line]
        writer.writerow(cells + [""] * (table.width - len(cells)))
    return out.getvalue()


def _csv_cell(value: Any) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value.year}/{value.month}/{value.day}"  # Excel's own CSV date form
    return str(value)


def write_csv(path: Path, table: Table, encoding: str) -> Path:
    """``encoding``: "utf-8", "utf-8-sig" (with BOM, Excel's “CSV UTF-8”) or "gbk" (WPS and
    Excel on a Chinese Windows)."""
    path.write_bytes(csv_text(table).encode(encoding))
    return path
