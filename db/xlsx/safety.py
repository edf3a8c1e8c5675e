"""Checks on an .xlsx file before openpyxl opens it.

An .xlsx is a zip of XML parts. Before any part is parsed we refuse, in bounded memory:
a file that is not a zip (a CSV or an old .xls renamed), a zip bomb (judged from the sizes the
zip directory declares: Python's zipfile never inflates a part past its declared size), a
compression method other than stored/deflate, and any XML part with a DOCTYPE or ENTITY
declaration, so no parser ever sees an entity to expand.

The parts openpyxl holds or walks whole are bounded more tightly: the shared-strings part (every
text of the workbook, kept in memory) by its size and its number of strings, each worksheet by
its size, rows and cells. A part is known by its name (refused from the zip directory alone,
before anything is inflated) and by its root element (a shared-strings part under another
name is refused as soon as its first bytes are read). ``cancelled()`` is asked while the parts
are scanned and, through :class:`CancellableFile`, while openpyxl reads the file.
"""

from __future__ import annotations

import codecs
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO
from typing import Any

from db.words import said
from db.xlsx.spec import CANCELLED
from db.xlsx.spec import OperationCancelled
from db.xlsx.spec import UnreadableFile

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 2000
MAX_PART_BYTES = 256 * 1024 * 1024  # one part, uncompressed
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # all parts, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for parts above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
CHUNK = 64 * 1024
# What openpyxl keeps in memory (shared strings) or walks row by row (a sheet): an import takes
# at most 100,000 rows of up to 200 columns; a real register of that size holds ~10-20 MB of
# text. openpyxl parses shared strings at roughly 1 MB/s on a busy office PC (all cancellable).
MAX_SHARED_BYTES = 32 * 1024 * 1024
MAX_SHARED_STRINGS = 2_000_000
MAX_SHEET_BYTES = 160 * 1024 * 1024
MAX_SHEET_ROWS = 1_048_576  # Excel's own grid
MAX_SHEET_CELLS = 20_000_000

NOT_XLSX = "这不是 Excel 工作簿（.xlsx）文件，请在 Excel 或 WPS 中打开后“另存为” .xlsx 再导入。"
OLD_XLS = (
    "这是旧版 Excel（.xls）文件或设置了打开密码的文件，无法直接导入。"
    "请在 Excel 或 WPS 中打开，取消密码后“另存为” .xlsx 再导入。"
)
TOO_BIG = "文件解压后过大（{size} MB，上限 {limit} MB），可能已损坏或被恶意构造，已拒绝。"
BOMB = "文件中的“{name}”压缩比异常（{ratio}:1），可能是恶意构造的压缩炸弹，已拒绝。"
ENTITY = "文件中的“{name}”含有 DOCTYPE/ENTITY 声明，Excel 本身不会这样写，可能是恶意文件，已拒绝。"
ENCODING = "文件中的“{name}”使用了不支持的字符编码（{encoding}），已拒绝。"
TEXTS_TOO_BIG = (
    "文件中的文字表（{name}）解压后有 {size} MB，超过上限 {limit} MB，"
    "正常的表格不会这么大，文件可能已损坏或被恶意构造，已拒绝。"
)
SHEET_TOO_BIG = (
    "文件中的工作表（{name}）解压后有 {size} MB，超过上限 {limit} MB，"
    "请删除多余的内容或分成几个文件导入。"
)
TOO_MANY = "文件中的“{name}”有超过 {limit:,} {what}，正常的表格不会这么多，已拒绝。"

