"""A small register to read files with, and writers for the files clerks bring."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl

from db.xlsx.reader import Sheet, read_sheet
from db.xlsx.spec import Column, Kind, RegisterSpec

FIXTURES = Path(__file__).resolve().parent / "fixtures"

PROBE = RegisterSpec(
    "probe",
    "测试台账",
    (
        Column("姓名", "name", required=True, synonyms=("队员姓名",)),
        Column("日期", "date", Kind.DATE, synonyms=("值班日期",)),
        Column("人员", "people", Kind.NAMES),
        Column("数量", "count", Kind.INT),
        Column("备注", "notes"),
    ),
    check=lambda ctx: None,
    save=lambda ctx: None,
    export=lambda session: [],
)


def read(path, **kwargs) -> Sheet:
    return read_sheet(PROBE, path, **kwargs)


def values(sheet: Sheet, *keys: str) -> list[tuple]:
    """(row number, value of each key) for every row read."""
    return [(r.number, *(r.values.get(k) for k in keys)) for r in sheet.rows]


def problems(sheet: Sheet) -> list[tuple]:
    return [(p.row, p.column, p.message) for p in sheet.problems]


def xlsx(path, rows, *, title: str = "Sheet1", merges=()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    for merge in merges:
        ws.merge_cells(merge)
    wb.save(path)
    return Path(path)


def csv_bytes(rows, encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def csv_file(path, rows, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    path = Path(path)
    path.write_bytes(csv_bytes(rows, encoding, delimiter))
    return path
