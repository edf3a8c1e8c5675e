"""Importing the duty registers (members, leave, alert periods, duty) from real .xlsx files
into a real database: the office's layouts and words, and each problem on its cell."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from db.duty.models import AlertPeriod
from db.duty.models import DutyDay
from db.duty.models import Leave
from db.duty.models import Member
from db.errors import LedgerError
from db.xlsx import ImportRejected
from db.xlsx import import_register
from tests.duty.imports import members
from tests.duty.imports import rejected
from tests.duty.imports import where
from tests.xlsx.helpers import xlsx

# ---- members -------------------------------------------------------------------------------


def test_members_under_a_merged_title_with_synonyms_blank_rows_and_unknown_columns(
    database, tmp_path
):
    path = xlsx(
        tmp_path / "名册.xlsx",
        [
            [
                "序号",
                " 队员姓名 ",
                "职务",
                "手机号码",
                "可任带班领导",
                "司机",
                "入队时间",
                "备注栏",
            ],
            [1, "张三", "队长", 13800138000, "是", "√", "２０２３年３月１日", "老队员"],
            [2, None, None, None, None, None, None, None],
            [3, "李四", "", "0571-8888 1234", "", "Y", "2023/5/2", ""],
            [None, None, None, None, None, None, None, None],
            [4, "王五", "副队长", None, "否", "×", None, None],
        ],
        heading="某镇综合应急救援队队员名册",
    )
    report = import_register(database, "members", path)
    assert (report.rows, report.added, report.updated) == (3, 3, 0)
    assert "已忽略未识别的列：序号、备注栏" in report.notices
    got = members(database)
    assert got["张三"].phone == "13800138000" and got["张三"].role == "队长"
    assert got["张三"].can_lead and got["张三"].driver
    assert got["张三"].joined_on == dt.date(2023, 3, 1)
    assert got["李四"].role == "队员" and not got["李四"].can_lead and got["李四"].driver
    assert got["李四"].phone == "0571-8888 1234"
    assert got["王五"].role == "副队长" and got["王五"].joined_on is None


def test_a_known_name_updates_that_member_and_an_archived_namesake_is_left_alone(team, tmp_path):
    path = xlsx(
        tmp_path / "m.xlsx",
        [
            ["姓名", "联系电话", "驾驶员"],
            ["张 三", "13900000000", "是"],
            ["王五", "", ""],
            ["钱七", "", ""],
        ],
    )
    report = import_register(team, "members", path)
    assert (report.added, report.updated, report.unchanged) == (1, 1, 1)
    got = members(team)
    assert got["张三"].phone == "13900000000" and got["张三"].driver
    assert got["张三"].role == "队长"  # 职务 not in the file: kept
    with team.read() as s:
        assert (
            s.scalar(select(Member.id).where(Member.name == "钱七", Member.archived.is_(False)))
            is not None
        )
        assert len(s.scalars(select(Member).where(Member.name == "张三")).all()) == 1


def test_duplicate_names_bad_phone_and_blank_name_are_each_placed(team, tmp_path):
    path = xlsx(
        tmp_path / "m.xlsx",
        [
            ["名字", "职务", "电话", "可任带班领导", "入队日期"],
            ["孙八", "队员", "138-0000", "是", "2023-01-01"],
            ["孙八", "组长", "138 abc", "也许", "2023-02-30"],
            [None, "队员", "", "", ""],
            ["孙 八", "", "", "", ""],
        ],
    )
    problems = rejected(team, "members", path)
    assert "与第 2 行重复" in where(problems, 3, "名字")
    assert not [m for r, c, m in problems if c == "职务"]  # 组长: the office's own word
    assert "数字" in where(problems, 3, "电话")
    assert "是/否" in where(problems, 3, "可任带班领导")
    assert "不存在" in where(problems, 3, "入队日期")
    assert where(problems, 4, "名字") == "必填，不能为空"
    assert "与第 2 行重复" in where(problems, 5, "名字")
    assert len(problems) == 6


def test_missing_required_column_and_duplicate_columns(database, tmp_path):
    path = xlsx(tmp_path / "m.xlsx", [["职务", "电话", "手机"], ["队员", "1", "2"]])
    problems = rejected(database, "members", path)
    assert "缺少必填列" in where(problems, 1, "姓名")
    assert "同一列" in where(problems, 1, "手机")


def test_a_sheet_without_any_known_header_is_refused(database, tmp_path):
    path = xlsx(tmp_path / "m.xlsx", [["甲", "乙"], ["1", "2"]])
    problems = rejected(database, "members", path)
    assert problems[0][0] is None and "找不到表头" in problems[0][2]


def test_the_register_sheet_is_found_after_an_instructions_sheet(database, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "填表说明"
    wb.active.append(["请按下表填写，日期写成 2024-02-10"])
    ws = wb.create_sheet("名册")
    ws.append(["姓名", "职务"])
    ws.append(["周九", "队员"])
    wb.save(tmp_path / "m.xlsx")
    assert import_register(database, "members", tmp_path / "m.xlsx").added == 1


def test_problems_format_as_file_row_column_message(database, tmp_path):
    path = xlsx(tmp_path / "名册.xlsx", [["姓名", "入队日期"], ["周九", "去年"]])
    with pytest.raises(ImportRejected) as info:
        import_register(database, "members", path)
    assert isinstance(info.value, LedgerError)
    line = info.value.lines()[0]
    assert line.startswith("名册.xlsx:2:入队日期: 无法识别的日期“去年”")
    assert "未写入任何数据" in str(info.value)


# ---- leave ---------------------------------------------------------------------------------


def test_leave_in_every_date_form(team, tmp_path):
    forms = [
        dt.datetime(2024, 2, 10),
        "2024-02-10",
        "2024/2/10",
        "2024.2.10",
        "2024年2月10日",
        "２０２４年２月１０日",
        " 2024 - 2 - 10 ",
    ]
    rows = [["姓名", "开始", "截止日期", "请假事由"]]
    rows += [["王五", form, f"2024-03-{i + 1:02d}", f"事由{i}"] for i, form in enumerate(forms)]
    report = import_register(team, "leave", xlsx(tmp_path / "l.xlsx", rows))
    assert report.added == len(forms)
    with team.read() as s:
        leaves = s.scalars(select(Leave).order_by(Leave.end)).all()
    assert {lv.start for lv in leaves} == {dt.date(2024, 2, 10)}
    assert [lv.reason for lv in leaves] == [f"事由{i}" for i in range(len(forms))]


def test_leave_for_unknown_or_archived_names_never_makes_a_member(team, tmp_path):
    path = xlsx(
        tmp_path / "l.xlsx",
        [
            ["请假人", "开始日期", "结束日期", "事由"],
            ["王五", "2024-02-01", "2024-02-03", "探亲"],
            ["无名氏", "2024-02-01", "2024-02-03", "探亲"],
            ["钱七", "2024-02-01", "2024-02-03", "探亲"],
            ["赵六", "2024-02-05", "2024-02-03", "倒过来"],
            ["赵六", "2024-02-0x", "2024-02-03", ""],
        ],
    )
    problems = rejected(team, "leave", path)
    assert "没有“无名氏”" in where(problems, 3, "请假人")
    assert "没有“钱七”" in where(problems, 4, "请假人")
    assert "早于开始日期" in where(problems, 5, "结束日期")
    assert "无法识别的日期" in where(problems, 6, "开始日期")
    assert len(problems) == 4


# ---- alert periods -------------------------------------------------------------------------


def test_alert_levels_by_number_or_name_and_same_name_and_start_replaces(team, tmp_path):
    first = xlsx(
        tmp_path / "a1.xlsx",
        [
            ["名称", "开始日期", "结束日期", "等级", "每班最少值班员"],
            ["春节", "2024-02-09", "2024-02-17", "一级战备", 3],
            ["两会", "2024-03-04", "2024-03-11", 2, None],
        ],
    )
    assert import_register(team, "alert-periods", first).added == 2
    second = xlsx(
        tmp_path / "a2.xlsx",
        [
            ["时段名称", "开始", "结束", "战备等级", "最少值班人数"],
            ["春节", "2024-02-09", "2024-02-18", "１", "4"],
            ["两会", "2024-03-04", "2024-03-11", "二级战备", None],
        ],
    )
    report = import_register(team, "alert-periods", second)
    assert (report.added, report.replaced, report.unchanged) == (0, 1, 1)
    with team.read() as s:
        periods = {p.name: p for p in s.scalars(select(AlertPeriod))}
    assert len(periods) == 2
    assert (periods["春节"].end, periods["春节"].level, periods["春节"].min_staff) == (
        dt.date(2024, 2, 18),
        1,
        4,
    )
    assert (periods["两会"].level, periods["两会"].min_staff) == (2, 3)  # level 2's staffing


def test_alert_period_problems(team, tmp_path):
    path = xlsx(
        tmp_path / "a.xlsx",
        [
            ["名称", "开始日期", "结束日期", "等级", "每班最少值班员"],
            ["元旦", "2024-01-01", "2024-01-03", "常态", 0],
            ["元旦", "2024-01-01", "2023-12-31", 4, "两"],
            ["国庆", "2024-10-01", "2024-10-07", None, 2],
        ],
    )
    problems = rejected(team, "alert-periods", path)
    assert "不是已设定的战备等级" in where(problems, 2, "等级")
    assert "至少为 1" in where(problems, 2, "每班最少值班员")
    assert "早于开始日期" in where(problems, 3, "结束日期")
    assert "不是已设定的战备等级" in where(problems, 3, "等级")
    assert "不是整数" in where(problems, 3, "每班最少值班员")
    assert "重复" in where(problems, 3, "名称")
    assert where(problems, 4, "等级") == "必填，不能为空"
    assert len(problems) == 7


# ---- duty ----------------------------------------------------------------------------------


def test_duty_import_replaces_a_day_and_never_stores_the_alert_column(team, tmp_path):
    first = xlsx(
        tmp_path / "d1.xlsx",
        [
            ["日期", "带班领导", "值班员", "备勤人员", "战备等级"],
            ["2024-02-10", "张三", "王五、赵六", "李四", "常态"],
            ["2024-02-11", "李四", "王五", None, None],
        ],
    )
    assert import_register(team, "duty", first).added == 2
    second = xlsx(
        tmp_path / "d2.xlsx",
        [
            ["值班日期", "带班", "值班人员", "备勤"],
            ["2024/2/10", "李四", "赵六, 张三", ""],
            ["2024/2/11", "李四", "王五", ""],
        ],
    )
    report = import_register(team, "duty", second)
    assert (report.added, report.replaced, report.unchanged) == (0, 1, 1)
    with team.read() as s:
        day = s.scalar(select(DutyDay).where(DutyDay.date == dt.date(2024, 2, 10)))
        assert [(a.role, a.member.name) for a in day.assignments] == [
            ("leader", "李四"),
            ("staff", "赵六"),
            ("staff", "张三"),
        ]


def test_duty_problems_name_the_cell(team, tmp_path):
    path = xlsx(
        tmp_path / "d.xlsx",
        [
            ["日期", "带班领导", "值班员", "备勤人员"],
            ["2024-02-10", "张三", "王五、张三", ""],
            ["2024-02-11", "张三、李四", "无名氏", "钱七"],
            ["2024-02-10", "李四", "王五、王五", "赵六"],
        ],
    )
    problems = rejected(team, "duty", path)
    assert "当天已排为带班领导" in where(problems, 2, "值班员")
    assert "只能有一名带班领导" in where(problems, 3, "带班领导")
    assert "没有“无名氏”" in where(problems, 3, "值班员")
    assert "没有“钱七”" in where(problems, 3, "备勤人员")
    assert "重复" in where(problems, 4, "日期")
    assert "当天已排为值班员" in where(problems, 4, "值班员")


def test_duty_import_keeps_a_roster_that_breaks_the_rules_and_says_which(team, tmp_path):
    with team.transaction() as s:
        s.add(
            AlertPeriod(name="春节", start=dt.date(2024, 2, 9), end=dt.date(2024, 2, 12), level=2)
        )
    path = xlsx(
        tmp_path / "d.xlsx",
        [
            ["日期", "带班领导", "值班员", "备勤人员", "战备等级"],
            ["2024-02-10", "王五", "赵六、张三、李四", "", "二级战备"],
            ["2024-02-11", "李四", "赵六、张三、王五", "", "常态"],
            ["2024-02-20", "张三", "赵六", "", ""],
        ],
    )
    report = import_register(team, "duty", path)
    assert report.added == 3
    assert report.notices[:2] == [
        "第3行：2024-02-11 战备等级写的是“常态”，按战备时段应为“二级战备”，以战备时段为准",
        "值班规则：2024-02-10：王五不可任带班领导",
    ]
    assert sorted(report.notices[2:]) == sorted(
        f"值班规则：2024-02-11：{name}连续两天值班（2月10日也在值班）"
        for name in ("张三", "李四", "王五", "赵六")
    )
    with team.read() as s:
        day = s.scalar(select(DutyDay).where(DutyDay.date == dt.date(2024, 2, 10)))
        assert [(a.role, a.member.name) for a in day.assignments][0] == ("leader", "王五")


def test_duty_import_refuses_an_unknown_alert_level_on_its_cell(team, tmp_path):
    path = xlsx(
        tmp_path / "d.xlsx",
        [
            ["日期", "带班领导", "值班员", "备勤人员", "战备等级"],
            ["2024-02-10", "张三", "王五", "", "三级战备"],
            ["2024-02-11", "李四", "赵六", "", "五级"],
            ["2024-02-12", "张三", "王五", "", "2"],
        ],
    )
    problems = rejected(team, "duty", path)
    assert where(problems, 3, "战备等级") == (
        "战备等级“五级”不是已设的等级（可填：常态、三级战备、二级战备、一级战备，或留空）"
    )
    assert len(problems) == 1
