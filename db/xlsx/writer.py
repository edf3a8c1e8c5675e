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
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from db.errors import LedgerError
from db.words import said
from db.xlsx.cells import display_width
from db.xlsx.examples import BY_HEADER
from db.xlsx.examples import EXAMPLES
from db.xlsx.spec import Cancelled
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import OperationCancelled
from db.xlsx.spec import Progress
from db.xlsx.spec import RegisterSpec

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
            raise LedgerError(
                said("无法写入“{name}”：没有在该文件夹中保存文件的权限。", name=path.name)
            ) from None
        return temp
    raise LedgerError(said("无法在“{folder}”中创建临时文件。", folder=str(path.parent)))


def save_workbook(workbook: Workbook, path: Path) -> None:
    """Save beside ``path`` and move into place when complete (a sentence if it is locked)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_beside(path)
    try:
        workbook.save(temp)
        os.replace(temp, path)
    except PermissionError:
        raise LedgerError(said(LOCKED, name=path.name)) from None
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
    ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{max(len(rows) + 1, 2)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if cancelled is not None and cancelled():
        raise OperationCancelled(CANCELLED)
    save_workbook(workbook, Path(path))
    if progress is not None:
        progress(len(rows), len(rows))
    return len(rows)


TEMPLATE_ROWS = 1000  # rows of the data sheet that get the drop-down lists
GUIDE, LISTS = "填写说明", "可选值"
KIND_FORMAT = {
    Kind.DATE: "日期，如 2027-02-01 或 2027年2月1日",
    Kind.INT: "整数",
    Kind.FLOAT: "数字",
    Kind.YESNO: "是 / 否（也可填 √、×、Y、N；空白表示否）",
    Kind.NAMES: "姓名，多人用、或逗号隔开",
}
KIND_EXAMPLE = {
    Kind.DATE: dt.date(2027, 2, 1),
    Kind.INT: 3,
    Kind.FLOAT: 0.3,
    Kind.YESNO: "是",
    Kind.NAMES: "张三、李四",
}
TEXT_EXAMPLES = (
    (("电话", "手机"), "13800000000"),
    (("姓名", "人", "领导"), "张三"),
    (("地址", "位置", "地点"), "中心街12号"),
    (("村", "社区"), "石桥村"),
    (("编号", "代码"), "XHS-001"),
    (("车牌",), "渝A·12345"),
    (("枯水期",), "12月至次年2月"),
    (("备注", "说明", "问题", "措施", "情况"), "（可不填）"),
)
WIDTH_BY_KIND = {Kind.DATE: 12, Kind.NAMES: 20, Kind.YESNO: 8, Kind.INT: 8, Kind.FLOAT: 10}


def _example(register: str, column: Column, values: Sequence[str]) -> Any:
    examples = EXAMPLES.get(register, {})
    if column.key in examples:
        return examples[column.key]
    if column.header in BY_HEADER:
        return BY_HEADER[column.header]
    if values:
        return values[0]
    if column.kind in KIND_EXAMPLE:
        return KIND_EXAMPLE[column.kind]
    for words, example in TEXT_EXAMPLES:
        if any(w in column.header for w in words):
            return example
    return f"（{column.header}）"


def _format(column: Column, values: Sequence[str], rule: bool) -> str:
    if column.vocab and rule:
        return "从下拉列表中选择（常见的其他写法也认得）"
    if column.vocab:
        return "可从下拉列表中选择，也可填写本单位的新词"
    text = KIND_FORMAT.get(column.kind, "文字")
    if column.kind is Kind.TEXT and column.max_length:
        text += f"，最多 {column.max_length} 字"
    return text


def write_template(
    spec: RegisterSpec,
    path: str | os.PathLike[str],
    values: Mapping[str, Sequence[str]] | None = None,
    rules: set[str] | None = None,
) -> None:
    """An empty register that teaches: the canonical headers (frozen, sized for real content)
    with a drop-down on every choice column, a 填写说明 sheet (each column: required or not,
    format, allowed values, an example) and a full example row there, not on the data sheet.

    ``values`` maps a vocabulary key to its values (the office's own included); ``rules``
    names the vocabularies whose values are fixed.
    """
    from openpyxl.worksheet.datavalidation import DataValidation

    values = values or {}
    rules = rules or set()
    workbook = Workbook()
    ws = workbook.active
    ws.title = spec.title[:31]
    guide = workbook.create_sheet(GUIDE)
    lists = workbook.create_sheet(LISTS)
    bold = Font(bold=True)
    list_col = 0
    for col, column in enumerate(spec.columns, start=1):
        cell = _put(ws, 1, col, column.header)
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center")
        choices = list(values.get(column.vocab or "", ()))
        if column.kind is Kind.YESNO:
            choices = ["是", "否"]
        width = max(display_width(column.header) + 4, WIDTH_BY_KIND.get(column.kind, 0))
        if column.kind is Kind.TEXT:
            width = max(width, min(column.max_length or 30, 30) + 2)
        if choices:
            width = max(width, max(display_width(v) for v in choices) + 4)
            list_col += 1
            letter = get_column_letter(list_col)
            _put(lists, 1, list_col, column.header).font = bold
            for number, value in enumerate(choices, start=2):
                _put(lists, number, list_col, value)
            rule = bool(column.vocab and column.vocab in rules) or column.kind is Kind.YESNO
            check = DataValidation(
                type="list",
                formula1=f"'{LISTS}'!${letter}$2:${letter}${len(choices) + 1}",
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="warning" if not rule else "information",
                errorTitle=column.header,
                error="列表中没有这个词：导入时会提示（本单位的新词可以直接填写）。",
            )
            target = get_column_letter(col)
            check.add(f"{target}2:{target}{TEMPLATE_ROWS + 1}")
            ws.add_data_validation(check)
        ws.column_dimensions[get_column_letter(col)].width = min(width, MAX_WIDTH)
    ws.freeze_panes = "A2"
    lists.sheet_state = "hidden"
    _write_guide(guide, spec, values, rules)
    save_workbook(workbook, Path(path))


def _write_guide(
    ws: Any, spec: RegisterSpec, values: Mapping[str, Sequence[str]], rules: set[str]
) -> None:
    bold = Font(bold=True)
    head = ("列名", "必填", "格式", "可选值", "示例")
    _put(
        ws, 1, 1, f"{spec.title}：填写说明（第一张工作表填数据；表头行可以在标题下面）"
    ).font = bold
    for col, text in enumerate(head, start=1):
        _put(ws, 3, col, text).font = bold
    example: list[Any] = []
    for number, column in enumerate(spec.columns, start=4):
        choices = values.get(column.vocab or "", ())
        rule = bool(column.vocab and column.vocab in rules)
        sample = _example(spec.key, column, choices)
        example.append(sample)
        also = f"（也可写作：{'、'.join(column.synonyms)}）" if column.synonyms else ""
        _put(ws, number, 1, column.header + also)
        _put(ws, number, 2, "必填" if column.required else "")
        _put(ws, number, 3, _format(column, choices, rule))
        _put(ws, number, 4, "、".join(choices[:30]) + ("……" if len(choices) > 30 else ""))
        _put(ws, number, 5, sample)
    at = len(spec.columns) + 6
    _put(ws, at, 1, "示例行（照此格式填写在第一张工作表中）：").font = bold
    for col, column in enumerate(spec.columns, start=1):
        _put(ws, at + 1, col, f"{column.header}（示例）").font = bold  # never read as a header
        _put(ws, at + 2, col, example[col - 1])
    for col, width in enumerate((28, 8, 40, 50, 18), start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    for row in ws.iter_rows(min_row=4, max_row=len(spec.columns) + 3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
