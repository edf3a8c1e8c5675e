"""Dates written without a year take it from the month given, the sheet, the title or the file."""

from __future__ import annotations

import datetime as dt

import pytest

from db.errors import LedgerError
from db.xlsx import ImportRejected
from db.xlsx import import_register
from db.xlsx.cells import CellError
from db.xlsx.cells import DateContext
from db.xlsx.cells import date_context
from db.xlsx.cells import month_context
from db.xlsx.cells import parse_date
from tests.xlsx.helpers import FIXTURES
from tests.xlsx.helpers import csv_file
from tests.xlsx.helpers import problems
from tests.xlsx.helpers import read
from tests.xlsx.helpers import values
from tests.xlsx.helpers import xlsx

FEB_2027 = DateContext(2027, 2, "工作表名“2027年2月”")
THIS_YEAR = dt.date.today().year


@pytest.mark.parametrize(
    "written", ["2月1日", "2-1", "2/1", "02-01", "2月1号", "二月一日", " 2 月 1 日 ", "２月１日"]
)
def test_month_and_day_take_the_year_from_the_context(written):
    assert parse_date(written, FEB_2027) == dt.date(2027, 2, 1)


def test_chinese_numerals_and_weekdays():
    assert parse_date("十二月三十一日", DateContext(2026, 12)) == dt.date(2026, 12, 31)
    assert parse_date("二〇二七年二月二十八日") == dt.date(2027, 2, 28)
    assert parse_date("2月1日（星期一）", FEB_2027) == dt.date(2027, 2, 1)
    assert parse_date("2027-02-01 周一") == dt.date(2027, 2, 1)
    with pytest.raises(CellError) as info:
        parse_date("2月1日（星期二）", FEB_2027)
    assert str(info.value) == (
        "日期“2月1日（星期二）”：2027年2月1日是星期一，不是星期二"
        "（按工作表名“2027年2月”取 2027 年），请核对日期和年份"
    )


def test_a_roster_across_the_new_year_moves_the_early_months_on():
    december = DateContext(2026, 12)
    assert parse_date("12月31日", december) == dt.date(2026, 12, 31)
    assert parse_date("1月5日", december) == dt.date(2027, 1, 5)
    january = DateContext(2027, 1)
    assert parse_date("12月31日", january) == dt.date(2026, 12, 31)
    assert parse_date("7月1日", january) == dt.date(2027, 7, 1)
    assert parse_date("8月1日", january) == dt.date(2026, 8, 1)
    only_year = DateContext(2027)
    assert parse_date("1月5日", only_year) == dt.date(2027, 1, 5)
    assert parse_date("12月5日", only_year) == dt.date(2027, 12, 5)


def test_without_a_year_anywhere_the_cell_asks_for_it():
    with pytest.raises(CellError) as info:
        parse_date("2月1日")
    assert str(info.value) == (
        f"日期“2月1日”没有年份：请写成{THIS_YEAR}年2月1日，"
        "或在标题/工作表名中写明年份，或导入时指定月份"
    )
    assert info.value.solved_by == "month"  # the window's preview offers the month for it


def test_a_day_that_does_not_exist_in_that_year():
    with pytest.raises(CellError, match="日期“2月29日”不存在（按工作表名“2027年2月”取 2027 年）"):
        parse_date("2月29日", FEB_2027)
    assert parse_date("2月29日", DateContext(2028, 2)) == dt.date(2028, 2, 29)


@pytest.mark.parametrize(
    ("text", "year", "month"),
    [
        ("2027年2月", 2027, 2),
        ("2027年02月值班表", 2027, 2),
        ("2027.2", 2027, 2),
        ("2027-02", 2027, 2),
        ("202702", 2027, 2),
        ("高楼镇2027年度值班安排", 2027, None),
        ("2027", 2027, None),
        ("二〇二七年二月", 2027, 2),
        ("2026—2027年度今冬明春值班表", 2027, 1),
        ("２０２７年２月", 2027, 2),
    ],
)
def test_the_year_a_sheet_name_or_title_names(text, year, month):
    found = date_context(text, "x")
    assert found is not None and (found.year, found.month) == (year, month)


@pytest.mark.parametrize("text", ["Sheet1", "值班表", "第12号", "13800138000", None, 5])
def test_names_without_a_year(text):
    assert date_context(text, "x") is None