Cancelled = Callable[[], bool]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DECL_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_PLAIN = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"}
_FORBIDDEN = ("<!doctype", "<!entity")
_ROOT = re.compile(
    r"^\s*(?:<\?.*?\?>\s*)?(?:<!--.*?-->\s*)*<(?:[a-z_][\w.-]{0,30}:)?([a-z_][\w.-]*)", re.S
)
# elements counted while a part is scanned (in lower-cased text); the prefix is bounded so a
# tag split between two chunks is always whole in the overlap kept from the previous one
_STRING = re.compile(r"<(?:[a-z_][\w.-]{0,8}:)?si[\s/>]")
_ROW = re.compile(r"<(?:[a-z_][\w.-]{0,8}:)?row[\s/>]")
_CELL = re.compile(r"<(?:[a-z_][\w.-]{0,8}:)?c[\s/>]")
_TAIL = 16
_SHARED = "sst"
_SHEET = "worksheet"


def _mb(size: int) -> int:
    return max(1, round(size / 1024 / 1024))


def _kind_by_name(name: str) -> str | None:
    """The shared-strings or worksheet part as Excel and WPS name them."""
    lowered = name.lower()
    if lowered.endswith("sharedstrings.xml"):
        return _SHARED
    if lowered.startswith("xl/worksheets/") and lowered.endswith(".xml"):
        return _SHEET
    return None


def _check_size(kind: str | None, size: int, part: str, file: str) -> None:
    if kind == _SHARED and size > MAX_SHARED_BYTES:
        message = said(TEXTS_TOO_BIG, name=part, size=_mb(size), limit=_mb(MAX_SHARED_BYTES))
        raise UnreadableFile(message, file)
    if kind == _SHEET and size > MAX_SHEET_BYTES:
        message = said(SHEET_TOO_BIG, name=part, size=_mb(size), limit=_mb(MAX_SHEET_BYTES))
        raise UnreadableFile(message, file)


