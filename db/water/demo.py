"""Sample water sources for the demo town (called by ``db.demo.build``).

About forty sources around 高楼镇: hydrants along 正街, 学府路 and 新街, a crane, two pools and
龙溪河 with its intake points (dry December–February). Two hydrants are 故障 with a repair,
a survey is half done, and the bamboo factory in 石龙村 is left without a source within 150 m,
so the coverage report shows one gap.
"""

from __future__ import annotations

import datetime as dt
import random

from db.engine import Database
from db.water import FlowTestData
from db.water import SurveyData
from db.water import WaterBook
from db.water import WaterFilter
from db.water import WaterSourceData

WATER_CO = "县自来水公司高楼供水站"
WATER_PHONE = "023-45602110"
# street, village, start (lon, lat), end (lon, lat), hydrants
STREETS = (
    ("正街", "高楼社区", (105.9262, 29.8003), (105.9378, 29.8012), 11),
    ("学府路", "高楼社区", (105.9290, 29.8022), (105.9345, 29.8034), 5),
    ("新街", "新街村", (105.9245, 29.7960), (105.9300, 29.7990), 4),
    ("石龙路", "石龙村", (105.9382, 29.7937), (105.9400, 29.8058), 5),
)


def _hydrants() -> list[WaterSourceData]:
    out = []
    n = 0
    rng = random.Random(7)
    for street, village, (lon0, lat0), (lon1, lat1), count in STREETS:
        for i in range(count):
            n += 1
            f = i / max(count - 1, 1)
            form = "地下式" if street == "新街" else ("墙壁式" if i == 2 else "地上式")
            out.append(
                WaterSourceData(
                    f"XHS-{n:03d}",
                    f"{street}{i + 1}号消火栓",
                    "市政消火栓",
                    form,
                    f"高楼镇{street}{(i + 1) * 12}号旁",
                    village,
                    round(lon0 + (lon1 - lon0) * f, 6),
                    round(lat0 + (lat1 - lat0) * f, 6),
                    "WGS84",
                    WATER_CO,
                    WATER_PHONE,
                    "高楼镇专职消防队",
                    built_on=dt.date(2012 + n % 10, 1 + n % 12, 10),
                    details={
                        "network": "枝状" if street == "石龙路" else "环状",
                        "pipe_dn": 100 if street == "石龙路" else 150,
                        "pressure_type": "临时高压" if street == "石龙路" else "常高压",
                        "static_mpa": round(rng.uniform(0.22, 0.42), 2),
                        "outlets": "1×DN100+2×DN65" if form == "地上式" else "2×DN65",
                        "coupling": "内扣式",
                    },
                )
            )
    return out


def _others() -> list[WaterSourceData]:
    return [
        WaterSourceData(
            "SH-001", "汽车站消防水鹤", "消防水鹤", "", "高楼镇汽车站出口", "高楼社区",
            105.9352, 29.7992, "WGS84", WATER_CO, WATER_PHONE, "高楼镇专职消防队",
            details={"network": "环状", "pipe_dn": 200, "static_mpa": 0.36},
        ),
        WaterSourceData(
            "SC-001", "高楼中学消防水池", "消防水池", "", "高楼中学操场东侧", "高楼社区",
            105.9322, 29.8046, "GCJ-02", "高楼中学", "023-45601300", "高楼镇专职消防队",
            details={"volume_m3": 400, "refill_h": 24, "lift_m": 3.5, "parking": "操场东门",
                     "vehicles": 2, "level_gauge": "有"},
        ),
        WaterSourceData(
            "SC-002", "石龙村消防水池", "消防水池", "", "石龙村村委会后", "石龙村",
            105.9445, 29.8031, "WGS84", "石龙村村委会", "023-45603310", "高楼镇专职消防队",
            details={"volume_m3": 200, "refill_h": 48, "lift_m": 4.2, "parking": "村委会坝子",
                     "vehicles": 1, "level_gauge": "无"},
        ),
        WaterSourceData(
            "TR-001", "龙溪河", "天然水源", "河", "龙溪河高楼段", "龙溪村",
            105.9360, 29.7948, "WGS84", "高楼镇水务站", "023-45602200", "高楼镇专职消防队",
            has_dry_season=True, dry_months="12-2",
            details={"water_quality": "良好", "intake_form": "取水码头", "lift_m": 4.0,
                     "vehicles": 2, "turnaround": "有"},
        ),
    ]  # fmt: skip


INTAKES = (
    ("QS-001", "龙溪河大桥取水点", "取水码头", 105.9305, 29.7952, 3.2),
    ("QS-002", "龙溪河老码头取水点", "取水码头", 105.9352, 29.7946, 2.8),
    ("QS-003", "龙溪河石龙堰取水点", "取水点", 105.9420, 29.7955, 4.5),
    ("QS-004", "龙溪村晒坝取水点", "取水点", 105.9470, 29.7972, 5.5),
)


