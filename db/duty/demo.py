"""The demo town's team and duty (called by ``db.demo.build``): 20 members, the campaign's alert
periods, leave, two months of duty, calls and handovers."""

from __future__ import annotations

import datetime as dt
import random

from db.calendar import campaign_start
from db.duty import CallData
from db.duty import HandoverData
from db.duty import LeaveData
from db.duty import Ledger
from db.duty import MemberData
from db.engine import Database

TEAM = (
    ("刘建国", "队长", True, True),
    ("陈志强", "副队长", True, True),
    ("王海波", "副队长", True, False),
    ("张明亮", "队员", True, True),
    ("李德华", "队员", False, True),
    ("赵永刚", "队员", False, True),
    ("黄小军", "队员", False, False),
    ("周文斌", "队员", False, False),
    ("吴成林", "队员", False, True),
    ("徐国平", "队员", False, False),
    ("孙红梅", "队员", False, False),
    ("胡勇", "队员", False, True),
    ("朱天明", "队员", False, False),
    ("高建华", "队员", False, False),
    ("林大伟", "队员", False, True),
    ("何晓东", "队员", False, False),
    ("郭春燕", "队员", False, False),
    ("马金龙", "队员", False, False),
    ("罗世平", "队员", False, True),
    ("谢宇航", "队员", False, False),
)

CALLS = (
    (
        "高楼村村委会",
        "张主任",
        "群众反映村道旁有秸秆焚烧冒烟",
        "带班领导带2人前往查看，已扑灭余火",
        True,
    ),
    (
        "区应急管理局",
        "值班室",
        "通知加强节日期间值班值守，落实24小时值班",
        "已传达全体队员，值班表已上报",
        True,
    ),
    ("镇敬老院", "李院长", "询问消防器材检查时间安排", "约定本周五上午检查灭火器和消防栓", False),
    ("群众", "王先生", "反映场镇某商铺门前消防通道被占用", "已告知镇综合执法队，跟踪处理", True),
)


def build(database: Database, today: dt.date) -> None:
    """The team and its duty. Skipped when the database has members."""
    ledger = Ledger(database)
    if ledger.members(include_archived=True):
        return
    rng = random.Random(20231129)
    ledger.save_settings(
        {
            "town": "高楼镇",
            "office": "镇应急办",
            "team": "综合应急救援队",
            "duty_phone": "023-45601119",
        }
    )
    ids = []
    for i, (name, role, lead, driver) in enumerate(TEAM):
        joined = dt.date(2018 + i % 6, 1 + (i * 5) % 12, 1 + (i * 7) % 27)
        ids.append(
            ledger.save_member(
                MemberData(
                    name=name,
                    role=role,
                    phone=f"1{rng.choice('3589')}{rng.randrange(10**8, 10**9)}",
                    can_lead=lead,
                    driver=driver,
                    joined_on=joined,
                    notes="民兵" if i % 4 == 1 else ("志愿者" if i % 4 == 2 else ""),
                )
            )
        )
    start = campaign_start(today)
    ledger.preload_campaign(start)
    ledger.preload_campaign(start - 1)
    month_start = today.replace(day=1)
    next_month = (month_start + dt.timedelta(days=32)).replace(day=1)
    ledger.save_leave(
        LeaveData(
            ids[6], month_start + dt.timedelta(days=3), month_start + dt.timedelta(days=9), "探亲"
        )
    )
    ledger.save_leave(
        LeaveData(
            ids[10], next_month + dt.timedelta(days=12), next_month + dt.timedelta(days=15), "病假"
        )
    )
    for first in (month_start, next_month):
        ledger.generate_month(first.year, first.month)
    shift = ledger.shift_start()
    for back, (unit, who, content, action, report) in enumerate(CALLS):
        when = dt.datetime.combine(today - dt.timedelta(days=back * 3), shift) + dt.timedelta(
            hours=2 + back * 3
        )
        leader = ledger.on_duty(when.date()).leader
        ledger.save_call(
            CallData(
                when,
                unit,
                who,
                f"1{rng.randrange(3 * 10**9, 9 * 10**9)}",
                content,
                action,
                leader[0] if (report and leader) else "",
            )
        )
    for back in range(1, 4):
        day = today - dt.timedelta(days=back)
        duty = ledger.on_duty(day)
        nxt = ledger.on_duty(day + dt.timedelta(days=1))
        if duty.leader and nxt.leader:
            ledger.save_handover(
                HandoverData(
                    duty_date=day,
                    at=dt.datetime.combine(day + dt.timedelta(days=1), shift),
                    situation="值班期间秩序正常，电话畅通。",
                    open_items="" if back > 1 else "敬老院器材检查待周五完成",
                    handed_by=duty.leader[0],
                    received_by=nxt.leader[0],
                )
            )
