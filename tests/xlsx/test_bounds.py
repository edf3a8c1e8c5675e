"""The parts openpyxl keeps in memory or walks whole are bounded before it parses them, and an
import can be cancelled while the workbook is still being read."""

from __future__ import annotations

import random
import string
import traceback
import zipfile
import zlib

import openpyxl
import pytest

from db.duty.models import Member
from db.xlsx import OperationCancelled
from db.xlsx import import_register
from db.xlsx import read_file
from db.xlsx import safety
from tests.xlsx.test_safety import dump
from tests.xlsx.test_safety import good_file
from tests.xlsx.test_safety import rebuild
from tests.xlsx.test_safety import refused

STRINGS = "xl/sharedStrings.xml"
SHEET = "xl/worksheets/sheet1.xml"
MIB = 1024 * 1024
SST_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


@pytest.fixture
def db(database):
    with database.transaction() as s:
        s.add(Member(name="张三"))
    return database


class _Repeat:
    """A compressor for one zip part made of one group of bytes written again and again: the
    group is deflated once, closed by a full flush (so it refers to nothing before it), and the
    same bytes stand for every copy. The zip writer still counts the real size and CRC."""

    def __init__(self, group: bytes):
        self._zlib = zlib.compressobj(9, zlib.DEFLATED, -15)
        self._group = group
        self._packed = self._zlib.compress(group) + self._zlib.flush(zlib.Z_FULL_FLUSH)

    def compress(self, data: bytes) -> bytes:
        if data == self._group:
            return self._packed
        return self._zlib.compress(data) + self._zlib.flush(zlib.Z_FULL_FLUSH)

    def flush(self) -> bytes:
        return self._zlib.flush()


def strings_group(count: int = 300) -> bytes:
    """``count`` different strings of random letters: they deflate about 60:1 when repeated."""
    rnd = random.Random(11)
    return b"".join(
        b"<si><t>" + "".join(rnd.choices(string.ascii_letters, k=40)).encode() + b"</t></si>"
        for _ in range(count)
    )


def with_big_part(src, dst, name, head, group, size, tail=b"", replace=None):
    """``src`` rebuilt as ``dst`` with part ``name`` = head + group×n + tail (about ``size``
    bytes uncompressed), written in a fraction of a second; ``replace`` changes other parts."""
    replace = dict(replace or {})
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename not in (name, STRINGS):
                new.writestr(info.filename, replace.pop(info.filename, old.read(info.filename)))
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with new.open(info, "w", force_zip64=True) as part:
            part._compressor = _Repeat(group)  # type: ignore[attr-defined]
            part.write(head)
            for _ in range(-(-size // len(group))):
                part.write(group)
            part.write(tail)
    return dst


SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def excel_style(path, rows):
    """A workbook as Excel and WPS write it: every text in the shared-strings part, the sheet
    holding their numbers (openpyxl itself writes the texts into the sheet)."""
    src = good_file(path.with_name("plain.xlsx"))
    texts: dict[str, int] = {}
    cells = []
    for r, row in enumerate(rows, start=1):
        refs = "".join(
            f'<c r="{chr(65 + c)}{r}" t="s"><v>{texts.setdefault(v, len(texts))}</v></c>'
            for c, v in enumerate(row)
        )
        cells.append(f'<row r="{r}">{refs}</row>')
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(cells)}</sheetData></worksheet>"
    )
    sst = SST_HEAD + "".join(f"<si><t>{t}</t></si>" for t in texts).encode() + b"</sst>"
    with zipfile.ZipFile(src) as z:
        types = z.read("[Content_Types].xml").replace(
            b"</Types>",
            f'<Override PartName="/{STRINGS}" ContentType="{SST_TYPE}"/></Types>'.encode(),
        )
        rels = z.read("xl/_rels/workbook.xml.rels").replace(
            b"</Relationships>",
            f'<Relationship Id="rIdS" Type="{SST_REL}" Target="sharedStrings.xml"/>'
            "</Relationships>".encode(),
        )
    parts = {
        SHEET: sheet.encode(),
        STRINGS: sst,
        "[Content_Types].xml": types,
        "xl/_rels/workbook.xml.rels": rels,
    }
    return rebuild(src, path, parts)


def strings_file(tmp_path, size, name=STRINGS, replace=None):
    src = excel_style(tmp_path / "ok.xlsx", [["姓名", "职务"], ["李四", "队员"]])
    group = strings_group() * 64
    dst = tmp_path / "texts.xlsx"
    return with_big_part(src, dst, name, SST_HEAD, group, size, b"</sst>", replace)


def test_a_small_file_with_a_huge_shared_strings_part_is_refused_at_once(db, tmp_path):
    path = strings_file(tmp_path, 247 * MIB)
    with zipfile.ZipFile(path) as z:
        part = z.getinfo(STRINGS)
    assert path.stat().st_size < 6 * MIB and part.file_size > 246 * MIB
    assert part.file_size < 200 * part.compress_size  # not a zip bomb by its ratio
    assert refused(db, path, "文字表", "247 MB", f"上限 {safety.MAX_SHARED_BYTES // MIB} MB") < 1


