"""Rows of 队员, 请假, 战备时段 and 值班 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

import datetime as dt

from db.duty import LeaveData
from db.duty import Ledger
from db.duty import MemberData
from db.duty import PeriodData
from db.duty.roster import Day
from db.engine import Database
from tests.xlsx.rules_case import Case
from tests.xlsx.rules_case import rules

LATER = dt.date.today() + dt.timedelta(days=30)
FEB_5, FEB_3 = dt.date(2024, 2, 5), dt.date(2024, 2, 3)


members = rules(Ledger, "validate_member")
leave = rules(Ledger, "validate_leave")
periods = rules(Ledger, "validate_period")
days = rules(Ledger, "validate_day")


def zhang_san(db: Database) -> int:
    return Ledger(db).save_member(MemberData("张三"))


def zhang_san_leads(db: Database) -> int:
    return Ledger(db).save_member(MemberData("张三", can_lead=True))  # member #1 of the day


# fmt: off
CASES = [
    Case("members", [["姓名", "联系电话"], ["张三", "13x"]], "联系电话", members, MemberData("张三", phone="13x"), "phone"),
    Case("members", [["姓名", "电话"], ["张三", "1"]], "电话", members, MemberData("张三", phone="1"), "phone"),
    Case("members", [["姓名", "手机"], ["张三", "１３８Ａ"]], "手机", members, MemberData("张三", phone="138A"), "phone"),
    Case("members", [["姓名", "入队日期"], ["张三", LATER]], "入队日期", members, MemberData("张三", joined_on=LATER), "joined_on"),
    Case("leave", [["姓名", "开始日期", "结束日期"], ["张三", FEB_5, FEB_3]], "结束日期", leave, LeaveData(1, FEB_5, FEB_3), "end", zhang_san),
    Case("alert-periods", [["名称", "开始日期", "结束日期", "等级"], ["春节", FEB_5, FEB_3, 1]], "结束日期", periods, PeriodData("春节", FEB_5, FEB_3), "end"),
    Case("alert-periods", [["名称", "开始日期", "结束日期", "等级", "每班最少值班员"], ["春节", FEB_3, FEB_5, 1, 0]], "每班最少值班员", periods, PeriodData("春节", FEB_3, FEB_5, min_staff=0), "min_staff"),
    Case("duty", [["日期", "带班", "值班员"], [FEB_5, "张三", "张三"]], "值班员", days, Day(1, [1]), "staff", zhang_san_leads),
    Case("duty", [["日期", "值班人员", "备勤"], [FEB_5, "张三", "张三"]], "备勤", days, Day(None, [1], [1]), "standby", zhang_san_leads),
]
# fmt: on
