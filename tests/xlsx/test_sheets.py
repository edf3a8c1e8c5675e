"""Choosing the sheet, and the signature block under a table."""

from __future__ import annotations

import openpyxl
import pytest

from db.xlsx import UnreadableFile
from db.xlsx import import_register
from db.xlsx.reader import footer_label
from tests.xlsx.helpers import FIXTURES
from tests.xlsx.helpers import problems
from tests.xlsx.helpers import read
from tests.xlsx.helpers import values
from tests.xlsx.helpers import xlsx

HEAD = ["序号", "姓名", "数量", "备注"]


def workbook(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


# ---- sheet= --------------------------------------------------------------------------------


def test_by_default_the_best_matching_sheet_is_read(tmp_path):
    path = workbook(
        tmp_path / "t.xlsx",
        {
            "说明": [["请填写姓名"]],
            "二月": [["姓名"], ["甲"]],
            "三月": [["姓名", "数量"], ["乙", 1]],
        },
    )
    assert read(path).sheet == "三月"


def test_a_named_sheet_is_the_only_one_read(tmp_path):
    path = workbook(
        tmp_path / "t.xlsx",
        {"二月": [["姓名"], ["甲"]], "三月": [["姓名", "数量"], ["乙", 1]]},
    )
    sheet = read(path, sheet="二月")
    assert (sheet.sheet, values(sheet, "name")) == ("二月", [(2, "甲")])
    assert read(path, sheet=" 二 月 ").sheet == "二月"  # spaces and full width forgiven


def test_a_named_sheet_of_an_xls(tmp_path):
    from db.xlsx import register_spec
    from db.xlsx.reader import read_sheet

    duty = register_spec("duty")
    sheet = read_sheet(duty, FIXTURES / "duty.xls", sheet="2027年3月")
    assert sheet.sheet == "2027年3月"
    assert [r.values["date"].isoformat() for r in sheet.rows] == ["2027-03-01", "2027-03-02"]


def test_an_unknown_sheet_name_lists_the_sheets(tmp_path):
    path = workbook(tmp_path / "t.xlsx", {"二月": [["姓名"]], "三月": [["姓名"]]})
    with pytest.raises(UnreadableFile) as info:
        read(path, sheet="四月")
    assert info.value.problems[0].message == "文件中没有名为“四月”的工作表（有：“二月”、“三月”）。"


def test_a_named_sheet_without_the_header_says_which_sheet(tmp_path):
    path = workbook(tmp_path / "t.xlsx", {"说明": [["请填写"]], "名单": [["姓名"], ["甲"]]})
    with pytest.raises(UnreadableFile) as info:
        read(path, sheet="说明")
    assert "在工作表“说明”前 20 行中找不到表头" in info.value.problems[0].message


def test_import_register_passes_the_sheet_on(database, tmp_path):
    path = workbook(
        tmp_path / "t.xlsx",
        {"旧": [["姓名", "职务"], ["甲", "队员"], ["乙", "队员"]], "新": [["姓名"], ["丙"]]},
    )
    assert import_register(database, "members", path, sheet="新").added == 1


# ---- footers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("制表人：王五", "制表人"),
        ("制表人:王五", "制表人"),
        ("制表人 王五", "制表人"),
        ("制 表 人：", "制表人"),
        ("审核人（签字）：", "审核人"),
        ("填表日期：2027年1月5日", "填表日期"),
        ("单位（盖章）", "单位(盖章)"),
        ("　注：本表一式两份", "注"),
        ("说明: 请于每月5日前报送", "说明"),
        ("备注：无", "备注"),
        ("负责人", "负责人"),
    ],
)
def test_footer_labels(written, label):
    assert footer_label(written) == label


@pytest.mark.parametrize(
    "written", ["签字笔", "说明书", "备注栏", "注意事项", "负责人员", "张三", 5]
)
def test_words_that_only_begin_like_a_label_are_not_footers(written):
    assert footer_label(written) is None


def test_a_signature_block_under_the_table_is_left_out_with_one_notice(tmp_path):
    path = xlsx(
        tmp_path / "t.xlsx",
        [
            HEAD,
            [1, "张三", 2, "老队员"],
            [2, "李四", 3, None],
            [],
            [],
            ["制表人：王五", None, "审核人：赵六", "负责人："],
            ["填表日期：2027年1月5日"],
            [None, "注：本表一式两份"],
        ],
        merges=["A6:B6"],
    )
    sheet = read(path)
    assert values(sheet, "name", "count") == [(2, "张三", 2), (3, "李四", 3)]
    assert problems(sheet) == []
    assert sheet.footer == [6, 7, 8]
    footer = [n for n in sheet.notices if "落款" in n]
    assert footer == [
        "已忽略表格下方的落款（第 6–8 行：制表人、审核人、负责人、填表日期、注），未作为数据导入。"
    ]


def test_a_data_row_with_a_note_in_the_middle_is_data(tmp_path):
    path = xlsx(
        tmp_path / "t.xlsx",
        [
            ["姓名", "备注", "数量"],
            ["张三", "说明：借出", 1],
            [None, "备注：见附件", None],  # looks like a footer …
            ["李四", None, "两"],  # … but a data row follows, so it is read (and refused)
            ["审核人：赵六"],
        ],
    )
    sheet = read(path)
    assert values(sheet, "name", "notes") == [
        (2, "张三", "说明：借出"),
        (3, None, "备注：见附件"),
        (4, "李四", None),
    ]
    assert problems(sheet) == [(3, "姓名", "必填，不能为空"), (4, "数量", "“两”不是整数")]
    assert sheet.footer == [5]


def test_the_xls_fixture_footer_is_left_out(database):
    report = import_register(database, "members", FIXTURES / "members.xls")
    assert report.added == 2
    assert (
        "已忽略表格下方的落款（第 6–7 行：制表人、审核人、填表日期），未作为数据导入。"
        in report.notices
    )


def test_a_csv_footer_is_left_out(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("姓名,数量\n张三,1\n,\n制表人：王五,\n", encoding="utf-8")
    sheet = read(path)
    assert values(sheet, "name") == [(2, "张三")]
    assert sheet.footer == [4]


def test_the_row_limit_counts_data_rows_not_blank_rows_or_the_signature(tmp_path, monkeypatch):
    import openpyxl

    from db.xlsx import reader
    from db.xlsx.registers import REGISTERS
    from db.xlsx.spec import UnreadableFile

    monkeypatch.setattr(reader, "MAX_DATA_ROWS", 5)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "职务"])
    for n in range(5):
        ws.append([f"队员{n}", "队员"])
        if n in (1, 3):
            ws.append([])  # blank rows between do not count
    ws.append(["制表人：王五", "审核人：李德华"])
    path = tmp_path / "full.xlsx"
    wb.save(path)
    sheet = reader.read_sheet(REGISTERS["members"], path)
    assert len(sheet.rows) == 5 and sheet.footer == [9]
    ws.append(["队员5", "队员"])  # a sixth member, after the signature: over the limit
    wb.save(path)
    try:
        reader.read_sheet(REGISTERS["members"], path)
    except UnreadableFile as exc:
        assert "超过一次导入的上限 5 行" in str(exc)
    else:
        raise AssertionError("a sixth data row was accepted")
