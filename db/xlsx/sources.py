"""The files clerks keep, opened as sheets of rows: .xlsx, .xls, WPS .et, and CSV text.

The format is told from the file's first bytes, never from its name alone: a zip is an .xlsx
(checked by :mod:`db.xlsx.safety` before openpyxl parses any part), an OLE2 compound file is
an .xls (read by xlrd; WPS's .et is one too, or a zip), and anything else that decodes as
text is CSV. Whatever the format, the reader sees the same thing: a :class:`Book` holding
:class:`Table` objects, each a title and rows of plain values (``None`` for a blank cell,
``str``, ``int``/``float``, ``bool``, ``datetime``), numbered as the spreadsheet numbers them.
Merged cells hold their value in the top-left cell only, in every format.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from typing import Protocol

from db.words import said
from db.xlsx.safety import NOT_XLSX
from db.xlsx.safety import CancellableFile
from db.xlsx.safety import check_package
from db.xlsx.safety import check_size
from db.xlsx.safety import file_head
from db.xlsx.spec import CANCELLED
from db.xlsx.spec import Cancelled
from db.xlsx.spec import OperationCancelled
from db.xlsx.spec import UnreadableFile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
EXCEL_MAX_ROWS = 1_048_576
CSV_DELIMITERS = (",", "\t", ";")
SNIFF_LINES = 30
CSV_MAX_FIELD = 131_072  # characters in one CSV field (the csv module's own limit)
CSV_TICK = 1000  # rows between two questions to cancelled()

EMPTY = "文件是空的（0 字节），没有可导入的内容。"
NOT_TABLE = (
    "这不是 Excel/WPS 表格或 CSV 文件，无法导入。请在 Excel 或 WPS 中打开后“另存为” .xlsx 再导入。"
)
ENCODING = (
    "无法识别这个文本文件的文字编码（既不是 UTF-8，也不是 GBK/GB18030）。"
    "请在 Excel 或 WPS 中打开后“另存为” .xlsx，或另存为“CSV UTF-8”再导入。"
)
MARKUP = (
    "这是网页（HTML）或 XML 格式的表格（有些系统导出的“.xls”其实是这种文件），无法直接导入。"
    "请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）再导入。"
)
XLS_PASSWORD = (
    "这个 Excel 文件设置了打开密码，无法读取。"
    "请在 Excel 或 WPS 中打开，取消密码后“另存为” .xlsx 再导入。"
)
XLS_BROKEN = (
    "无法读取这个旧版 Excel（.xls）文件，它可能已损坏。"
    "请在 Excel 或 WPS 中打开后“另存为” .xlsx 再导入。"
)
ET_SAVE_AS = (
    "这是 WPS 表格自己的格式（.et），无法直接读取。"
    "请在 WPS 中打开它，点“文件 → 另存为”，文件类型选“Excel 工作簿（*.xlsx）”，再导入另存的文件。"
)
NOT_WORKBOOK = (
    "这个文件不含 Excel 工作表（可能是 Word 等其他文档）。"
    "请在 Excel 或 WPS 中打开表格后“另存为” .xlsx 再导入。"
)
CSV_FIELD = (
    "CSV 文件第 {row} 行有一个单元格超过 {limit:,} 个字符，文件可能已损坏或不是表格，已拒绝。"
)
CSV_BROKEN = "CSV 文件第 {row} 行无法读取（{reason}），文件可能已损坏。"
CSV_ROWS = "文件有 {rows:,} 行以上，超过表格的最大行数 {limit:,}，可能不是表格文件，已拒绝。"
CSV_AS_EXCEL = "“{name}”的内容是文本表格（CSV），已按 CSV 读取。"

_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # an .xlsx saved with a password


class Table(Protocol):
    """One sheet: its title and its rows, numbered from 1 as the spreadsheet shows them."""

    title: str

    @property
    def claimed(self) -> int | None:
        """The number of rows the file says the sheet has, before reading it."""
        ...

    def rows(
        self, first: int = 1, last: int | None = None, width: int | None = None
    ) -> Iterator[tuple[Any, ...]]:
        """Rows ``first``..``last`` (1-based, every row, blank ones too), at most ``width``
        values each; a row may be shorter than ``width`` (missing cells are blank)."""
        ...


class Book:
    """An opened file: its format, its sheets, and what opening it had to say."""

    def __init__(self, kind: str, tables: list[Table], notices: list[str] | None = None):
        self.kind = kind  # "xlsx", "xls" or "csv"
        self.tables = tables
        self.notices = list(notices or [])
        self._close: list[Any] = []

    def close(self) -> None:
        for close in self._close:
            close()
        self._close.clear()


# ---- detection -----------------------------------------------------------------------------


def detect(head: bytes) -> str:
    """``"xlsx"`` (a zip), ``"ole"`` (an OLE2 compound file), ``"empty"`` or ``"text"``."""
    if not head:
        return "empty"
    if head.startswith(ZIP_MAGICS):
        return "xlsx"
    if head.startswith(OLE_MAGIC):
        return "ole"
    return "text"


def open_book(path: str | Path, cancelled: Cancelled | None = None) -> Book:
    """Open ``path`` whatever its format; raises :class:`UnreadableFile` in Chinese.

    An .xlsx asks ``cancelled()`` while it is checked and read (its rows too, as they are
    read), a CSV while its rows are split, raising :class:`OperationCancelled` (an old .xls is
    read whole by xlrd, which cannot be interrupted)."""
    path = Path(path)
    name = path.name
    size, head = file_head(path)
    kind = detect(head)
    if kind == "empty":
        raise UnreadableFile(said(EMPTY), name)
    check_size(size, name)
    if kind == "xlsx":
        try:
            return open_xlsx(path, cancelled)
        except UnreadableFile as exc:
            # a zip named .et that holds no workbook is a WPS format we cannot read
            if path.suffix.lower() == ".et" and exc.problems[0].message == NOT_XLSX:
                raise UnreadableFile(said(ET_SAVE_AS), name) from None
            raise
    if kind == "ole":
        return open_xls(path)
    return open_csv(path, cancelled)


# ---- xlsx ----------------------------------------------------------------------------------


class XlsxTable:
    def __init__(self, ws: Any):
        self.title: str = ws.title
        self._ws = ws
        self._claimed: int | None = None
        self._measured = False

    def _measure(self) -> None:
        """Take the size the sheet claims (its <dimension ref>), then stop trusting it, so
        that iter_rows reads the rows that are really there. Only for a sheet looked at."""
        if not self._measured:
            self._claimed = self._ws.max_row
            self._ws.reset_dimensions()
            self._measured = True

    @property
    def claimed(self) -> int | None:
        self._measure()
        return self._claimed

    def rows(
        self, first: int = 1, last: int | None = None, width: int | None = None
    ) -> Iterator[tuple[Any, ...]]:
        self._measure()
        return self._ws.iter_rows(min_row=first, max_row=last, max_col=width, values_only=True)


def open_xlsx(path: Path, cancelled: Cancelled | None = None) -> Book:
    import warnings

    import openpyxl

    check_package(path, cancelled)
    # a file object: openpyxl would refuse a name ending .xls or .et; every read asks cancelled()
    handle = CancellableFile(open(path, "rb"), cancelled)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            workbook = openpyxl.load_workbook(
                handle, read_only=True, data_only=True, keep_links=False
            )
        tables: list[Table] = [XlsxTable(ws) for ws in workbook.worksheets]
    except OperationCancelled:
        handle.close()
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a broken file
        handle.close()
        raise UnreadableFile(
            said(
                "文件已损坏或不是标准的 Excel 工作簿，无法读取（{error}）。",
                error=type(exc).__name__,
            ),
            path.name,
        ) from None
    book = Book("xlsx", tables)
    book._close += [workbook.close, handle.close]
    return book


# ---- xls (and WPS .et with an xls inside) --------------------------------------------------


class XlsTable:
    def __init__(self, sheet: Any, datemode: int):
        self.title: str = sheet.name
        self.claimed: int | None = sheet.nrows
        self._sheet = sheet
        self._datemode = datemode

    def rows(
        self, first: int = 1, last: int | None = None, width: int | None = None
    ) -> Iterator[tuple[Any, ...]]:
        sheet = self._sheet
        end = sheet.nrows if last is None else min(last, sheet.nrows)
        for index in range(first - 1, end):
            types = sheet.row_types(index, 0, width)
            values = sheet.row_values(index, 0, width)
            yield tuple(
                _xls_value(t, v, self._datemode) for t, v in zip(types, values, strict=True)
            )


def _xls_value(kind: int, value: Any, datemode: int) -> Any:
    # xlrd cell types: 0 empty, 1 text, 2 number, 3 date, 4 boolean, 5 error, 6 blank
    if kind == 1:
        return value
    if kind == 2:
        return int(value) if value.is_integer() else value
    if kind == 3:
        return _xls_date(value, datemode)
    if kind == 4:
        return bool(value)
    if kind == 5:
        from xlrd.biffh import error_text_from_code

        return error_text_from_code.get(value, "#错误")
    return None


def _xls_date(value: float, datemode: int) -> Any:
    """A date cell as openpyxl gives it: datetime, or time for a time-only cell."""
    from xlrd.xldate import XLDateError
    from xlrd.xldate import xldate_as_tuple

    try:
        year, month, day, hour, minute, second = xldate_as_tuple(value, datemode)
    except (XLDateError, ValueError, OverflowError):
        return int(value) if float(value).is_integer() else value
    if year == 0:
        return dt.time(hour, minute, second)
    return dt.datetime(year, month, day, hour, minute, second)


def open_xls(path: Path) -> Book:
    import xlrd

    data = path.read_bytes()
    et = path.suffix.lower() == ".et"
    try:
        workbook = xlrd.open_workbook(
            file_contents=data, logfile=io.StringIO(), ragged_rows=True, on_demand=False
        )
    except Exception as exc:  # noqa: BLE001 - xlrd raises many kinds on a broken file
        message = str(exc)
        if "encrypted" in message.lower() or _ENCRYPTED_PACKAGE in data:
            raise UnreadableFile(said(XLS_PASSWORD), path.name) from None
        if "find workbook" in message.lower():
            raise UnreadableFile(
                said(ET_SAVE_AS) if et else said(NOT_WORKBOOK), path.name
            ) from None
        raise UnreadableFile(said(ET_SAVE_AS) if et else said(XLS_BROKEN), path.name) from None
    tables: list[Table] = [XlsTable(s, workbook.datemode) for s in workbook.sheets()]
    book = Book("xls", tables)
    book._close.append(workbook.release_resources)
    return book


# ---- CSV -----------------------------------------------------------------------------------


def decode_text(data: bytes, file: str = "") -> str:
    """CSV bytes as text: a UTF-16 BOM, else strict UTF-8 (BOM or not), else GB18030
    (which includes GBK and GB2312). Anything else is refused, never guessed."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableFile(said(ENCODING), file) from None
    if b"\x00" in data[:65536]:
        raise UnreadableFile(said(NOT_TABLE), file)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(said(ENCODING), file)