def _stop_if(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled(CANCELLED)


class CancellableFile:
    """A binary file that asks ``cancelled()`` before every read, so that openpyxl, which
    reads through it, stops with :class:`OperationCancelled` while it is still parsing."""

    def __init__(self, raw: IO[bytes], cancelled: Cancelled | None):
        self._raw = raw
        self._cancelled = cancelled

    def read(self, size: int = -1) -> bytes:
        _stop_if(self._cancelled)
        return self._raw.read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        self._raw.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


def file_head(path: Path) -> tuple[int, bytes]:
    """The size of ``path`` and its first eight bytes; :class:`UnreadableFile` in a sentence
    when it is missing or cannot be read (open in Excel or WPS)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            return size, fh.read(8)
    except FileNotFoundError:
        raise UnreadableFile(said("找不到文件：{path}", path=str(path)), path.name) from None
    except OSError as exc:
        raise UnreadableFile(
            said(
                "无法读取文件（{reason}），如果它正在 Excel 或 WPS 中打开，请先关闭。",
                reason=exc.strerror or str(exc),
            ),
            path.name,
        ) from None


def check_size(size: int, name: str) -> None:
    """Refuse a file over :data:`MAX_FILE_BYTES` before anything parses it."""
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(
            said(
                "文件过大（{size} MB，上限 {limit} MB）。",
                size=_mb(size),
                limit=_mb(MAX_FILE_BYTES),
            ),
            name,
        )


def check_package(path: str | os.PathLike[str], cancelled: Cancelled | None = None) -> None:
    """Raise :class:`UnreadableFile` unless ``path`` is an .xlsx that is safe to open;
    :class:`OperationCancelled` as soon as ``cancelled()`` says so."""
    path = Path(path)
    name = path.name
    size, magic = file_head(path)
    if magic == _OLE_MAGIC:
        raise UnreadableFile(said(OLD_XLS), name)
    check_size(size, name)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_directory(archive, name)
            for info in archive.infolist():
                _check_part(archive, info, name, cancelled)
    except zipfile.BadZipFile:
        raise UnreadableFile(said(NOT_XLSX), name) from None
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        raise UnreadableFile(said("文件已损坏，无法读取。"), name) from None


def _check_directory(archive: zipfile.ZipFile, file: str) -> None:
    infos = archive.infolist()
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise UnreadableFile(said(NOT_XLSX), file)
    if len(infos) > MAX_ENTRIES or len(names) != len(infos):
        raise UnreadableFile(said("文件内部结构异常（条目过多或重复），已拒绝。"), file)
    total = 0
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnreadableFile(said("文件使用了 Excel 不会使用的压缩方式，已拒绝。"), file)
        if info.flag_bits & 0x1:
            raise UnreadableFile(said(OLD_XLS), file)
        if info.file_size > MAX_PART_BYTES:
            raise UnreadableFile(
                said(TOO_BIG, size=_mb(info.file_size), limit=_mb(MAX_PART_BYTES)), file
            )
        if info.file_size > RATIO_FLOOR:
            ratio = info.file_size // max(info.compress_size, 1)
            if ratio > MAX_RATIO:
                raise UnreadableFile(said(BOMB, name=info.filename, ratio=ratio), file)
        _check_size(_kind_by_name(info.filename), info.file_size, info.filename, file)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise UnreadableFile(said(TOO_BIG, size=_mb(total), limit=_mb(MAX_TOTAL_BYTES)), file)


def _encoding(head: bytes) -> str | None:
    """The encoding of an XML part from its first bytes; ``None`` if it is not XML at all."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(b"<\x00"):
        return "utf-16-le"
    if head.startswith(b"\x00<"):
        return "utf-16-be"
    stripped = head.lstrip()
    if not stripped.startswith(b"<"):
        return None  # a picture or other binary part: never parsed as XML
    declared = _DECL_ENCODING.match(stripped)
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        if encoding.startswith("utf-16"):
            return "utf-8"  # the bytes are single-byte; expat refuses the mismatch itself
        if encoding not in _PLAIN:
            return "!" + encoding
    return "utf-8"


class _Counter:
    """Elements of one kind counted across the chunks of a part, refused past a limit."""

    def __init__(self, pattern: re.Pattern[str], limit: int, what: str):
        self.pattern, self.limit, self.what = pattern, limit, what
        self.count = 0

    def add(self, text: str, tail: str, part: str, file: str) -> None:
        """Count the matches in ``text`` but not those wholly inside ``tail``, the start of
        ``text`` kept from the previous chunk (they were counted with it)."""
        self.count += len(self.pattern.findall(text)) - len(self.pattern.findall(tail))
        if self.count > self.limit:
            message = said(TOO_MANY, name=part, limit=self.limit, what=self.what)
            raise UnreadableFile(message, file)


def _counters(kind: str | None) -> list[_Counter]:
    if kind == _SHARED:
        return [_Counter(_STRING, MAX_SHARED_STRINGS, said("条不同的文字"))]
    if kind == _SHEET:
        return [
            _Counter(_ROW, MAX_SHEET_ROWS, said("行")),
            _Counter(_CELL, MAX_SHEET_CELLS, said("个单元格")),
        ]
    return []


def _check_part(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: str, cancelled: Cancelled | None
) -> None:
    if info.is_dir():
        return
    _stop_if(cancelled)
    with archive.open(info) as part:
        head = part.read(CHUNK)
        encoding = _encoding(head)
        if encoding is None:
            return
        if encoding.startswith("!"):
            raise UnreadableFile(said(ENCODING, name=info.filename, encoding=encoding[1:]), file)
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        tail = ""
        chunk = head
        counters: list[_Counter] | None = None
        while chunk:
            text = tail + decoder.decode(chunk).lower()
            if any(mark in text for mark in _FORBIDDEN):
                raise UnreadableFile(said(ENTITY, name=info.filename), file)
            if counters is None:  # the first chunk: what the part is, whatever its name
                root = _ROOT.match(text)
                kind = _kind_by_name(info.filename) or (root.group(1) if root else None)
                _check_size(kind, info.file_size, info.filename, file)
                counters = _counters(kind)
            for counter in counters:
                counter.add(text, tail, info.filename, file)
            tail = text[-_TAIL:]
            _stop_if(cancelled)
            chunk = part.read(CHUNK)
