"""The sample town's key sites, plans and drills (part of ``rescue-ledger --demo``)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from db.drills import DrillBook
from db.drills import DrillData
from db.drills import FindingData
from db.drills import PlanData
from db.drills import SiteData
from db.drills.choices import EVALUATION_ITEMS
from db.duty import Ledger
from db.engine import Database

SITES = (
    # name, type, address, village, lon, lat, contact, phone, occupancy
    (
        "高楼镇中心小学",
        "学校",
        "高楼镇学府路18号",
        "高楼社区",
        105.9312,
        29.8021,
        "陈校长",
        "023-45601231",
        860,
    ),
    (
        "高楼镇中心幼儿园",
        "幼儿园",
        "高楼镇学府路6号",
        "高楼社区",
        105.9298,
        29.8015,
        "刘园长",
        "023-45601235",
        210,
    ),
    (
        "高楼镇卫生院",
        "卫生院/诊所",
        "高楼镇正街45号",
        "高楼社区",
        105.9335,
        29.7996,
        "杨院长",
        "023-45601120",
        120,
    ),
    (
        "高楼镇敬老院",
        "养老院",
        "高楼镇新街村3组",
        "新街村",
        105.9263,
        29.7968,
        "李院长",
        "023-45601166",
        68,
    ),
    (
        "高楼农贸市场",
        "农贸市场",
        "高楼镇正街与新华路交叉口",
        "高楼社区",
        105.9327,
        29.8008,
        "王经理",
        "13983000001",
        600,
    ),
    (
        "渝丰竹木制品厂",
        "工厂企业",
        "高楼镇工业园2号",
        "石龙村",
        105.9411,
        29.8083,
        "周厂长",
        "13983000002",
        95,
    ),
    (
        "老街棋牌室",
        "棋牌室",
        "高楼镇老街21号",
        "高楼社区",
        105.9340,
        29.8030,
        "吴老板",
        "13983000003",
        40,
    ),
    (
        "高楼加油站",
        "加油站",
        "高楼镇S207线K12处",
        "石龙村",
        105.9386,
        29.7941,
        "何站长",
        "13983000004",
        8,
    ),
)


def _photo(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    """A plain sample picture (the demo has no real photos to ship)."""
    from PIL import Image
    from PIL import ImageDraw

    image = Image.new("RGB", (1200, 800), (235, 235, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle((80, 420, 1120, 760), fill=(150, 150, 150))  # a building
    draw.rectangle((500, 560, 700, 760), fill=(90, 70, 60))
    draw.ellipse((850, 120, 1050, 320), fill=colour)
    for x in range(120, 480, 90):
        draw.rectangle((x, 480, x + 50, 540), fill=(200, 220, 240))
    path = folder / name
    image.save(path)
    return path


def build(database: Database, today: dt.date) -> None:
    """Sites, four plans (one revised), an evaluated drill with findings and photos, two earlier
    drills, a drill run but not yet evaluated, and one planned. Dates follow ``today``: every
    plan in force was drilled within its interval; only the home's plan evaluation is overdue."""
    book = DrillBook(database)
    if book.sites(include_archived=True):
        return
    member_ids = sorted(m.id for m in Ledger(database).members() if m.id is not None)
    site = {}
    for name, kind, address, village, lon, lat, contact, phone, people in SITES:
        site[name] = book.save_site(
            SiteData(name, kind, address, village, lon, lat, "WGS84", contact, phone, people)
        )
    days = dt.timedelta

    def published(
        name: str,
        code: str,
        kind: str,
        *,
        author: str,
        age: int,
        summary: str,
        approved_by: str,
        sites: tuple[str, ...] = (),
    ) -> int:
        """A plan in force: reviewed by the office's head, issued ``age`` days ago."""
        plan = PlanData(
            name,
            code,
            kind,
            status="已发布",
            author=author,
            reviewer="镇应急办主任",
            issued_on=today - days(age),
            summary=summary,
            site_ids=[site[x] for x in sites],
        )
        return book.save_plan(plan, approved_by=approved_by)

    forest = published(
        "高楼镇森林火灾专项应急预案",
        "GLZ-ZX-2024-01",
        "专项应急预案",
        author="王海波",
        age=420,
        summary="适用于本镇辖区内森林火灾的预防预警、先期处置和扑救工作。",
        approved_by="镇长",
    )
    school = published(
        "高楼镇中心小学火灾现场处置方案",
        "GLZ-XC-2022-03",
        "现场处置方案",
        author="陈志强",
        age=900,
        summary="教学楼、宿舍楼火灾时的报警、疏散、初期扑救和联络程序。",
        approved_by="分管副镇长",
        sites=("高楼镇中心小学", "高楼镇中心幼儿园"),
    )
    book.revise(
        school,
        "面临的风险发生重大变化",
        "新建学生宿舍楼投入使用，增加夜间疏散程序",
        "分管副镇长",
        today - days(400),
        {"author": "陈志强、刘建国"},
        version=book.plan(school).version,
    )
    home = published(
        "高楼镇敬老院灭火应急预案",
        "GLZ-MH-2022-01",
        "灭火应急预案",
        author="刘建国",
        age=3 * 365 + 40,
        summary="敬老院失能老人转移、初期火灾扑救和与卫生院的联动。",
        approved_by="镇长",
        sites=("高楼镇敬老院",),
    )
    book.save_plan(
        PlanData(
            "高楼农贸市场火灾现场处置方案",
            type="现场处置方案",
            status="草稿",
            author="张明亮",
            site_ids=[site["高楼农贸市场"]],
        )
    )

    # An evaluated drill at the school, with findings (one closed, one overdue).
    at = dt.datetime.combine(today - days(170), dt.time(9, 30))
    drill = book.save_drill(
        DrillData(
            "中心小学消防疏散综合实战演练",
            "综合实战演练",
            at,
            "高楼镇中心小学操场及教学楼",
            site["高楼镇中心小学"],
            school,
            "刘建国",
            "上午9时40分，教学楼三楼化学实验室起火，浓烟进入走廊，约600名师生需紧急疏散。",
            "检验师生疏散时间；检验救援队出动和初期火灾扑救；检验与学校、卫生院的联动。",
            other_units="高楼镇中心小学、高楼镇卫生院",
            other_headcount=640,
            summary="疏散用时4分30秒，全部师生安全到达操场；水带铺设较慢。",
        )
    )
    statuses = {mid: "出席" for mid in member_ids}
    statuses[member_ids[6]] = "缺席"
    statuses[member_ids[13]] = "缺席"
    statuses[member_ids[9]] = "迟到"
    book.set_attendance(drill, book.drill(drill).version, statuses)
    for minutes, text in (
        (10, "学校发现火情，拨打值班电话报警，启动疏散"),
        (14, "救援队接警出动，带班领导刘建国带队"),
        (19, "救援队到场，铺设水带，使用消火栓供水"),
        (25, "明火扑灭，清点人数，全部师生到达操场"),
        (40, "演练结束，现场讲评"),
    ):
        book.add_event(drill, at + days(minutes=minutes), text)
    ratings = ("合格", "合格", "基本合格", "基本合格", "不合格", "合格")
    comments = (
        "按方案实施，程序完整",
        "疏散路线合理",
        "与卫生院联络晚了约3分钟",
        "水带铺设较慢，个别队员动作不熟练",
        "一盘水带接口漏水",
        "建议增加夜间疏散演练",
    )
    book.score(
        drill,
        book.drill(drill).version,
        [
            (item, r, None, c)
            for item, r, c in zip(EVALUATION_ITEMS, ratings, comments, strict=True)
        ],
        "基本合格",
        "王海波、镇应急办主任",
        today - days(168),
    )
    closed = book.save_finding(
        FindingData(
            drill,
            "一盘65mm水带接口漏水",
            "更换接口并对全部水带做耐压检查",
            "李德华",
            today - days(150),
        )
    )

    book.advance(closed, version=book.finding(closed).version)
    book.advance(
        closed,
        today - days(155),
        "已更换接口，全部12盘水带耐压检查合格",
        version=book.finding(closed).version,
    )
    book.save_finding(
        FindingData(
            drill,
            "宿舍楼夜间疏散无演练、无专人负责",
            "修订现场处置方案，增加夜间疏散分工",
            "陈志强",
            today - days(20),
            triggers_revision=True,
        )
    )
    with tempfile.TemporaryDirectory(prefix="rl-demo-") as tmp:
        for name, caption, colour in (
            ("evacuation.png", "师生疏散到操场集合", (230, 80, 40)),
            ("hose.png", "救援队铺设水带供水", (40, 120, 220)),
        ):
            book.add_drill_photo(drill, _photo(Path(tmp), name, colour), caption)

    # Earlier drills of the other plans in force: the forest-fire plan's yearly tabletop
    # exercise before the spring fire season, and the home's half-yearly evacuation, whose
    # next one (planned below) falls just before it is due again.
    for name, kind, back, place, site_id, plan_id, organiser, scenario, objectives in (
        (
            "森林火灾扑救桌面推演",
            "综合桌面演练",
            290,
            "镇政府三楼会议室",
            None,
            forest,
            "王海波",
            "清明期间石龙村后山因祭祀用火引发山火，火线约300米，向林场蔓延。",
            "检验预警发布、扑火队伍集结、群众转移和与林业站的联动程序。",
        ),
        (
            "敬老院消防疏散演练",
            "单项实战演练",
            172,
            "高楼镇敬老院",
            site["高楼镇敬老院"],
            home,
            "刘建国",
            "厨房油锅起火，烟气进入一楼走廊，需转移一楼全部老人。",
            "检验白天人员疏散和初期火灾扑救。",
        ),
    ):
        run = book.save_drill(
            DrillData(
                name,
                kind,
                dt.datetime.combine(today - days(back), dt.time(9, 0)),
                place,
                site_id,
                plan_id,
                organiser,
                scenario,
                objectives,
                status="已实施",
            )
        )
        book.set_attendance(run, book.drill(run).version, {mid: "出席" for mid in member_ids[:12]})

    # Run last month, not yet evaluated; and one planned for next week.
    market = book.save_drill(
        DrillData(
            "农贸市场熟悉演练",
            "熟悉演练",
            dt.datetime.combine(today - days(25), dt.time(14, 0)),
            "高楼农贸市场",
            site["高楼农贸市场"],
            None,
            "陈志强",
            "熟悉市场内部通道、消火栓位置和周边水源。",
            "六熟悉：道路水源、建筑布局、内部消防设施。",
        )
    )
    book.set_attendance(
        market, book.drill(market).version, {mid: "出席" for mid in member_ids[:10]}
    )
    book.save_drill(
        DrillData(
            "敬老院夜间火灾疏散演练",
            "单项实战演练",
            dt.datetime.combine(today + days(7), dt.time(19, 30)),
            "高楼镇敬老院",
            site["高楼镇敬老院"],
            home,
            "刘建国",
            "夜间二楼居室电器起火，需转移8名失能老人。",
            "检验夜间人员到位时间和失能老人转移。",
        )
    )
