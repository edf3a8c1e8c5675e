"""Reading what people type into cells: dates, yes/no, name lists, headers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.xlsx.cells import CellError
from db.xlsx.cells import display_width
from db.xlsx.cells import header_key
from db.xlsx.cells import parse_date
from db.xlsx.cells import parse_int
from db.xlsx.cells import parse_names
from db.xlsx.cells import parse_yesno

FEB_10 = dt.date(2024, 2, 10)


@pytest.mark.parametrize(
    "written",
    [
        FEB_10,
        dt.datetime(2024, 2, 10, 0, 0),
        "2024-02-10",
        "2024/2/10",
        "2024.2.10",
        "2024年2月10日",
        "２０２４年２月１０日",
        "２０２４－０２－１０",
        " 2024 / 2 / 10 ",
        "2024年 2月 10日",
        "2024-02-10 00:00:00",
        "20240210",
        45332,  # an Excel day number in a cell without a date format
    ],
)
def test_every_date_form_reads_as_the_same_day(written):
    assert parse_date(written) == FEB_10


@pytest.mark.parametrize("written", ["2024-13-01", "2024-2-30", "明天", "2024-02", "10/2/2024"])
def test_bad_dates_are_refused_with_a_hint(written):
    with pytest.raises(CellError, match="2024-02-10"):
        parse_date(written)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_any_date_written_the_chinese_way_reads_back(day):
    assert parse_date(f"{day.year}年{day.month}月{day.day}日") == day
    assert parse_date(f"{day.year}/{day.month}/{day.day}") == day


@pytest.mark.parametrize("written", ["是", "Y", "y", "yes", "√", "✓", " 是 ", "Ｙ", True, 1])
def test_yes(written):
    assert parse_yesno(written) is True


@pytest.mark.parametrize("written", ["否", "N", "n", "×", "", None, "  ", False, 0])
def test_no_and_blank_is_no(written):
    assert parse_yesno(written) is False


def test_yes_no_refuses_anything_else():
    with pytest.raises(CellError, match="是/否"):
        parse_yesno("也许")


def test_name_lists_split_on_every_separator():
    assert parse_names("张三、李四, 王五 ，赵六;钱七 ； 孙八\n周九") == [
        "张三",
        "李四",
        "王五",
        "赵六",
        "钱七",
        "孙八",
        "周九",
    ]
    assert parse_names("张三") == ["张三"]
    assert parse_names("、张三、、") == ["张三"]


def test_integers_accept_full_width_digits_and_refuse_words():
    assert parse_int("３") == 3
    assert parse_int(3.0) == 3
    with pytest.raises(CellError):
        parse_int("三")


@pytest.mark.parametrize(
    "written", ["姓名", " 姓名 ", "姓 名", "姓\u3000名", "*姓名", "姓名*", "姓名（必填）", "姓名："]
)
def test_headers_match_despite_spaces_marks_and_full_width(written):
    assert header_key(written) == "姓名"


def test_cjk_characters_count_double_for_column_widths():
    assert display_width("abc") == 3
    assert display_width("姓名") == 4
    assert display_width("１２") == 4
