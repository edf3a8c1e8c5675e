"""The readiness report for the district (车辆装备物资战备情况报告): vehicles and their services,
equipment by status, what is out of service, and the supplies' shortfalls, expiries and loans."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from db.engine import Database
from db.fleet import Fleet
from db.fleet import VehicleRow
from db.fleet.forms.common import day_text as _d
from db.fleet.forms.common import letterhead
from db.pdf import base as pdf
from db.pdf.sheet import sheet_pdf
from db.pdf.table import TableSheet
from db.pdf.table import table_flowable
from db.supplies import Supplies


@dataclass
class ReadinessSection:
    title: str
    headers: list[str]
    rows: list[list[object]]
    fractions: list[float]
    empty_text: str = "无"


@dataclass
class ReadinessReport:
    letterhead: pdf.Letterhead
    as_of: dt.date
    summary: str
    sections: list[ReadinessSection] = field(default_factory=list)
    printed_on: dt.date | None = None


def build_readiness_pdf(report: ReadinessReport) -> bytes:
    st = pdf.styles(10, 8.5)
    width = pdf.PORTRAIT.width
    body: list[Flowable] = [pdf.text_box(report.summary, st.body, width, 20), Spacer(1, 3 * mm)]
    numerals = "一二三四五六七八九十"
    for i, sec in enumerate(report.sections):
        body.append(pdf.section(f"{numerals[i]}、{sec.title}", st, width))
        body.append(
            table_flowable(
                TableSheet(
                    report.letterhead,
                    "",
                    sec.headers,
                    sec.rows,
                    sec.fractions,
                    empty_text=sec.empty_text,
                ),
                st,
                width,
            )
        )
        body.append(Spacer(1, 3 * mm))
    body.append(
        pdf.signature_block(
            [pdf.Signature("填报人"), pdf.Signature("审核人"), pdf.Signature("单位负责人")],
            width,
            st.body,
        )
    )
    return sheet_pdf(
        report, "车辆装备物资战备情况报告", body, subtitle=f"截至{pdf.cn_date(report.as_of)}"
    )


def readiness_report(database: Database, today: dt.date | None = None) -> ReadinessReport:
    today = today or dt.date.today()
    fleet, stock = Fleet(database), Supplies(database)
    vehicles = fleet.vehicle_rows()
    vrows: list[list[object]] = []
    for r in vehicles:
        v = r.vehicle

        def due(kind: str, row: VehicleRow = r) -> str:
            d = row.dues[kind].due
            return _d(d) + ("（逾期）" if d and d < today else "")

        vrows.append(
            [
                v.plate,
                v.type,
                v.status,
                _d(r.dues["例行检查"].last),
                due("一级保养"),
                due("二级保养"),
                due("水泵测试"),
            ]
        )
    counts = fleet.equipment_counts()
    statuses = ("在用", "备用", "维修", "停用", "报废")
    erows: list[list[object]] = []
    for category, by in sorted(counts.items()):
        erows.append(
            [category, str(sum(by.values())), *[str(by.get(s, 0) or "") for s in statuses]]
        )
    out = fleet.out_of_service()
    orows: list[list[object]] = [
        [o.category, o.subject, o.status, _d(o.since), o.problem] for o in out
    ]
    srows: list[list[object]] = [
        [s.name, s.unit, f"{s.quota:g}", f"{s.balance:g}", f"{s.short:g}", s.location]
        for s in stock.shortfalls()
    ]
    soon, later = stock.expiry_windows()
    xrows: list[list[object]] = [
        [
            b.supply_name,
            b.batch,
            _d(b.expires_on),
            f"{b.balance:g}{b.unit}",
            "已过期" if b.expires_on < today else f"{(b.expires_on - today).days}天",
        ]
        for b in stock.expiring(later, today)
    ]
    lrows: list[list[object]] = [
        [
            ln.supply_name,
            ln.borrower,
            f"{ln.outstanding:g}{ln.unit}",
            _d(ln.lent_on),
            _d(ln.due_back),
            "逾期" if ln.overdue(today) else "",
        ]
        for ln in stock.loans()
    ]
    ready = sum(1 for r in vehicles if r.vehicle.status in ("执勤", "备用"))
    in_service = sum(by.get("在用", 0) + by.get("备用", 0) for by in counts.values())
    total = sum(sum(by.values()) for by in counts.values())
    summary = (
        f"车辆 {len(vehicles)} 辆，其中执勤/备用 {ready} 辆；装备器材 {total} 件，在用/备用 {in_service} 件，"
        f"停用待修 {len(out)} 项；物资低于储备定额 {len(srows)} 种，{later}天内到期批次 {len(xrows)} 个，"
        f"借出未还 {len(lrows)} 笔。"
    )
    return ReadinessReport(
        letterhead(database),
        today,
        summary,
        [
            ReadinessSection(
                "消防车辆",
                [
                    "车牌号",
                    "车型",
                    "状态",
                    "上次例检",
                    "下次一级保养",
                    "下次二级保养",
                    "下次水泵测试",
                ],
                vrows,
                [0.14, 0.16, 0.08, 0.13, 0.16, 0.16, 0.17],
            ),
            ReadinessSection(
                "装备器材（按类别）",
                ["类别", "合计", *statuses],
                erows,
                [0.2, 0.1, 0.14, 0.14, 0.14, 0.14, 0.14],
            ),
            ReadinessSection(
                "停用待修",
                ["类别", "车辆/器材", "状态", "报修日期", "故障情况"],
                orows,
                [0.1, 0.2, 0.08, 0.12, 0.5],
            ),
            ReadinessSection(
                "物资储备缺口",
                ["物资", "单位", "储备定额", "库存", "缺口", "存放位置"],
                srows,
                [0.25, 0.08, 0.13, 0.13, 0.13, 0.28],
            ),
            ReadinessSection(
                f"临期/过期物资（{later}天内）",
                ["物资", "批次", "有效期至", "数量", "剩余"],
                xrows,
                [0.3, 0.15, 0.2, 0.17, 0.18],
            ),
            ReadinessSection(
                "借出未还",
                ["物资", "借用人", "未还数量", "借出日期", "应还日期", ""],
                lrows,
                [0.25, 0.22, 0.14, 0.15, 0.15, 0.09],
            ),
        ],
        printed_on=today,
    )


def readiness_pdf(database: Database, today: dt.date | None = None) -> bytes:
    return build_readiness_pdf(readiness_report(database, today))