def test_shared_strings_under_another_name_are_known_by_their_content(db, tmp_path):
    src = excel_style(tmp_path / "ok.xlsx", [["姓名", "职务"], ["李四", "队员"]])
    with zipfile.ZipFile(src) as z:
        types = z.read("[Content_Types].xml").replace(b"/xl/sharedStrings.xml", b"/xl/words.xml")
        rels = z.read("xl/_rels/workbook.xml.rels").replace(b"sharedStrings.xml", b"words.xml")
    assert b"words.xml" in types and b"words.xml" in rels
    replace = {"[Content_Types].xml": types, "xl/_rels/workbook.xml.rels": rels}
    path = strings_file(tmp_path, 247 * MIB, name="xl/words.xml", replace=replace)
    assert refused(db, path, "文字表", "xl/words.xml", "247 MB") < 1


def test_shared_strings_at_the_size_limit_import(db, tmp_path, monkeypatch):
    path = excel_style(tmp_path / "ok.xlsx", [["姓名", "职务"], ["李四", "队员"]])
    with zipfile.ZipFile(path) as z:
        size = z.getinfo(STRINGS).file_size
    monkeypatch.setattr(safety, "MAX_SHARED_BYTES", size)
    assert import_register(db, "members", path).added == 1
    monkeypatch.setattr(safety, "MAX_SHARED_BYTES", size - 1)
    refused(db, path, "文字表")


def _members(path, count):
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "职务"])
    for n in range(count):
        wb.active.append([f"队员{n:05d}", "队员"])
    wb.save(path)
    return path


@pytest.mark.parametrize("chunk", [7, 64 * 1024])
def test_shared_strings_are_counted_exactly_across_chunks(db, tmp_path, monkeypatch, chunk):
    rows = [["姓名", "职务"], *([f"队员{n:05d}", "队员"] for n in range(300))]
    path = excel_style(tmp_path / "名册.xlsx", rows)
    with zipfile.ZipFile(path) as z:
        written = z.read(STRINGS).count(b"<si>")
    assert written == 300 + 3  # the names, 姓名, 职务 and 队员
    monkeypatch.setattr(safety, "CHUNK", chunk)  # 7 bytes: tags split between chunks
    monkeypatch.setattr(safety, "MAX_SHARED_STRINGS", written - 1)
    refused(db, path, "超过 302 条不同的文字")
    monkeypatch.setattr(safety, "MAX_SHARED_STRINGS", written)
    assert import_register(db, "members", path).added == 300


@pytest.mark.parametrize(
    ("limit", "value", "words"),
    [
        ("MAX_SHEET_ROWS", 50, ["超过 50 行"]),
        ("MAX_SHEET_CELLS", 100, ["超过 100 个单元格"]),
    ],
)
def test_a_sheet_is_bounded_by_rows_and_cells(db, tmp_path, monkeypatch, limit, value, words):
    path = _members(tmp_path / "名册.xlsx", 60)  # 61 rows, 122 cells
    monkeypatch.setattr(safety, limit, value)
    refused(db, path, *words)


def test_a_sheet_is_bounded_by_its_size_from_the_directory(db, tmp_path, monkeypatch):
    path = _members(tmp_path / "名册.xlsx", 60)
    with zipfile.ZipFile(path) as z:
        size = z.getinfo(SHEET).file_size
    monkeypatch.setattr(safety, "MAX_SHEET_BYTES", size - 1)
    scanned = []
    monkeypatch.setattr(safety, "_check_part", lambda *a: scanned.append(a))
    refused(db, path, "工作表", "sheet1.xml", "分成几个文件")
    assert scanned == []  # refused before any part was inflated


def test_cancel_before_reading_stops_at_once(db, tmp_path):
    path = _members(tmp_path / "名册.xlsx", 10)
    before = dump(db)
    with pytest.raises(OperationCancelled, match="已取消导入"):
        import_register(db, "members", path, cancelled=lambda: True)
    assert dump(db) == before


def test_cancel_stops_openpyxl_while_it_reads_the_shared_strings(tmp_path):
    """30 MiB of shared strings take openpyxl half a minute: it is asked again and again while
    it parses them, and stops there when 取消 is pressed."""
    path = strings_file(tmp_path, 30 * MIB)
    asked = []

    def cancelled() -> bool:
        names = [frame.name for frame in traceback.extract_stack()]
        if "read_string_table" in names:  # openpyxl, parsing the shared strings
            asked.append(names)
        return len(asked) >= 5

    with pytest.raises(OperationCancelled, match="已取消导入"):
        read_file("members", path, cancelled=cancelled)
    assert len(asked) == 5  # asked five times inside openpyxl's parsing, stopped at the fifth


def test_cancel_stops_a_csv_while_its_rows_are_split(db, tmp_path):
    path = tmp_path / "名册.csv"
    path.write_text("姓名,职务\n" + "".join(f"队员{n},队员\n" for n in range(5000)), "utf-8")
    asked = []

    def cancelled() -> bool:
        names = [frame.name for frame in traceback.extract_stack()]
        asked.append("parse_csv" in names)
        return len(asked) >= 3

    before = dump(db)
    with pytest.raises(OperationCancelled, match="已取消导入"):
        import_register(db, "members", path, cancelled=cancelled)
    assert asked == [True, True, True]  # asked while the rows were split, stopped at once
    assert dump(db) == before