def build(database: Database, today: dt.date | None = None) -> None:
    """The sources, their surveys, inspections, flow tests and repairs. Skipped when sources
    exist."""
    today = today or dt.date.today()
    book = WaterBook(database)
    if book.page(limit=1, filters=WaterFilter(include_archived=True)).total:
        return
    ids: dict[str, int] = {}
    for x in _hydrants() + _others():
        ids[x.code] = book.save_source(x)
    for code, name, form, lon, lat, lift in INTAKES:
        ids[code] = book.save_source(
            WaterSourceData(
                code, name, "取水点", form, "龙溪河沿岸", "龙溪村", lon, lat,
                owner="高楼镇水务站", station="高楼镇专职消防队", has_dry_season=True,
                dry_months="12-2", parent_id=ids["TR-001"],
                details={"water_quality": "良好", "intake_form": "吸水管直接吸水",
                         "lift_m": lift, "parking": "河堤路", "vehicles": 1, "turnaround": "无"},
            )
        )  # fmt: skip
    rng = random.Random(11)
    inspectors = ("刘建国、陈志强", "王海波、张明亮", "李德华、刘建国")
    for code, sid in ids.items():
        if code.startswith("XHS") and rng.random() < 0.2:
            continue  # never inspected: due from the day it was registered, overdue after
        back = rng.randint(5, 50) if not code.startswith(("TR", "QS")) else rng.randint(60, 300)
        data = book.new_inspection(sid, on=today - dt.timedelta(days=back))
        data.inspectors = rng.choice(inspectors)
        for item in data.items:
            if item.kind == "value" and item.unit == "MPa":
                item.value = f"{rng.uniform(0.2, 0.4):.2f}"
            elif item.kind == "value" and item.unit == "m" and "高差" in item.text:
                item.value = "3.5"
            elif item.kind == "value" and item.unit == "°C":
                item.outcome = "不适用"
        book.record_inspection(data)
        if code.startswith("XHS") and rng.random() < 0.3:
            upkeep = book.new_inspection(sid, kind="保养", on=today - dt.timedelta(days=back))
            upkeep.inspectors = data.inspectors
            book.record_inspection(upkeep)
    # two broken hydrants: one leaking (reported), one under repair
    leak = book.new_inspection(ids["XHS-005"], on=today - dt.timedelta(days=3))
    leak.inspectors = "刘建国、陈志强"
    leak.items[6].outcome = "不合格"
    leak.follow_up = "已电话报供水站"
    out = book.record_inspection(leak)
    if out.repair_id:
        book.advance_repair(out.repair_id, "已报修", book.repair(out.repair_id).version)
    low = book.new_inspection(ids["XHS-019"], on=today - dt.timedelta(days=12))
    low.inspectors = "王海波、张明亮"
    next(i for i in low.items if i.text == "静压").value = "0.08"
    out = book.record_inspection(low)
    if out.repair_id:
        book.advance_repair(
            out.repair_id, "维修中", book.repair(out.repair_id).version, reported_to=WATER_CO
        )
    # flow tests of a few hydrants on the main street
    for code, static, residual, pitot in (
        ("XHS-002", 0.40, 0.30, 0.12),
        ("XHS-006", 0.35, 0.22, 0.08),
        ("XHS-009", 0.30, 0.14, 0.05),
        ("XHS-023", 0.25, 0.10, 0.03),
    ):
        book.record_flow_test(
            FlowTestData(ids[code], static, residual, pitot, 63.5, today - dt.timedelta(days=20),
                         testers="刘建国、陈志强")
        )  # fmt: skip
    # a survey in progress: 高楼社区 half done
    survey = book.start_survey(
        SurveyData(
            f"{today.year}年度消防水源普查",
            today - dt.timedelta(days=7),
            today + dt.timedelta(days=23),
            "刘建国、陈志强、王海波",
        )
    )
    sheet = book.survey_sheet(survey)
    for row in sheet.get("高楼社区", [])[:8]:
        assert row.source.id is not None
        visit = book.new_inspection(row.source.id, on=today - dt.timedelta(days=2))
        visit.inspectors = "刘建国、陈志强"
        for item in visit.items:
            if item.kind == "value" and item.unit == "MPa":
                item.value = "0.30"
            elif item.kind == "value":
                item.outcome = "不适用"
        if row.source.code == "XHS-008":
            visit.items[2].outcome = "不合格"  # a cap missing
        book.record_survey_result(survey, visit)