def test_month_argument_forms():
    for written in (
        "2027-02",
        "2027-2",
        "2027/02",
        "2027.2",
        "2027年2月",
        "202702",
        "２０２７－０２",
    ):
        assert (month_context(written).year, month_context(written).month) == (2027, 2)
    for bad in ("2027", "2027-13", "二月", "02-2027"):
        with pytest.raises(CellError, match="应写成 2027-02"):
            month_context(bad)


ROSTER = [["日期", "姓名"], ["2月1日", "张三"], ["2-2", "李四"], [dt.datetime(2027, 2, 3), "王五"]]


def test_the_sheet_name_gives_the_year(tmp_path):
    sheet = read(xlsx(tmp_path / "值班.xlsx", ROSTER, title="2027年2月"))
    assert [d for _, d in values(sheet, "date")] == [
        dt.date(2027, 2, 1),
        dt.date(2027, 2, 2),
        dt.date(2027, 2, 3),
    ]
    assert "有 2 个日期没有写年份，已按工作表名“2027年2月”补全年份（第 2–3 行）。" in sheet.notices


def test_a_title_row_above_the_header_gives_the_year(tmp_path):
    path = xlsx(
        tmp_path / "值班.xlsx", [["高楼镇2026年12月值班表"], *ROSTER[:2], ["1月5日", "李四"]]
    )
    sheet = read(path)
    # a December roster: February and January are the coming ones
    assert [d for _, d in values(sheet, "date")] == [dt.date(2027, 2, 1), dt.date(2027, 1, 5)]
    assert "已按标题“高楼镇2026年12月值班表”补全年份" in sheet.notices[-1]


def test_the_sheet_name_comes_before_the_title_and_the_month_before_both(tmp_path):
    path = xlsx(tmp_path / "t.xlsx", [["2025年值班表"], *ROSTER[:2]], title="2026年2月")
    assert values(read(path), "date") == [(3, dt.date(2026, 2, 1))]
    assert values(read(path, month="2028-02"), "date") == [(3, dt.date(2028, 2, 1))]
    assert "已按导入时指定的月份“2028-02”补全年份" in read(path, month="2028-02").notices[-1]


def test_a_csv_takes_the_year_from_its_file_name(tmp_path):
    path = csv_file(tmp_path / "2027年2月值班.csv", ROSTER[:2])
    sheet = read(path)
    assert values(sheet, "date") == [(2, dt.date(2027, 2, 1))]
    assert "已按文件名“2027年2月值班.csv”补全年份" in sheet.notices[-1]


def test_an_xls_sheet_name_gives_the_year(tmp_path):
    from db.xlsx import register_spec
    from db.xlsx.reader import read_sheet

    sheet = read_sheet(register_spec("duty"), FIXTURES / "duty.xls", sheet="2027年2月")
    assert [r.values["date"] for r in sheet.rows] == [dt.date(2027, 2, 1), dt.date(2027, 2, 2)]


def test_with_no_year_anywhere_each_cell_is_a_problem(tmp_path):
    sheet = read(xlsx(tmp_path / "值班.xlsx", ROSTER))
    assert problems(sheet) == [
        (
            2,
            "日期",
            f"日期“2月1日”没有年份：请写成{THIS_YEAR}年2月1日，"
            "或在标题/工作表名中写明年份，或导入时指定月份",
        ),
        (
            3,
            "日期",
            f"日期“2-2”没有年份：请写成{THIS_YEAR}年2月2日，"
            "或在标题/工作表名中写明年份，或导入时指定月份",
        ),
    ]


def test_a_bad_month_argument_is_a_readable_error(tmp_path):
    path = xlsx(tmp_path / "t.xlsx", ROSTER)
    with pytest.raises(LedgerError, match="月份“2月”应写成 2027-02 的形式"):
        read(path, month="2月")


def test_import_register_takes_the_month(database, tmp_path):
    path = xlsx(
        tmp_path / "名册.xlsx", [["姓名", "入队日期"], ["张三", "12月20日"], ["李四", "1月3日"]]
    )
    with pytest.raises(ImportRejected):
        import_register(database, "members", path)
    report = import_register(database, "members", path, month="2025-12")
    assert report.added == 2
    from sqlalchemy import select

    from db.duty.models import Member

    with database.read() as s:
        got = {m.name: m.joined_on for m in s.scalars(select(Member))}
    assert got == {"张三": dt.date(2025, 12, 20), "李四": dt.date(2026, 1, 3)}