def sniff_delimiter(lines: list[str]) -> str:
    """Comma, tab or semicolon: the one that splits the first lines into the same number of
    fields most often (more fields winning a tie); comma for a one-column file."""
    best = (0, 0, 0, ",")
    for rank, delimiter in enumerate(CSV_DELIMITERS):
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if len(r) > 1]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=lambda w: (widths.count(w), w))
        score = (widths.count(common), common, -rank, delimiter)
        if score > best:
            best = score
    return best[3]


class CsvTable:
    def __init__(self, title: str, rows: list[tuple[str, ...]]):
        self.title = title
        self.claimed: int | None = len(rows)
        self._rows = rows

    def rows(
        self, first: int = 1, last: int | None = None, width: int | None = None
    ) -> Iterator[tuple[Any, ...]]:
        selected = self._rows[first - 1 : last]
        if width is None:
            return iter(selected)
        return (row[:width] if len(row) > width else row for row in selected)


def parse_csv(
    text: str, file: str = "", cancelled: Cancelled | None = None
) -> list[tuple[str, ...]]:
    """Every record of a CSV text (quoted newlines stay in their cell), trailing blank rows
    dropped; bounded like a spreadsheet (rows, field size). ``cancelled()`` is asked every
    :data:`CSV_TICK` rows."""
    stream = io.StringIO(text, newline="")
    first = stream.readline()
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter = first.strip()[4]  # Excel's own hint line, not a row it shows
    else:
        delimiter = sniff_delimiter([first, *itertools.islice(stream, SNIFF_LINES - 1)])
        stream.seek(0)
    rows: list[tuple[str, ...]] = []
    last = 0
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        for row in reader:
            rows.append(tuple(row))
            if any(row):
                last = len(rows)
            if len(rows) > EXCEL_MAX_ROWS:
                raise UnreadableFile(
                    said(CSV_ROWS, rows=EXCEL_MAX_ROWS, limit=EXCEL_MAX_ROWS), file
                )
            if cancelled is not None and len(rows) % CSV_TICK == 0 and cancelled():
                raise OperationCancelled(CANCELLED)
    except csv.Error as exc:
        row_number = len(rows) + 1
        if "field limit" in str(exc):
            raise UnreadableFile(
                said(CSV_FIELD, row=row_number, limit=CSV_MAX_FIELD), file
            ) from None
        raise UnreadableFile(said(CSV_BROKEN, row=row_number, reason=exc), file) from None
    del rows[last:]
    return rows


def open_csv(path: Path, cancelled: Cancelled | None = None) -> Book:
    name = path.name
    text = decode_text(path.read_bytes(), name)
    head = text[:2048].lstrip().lower()
    if head.startswith("<") and any(m in head for m in ("<html", "<table", "<?xml", "<!doctype")):
        raise UnreadableFile(said(MARKUP), name)
    notices = []
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".et"):
        notices.append(said(CSV_AS_EXCEL, name=name))
    return Book("csv", [CsvTable(path.stem, parse_csv(text, name, cancelled))], notices)
