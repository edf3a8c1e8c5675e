"""A small register to read files with, and writers for the files clerks bring."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import text

from db.shared_models import AuditLog
from db.xlsx.reader import Sheet
from db.xlsx.reader import read_sheet
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

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

#: The headers a clerk's members and alert-periods sheets carry, as export and template write
#: them (the canonical names, in order).
MEMBER_HEADERS = ["姓名", "职务", "联系电话", "可任带班领导", "驾驶员", "入队日期", "备注"]
ALERT_HEADERS = ["名称", "开始日期", "结束日期", "等级", "每班最少值班员", "说明"]


def read(path, **kwargs) -> Sheet:
    return read_sheet(PROBE, path, **kwargs)


def values(sheet: Sheet, *keys: str) -> list[tuple]:
    """(row number, value of each key) for every row read."""
    return [(r.number, *(r.values.get(k) for k in keys)) for r in sheet.rows]


def problems(sheet: Sheet) -> list[tuple]:
    return [(p.row, p.column, p.message) for p in sheet.problems]


def xlsx(path, rows, *, title: str = "Sheet1", merges=(), heading: str | None = None) -> Path:
    """A workbook of ``rows`` on one sheet named ``title``; ``heading`` is a title row above
    them merged across the first row's width, as offices head a register."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    if heading is not None:
        ws.append([heading])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for row in rows:
        ws.append(list(row))
    for merge in merges:
        ws.merge_cells(merge)
    wb.save(path)
    return Path(path)


def sheet(path, header, rows) -> Path:
    """A workbook with ``header`` on its first row and ``rows`` below it."""
    return xlsx(path, [header, *rows])


def counts(database, *tables: str) -> dict[str, int]:
    """How many rows each of ``tables`` holds, and the audit trail (``audit``): an import
    that is refused leaves every one of them as it was."""
    with database.read() as s:
        out = {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in tables}
        out["audit"] = s.scalar(select(func.count()).select_from(AuditLog))
    return out


def csv_bytes(rows, encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def csv_file(path, rows, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    path = Path(path)
    path.write_bytes(csv_bytes(rows, encoding, delimiter))
    return path
