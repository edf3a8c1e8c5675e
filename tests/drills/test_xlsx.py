"""Excel round trip of sites, plans, drills and findings; names that do not exist are cell
errors and nothing is written."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from db.drills import DrillBook
from db.drills import FindingData
from db.xlsx import ImportRejected
from db.xlsx import export_register
from db.xlsx import import_register
from tests.xlsx.helpers import counts
from tests.xlsx.helpers import sheet

from .helpers import TODAY
from .helpers import drill
from .helpers import plan
from .helpers import school
from .helpers import team

TABLES = ("site", "plan", "plan_site", "plan_version", "drill", "drill_attendance", "finding")


SITE_HEAD = [
    "名称",
    "类型",
    "地址",
    "所属村社",
    "经度",
    "纬度",
    "坐标系",
    "联系人",
    "联系电话",
    "人数",
    "备注",
]
PLAN_HEAD = [
    "名称",
    "类型",
    "适用场所",
    "状态",
    "编制人",
    "审核人",
    "发布日期",
    "上次评估日期",
    "版本",
]
DRILL_HEAD = [
    "名称",
    "演练类型",
    "日期",
    "地点",
    "场所",
    "依据预案",
    "组织人",
    "参演人员",
    "评估结论",
]
FINDING_HEAD = ["演练", "问题", "整改措施", "责任人", "期限", "状态", "完成日期"]
HEADS = {"sites": SITE_HEAD, "plans": PLAN_HEAD, "drills": DRILL_HEAD, "findings": FINDING_HEAD}


def test_import_all_four_and_export_round_trip(database, tmp_path):
    team(database)
    sites = sheet(
        tmp_path / "sites.xlsx",
        SITE_HEAD,
        [
            [
                "高楼小学",
                "学校",
                "学府路18号",
                "高楼社区",
                105.9312,
                29.8021,
                "WGS84",
                "陈校长",
                "023-45601231",
                860,
                "",
            ],
            [
                "高楼敬老院",
                "养老院",
                "新街村3组",
                "新街村",
                105.9263,
                29.7968,
                "GCJ-02",
                "李院长",
                "",
                68,
                "失能老人8名",
            ],
        ],
    )
    assert import_register(database, "sites", sites).added == 2
    plans = sheet(
        tmp_path / "plans.xlsx",
        PLAN_HEAD,
        [
            [
                "小学火灾现场处置方案",
                "现场处置方案",
                "高楼小学、高楼敬老院",
                "已发布",
                "陈志强",
                "主任",
                "2024-03-01",
                "",
                "",
            ]
        ],
    )
    assert import_register(database, "plans", plans).added == 1
    day = TODAY - dt.timedelta(days=10)
    drills = sheet(
        tmp_path / "drills.xlsx",
        DRILL_HEAD,
        [
            [
                "小学疏散演练",
                "综合实战演练",
                day,
                "操场",
                "高楼小学",
                "小学火灾现场处置方案",
                "刘建国",
                "刘建国、陈志强,王海波",
                "基本合格",
            ]
        ],
    )
    assert import_register(database, "drills", drills).added == 1
    findings = sheet(
        tmp_path / "findings.xlsx",
        FINDING_HEAD,
        [
            ["小学疏散演练", "水带漏水", "更换接口", "李德华", TODAY, "已整改", day],
            ["小学疏散演练", "标识不清", "补齐标识", "张明亮", TODAY, "待整改", None],
        ],
    )
    assert import_register(database, "findings", findings).added == 2

    book = DrillBook(database)
    (p,) = book.plans()
    assert p.site_names == ["高楼小学", "高楼敬老院"] and p.issued_on == dt.date(2024, 3, 1)
    assert book.versions(p.id)[0].trigger == "初次编制"
    (d,) = book.drills()
    assert (d.status, d.conclusion, d.plan_name, d.site_name) == (
        "已评估",
        "基本合格",
        p.name,
        "高楼小学",
    )
    assert [a.name for a in d.attendance] == ["刘建国", "陈志强", "王海波"]
    closed = [f for f in d.findings if f.status == "已整改"][0]
    assert closed.closed_on == day and closed.evidence

    before = counts(database, *TABLES)
    for register, head in HEADS.items():
        out = tmp_path / f"out-{register}.xlsx"
        export_register(database, register, out)
        ws = openpyxl.load_workbook(out).active
        assert [c.value for c in ws[1]] == head
        report = import_register(database, register, out)
        assert report.unchanged == report.rows and report.added == 0, register
    assert (
        counts(database, *TABLES) == before
    )  # a round trip changes nothing, not even the audit log
    ws = openpyxl.load_workbook(tmp_path / "out-drills.xlsx").active
    assert ws.cell(2, 8).value == "刘建国、陈志强、王海波"


DRILL_A = {"名称": "演练A", "演练类型": "熟悉演练", "日期": "2025-01-01"}


@pytest.mark.parametrize(
    ("register", "cells", "column", "message"),
    [
        ("drills", {**DRILL_A, "参演人员": "刘建国、张三丰"}, "参演人员", "张三丰"),
        ("drills", {**DRILL_A, "场所": "不存在的场所"}, "场所", "不存在的场所"),
        ("drills", {**DRILL_A, "依据预案": "不存在的预案"}, "依据预案", "不存在的预案"),
        (
            "plans",
            {
                "名称": "新预案",
                "类型": "专项应急预案",
                "适用场所": "高楼小学、火星基地",
                "状态": "草稿",
            },
            "适用场所",
            "火星基地",
        ),
        (
            "findings",
            {"演练": "没有这次演练", "问题": "问题", "状态": "待整改"},
            "演练",
            "没有这次演练",
        ),
        (
            "sites",
            {"名称": "新场所", "类型": "学校", "经度": 200, "纬度": 29.8, "坐标系": "WGS84"},
            "经度",
            "-180",
        ),
    ],
)
def test_unknown_names_are_cell_errors_and_nothing_is_written(
    database, tmp_path, register, cells, column, message
):
    """One row of the register's whole sheet, the cells not named left empty."""
    team(database)
    book = DrillBook(database)
    pid = plan(book, [school(book)])
    drill(book, plan_id=pid)
    head = HEADS[register]
    path = sheet(tmp_path / "bad.xlsx", head, [[cells.get(name, "") for name in head]])
    before = counts(database, *TABLES)
    with pytest.raises(ImportRejected) as err:
        import_register(database, register, path)
    lines = err.value.lines()
    assert any(f":2:{column}:" in line and message in line for line in lines), lines
    assert counts(database, *TABLES) == before


