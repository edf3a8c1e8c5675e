"""The registers of places imported from the corpus: key sites, their plans, drills and findings, and the water sources with their inspections; each read back from the database."""

from __future__ import annotations

import json

from sqlalchemy import select

from db.drills.models import Drill
from db.drills.models import DrillAttendance
from db.drills.models import Finding
from db.drills.models import Plan
from db.drills.models import PlanVersion
from db.drills.models import Site
from db.duty.models import Member
from db.engine import Database
from db.water.models import Inspection
from db.water.models import WaterRepair
from db.water.models import WaterSource
from tests.corpus.reading import count
from tests.corpus.reading import d
from tests.corpus.reading import fetched
from tests.corpus.reading import load
from tests.corpus.reading import notice
from tests.corpus.reading import rows

# ---- 重点场所 -----------------------------------------------------------------------------------

SITE = (Site.name, Site.type, Site.village, Site.lon, Site.lat, Site.crs, Site.contact)


def test_key_sites_in_the_offices_words(town, tmp_path):
    database, report = load(town, tmp_path, "重点场所台账.xlsx")
    assert report.added == 7
    assert rows(database, *SITE, Site.phone, Site.occupancy) == [
        ("高楼镇中心小学", "学校", "高楼村", 106.5512, 29.5623, "WGS84", "周校长",
         "13900001111", 620),
        ("高楼镇卫生院", "卫生院/诊所", "高楼村", 106.5498, 29.5611, "WGS84", "何院长",
         "023-64520120", 45),
        ("新华村卫生室", "卫生院/诊所", "新华村", None, None, "WGS84", "吴医生", "13900002222", 6),
        ("高楼镇敬老院", "养老院", "石桥村", 106.5601, 29.5702, "GCJ-02", "郑院长",
         "13900003333", 52),
        ("高楼加油站", "加油站", "高楼村", 106.545, 29.558, "WGS84", "钱站长", "13900004444", 8),
        ("龙潭农贸市场", "农贸市场", "龙潭社区", 106.5702, 29.5801, "WGS84", "冯经理",
         "13900005555", 300),
        ("石桥幼儿园", "幼儿园", "石桥村", None, None, "WGS84", "褚园长", "13900006666", 120),
    ]  # fmt: skip


def test_more_sites_in_gbk_with_a_type_the_office_adds(town, tmp_path):
    database, report = load(town, tmp_path, "重点场所补充.csv")
    assert report.added == 3
    assert rows(database, Site.name, Site.type, Site.lon, Site.occupancy) == [
        ("河坝村卫生室", "卫生院/诊所", None, 4),
        ("高楼百货超市", "商场超市", 106.552, 80),
        ("龙潭小水电站", "水电站", None, 5),
    ]
    assert "已在“场所类型”中新增：水电站" in report.notices


# ---- 应急预案 -----------------------------------------------------------------------------------


def plans(database: Database) -> list[tuple]:
    with database.read() as s:
        return [
            (p.name, p.type, p.status, p.author, p.reviewer, p.issued_on, p.evaluated_on,
             sorted(x.name for x in p.sites))
            for p in s.scalars(select(Plan).order_by(Plan.id))
        ]  # fmt: skip


def test_plans_with_their_sites_types_and_states(town, tmp_path):
    database, report = load(town, tmp_path, "应急预案台账.xlsx")
    assert report.added == 5
    assert plans(database) == [
        ("高楼镇森林火灾应急预案", "专项应急预案", "已发布", "王五", "李德华", d(2025, 3, 1),
         d(2026, 3, 1), []),
        ("高楼镇中心小学灭火和应急疏散预案", "灭火应急预案", "已发布", "王强", "李德华",
         d(2025, 9, 1), None, ["高楼镇中心小学"]),
        ("卫生院敬老院灭火预案", "灭火应急预案", "已发布", "王强", "李德华", d(2025, 6, 1),
         None, ["高楼镇卫生院", "高楼镇敬老院"]),
        ("高楼镇突发事件总体应急预案", "总体应急预案", "草稿", "王五", "", None, None, []),
        ("加油站火灾现场处置方案", "现场处置方案", "审核中", "孙伟", "李德华", None, None,
         ["高楼加油站"]),
    ]  # fmt: skip
    assert count(database, PlanVersion) == 5


