"""The report's sections on things: water sources, vehicles and equipment, supplies (the
same shape as :mod:`db.report.sections`)."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.report.data import Listing
from db.report.data import Section
from db.report.sections import OUT_OF_SERVICE
from db.report.sections import Events
from db.report.sections import _d
from db.report.sections import _unique
from db.report.sections import _within


def water(
    database: Database, start: dt.date, end: dt.date, as_of: dt.date
) -> tuple[Section, Events]:
    """Sources surveyed, inspected, failed, repaired, still out of service; coverage gaps."""
    from db.water import WaterBook
    from db.water import WaterFilter

    book = WaterBook(database)
    visits = book.inspections_between(start, end)
    surveyed = {v.source_id for v in visits if v.survey_id is not None or v.kind == "普查"}
    failed = [v for v in visits if v.result == "不合格"]
    repairs = book.repairs()
    opened = [r for r in repairs if _within(r.opened_on, start, end)]
    fixed = [r for r in repairs if r.status == "已修复" and _within(r.closed_on, start, end)]
    still = [
        x
        for status in OUT_OF_SERVICE
        for x in book.sources(WaterFilter(status=status, today=as_of))
    ]
    coverage = book.coverage(on=as_of)
    gaps = coverage.gaps
    section = Section("water", "四、消防水源")
    section.figure("普查水源", len(surveyed), "处")
    section.figure("检查次数", len(visits), "次")
    section.figure("检查水源", len({v.source_id for v in visits}), "处")
    section.figure("检查不合格", len(failed), "次")
    section.figure("新报修", len(opened), "项")
    section.figure("已修复", len(fixed), "项")
    section.figure("仍不可用", len(still), "处")
    section.figure("覆盖缺口", len(gaps), "处")
    section.note = (
        f"仍不可用与覆盖缺口按{as_of.isoformat()}的状态统计；"
        f"覆盖缺口指保护半径 {coverage.radius_m:g} 米内没有可用水源的重点场所。"
    )
    section.lists = [
        Listing(
            "检查不合格",
            ["日期", "编号", "水源", "类型", "检查类别", "发现问题"],
            [
                [
                    _d(v.inspected_on),
                    v.source_code,
                    v.source_name,
                    v.source_type,
                    v.kind,
                    v.problems,
                ]
                for v in failed
            ],
            [0.12, 0.12, 0.2, 0.12, 0.1, 0.34],
        ),
        Listing(
            "维修情况",
            ["报修日期", "编号", "水源", "问题", "状态", "修复日期"],
            [
                [
                    _d(r.opened_on),
                    r.source_code,
                    r.source_name,
                    r.problem,
                    r.status,
                    _d(r.closed_on),
                ]
                for r in sorted(_unique([*opened, *fixed]), key=lambda r: r.opened_on)
            ],
            [0.12, 0.12, 0.2, 0.34, 0.1, 0.12],
        ),
        Listing(
            "仍不可用的水源",
            ["编号", "水源", "类型", "所属村（社区）", "状态"],
            [[x.code, x.name, x.type, x.village, x.status] for x in still],
            [0.15, 0.3, 0.18, 0.22, 0.15],
        ),
        Listing(
            "覆盖缺口",
            ["重点场所", "所属村（社区）", "最近可用水源", "距离（米）"],
            [
                [
                    g.site_name,
                    g.village,
                    g.nearest[0].name if g.nearest else "（搜索范围内没有）",
                    f"{g.nearest[0].distance_m:.0f}" if g.nearest else "",
                ]
                for g in gaps
            ],
            [0.3, 0.22, 0.3, 0.18],
        ),
    ]
    events: Events = {
        "水源检查": [(v.inspected_on, 1) for v in visits],
        "水源不合格": [(v.inspected_on, 1) for v in failed],
        "水源修复": [(r.closed_on, 1) for r in fixed if r.closed_on],
    }
    return section, events


def fleet(
    database: Database, start: dt.date, end: dt.date, as_of: dt.date
) -> tuple[Section, Events]:
    """Vehicle and equipment checks, repairs, items overdue and out of service."""
    from db.fleet import VEHICLE
    from db.fleet import Fleet

    book = Fleet(database)
    checks = book.checks_between(start, end)
    failed = [c for c in checks if not c.passed]
    repairs = book.repairs_between(start, end)
    opened = [r for r in repairs if _within(r.opened_on, start, end)]
    fixed = [r for r in repairs if _within(r.resolved_on, start, end)]
    overdue: list[list[str]] = []
    for row in book.vehicle_rows():
        for due in row.dues.values():
            if due.due is not None and due.due < as_of:
                overdue.append(["车辆", row.vehicle.plate, due.kind, _d(due.last), _d(due.due)])
    for item in book.equipment_due(as_of - dt.timedelta(days=1), limit=100_000):
        overdue.append(
            [
                item.category,
                f"{item.code} {item.name}",
                "定期检验",
                _d(item.last_test_on),
                _d(item.next_due),
            ]
        )
    out = book.out_of_service()
    section = Section("fleet", "五、车辆装备器材")
    section.figure("车辆检查", sum(1 for c in checks if c.target_table == VEHICLE), "次")
    section.figure("器材检查", sum(1 for c in checks if c.target_table != VEHICLE), "次")
    section.figure("检查不合格", len(failed), "次")
    section.figure("新开维修单", len(opened), "张")
    section.figure("已修复", len(fixed), "张")
    section.figure("逾期未检", len(overdue), "项")
    section.figure("维修或停用", len(out), "件")
    section.note = f"逾期未检与维修或停用按{as_of.isoformat()}的状态统计。"
    section.lists = [
        Listing(
            "检查不合格",
            ["日期", "对象", "类别", "检查类别", "检查人"],
            [[_d(c.done_on), c.subject, c.category, c.kind, c.inspector] for c in failed],
            [0.14, 0.34, 0.16, 0.18, 0.18],
        ),
        Listing(
            "维修单",
            ["开单日期", "对象", "问题", "状态", "修复日期"],
            [
                [_d(r.opened_on), r.subject, r.problem, r.status, _d(r.resolved_on)]
                for r in sorted(_unique([*opened, *fixed]), key=lambda r: r.opened_on or start)
            ],
            [0.13, 0.24, 0.37, 0.12, 0.14],
        ),
        Listing(
            "逾期未检",
            ["类别", "对象", "项目", "上次", "应于"],
            overdue,
            [0.14, 0.34, 0.2, 0.16, 0.16],
        ),
        Listing(
            "维修或停用",
            ["类别", "对象", "状态", "自", "问题"],
            [[o.category, o.subject, o.status, _d(o.since), o.problem] for o in out],
            [0.14, 0.28, 0.1, 0.14, 0.34],
        ),
    ]
    events: Events = {
        "装备检查": [(c.done_on, 1) for c in checks],
        "装备不合格": [(c.done_on, 1) for c in failed],
        "装备修复": [(r.resolved_on, 1) for r in fixed if r.resolved_on],
    }
    return section, events


def supplies(
    database: Database, start: dt.date, end: dt.date, as_of: dt.date
) -> tuple[Section, Events]:
    """Supplies below their reserve quota and batches expired or expiring."""
    from db.supplies import Supplies

    stock = Supplies(database)
    short = stock.shortfalls()
    expiring = stock.expiring(today=as_of)
    expired = [b for b in expiring if b.expires_on < as_of]
    section = Section("supplies", "六、物资储备")
    section.figure("低于储备定额", len(short), "种")
    section.figure("已过期批次", len(expired), "批")
    section.figure("临近有效期批次", len(expiring) - len(expired), "批")
    section.note = (
        f"库存为当前账面数；有效期按{as_of.isoformat()}计，临近指在物资提醒规则的较长期限内到期。"
    )
    section.lists = [
        Listing(
            "低于储备定额",
            ["物资", "类别", "存放位置", "储备定额", "库存", "缺口"],
            [
                [
                    s.name,
                    s.category,
                    s.location,
                    f"{s.quota:g}{s.unit}",
                    f"{s.balance:g}",
                    f"{s.short:g}",
                ]
                for s in short
            ],
            [0.26, 0.14, 0.2, 0.14, 0.12, 0.14],
        ),
        Listing(
            "过期或临近有效期",
            ["物资", "批次", "有效期至", "数量", "存放位置", "状态"],
            [
                [
                    b.supply_name,
                    b.batch,
                    _d(b.expires_on),
                    f"{b.balance:g}{b.unit}",
                    b.location,
                    "已过期" if b.expires_on < as_of else f"{b.days_left(as_of)}天后到期",
                ]
                for b in expiring
            ],
            [0.24, 0.14, 0.14, 0.12, 0.2, 0.16],
        ),
    ]
    return section, {}
