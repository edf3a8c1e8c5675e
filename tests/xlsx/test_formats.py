"""Every format clerks keep their ledgers in is read the same way, told by content not name."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import func
from sqlalchemy import select

from db.duty.models import Member
from db.shared_models import AuditLog
from db.xlsx import ImportRejected
from db.xlsx import UnreadableFile
from db.xlsx import import_register
from db.xlsx import register_spec
from db.xlsx.reader import read_sheet
from db.xlsx.sources import ET_SAVE_AS
from db.xlsx.sources import NOT_WORKBOOK
from db.xlsx.sources import XLS_BROKEN
from db.xlsx.sources import XLS_PASSWORD
from db.xlsx.sources import open_book
from tests.xlsx.helpers import FIXTURES
from tests.xlsx.helpers import csv_bytes
from tests.xlsx.helpers import csv_file
from tests.xlsx.helpers import read
from tests.xlsx.helpers import values
from tests.xlsx.helpers import xlsx

MEMBERS = register_spec("members")
ROWS = [["姓名", "日期", "人员", "数量"], ["张三", "2027-02-01", "王五、赵六", "3"]]


def refused(path, *words, **kwargs):
    with pytest.raises(UnreadableFile) as info:
        read(path, **kwargs)
    message = info.value.problems[0].message
    for word in words:
        assert word in message
    return message


def member_count(database):
    with database.read() as s:
        return s.scalar(select(func.count(Member.id))), s.scalar(select(func.count(AuditLog.id)))


# ---- .xls ----------------------------------------------------------------------------------


def test_an_xls_reads_like_the_xlsx_it_was_saved_from():
    sheet = read_sheet(MEMBERS, FIXTURES / "members.xls")
    assert (sheet.sheet, sheet.header_row) == ("名册", 2)  # under its merged title row
    assert [(r.number, r.values) for r in sheet.rows] == [
        (
            3,
            {
                "name": "张三",
                "role": "队长",
                "phone": "13800138000",  # a number cell, no “.0”
                "can_lead": True,
                "joined_on": dt.date(2023, 3, 1),  # a date cell
            },
        ),
        (
            4,
            {
                "name": "李四",
                "role": "队员",
                "phone": "0571-8888 1234",
                "can_lead": False,
                "joined_on": dt.date(2023, 5, 2),  # a date typed as text
            },
        ),
    ]
    assert "已忽略未识别的列：序号" in sheet.notices


def test_an_xls_from_a_mac_reads_its_dates_in_the_1904_system():
    import xlrd

    assert xlrd.open_workbook(FIXTURES / "mac1904.xls", logfile=None).datemode == 1
    sheet = read_sheet(MEMBERS, FIXTURES / "mac1904.xls")
    assert [(r.values["name"], r.values["joined_on"]) for r in sheet.rows] == [
        ("周九", dt.date(2024, 2, 10))
    ]


def test_an_xls_imports_into_the_database(database):
    report = import_register(database, "members", FIXTURES / "members.xls")
    assert (report.rows, report.added) == (2, 2)
    with database.read() as s:
        got = {m.name: (m.phone, m.joined_on) for m in s.scalars(select(Member))}
    assert got == {
        "张三": ("13800138000", dt.date(2023, 3, 1)),
        "李四": ("0571-8888 1234", dt.date(2023, 5, 2)),
    }


def test_an_xls_with_an_opening_password_gets_a_sentence_and_writes_nothing(database):
    before = member_count(database)
    with pytest.raises(ImportRejected) as info:
        import_register(database, "members", FIXTURES / "encrypted.xls")
    assert [p.message for p in info.value.problems] == [XLS_PASSWORD]
    assert "密码" in XLS_PASSWORD and "另存为" in XLS_PASSWORD
    assert member_count(database) == before


def test_a_broken_xls_gets_a_sentence(tmp_path):
    broken = tmp_path / "坏.xls"
    broken.write_bytes((FIXTURES / "members.xls").read_bytes()[:1500])
    assert refused(broken) == XLS_BROKEN


def test_an_xlsx_saved_with_a_password_is_told_apart(tmp_path):
    # an encrypted .xlsx is an OLE2 file holding an "EncryptedPackage" stream
    data = bytearray((FIXTURES / "no_workbook.et").read_bytes())
    name = "WpsSheet".encode("utf-16-le")
    at = data.index(name)
    data[at : at + len(name)] = "Encrypte".encode("utf-16-le")
    data += "EncryptedPackage".encode("utf-16-le")
    path = tmp_path / "加密.xlsx"
    path.write_bytes(bytes(data))
    assert refused(path) == XLS_PASSWORD


# ---- WPS .et -------------------------------------------------------------------------------


def test_a_wps_et_holding_an_xls_is_read(tmp_path):
    et = tmp_path / "名册.et"
    shutil.copy(FIXTURES / "members.xls", et)
    sheet = read_sheet(MEMBERS, et)
    assert [r.values["name"] for r in sheet.rows] == ["张三", "李四"]


def test_a_wps_et_holding_an_xlsx_is_read(tmp_path):
    et = xlsx(tmp_path / "台账.et", ROWS)
    assert values(read(et), "name", "count") == [(2, "张三", 3)]


def test_a_wps_et_in_its_own_format_asks_for_save_as(tmp_path):
    et = tmp_path / "名册.et"
    shutil.copy(FIXTURES / "no_workbook.et", et)
    assert refused(et) == ET_SAVE_AS
    assert "另存为" in ET_SAVE_AS and ".xlsx" in ET_SAVE_AS and "WPS" in ET_SAVE_AS
    zipped = tmp_path / "其他.et"
    zipped.write_bytes(b"PK\x03\x04 not a workbook")
    assert refused(zipped) == ET_SAVE_AS


def test_an_ole_file_without_a_workbook_is_not_called_a_broken_xls(tmp_path):
    doc = tmp_path / "通知.xls"
    shutil.copy(FIXTURES / "no_workbook.et", doc)
    assert refused(doc) == NOT_WORKBOOK


# ---- CSV -----------------------------------------------------------------------------------

NAMES = [["姓名", "日期", "人员", "数量", "备注"], ["王䶮", "2027/2/1", "张三、李四", "2", "甲,乙"]]


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"], ids=["utf8", "bom", "gb18030", "u16"]
)
def test_csv_in_every_encoding_excel_and_wps_write(tmp_path, encoding):
    path = csv_file(tmp_path / "台账.csv", NAMES, encoding)
    sheet = read(path)
    assert values(sheet, "name", "date", "people", "count", "notes") == [
        (2, "王䶮", dt.date(2027, 2, 1), ["张三", "李四"], 2, "甲,乙")
    ]
    assert sheet.sheet == "台账"


def test_gbk_csv_from_an_old_excel(tmp_path):
    path = tmp_path / "名册.csv"
    path.write_bytes(csv_bytes([["姓名", "备注"], ["张三", "老队员"]], "gbk"))
    assert values(read(path), "name", "notes") == [(2, "张三", "老队员")]


@pytest.mark.parametrize("delimiter", [",", "\t", ";"], ids=["comma", "tab", "semicolon"])
def test_the_delimiter_is_sniffed(tmp_path, delimiter):
    rows = [["姓名", "数量", "备注"], ["张三", "1", "a b"], ["李四", "2", ""]]
    path = csv_file(tmp_path / "t.csv", rows, delimiter=delimiter)
    assert values(read(path), "name", "count", "notes") == [
        (2, "张三", 1, "a b"),
        (3, "李四", 2, None),
    ]


def test_excel_sep_line_and_quoted_newlines_keep_the_row_numbers_excel_shows(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('sep=;\n姓名;备注\n张三;"第一行\n第二行"\n李四;x\n', encoding="utf-8")
    sheet = read(path)
    assert values(sheet, "name", "notes") == [(2, "张三", "第一行\n第二行"), (3, "李四", "x")]


def test_a_csv_named_xlsx_is_read_as_csv_and_says_so(tmp_path):
    path = tmp_path / "名册.xlsx"
    path.write_bytes(csv_bytes([["姓名", "数量"], ["张三", "1"]], "gbk"))
    sheet = read(path)
    assert values(sheet, "name", "count") == [(2, "张三", 1)]
    assert "“名册.xlsx”的内容是文本表格（CSV），已按 CSV 读取。" in sheet.notices


def test_a_csv_imports_into_the_database_and_a_bad_one_writes_nothing(database, tmp_path):
    good = csv_file(tmp_path / "名册.csv", [["姓名", "手机"], ["张三", "13800138000"]], "gbk")
    assert import_register(database, "members", good).added == 1
    before = member_count(database)
    bad = csv_file(tmp_path / "坏.csv", [["姓名", "入队日期"], ["李四", "去年"]], "utf-8-sig")
    with pytest.raises(ImportRejected) as info:
        import_register(database, "members", bad)
    assert info.value.lines() == [
        "坏.csv:2:入队日期: 无法识别的日期“去年”，请写成 2024-02-10 或 2024年2月10日 的形式"
    ]
    assert member_count(database) == before


def test_text_in_neither_utf8_nor_gb18030_is_refused_not_guessed(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("姓名\n张三\n".encode() + b"\x80\x80\n")
    refused(path, "文字编码", "UTF-8", "GBK")


def test_a_web_page_saved_as_xls_asks_for_save_as(tmp_path):
    path = tmp_path / "导出.xls"
    path.write_text("<html><body><table><tr><td>姓名</td></tr></table></body></html>")
    refused(path, "网页", "另存为", ".xlsx")


def test_a_binary_file_is_not_a_table(tmp_path):
    path = tmp_path / "照片.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    refused(path, "不是 Excel/WPS 表格或 CSV 文件")


def test_a_csv_field_past_the_limit_is_refused_with_its_row(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('姓名,备注\n张三,"' + "长" * 200_000 + '"\n', encoding="utf-8")
    refused(path, "第 2 行", "131,072")


def test_a_csv_with_more_rows_than_a_sheet_can_hold_is_refused(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"a\n" * 1_048_600)
    refused(path, "超过表格的最大行数")


def test_a_big_csv_past_the_import_limit_is_refused(tmp_path):
    from db.xlsx.reader import MAX_DATA_ROWS

    path = tmp_path / "t.csv"
    path.write_text("姓名\n" + "张三\n" * (MAX_DATA_ROWS + 1), encoding="utf-8")
    refused(path, f"{MAX_DATA_ROWS:,}")


def test_the_format_is_told_by_content_not_by_name(tmp_path):
    as_xls = xlsx(tmp_path / "其实是xlsx.xls", ROWS)
    assert values(read(as_xls), "name") == [(2, "张三")]
    as_xlsx = tmp_path / "其实是xls.xlsx"
    shutil.copy(FIXTURES / "members.xls", as_xlsx)
    assert [r.values["name"] for r in read_sheet(MEMBERS, as_xlsx).rows] == ["张三", "李四"]
    kinds = {p.name: open_book(p).kind for p in (as_xls, as_xlsx)}
    assert kinds == {"其实是xlsx.xls": "xlsx", "其实是xls.xlsx": "xls"}


def test_a_hostile_zip_named_et_keeps_its_own_refusal(tmp_path):
    import zipfile

    good = xlsx(tmp_path / "ok.xlsx", ROWS)
    et = tmp_path / "坏.et"
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(et, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>' + data[38:]
            new.writestr(info.filename, data)
    refused(et, "DOCTYPE/ENTITY")