def test_plans_xls(town, tmp_path):
    database, report = load(town, tmp_path, "场所预案.xls")
    assert report.added == 2
    assert plans(database) == [
        ("龙潭农贸市场灭火预案", "灭火应急预案", "已发布", "王强", "李德华", d(2026, 4, 1),
         None, ["龙潭农贸市场"]),
        ("石桥幼儿园应急疏散预案", "现场处置方案", "审核中", "孙伟", "", None, None,
         ["石桥幼儿园"]),
    ]  # fmt: skip


# ---- 演练 ---------------------------------------------------------------------------------------


def drills(database: Database) -> list[tuple]:
    with database.read() as s:
        names = dict(s.execute(select(Member.id, Member.name)).all())
        out = []
        for x in s.scalars(select(Drill).order_by(Drill.id)):
            people = sorted(names[a.member_id] for a in x.attendance if a.status == "出席")
            out.append(
                (x.name, x.kind, x.starts_at.date(), x.place, x.site.name if x.site else None,
                 x.plan.name if x.plan else None, x.organiser, x.conclusion, x.status, people)
            )  # fmt: skip
        return out


def test_drills_of_the_year_in_the_offices_words(town, tmp_path):
    database, report = load(town, tmp_path, "演练台账.xlsx")
    assert report.added == 4
    assert drills(database) == [
        ("中心小学消防疏散演练", "综合实战演练", d(2026, 5, 12), "中心小学操场", "高楼镇中心小学",
         "高楼镇中心小学灭火和应急疏散预案", "王强", "合格", "已评估",
         sorted(["李德华", "王强", "陈志远", "张三"])),
        ("森林火灾桌面推演", "综合桌面演练", d(2026, 3, 20), "镇政府三楼会议室", None,
         "高楼镇森林火灾应急预案", "李德华", "基本合格", "已评估",
         sorted(["李德华", "王强", "孙伟"])),
        ("敬老院六熟悉", "熟悉演练", d(2026, 4, 8), "高楼镇敬老院", "高楼镇敬老院", None, "孙伟",
         "", "已实施", sorted(["孙伟", "刘洋", "吴刚"])),
        ("加油站火灾专项演练", "单项实战演练", d(2026, 6, 18), "高楼加油站", "高楼加油站",
         "加油站火灾现场处置方案", "王强", "合格", "已评估", sorted(["周杰", "李明", "赵丽"])),
    ]  # fmt: skip


def test_drill_record_csv_with_bom(town, tmp_path):
    database, report = load(town, tmp_path, "演练记录.csv")
    assert report.added == 2
    assert drills(database) == [
        ("卫生院消防演练", "综合实战演练", d(2026, 9, 15), "高楼镇卫生院", "高楼镇卫生院",
         "卫生院敬老院灭火预案", "王强", "基本合格", "已评估", sorted(["王强", "赵丽", "周杰"])),
        ("防汛抢险沙盘推演", "综合桌面演练", d(2026, 6, 2), "镇政府", None, None, "李德华",
         "合格", "已评估", sorted(["李德华", "孙伟"])),
    ]  # fmt: skip
    assert count(database, DrillAttendance) == 5


# ---- 整改 ---------------------------------------------------------------------------------------

FINDING = (Finding.problem, Finding.measure, Finding.owner, Finding.deadline, Finding.status)


def findings(database: Database) -> list[tuple]:
    query = select(Drill.name, *FINDING, Finding.closed_on, Finding.evidence).join(Drill)
    return fetched(database, query.order_by(Finding.id))


