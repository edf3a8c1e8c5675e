"""The register's text search: the same rows whether the trigram index answers it (SQLite,
three characters or more) or the columns are scanned (PostgreSQL, shorter searches), and the
index follows every insert, edit, delete and import."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import text

from db.paging import indexed_text
from db.water import WaterBook
from db.water import WaterFilter
from db.xlsx import import_register
from tests.water.helpers import hydrant
from tests.water.helpers import pool


@pytest.fixture
def book(any_database) -> WaterBook:
    return WaterBook(any_database)


def codes(book: WaterBook, search: str) -> list[str]:
    page = book.page(0, 100, "code", WaterFilter(text=search))
    assert page.total == len(page.rows)
    return [x.code for x in page.rows]


def test_search_finds_substrings_of_code_name_address_and_village(book):
    hydrant(book, "XHS-001", name="高楼小学门口消火栓", address="高楼街12号")
    hydrant(book, "XHS-002", name="农贸市场消火栓", village="石龙村")
    pool(book, "SC-001", name="石龙村蓄水池")
    assert codes(book, "xhs-00") == ["XHS-001", "XHS-002"]  # case-blind, mid-code
    assert codes(book, "高楼小学") == ["XHS-001"]
    assert codes(book, "街12号") == ["XHS-001"]  # address
    assert codes(book, "石龙村") == ["SC-001", "XHS-002"]  # village or name
    assert codes(book, "石龙") == ["SC-001", "XHS-002"]  # two characters: the columns are read
    assert codes(book, 'X"S') == []  # a quote is text, not search syntax
    assert codes(book, "50%") == []


def test_the_index_follows_edits_deletes_and_archiving(book):
    sid = hydrant(book, "XHS-001", name="旧名称消火栓")
    assert codes(book, "旧名称") == ["XHS-001"]
    data = book.source(sid)
    data.name = "新名称消火栓"
    book.save_source(data)
    assert codes(book, "旧名称") == [] and codes(book, "新名称") == ["XHS-001"]
    book.delete_source(sid, book.source(sid).version)
    assert codes(book, "新名称") == []


def test_sqlite_answers_from_the_trigram_index(any_database, book):
    hydrant(book, "XHS-001")
    with any_database.read() as s:
        found = indexed_text(s, "water_source_text", "XHS")
        if not any_database.is_sqlite:
            assert found is None  # PostgreSQL keeps ILIKE
            return
        assert found is not None
        assert indexed_text(s, "water_source_text", "XH") is None  # too short for trigrams
        rows = s.execute(text("SELECT rowid FROM water_source_text WHERE code = 'XHS-001'"))
        assert len(list(rows)) == 1


def test_an_imported_register_is_searchable(any_database, book, tmp_path):
    path = tmp_path / "水源.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["编号", "名称", "类型", "形式", "所在村社", "经度", "纬度"])
    for i in range(30):
        ws.append(
            [f"JD-{i:03d}", f"导入消火栓{i}", "市政消火栓", "地上式", "高楼社区", 105.93, 29.8]
        )
    wb.save(path)
    import_register(any_database, "water-sources", path)
    assert codes(book, "JD-02") == [f"JD-{i:03d}" for i in range(20, 30)]
    assert codes(book, "导入消火栓1") == ["JD-001"] + [f"JD-{i:03d}" for i in range(10, 20)]
