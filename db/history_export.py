"""``修改记录.xlsx``: the audit trail as a workbook the office can filter, print and file.

One row per changed field (时间, 操作人, 台账, 记录, 操作, 字段, 原值, 新值), oldest first, written
as it is read (openpyxl's write-only mode), so a long trail needs little memory. Every text is a
text cell: a value that starts with = + - @ never becomes a formula.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from db.errors import LedgerError
from db.history import EMPTY
from db.history import History
from db.history import HistoryEntry
from db.history import HistoryFilter
from db.xlsx.spec import Cancelled
from db.xlsx.spec import OperationCancelled
from db.xlsx.spec import Progress
from db.xlsx.writer import save_workbook

if TYPE_CHECKING:
    from db.engine import Database

SHEET = "修改记录"
HEADERS = ("时间", "操作人", "台账", "记录", "记录编号", "操作", "字段", "原值", "新值")
WIDTHS = (17, 10, 16, 24, 9, 6, 16, 40, 40)
CELL_LIMIT = 32_767  # characters Excel keeps in one cell
ROW_LIMIT = 1_048_575  # data rows of one worksheet
TICK = 200
CANCELLED = "已取消导出，没有生成文件。"
TOO_MANY = "修改记录超过 Excel 一个工作表能容纳的行数（{limit:,} 行），请按日期或台账分段导出。"


def _text(value: str) -> str:
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > CELL_LIMIT:
        note = "…（超出 Excel 单元格长度，余下部分见程序中的修改记录）"
        value = value[: CELL_LIMIT - len(note)] + note
    return value


def _cell(ws: Any, value: Any, bold: Font | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=_text(value) if isinstance(value, str) else value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the first character is
    elif isinstance(value, dt.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    if bold is not None:
        cell.font = bold
    return cell


def rows(entry: HistoryEntry) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows for one change: one per field (one row with no field if none)."""
    head = (
        entry.at,
        entry.operator,
        entry.register,
        entry.record_name,
        entry.record_id or None,
        entry.action,
    )
    if not entry.changes:
        yield (*head, "", "", "")
    for change in entry.changes:
        old = "" if change.old == EMPTY else change.old
        new = "" if change.new == EMPTY else change.new
        yield (*head, change.label, old, new)


def export_history(
    db: Database,
    path: str | os.PathLike[str],
    where: HistoryFilter | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the changes ``where`` selects to ``path``; how many changes were written."""
    where = where or HistoryFilter()
    history = History(db)
    total = history.count(where)
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(SHEET)
    for number, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + number)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    bold = Font(bold=True)
    ws.append([_cell(ws, h, bold) for h in HEADERS])
    written = lines = 0
    for entry in history.entries(where):
        if written % TICK == 0:
            if cancelled is not None and cancelled():
                raise OperationCancelled(CANCELLED)
            if progress is not None:
                progress(written, total)
        for row in rows(entry):
            lines += 1
            if lines > ROW_LIMIT:
                raise LedgerError(TOO_MANY.format(limit=ROW_LIMIT))
            ws.append([_cell(ws, value) for value in row])
        written += 1
    ws.auto_filter.ref = f"A1:I{max(lines + 1, 2)}"
    if cancelled is not None and cancelled():
        raise OperationCancelled(CANCELLED)
    save_workbook(workbook, Path(path))
    if progress is not None:
        progress(written, max(total, written))
    return written