def test_a_bad_row_rejects_the_whole_file(database, tmp_path):
    team(database)
    path = sheet(
        tmp_path / "drills.xlsx",
        DRILL_HEAD,
        [
            ["好演练", "熟悉演练", "2025-01-01", "", "", "", "", "刘建国", ""],
            ["坏演练", "熟悉演练", "2025-02-01", "", "", "", "", "无名氏", ""],
        ],
    )
    before = counts(database, *TABLES)
    with pytest.raises(ImportRejected) as err:
        import_register(database, "drills", path)
    assert err.value.lines() == [
        "drills.xlsx:3:参演人员: 队员名册中没有“无名氏”（或已归档），请先在名册中添加"
    ]
    assert counts(database, *TABLES) == before


def test_findings_name_a_repeated_drill_by_its_date(database, tmp_path):
    book = DrillBook(database)
    first = drill(book, name="例行熟悉演练", days_ago=200)
    drill(book, name="例行熟悉演练", days_ago=20)
    book.save_finding(FindingData(first, "通道堵塞"))
    export_register(database, "findings", tmp_path / "f.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "f.xlsx").active
    label = ws.cell(2, 1).value
    assert label.startswith("例行熟悉演练（") and label.endswith("）")
    assert import_register(database, "findings", tmp_path / "f.xlsx").unchanged == 1
    path = sheet(
        tmp_path / "g.xlsx", FINDING_HEAD, [["例行熟悉演练", "新问题", "", "", "", "", ""]]
    )
    with pytest.raises(ImportRejected, match="2 个演练"):
        import_register(database, "findings", path)


def test_a_finding_updated_without_its_status_column_is_judged_with_its_stored_status(
    database, tmp_path
):
    """A sheet of 完成日期 only: a finding already 已整改 takes the date; one still 整改中 is
    refused on the 完成日期 cell, since its status stays as stored."""
    book = DrillBook(database)
    did = drill(book, name="防汛演练", days_ago=20)
    closed = book.save_finding(FindingData(did, "水泵未试机"))
    for _ in range(2):  # 待整改 → 整改中 → 已整改
        book.advance(closed, TODAY, "复查合格", version=book.finding(closed).version)
    working = book.save_finding(FindingData(did, "沙袋不足"))
    book.advance(working, version=book.finding(working).version)  # 整改中
    done = (TODAY - dt.timedelta(days=1)).isoformat()
    path = sheet(
        tmp_path / "a.xlsx", ["演练", "问题", "完成日期"], [["防汛演练", "水泵未试机", done]]
    )
    assert import_register(database, "findings", path).updated == 1
    assert book.finding(closed).closed_on == TODAY - dt.timedelta(days=1)
    path = sheet(
        tmp_path / "b.xlsx", ["演练", "问题", "完成日期"], [["防汛演练", "沙袋不足", done]]
    )
    with pytest.raises(ImportRejected) as err:
        import_register(database, "findings", path)
    assert [(p.row, p.column, p.message) for p in err.value.problems] == [
        (2, "完成日期", "填写了完成日期，状态应为“已整改”")
    ]
