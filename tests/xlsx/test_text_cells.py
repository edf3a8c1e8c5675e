"""Pure helpers for the register modules: names with phones, month ranges, plate numbers."""

from __future__ import annotations

import pytest

from db.xlsx.cells import CellError
from db.xlsx.cells import NameEntry
from db.xlsx.cells import join_known_names
from db.xlsx.cells import name_key
from db.xlsx.cells import names_in_cell
from db.xlsx.cells import normalize_plate
from db.xlsx.cells import parse_names
from db.xlsx.cells import split_names
from db.xlsx.months import parse_months

# ---- names ---------------------------------------------------------------------------------


def pairs(entries):
    return [(e.name, e.phone) for e in entries]


def test_names_split_on_every_separator_and_on_spaces():
    written = "张三、李四, 王五 ，赵六;钱七 ； 孙八\n周九/吴十 郑十一\u3000冯十二"
    assert [e.name for e in split_names(written)] == [
        "张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "郑十一", "冯十二",
    ]  # fmt: skip
    assert split_names("") == [] and split_names(None) == [] and split_names("、 ,") == []


@pytest.mark.parametrize(
    "written",
    [
        "李德华 18925371803",
        "李德华(18925371803)",
        "李德华（18925371803）",
        "李德华：189-2537-1803",
        "李德华:18925371803",
        "李德华18925371803",
        "李德华 电话：18925371803",
        "李德华（手机 189 2537 1803）",
        "李德华／18925371803",
    ],
)
def test_a_phone_after_a_name_goes_with_it(written):
    [entry] = split_names(written)
    assert entry.name == "李德华"
    assert entry.phone is not None and "".join(c for c in entry.phone if c.isdigit()) == (
        "18925371803"
    )


def test_several_people_with_and_without_phones():
    assert pairs(split_names("李德华 18925371803、王五，赵六(023-4560 1119) 钱七")) == [
        ("李德华", "18925371803"),
        ("王五", None),
        ("赵六", "023-4560 1119"),
        ("钱七", None),
    ]


def test_a_phone_without_a_name_is_a_cell_error():
    with pytest.raises(CellError, match="电话“18925371803”前面没有姓名"):
        split_names("18925371803")
    with pytest.raises(CellError, match="前面没有姓名"):
        split_names(18925371803)
    with pytest.raises(CellError, match="前面没有姓名"):
        split_names("李德华 18925371803、13800000000")  # the name before has its phone


def test_short_numbers_are_not_phones():
    assert pairs(split_names("张三 119")) == [("张三", None), ("119", None)]


KNOWN = {name_key(n) for n in ("李明", "张三", "李四", "欧阳娜娜", "王小明", "小明")}


def test_padded_names_are_joined_back_when_the_joined_name_is_known():
    assert pairs(join_known_names(split_names("李  明"), KNOWN)) == [("李明", None)]
    assert pairs(names_in_cell("李　明 13800000000、张三", KNOWN)) == [
        ("李明", "13800000000"),
        ("张三", None),
    ]
    assert pairs(names_in_cell("欧 阳 娜 娜", KNOWN)) == [("欧阳娜娜", None)]
    # “王” is nobody: 王 + 小明 is 王小明, though 小明 is a name on its own
    assert pairs(names_in_cell("王 小明", KNOWN)) == [("王小明", None)]


def test_known_names_side_by_side_stay_apart_and_unknown_parts_stay_as_written():
    assert pairs(names_in_cell("张三 李四", KNOWN)) == [("张三", None), ("李四", None)]
    assert pairs(names_in_cell("李、明", KNOWN)) == [("李", None), ("明", None)]  # 、 is meant
    assert pairs(names_in_cell("无名 氏", KNOWN)) == [("无名", None), ("氏", None)]
    # a phone ends a person: 李 13800000000 明 is not 李明
    assert pairs(names_in_cell("李 13800000000 明", KNOWN)) == [("李", "13800000000"), ("明", None)]


def test_join_keeps_the_piece_of_the_cell():
    joined = join_known_names(split_names("张三、李 明"), KNOWN)
    assert joined == [NameEntry("张三", None, 0), NameEntry("李明", None, 1)]


def test_the_name_list_kind_still_splits_only_on_separators():
    assert parse_names("李  明、张三 李四") == ["李  明", "张三 李四"]


# ---- months --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "months"),
    [
        ("12-2", {12, 1, 2}),
        ("12月-2月", {12, 1, 2}),
        ("12月至2月", {12, 1, 2}),
        ("11月至次年3月", {11, 12, 1, 2, 3}),
        ("十二月至二月", {12, 1, 2}),
        ("1、2、3月", {1, 2, 3}),
        ("1,2,3", {1, 2, 3}),
        ("1，2，3", {1, 2, 3}),
        ("1-3月", {1, 2, 3}),
        ("１２－２", {12, 1, 2}),
        (" 12 月 至 2 月 ", {12, 1, 2}),
        ("12月份至次年2月份", {12, 1, 2}),
        ("每年12月到2月", {12, 1, 2}),
        ("7月和8月", {7, 8}),
        ("3-3", {3}),
        ("6", {6}),
        (6, {6}),
        ("全年", set(range(1, 13))),
        ("1-12月", set(range(1, 13))),
        ("", set()),
        ("无", set()),
    ],
)
def test_month_ranges_as_written(written, months):
    assert parse_months(written) == months


@pytest.mark.parametrize("written", ["冬季", "12月底", "1.5", "二月中旬"])
def test_months_that_cannot_be_read_get_a_hint(written):
    with pytest.raises(CellError) as info:
        parse_months(written)
    assert str(info.value) == (
        f"无法识别的月份“{written}”，请写成 12-2、12月至次年2月 或 1、2、3月 的形式"
    )


def test_months_out_of_range():
    with pytest.raises(CellError, match="应在 1 到 12 之间"):
        parse_months("11-13")


# ---- plates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "渝A12345",
        "渝A·12345",
        "渝Ａ１２３４５",
        "渝A 12345",
        "渝a12345",
        " 渝A-12345 ",
        "渝A•12345",
    ],
)
def test_plates_compare_equal_in_the_canonical_form(written):
    assert normalize_plate(written) == "渝A·12345"


def test_plate_suffixes_and_new_energy_plates():
    assert normalize_plate("渝A1234应急") == "渝A·1234应急"
    assert normalize_plate("渝AD12345") == "渝A·D12345"
    assert normalize_plate("渝A1234挂") == "渝A·1234挂"


def test_text_that_is_not_a_plate_is_only_tidied():
    assert normalize_plate("WJ 渝 1234") == "WJ渝1234"
    assert normalize_plate("") == "" and normalize_plate(None) == ""
