"""Writing a register to an .xlsx the office can open, print and import again.

Canonical headers in a bold, frozen first row; real date cells shown as yyyy-mm-dd; column
widths from the content (CJK counts double); every text cell forced to the string type so
that nothing a user typed (``=HYPERLINK(…)``, ``+86…``, ``@…``) runs as a formula.
The file is written beside the target and moved into place only when complete, with the
permissions of any document the user saves (the umask decides).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from db.errors import LedgerError
from db.xlsx.cells import display_width
from db.xlsx.spec import Cancelled, Column, Kind, OperationCancelled, Progress, RegisterSpec

DATE_FORMAT = "yyyy-mm-dd"
MIN_WIDTH, MAX_WIDTH = 6, 60
TICK = 200
CANCELLED = "已取消导出，没有生成文件。"
LOCKED = "无法写入“{name}”：文件可能正在 Excel 或 WPS 中打开，请关闭后重试。"


def cell_value(value: Any, column: Column) -> Any:
    """A register value as it goes into a cell (names joined with 、, yes/no as 是/否)."""
    if value is None or value == "":
        return None
    if column.kind is Kind.YESNO:
        return "是" if value else "否"
    if column.kind is Kind.NAMES and not isinstance(value, str):
        return "、".join(value)
    if isinstance(value, dt.datetime) and column.kind is Kind.DATE:
        return value.date()
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def _put(ws: Any, row: int, col: int, value: Any) -> Any:
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the first character is
    elif isinstance(value, (dt.date, dt.datetime)):
        cell.number_format = DATE_FORMAT
    return cell


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, (dt.date, dt.datetime)):
        return len(DATE_FORMAT)
    lines = str(value).splitlines() or [""]
    return max(display_width(line) for line in lines)


def _temp_beside(path: Path) -> Path:
    """A new empty file beside ``path``, created with the permissions any saved document
    gets (0666 less the umask; ``mkstemp`` would make it readable by its owner only)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = path.parent / f".~{secrets.token_hex(6)}.xlsx"
        try:
            os.close(os.open(temp, flags, 0o666))
        except FileExistsError:
            continue
        except PermissionError:
            raise LedgerError(f"无法写入“{path.name}”：没有在该文件夹中保存文件的权限。") from None
        return temp
    raise LedgerError(f"无法在“{path.parent}”中创建临时文件。")


def _save(workbook: Workbook, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_beside(path)
    try:
        workbook.save(temp)
        os.replace(temp, path)
    except PermissionError:
        raise LedgerError(LOCKED.format(name=path.name)) from None
    finally:
        if os.path.exists(temp):
            os.remove(temp)


def write_rows(
    spec: RegisterSpec,
    path: str | os.PathLike[str],
    rows: Sequence[dict[str, Any]] | Iterable[dict[str, Any]],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write ``rows`` (``{column key: value}``) under the canonical headers; rows written."""
    rows = list(rows)
    workbook = Workbook()
    ws = workbook.active
    ws.title = spec.title[:31]
    bold = Font(bold=True)
    widths = [display_width(c.header) for c in spec.columns]
    for col, column in enumerate(spec.columns, start=1):
        cell = _put(ws, 1, col, column.header)
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for number, record in enumerate(rows, start=2):
        if number % TICK == 0:
            if cancelled is not None and cancelled():
                raise OperationCancelled(CANCELLED)
            if progress is not None:
                progress(number - 2, len(rows))
        for col, column in enumerate(spec.columns, start=1):
            value = cell_value(record.get(column.key), column)
            _put(ws, number, col, value)
            widths[col - 1] = max(widths[col - 1], _width(value))
    for col, column in enumerate(spec.columns, start=1):
        width = column.width or min(max(widths[col - 1] + 2, MIN_WIDTH), MAX_WIDTH)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if cancelled is not None and cancelled():
        raise OperationCancelled(CANCELLED)
    _save(workbook, Path(path))
    if progress is not None:
        progress(len(rows), len(rows))
    return len(rows)


def write_template(spec: RegisterSpec, path: str | os.PathLike[str]) -> None:
    """An empty register: the canonical headers only, ready to fill in."""
    write_rows(spec, path, [])
