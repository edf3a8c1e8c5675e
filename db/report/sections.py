"""One function per kind of work: what the period's records say, read through each domain's
facade, as a :class:`~db.report.data.Section` and the dated events the month table counts.

Each function takes the database and the period (``start``–``end``, standing figures read on
``as_of``) and returns ``(section, events)``; ``events`` maps a month-table column to
``(date, weight)`` pairs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections import defaultdict
from collections.abc import Iterable

from db.engine import Database
from db.report.data import Listing
from db.report.data import Section

Events = dict[str, list[tuple[dt.date, float]]]
ATTENDED, LISTED = "_实到", "_应到"  # hidden month-table columns behind 参演率
OUT_OF_SERVICE = ("故障", "维修中", "停用")  # water sources not usable until repaired


def _d(day: dt.date | dt.datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        return day.strftime("%Y-%m-%d %H:%M")
    return day.isoformat()


def _within(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def _rate(attended: int, listed: int) -> float | None:
    return round(100.0 * attended / listed, 1) if listed else None


def _ranges(days: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Consecutive dates joined: [1, 2, 3, 7] → [(1, 3), (7, 7)]."""
    out: list[tuple[dt.date, dt.date]] = []
    for day in sorted(days):
        if out and day - out[-1][1] == dt.timedelta(days=1):
            out[-1] = (out[-1][0], day)
        else:
            out.append((day, day))
    return out


def _overlap(a: dt.date | None, b: dt.date | None, start: dt.date, end: dt.date) -> int:
    """Days of ``a``–``b`` inside ``start``–``end``."""
    if a is None or b is None:
        return 0
    return max(0, (min(b, end) - max(a, start)).days + 1)


def _dates(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def duty(
    database: Database, start: dt.date, end: dt.date, as_of: dt.date
) -> tuple[Section, Events]:
    """Duty days, raised-alert days, calls handled and handovers."""
    from db.duty import Ledger

    ledger = Ledger(database)
    dates = _dates(start, end)
    needs = ledger.needs(dates)
    raised = [d for d in dates if needs[d].level > 0]
    rostered = ledger.duty_days_between(start, end)
    on_roster = {r.date for r in rostered}
    unrostered = [d for d in dates if d not in on_roster and d <= as_of]
    calls = sorted(ledger.calls(start, end), key=lambda c: c.at or dt.datetime.min)
    handovers = sorted(ledger.handovers(start, end), key=lambda h: (h.duty_date, h.at))
    periods = [
        p for p in ledger.periods() if p.start and p.end and p.end >= start and p.start <= end
    ]
    names = {lv.level: lv.name for lv in ledger.levels()}
    section = Section("duty", "一、值班备勤")
    section.figure("统计天数", len(dates), "天")
    section.figure("已排班天数", len(on_roster), "天")
    section.figure("未排班天数", len(unrostered), "天")
    section.figure("提升战备天数", len(raised), "天")
    section.figure("战备时段", len(periods), "个")
    section.figure("值班来电", len(calls), "次")
    section.figure("交接班记录", len(handovers), "份")
    section.lists = [
        Listing(
            "战备时段",
            ["时段", "开始", "结束", "战备等级", "期内天数"],
            [
                [
                    p.name,
                    _d(p.start),
                    _d(p.end),
                    names.get(p.level, str(p.level)),
                    str(_overlap(p.start, p.end, start, end)),
                ]
                for p in sorted(periods, key=lambda p: p.start or start)
            ],
            [0.3, 0.18, 0.18, 0.18, 0.16],
        ),
        Listing(
            "未排班日期",
            ["起", "止", "天数"],
            [[_d(a), _d(b), str((b - a).days + 1)] for a, b in _ranges(unrostered)],
            [0.4, 0.4, 0.2],
        ),
        Listing(
            "值班来电",
            ["时间", "来电单位", "来电人", "内容", "处理情况"],
            [[_d(c.at), c.caller_unit, c.caller_name, c.content, c.action] for c in calls],
            [0.16, 0.16, 0.1, 0.3, 0.28],
        ),
        Listing(
            "交接班记录",
            ["值班日期", "交班人", "接班人", "车辆战备", "移交事项"],
            [
                [
                    _d(h.duty_date),
                    h.handed_by,
                    h.received_by,
                    "完好" if h.vehicles_ready else "未完好",
                    h.open_items,
                ]
                for h in handovers
            ],
            [0.15, 0.13, 0.13, 0.12, 0.47],
        ),
    ]
    events: Events = {
        "值班天数": [(d, 1) for d in on_roster],
        "战备天数": [(d, 1) for d in raised],
        "来电": [(c.at.date(), 1) for c in calls if c.at],
        "交接班": [(h.duty_date, 1) for h in handovers if h.duty_date],
    }
    return section, events


def drills(
    database: Database, start: dt.date, end: dt.date, as_of: dt.date
) -> tuple[Section, Events]:
    """Drills held by kind with attendance, findings opened/closed/overdue, plans revised or
    evaluated."""
    from db.drills import DRILL_KINDS
    from db.drills import DrillBook

    book = DrillBook(database)
    held = sorted(
        (
            d
            for d in book.drills()
            if d.status != "计划" and d.starts_at and _within(d.starts_at.date(), start, end)
        ),
        key=lambda d: d.starts_at or dt.datetime.min,
    )
    attended: Counter[str] = Counter()
    listed: Counter[str] = Counter()
    count: Counter[str] = Counter()
    rows = []
    events: Events = defaultdict(list)
    for d in held:
        assert d.starts_at is not None
        c = d.attendance_counts()
        here, total = c.get("出席", 0) + c.get("迟到", 0), len(d.attendance)
        count[d.kind] += 1
        attended[d.kind] += here
        listed[d.kind] += total
        day = d.starts_at.date()
        events["演练"].append((day, 1))
        events[ATTENDED].append((day, here))
        events[LISTED].append((day, total))
        rate = _rate(here, total)
        rows.append(
            [
                _d(day),
                d.name,
                d.kind,
                d.site_name or d.place,
                f"{here}/{total}" if total else "未记签到",
                "" if rate is None else f"{rate:.1f}%",
                d.conclusion,
            ]
        )
    kinds = [k for k in DRILL_KINDS if count[k]] + sorted(k for k in count if k not in DRILL_KINDS)
    by_kind = [
        [k, str(count[k]), str(listed[k]), str(attended[k]), _pct(_rate(attended[k], listed[k]))]
        for k in kinds
    ]
    total_listed, total_attended = sum(listed.values()), sum(attended.values())
    by_kind.append(
        [
            "合计",
            str(len(held)),
            str(total_listed),
            str(total_attended),
            _pct(_rate(total_attended, total_listed)),
        ]
    )
    findings = book.findings()
    held_ids = {d.id for d in held}
    opened = [f for f in findings if f.drill_id in held_ids]
    closed = [f for f in findings if f.status == "已整改" and _within(f.closed_on, start, end)]
    overdue = [
        f
        for f in findings
        if f.status != "已整改" and f.deadline is not None and f.deadline < as_of
    ]
    for f in closed:
        assert f.closed_on is not None
        events["问题整改"].append((f.closed_on, 1))
    dates = {d.id: d.starts_at.date() for d in held if d.starts_at}
    for f in opened:
        events["新发现问题"].append((dates[f.drill_id], 1))
    section = Section("drills", "二、演练与整改")
    section.figure("演练次数", len(held), "次")
    section.figure("应参演人次", total_listed, "人次")
    section.figure("实参演人次", total_attended, "人次")
    section.figure("参演率", _rate(total_attended, total_listed), "%")
    section.figure("发现问题", len(opened), "项")
    section.figure("完成整改", len(closed), "项")
    section.figure("逾期未整改", len(overdue), "项")
    section.note = "参演率＝（出席＋迟到）÷签到表人数；未记签到的演练不计入。"
    section.lists = [
        Listing(
            "按演练类型",
            ["类型", "次数", "应参演", "实参演", "参演率"],
            by_kind,
            [0.32, 0.14, 0.18, 0.18, 0.18],
        ),
        Listing(
            "演练清单",
            ["日期", "演练名称", "类型", "地点", "实到/应到", "参演率", "评估结论"],
            rows,
            [0.12, 0.25, 0.14, 0.19, 0.1, 0.09, 0.11],
        ),
        Listing(
            "整改问题",
            ["演练", "问题", "责任人", "整改期限", "状态", "整改日期"],
            [
                [
                    f.drill_name,
                    f.problem,
                    f.owner,
                    _d(f.deadline),
                    "逾期" if f in overdue else f.status,
                    _d(f.closed_on),
                ]
                for f in _unique([*opened, *closed, *overdue])
            ],
            [0.2, 0.34, 0.1, 0.13, 0.1, 0.13],
        ),
    ]
    return section, dict(events)


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1f}%"