def test_findings_tracked_until_closed(town, tmp_path):
    database, report = load(town, tmp_path, "整改台账.xlsx")
    assert report.added == 3
    closed = "按 Excel 台账导入（整改证明见纸质台账）"
    assert findings(database) == [
        ("中心小学消防疏散演练", "疏散通道堆放杂物", "清理通道，每周检查", "周校长",
         d(2026, 5, 30), "已整改", d(2026, 5, 28), closed),
        ("中心小学消防疏散演练", "部分学生不会使用灭火器", "开展灭火器使用培训", "王强",
         d(2026, 6, 30), "整改中", None, ""),
        ("森林火灾桌面推演", "物资调拨流程不清", "修订预案附件3", "李德华", d(2026, 4, 30),
         "待整改", None, ""),
    ]  # fmt: skip


def test_findings_list_in_gbk(town, tmp_path):
    database, report = load(town, tmp_path, "整改清单.csv")
    assert report.added == 2
    got = [r[:-1] for r in findings(database)]
    assert got == [
        ("敬老院六熟悉", "消防车通道被占用", "设置禁停标志", "郑院长", d(2026, 5, 10), "已整改",
         d(2026, 5, 9)),
        ("加油站火灾专项演练", "应急照明不足", "增配照明灯", "钱站长", d(2026, 7, 31), "整改中",
         None),
    ]  # fmt: skip


# ---- 消防水源 -----------------------------------------------------------------------------------

WATER = (WaterSource.code, WaterSource.type, WaterSource.form, WaterSource.village)
STATE = (WaterSource.status, WaterSource.crs, WaterSource.has_dry_season, WaterSource.dry_months)


def sources(database: Database) -> dict[str, tuple]:
    got = rows(database, *WATER, *STATE, WaterSource.built_on, WaterSource.details)
    return {code: (*rest[:-1], json.loads(rest[-1] or "{}")) for code, *rest in got}


def test_water_source_survey_in_the_offices_words(town, tmp_path):
    database, report = load(town, tmp_path, "消防水源普查登记表.xlsx")
    assert report.added == 7
    net = {"network": "环状", "pipe_dn": 150, "static_mpa": 0.35}
    assert sources(database) == {
        "GL-XHS-001": ("市政消火栓", "地上式", "高楼村", "可用", "WGS84", False, "",
                       d(2015, 6, 1), net),
        "GL-XHS-002": ("市政消火栓", "地上式", "高楼村", "可用", "WGS84", False, "",
                       d(2016, 8, 1), {"network": "枝状", "pipe_dn": 100, "static_mpa": 0.28}),
        "GL-XHS-003": ("市政消火栓", "地下式", "高楼村", "故障", "WGS84", False, "", None,
                       {"pipe_dn": 100}),
        "GL-SC-001": ("消防水池", "", "高楼村", "可用", "GCJ-02", False, "", d(2012, 10, 1),
                      {"volume_m3": 300}),
        "GL-TR-001": ("天然水源", "河", "新华村", "可用", "WGS84", True, "11,12,1,2,3", None, {}),
        "GL-TR-002": ("天然水源", "水库", "龙潭社区", "可用", "WGS84", False, "", None, {}),
        "GL-SH-001": ("消防水鹤", "", "石桥村", "维修中", "WGS84", False, "", None, {}),
    }  # fmt: skip
    owners = dict(rows(database, WaterSource.code, WaterSource.owner))
    assert owners["GL-TR-002"] == "龙潭水库管理站"
    assert notice(report, "已在“水源归属”中新增：高楼镇自来水厂、高楼镇人民政府、龙潭水库管理站")


