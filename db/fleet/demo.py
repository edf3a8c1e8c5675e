"""Sample vehicles and equipment for the demo town (called by ``db.demo.build``)."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.fleet import EQUIPMENT
from db.fleet import VEHICLE
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet import KitItemData
from db.fleet import VehicleData
from db.fleet import agent_of

KIT = [
    KitItemData("65mm水带", 10, "右侧1号箱"),
    KitItemData("直流水枪", 2, "右侧1号箱"),
    KitItemData("多功能水枪", 1, "右侧1号箱"),
    KitItemData("分水器", 1, "左侧1号箱"),
    KitItemData("消火栓扳手", 2, "左侧1号箱"),
    KitItemData("正压式空气呼吸器", 2, "驾驶室后"),
    KitItemData("油锯", 1, "左侧2号箱"),
    KitItemData("强光手电", 4, "驾驶室"),
    KitItemData("对讲机", 3, "驾驶室"),
]

# (code prefix, name, category, spec, how many, years old, location)
ITEMS = [
    ("SD", "65mm有衬里水带", "水带", "13-65-20 20m", 12, 4, "器材库"),
    ("SQ", "直流水枪", "水枪/水炮", "QZ3.5/7.5", 3, 5, "器材库"),
    ("BE", "手抬机动消防泵", "机动泵", "BJ10", 2, 6, "器材库"),
    ("HX", "正压式空气呼吸器", "呼吸器", "RHZKF6.8/30", 4, 5, "器材库"),
    ("QP", "碳纤维气瓶", "气瓶", "6.8L 30MPa", 4, 9, "器材库"),
    ("MH", "手提式灭火器", "灭火器", "干粉 MFZ/ABC4", 5, 6, "镇政府各楼层"),
    ("MS", "手提式灭火器", "灭火器", "水基 MSZ/6", 2, 4, "镇敬老院"),
    ("PC", "液压破拆工具组", "破拆工具", "GYJK-20", 1, 3, "器材库"),
    ("ZM", "移动照明灯组", "照明", "SFW6110B", 2, 2, "器材库"),
    ("TX", "防爆对讲机", "通信", "Motorola", 3, 2, "值班室"),
    ("FH", "灭火防护服", "防护服", "ZFMH-MC-A", 4, 4, "器材库"),
]

# A team that mostly keeps up: every item was tested within its interval except these.
# Days from today to the next test (negative: overdue by that many days).
DUE_IN = {"MH-005": -19, "SD-012": -8, "SD-011": 12, "MS-002": 17, "HX-004": 26}


def _last_test(span: int, code: str, i: int, count: int) -> dt.timedelta:
    """How long ago the item was last tested, so that its next test falls ``DUE_IN`` days
    ahead, or (the usual case) spread over the rest of an interval of ``span`` days."""
    due_in = DUE_IN.get(code)
    if due_in is None:
        due_in = 45 + (span - 60) * i // (count + 1)
    return dt.timedelta(days=span - due_in)


def build(database: Database, today: dt.date | None = None) -> None:
    """Vehicles with kit lists, ~40 items, a few checks and one open repair. Dates follow
    ``today``: two items are overdue for their test and a few fall due within 30 days, as does
    one vehicle's insurance. Skipped when vehicles exist."""
    today = today or dt.date.today()
    fleet = Fleet(database)
    if fleet.vehicles(include_archived=True):
        return
    v1 = fleet.save_vehicle(
        VehicleData(
            "渝B·F1119",
            "水罐消防车",
            5000,
            0,
            40,
            dt.date(2019, 6, 1),
            38620,
            insurance_due=today + dt.timedelta(days=21),  # renewal due this month
            inspection_due=today + dt.timedelta(days=143),
            kit=KIT,
        )
    )
    v2 = fleet.save_vehicle(
        VehicleData(
            "渝B·F2119",
            "泡沫消防车",
            3000,
            1000,
            40,
            dt.date(2021, 3, 15),
            15210,
            insurance_due=today + dt.timedelta(days=187),
            inspection_due=today + dt.timedelta(days=96),
            kit=KIT[:6],
        )
    )
    v3 = fleet.save_vehicle(
        VehicleData(
            "渝B·F3119",
            "抢险救援车",
            None,
            None,
            None,
            dt.date(2022, 9, 1),
            8800,
            insurance_due=today + dt.timedelta(days=254),
            inspection_due=today + dt.timedelta(days=272),
            status="备用",
            kit=[KitItemData("液压破拆工具组", 1, "后舱"), KitItemData("移动照明灯组", 1, "后舱")],
        )
    )
    intervals = fleet.intervals()
    ids: list[int] = []
    for prefix, name, category, spec, count, years, location in ITEMS:
        agent = (agent_of(spec) or "") if category == "灭火器" else ""
        next_due, _retire = intervals.equipment_dates(category, agent, None, today)
        span = (next_due - today).days if next_due else 365
        for i in range(1, count + 1):
            code = f"{prefix}-{i:03d}"
            made = dt.date(today.year - years, 1 + (i * 3) % 12, 10)
            on_vehicle = v1 if category in ("水带", "呼吸器") and i <= 2 else None
            ids.append(
                fleet.save_equipment(
                    EquipmentData(
                        code,
                        name,
                        category,
                        spec,
                        made,
                        "" if on_vehicle else location,
                        on_vehicle,
                        "右侧1号箱" if on_vehicle else "",
                        "在用",
                        today - _last_test(span, code, i, count),
                        agent=agent,
                    )
                )
            )
    # Checks: yesterday's routine checks and services; one failed item check with a repair.
    for vid, level1_days in ((v1, 50), (v2, 84), (v3, 20)):
        for kind, back in (
            ("例行检查", 1),
            ("一级保养", level1_days),
            ("二级保养", 150),
            ("水泵测试", 300),
        ):
            check = fleet.new_check(VEHICLE, vid, kind, today - dt.timedelta(days=back))
            check.inspector, check.reviewer = "张明亮", "陈志强"
            for r in check.results:
                if r.kind == "quantity":
                    r.counted = r.expected
                elif r.kind == "value":
                    r.value = {"%": "85", "V": "26.5", "kPa": "800", "MPa": "29", "L": "满"}.get(
                        r.unit, ""
                    )
                    if r.text.startswith("气瓶检验"):
                        r.value = (today + dt.timedelta(days=400)).isoformat()
            fleet.record_check(check)
    pump = fleet.equipment_by_code("BE-002")
    assert pump.id is not None
    check = fleet.new_check(EQUIPMENT, pump.id, "定期检验", today - dt.timedelta(days=3))
    check.inspector = "李德华"
    check.results[1].outcome = "不合格"
    check.notes = "拉绳启动三次未着车，送修。"
    fleet.record_check(check)