def _unique(items: list) -> list:  # type: ignore[type-arg]
    seen: set[int] = set()
    out = []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            out.append(item)
    return out


def plans(
    database: Database, start: dt.date, end: dt.date, as_of: dt.date
) -> tuple[Section, Events]:
    """Plans written, revised or evaluated in the period, and revisions still waiting."""
    from db.drills import DrillBook
    from db.drills import PlanData
    from db.drills import PlanVersionData

    book = DrillBook(database)
    all_plans = book.plans()
    revised: list[tuple[PlanData, PlanVersionData]] = []
    written: list[tuple[PlanData, PlanVersionData]] = []
    for p in all_plans:
        assert p.id is not None
        for v in book.versions(p.id):
            if _within(v.revised_on, start, end):
                (written if v.trigger == "初次编制" else revised).append((p, v))
    evaluated = [p for p in all_plans if _within(p.evaluated_on, start, end)]
    waiting = book.revision_tasks(open_only=True)
    section = Section("plans", "三、应急预案")
    section.figure("新编预案", len(written), "项")
    section.figure("修订预案", len(revised), "项")
    section.figure("评估预案", len(evaluated), "项")
    section.figure("待修订", len(waiting), "项")
    section.lists = [
        Listing(
            "编制与修订",
            ["日期", "预案", "版次", "修订原因", "说明"],
            [
                [_d(v.revised_on), p.name, f"第{v.number}版", v.trigger, v.reason]
                for p, v in sorted([*written, *revised], key=lambda pv: pv[1].revised_on)
            ],
            [0.12, 0.3, 0.1, 0.24, 0.24],
        ),
        Listing(
            "预案评估",
            ["预案", "类型", "评估日期"],
            [[p.name, p.type, _d(p.evaluated_on)] for p in evaluated],
            [0.5, 0.25, 0.25],
        ),
        Listing(
            "待修订预案",
            ["预案", "修订原因", "说明"],
            [[t.plan_name, t.trigger, t.note] for t in waiting],
            [0.35, 0.3, 0.35],
        ),
    ]
    return section, {}
