"""Files that must be refused before openpyxl parses them, with the database untouched."""

from __future__ import annotations

import re
import struct
import time
import zipfile

import openpyxl
import pytest
from sqlalchemy import text

from db.duty.models import Member
from db.xlsx import UnreadableFile
from db.xlsx import import_register
from db.xlsx.reader import MAX_DATA_ROWS

SHEET = "xl/worksheets/sheet1.xml"


def dump(database):
    with database.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all()
            for t in ("member", "audit_log")
        }


@pytest.fixture
def db(database):
    with database.transaction() as s:
        s.add(Member(name="张三"))
    return database


def good_file(path):
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "职务"])
    wb.active.append(["李四", "队员"])
    wb.save(path)
    return path


def rebuild(src, dst, parts):
    """Copy the zip ``src`` to ``dst`` with some parts replaced (bytes) or added."""
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, parts.pop(info.filename, old.read(info.filename)))
        for name, data in parts.items():
            new.writestr(name, data)
    return dst


def refused(database, path, *words):
    before = dump(database)
    start = time.perf_counter()
    with pytest.raises(UnreadableFile) as info:
        import_register(database, "members", path)
    elapsed = time.perf_counter() - start
    assert dump(database) == before
    problem = info.value.problems[0]
    assert problem.row is None
    for word in words:
        assert word in problem.message
    return elapsed


def test_the_untouched_file_imports(db, tmp_path):
    assert import_register(db, "members", good_file(tmp_path / "ok.xlsx")).added == 1


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", ["文件是空的"]),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024, [".xls", "另存为"]),
        (b"PK\x03\x04 broken", ["不是 Excel 工作簿"]),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", ["不是 Excel/WPS 表格或 CSV"]),
    ],
    ids=["empty", "broken-xls", "broken-zip", "picture"],
)
def test_a_file_that_is_not_xlsx_is_refused(db, tmp_path, content, words):
    path = tmp_path / "名册.xlsx"
    path.write_bytes(content)
    refused(db, path, *words)


def test_a_zip_that_is_not_a_workbook_is_refused(db, tmp_path):
    with zipfile.ZipFile(tmp_path / "doc.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    refused(db, tmp_path / "doc.xlsx", "不是 Excel 工作簿")


def test_a_zip_bomb_is_refused_from_the_directory_alone(db, tmp_path):
    src = good_file(tmp_path / "ok.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename != SHEET:
                new.writestr(info.filename, old.read(info.filename))
        with new.open(SHEET, "w") as part:
            part.write(
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            block = b" " * (1024 * 1024)
            for _ in range(100):
                part.write(block)
            part.write(b"</worksheet>")
    assert bomb.stat().st_size < 1024 * 1024
    assert refused(db, bomb, "压缩比异常") < 2


def test_a_part_that_declares_gigabytes_is_refused_without_inflating_it(db, tmp_path):
    path = good_file(tmp_path / "lying.xlsx")
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02")  # first central-directory entry
    assert entry > 0
    struct.pack_into("<I", data, entry + 24, 0xFFFF0000)  # its uncompressed size
    path.write_bytes(bytes(data))
    refused(db, path, "过大")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol3;</t></si></sst>"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&xxe;</workbook>"""


@pytest.mark.parametrize(
    ("part", "payload"),
    [
        ("xl/sharedStrings.xml", BILLION_LAUGHS.encode()),
        ("xl/workbook.xml", EXTERNAL.encode()),
        (
            "xl/workbook.xml",
            EXTERNAL.replace('"1.0"?', '"1.0" encoding="UTF-16"?').encode("utf-16"),
        ),
        ("[Content_Types].xml", b'<?xml version="1.0"?><!ENTITY a "b"><Types/>'),
        (
            SHEET,
            b"<?xml version='1.0'?>\n<!doctype worksheet SYSTEM 'http://example.com/x.dtd'>"
            b"<worksheet/>",
        ),
        ("docProps/custom.xml", b"\xef\xbb\xbf<?xml version='1.0'?><!DOCTYPE a [ ]><a/>"),
    ],
    ids=["billion-laughs", "external-entity", "utf-16", "content-types", "external-dtd", "bom"],
)
def test_xml_with_entity_declarations_is_refused(db, tmp_path, part, payload):
    path = rebuild(good_file(tmp_path / "ok.xlsx"), tmp_path / "xxe.xlsx", {part: payload})
    refused(db, path, "DOCTYPE/ENTITY")


def test_an_exotic_xml_encoding_is_refused(db, tmp_path):
    payload = '<?xml version="1.0" encoding="cp500"?><a/>'.encode("cp500")
    path = rebuild(
        good_file(tmp_path / "ok.xlsx"),
        tmp_path / "enc.xlsx",
        {"docProps/app.xml": b'<?xml version="1.0" encoding="cp500"?>' + payload},
    )
    refused(db, path, "字符编码")


def test_a_sheet_claiming_a_million_rows_is_refused_at_once(db, tmp_path):
    src = good_file(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(src) as z:
        sheet = z.read(SHEET).decode()
    claimed = re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:G1000000"', sheet)
    assert claimed != sheet
    path = rebuild(src, tmp_path / "million.xlsx", {SHEET: claimed.encode()})
    assert refused(db, path, "1,000,000", f"{MAX_DATA_ROWS:,}") < 2


def test_rows_past_the_limit_are_refused_even_when_the_dimension_lies(db, tmp_path, monkeypatch):
    from db.xlsx import reader

    monkeypatch.setattr(reader, "MAX_DATA_ROWS", 3)
    monkeypatch.setattr(reader, "FOOTER_ROOM", 0)
    src = good_file(tmp_path / "ok.xlsx")
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>队员{n}</t></is></c></row>'
        for n in (2, 3, 500, 90_000)  # four data rows, far apart, under a dimension of two
    )
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<dimension ref="A1:B2"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'
        f"{rows}</sheetData></worksheet>"
    )
    path = rebuild(src, tmp_path / "far.xlsx", {SHEET: sheet.encode()})
    refused(db, path, "超过一次导入的上限 3 行")


def test_a_row_number_no_spreadsheet_can_have_is_refused(db, tmp_path):
    src = good_file(tmp_path / "ok.xlsx")
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'
        '<row r="2000000000"><c r="B2000000000" t="inlineStr"><is><t>x</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    path = rebuild(src, tmp_path / "huge.xlsx", {SHEET: sheet.encode()})
    assert refused(db, path, "超过一次导入的上限") < 10