def test_water_sources_csv_in_gbk(town, tmp_path):
    database, report = load(town, tmp_path, "水源补充登记.csv")
    assert report.added == 3
    assert sources(database) == {
        "GL-XHS-004": ("市政消火栓", "", "石桥村", "可用", "GCJ-02", False, "", d(2019, 7, 1),
                       {"network": "环状", "pipe_dn": 150, "static_mpa": 0.3}),
        "GL-XHS-005": ("市政消火栓", "墙壁式", "石桥村", "可用", "WGS84", False, "",
                       d(2020, 3, 1), {"pipe_dn": 65}),
        "GL-TR-003": ("天然水源", "塘", "河坝村", "可用", "WGS84", False, "", None, {}),
    }  # fmt: skip


def test_natural_sources_xls_with_dry_seasons(town, tmp_path):
    database, report = load(town, tmp_path, "天然水源台账.xls")
    assert report.added == 3
    assert sources(database) == {
        "GL-TR-004": ("天然水源", "溪", "石桥村", "可用", "WGS84", True, "12,1,2", d(2018, 5, 1),
                      {}),
        "GL-QS-001": ("取水点", "取水码头", "新华村", "可用", "WGS84", True, "12,1,2",
                      d(2019, 4, 1), {}),
        "GL-SC-002": ("消防水池", "", "高楼村", "可用", "WGS84", False, "", d(2016, 9, 1), {}),
    }  # fmt: skip


# ---- 水源检查 -----------------------------------------------------------------------------------

VISIT = (Inspection.inspected_on, Inspection.inspectors, Inspection.kind, Inspection.result)


def visits(database: Database) -> list[tuple]:
    query = select(WaterSource.code, *VISIT, Inspection.problems, Inspection.follow_up)
    query = query.join(WaterSource, WaterSource.id == Inspection.source_id)
    return fetched(database, query.order_by(Inspection.id))


def test_monthly_patrol_record_opens_a_repair_for_the_failed_hydrant(town, tmp_path):
    database, report = load(town, tmp_path, "消防水源巡查记录.xlsx")
    assert report.added == 4
    assert visits(database) == [
        ("GL-XHS-001", d(2026, 11, 5), "李德华、王强", "巡查", "合格", "", ""),
        ("GL-XHS-002", d(2026, 11, 5), "李德华、王强", "巡查", "不合格", "出水口闷盖缺失",
         "已报自来水厂"),
        ("GL-SC-001", d(2026, 11, 12), "陈志远", "检查", "合格", "", ""),
        ("GL-TR-001", d(2026, 11, 20), "陈志远 张三", "保养", "合格", "", "清理取水口杂物"),
    ]  # fmt: skip
    state = dict(rows(database, WaterSource.code, WaterSource.status))
    assert state["GL-XHS-002"] == "故障" and state["GL-XHS-001"] == "可用"
    assert rows(database, WaterRepair.problem, WaterRepair.status) == [("出水口闷盖缺失", "待报修")]
    last = dict(rows(database, WaterSource.code, WaterSource.last_inspected_on))
    assert last["GL-TR-001"] == d(2026, 11, 20) and last["GL-SH-001"] is None


def test_inspection_record_csv_with_bom(town, tmp_path):
    database, report = load(town, tmp_path, "水源检查记录.csv")
    assert report.added == 2
    assert visits(database) == [
        ("GL-TR-002", d(2026, 10, 8), "孙伟", "普查", "合格", "", ""),
        ("GL-XHS-003", d(2026, 10, 9), "孙伟、刘洋", "流量测试", "不合格", "出水浑浊", "已报修"),
    ]
    assert count(database, WaterRepair) == 0  # GL-XHS-003 was already 故障


def test_patrol_record_with_the_inspectors_signature_line(town, tmp_path):
    database, _ = load(town, tmp_path, "水源巡查记录（检查人签字）.xlsx")
    assert [v[:4] for v in visits(database)] == [
        ("GL-XHS-001", d(2026, 11, 26), "王强", "巡查"),
        ("GL-SC-001", d(2026, 11, 26), "王强", "巡查"),
    ]
