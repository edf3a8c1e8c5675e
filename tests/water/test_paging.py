"""Text search in the SQL-paged registers: "contains", ignoring case, with %, _ and \\ taken
literally (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from db.water import WaterBook
from db.water import WaterFilter
from tests.water.helpers import hydrant


@pytest.fixture
def book(any_database) -> WaterBook:
    return WaterBook(any_database)


@pytest.mark.parametrize(
    "text, found",
    [
        ("xhs", ["XHS-001", "XHS-1_1", "XHS-10%", "XHS-1\\2", "XHS-Ab1"]),
        ("ab1", ["XHS-Ab1"]),
        ("1_1", ["XHS-1_1"]),  # _ is not "any one character"
        ("_", ["XHS-1_1"]),
        ("10%", ["XHS-10%"]),  # % is not "anything"
        ("%", ["XHS-10%"]),
        ("1\\2", ["XHS-1\\2"]),
        ("\\", ["XHS-1\\2"]),
        ("S-0", ["XHS-001"]),
        ("石龙", ["XHS-Ab1"]),  # the village
        ("none", []),
    ],
)
def test_text_is_found_anywhere_literally_and_ignoring_case(book, text, found):
    for code in ("XHS-001", "XHS-1_1", "XHS-10%", "XHS-1\\2"):
        hydrant(book, code, name=f"消火栓{len(code)}")
    hydrant(book, "XHS-Ab1", name="消火栓", village="石龙村")
    page = book.page(0, 50, "code", WaterFilter(text=text))
    assert sorted(x.code for x in page.rows) == sorted(found)
    assert page.total == len(found)
