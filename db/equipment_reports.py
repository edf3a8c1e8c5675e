"""From the fleet and stock facades to printable sheets (vehicles, equipment, supplies)."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.errors import NotFoundError
from db.fleet import VEHICLE, EquipmentFilter, Fleet, VehicleRow, vehicle_target
from db.ledger import Ledger
from db.pdf.base import LANDSCAPE, PORTRAIT, Letterhead
from db.pdf.equipment import (
    CheckLineData,
    EquipmentInspectionSheet,
    InspectionItem,
    ReadinessReport,
    ReadinessSection,
    TableSheet,
    VehicleCheckSheet,
    build_inspection_pdf,
    build_readiness_pdf,
    build_table_pdf,
    build_vehicle_check_pdf,
)
from db.supplies import Supplies


def letterhead(database: Database) -> Letterhead:
    settings = Ledger(database).settings()
    return Letterhead(settings["town"], settings["office"])


def _d(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def vehicle_check_sheet(
    database: Database, plate: str, on: dt.date | None = None, blank: bool = False
) -> VehicleCheckSheet:
    """The blank form for ``plate`` (its checklist and kit list), or the check recorded on
    ``on`` (the latest check when ``on`` is None)."""
    fleet = Fleet(database)
    v = fleet.vehicle_by_plate(plate)
    assert v.id is not None
    dues = next(r.dues for r in fleet.vehicle_rows(True) if r.vehicle.id == v.id)
    sheet = VehicleCheckSheet(
        letterhead(database),
        v.plate,
        v.type,
        v.tank_l,
        v.foam_l,
        next_level1=dues["一级保养"].due,
        next_level2=dues["二级保养"].due,
        next_pump=dues["水泵测试"].due,
        printed_on=dt.date.today(),
    )
    if blank:
        sheet.items = [
            CheckLineData(t.text, t.kind, t.unit) for t in fleet.template(vehicle_target(v.id))
        ]
        sheet.kit = [
            CheckLineData(k.name, "quantity", expected=k.expected, compartment=k.compartment)
            for k in v.kit
        ]
        sheet.next_level1 = sheet.next_level2 = sheet.next_pump = None
        return sheet
    check = fleet.last_check(VEHICLE, v.id, on=on)
    if check is None:
        when = f"{on.isoformat()} " if on else ""
        raise NotFoundError(f"车辆 {v.plate} {when}没有检查记录（可加 --blank 打印空白表）")
    sheet.kind, sheet.done_on, sheet.mileage_km = check.kind, check.done_on, check.mileage_km
    sheet.inspector, sheet.reviewer = check.inspector, check.reviewer
    kit_names = {k.name: k.compartment for k in v.kit}
    for r in check.results:
        line = CheckLineData(r.text, r.kind, r.unit, r.outcome, r.value, r.expected, r.counted)
        if r.kind == "quantity":
            name = r.text.split("（")[0]
            line.text, line.compartment = name, kit_names.get(name, "")
            sheet.kit.append(line)
        else:
            sheet.items.append(line)
    failed = [r for r in check.results if r.failed]
    lines = [f"{r.text}：不合格" for r in failed]
    if check.notes:
        lines.append(check.notes)
    repairs = fleet.repairs(open_only=False, target=(VEHICLE, v.id))
    lines += [f"已开维修单：{r.problem}（{r.status}）" for r in repairs if r.check_id == check.id]
    sheet.findings = "\n".join(lines) or "未发现问题。"
    return sheet


def vehicle_check_pdf(
    database: Database, plate: str, on: dt.date | None = None, blank: bool = False
) -> bytes:
    return build_vehicle_check_pdf(vehicle_check_sheet(database, plate, on, blank))


def inspection_pdf(database: Database, category: str, blank: bool = False) -> bytes:
    """The inspection sheet of one equipment category, listing its items (or blank rows)."""
    fleet = Fleet(database)
    items = [] if blank else fleet.equipment_list(EquipmentFilter(category=category))
    sheet = EquipmentInspectionSheet(
        letterhead(database),
        category,
        [(t.text, t.kind, t.unit) for t in fleet.template(category)],
        [
            InspectionItem(
                e.code, e.name, e.spec, e.vehicle_plate or e.location, e.last_test_on, e.next_due
            )
            for e in items
            if e.status != "报废"
        ],
        printed_on=dt.date.today(),
    )
    return build_inspection_pdf(sheet)


def equipment_register_pdf(database: Database) -> bytes:
    """The equipment register (台账), A4 landscape, by category and number."""
    rows: list[list[object]] = []
    today = dt.date.today()
    for i, e in enumerate(Fleet(database).equipment_list(), 1):
        where = e.location
        if e.vehicle_plate:
            where = f"{e.vehicle_plate} {e.compartment}".strip() + (f"（{where}）" if where else "")
        due = _d(e.next_due) + ("（逾期）" if e.next_due and e.next_due < today else "")
        rows.append(
            [
                str(i),
                e.code,
                e.name,
                e.category,
                e.spec,
                _d(e.manufactured_on),
                where,
                e.status,
                _d(e.last_test_on),
                due,
                _d(e.retire_on),
            ]
        )
    sheet = TableSheet(
        letterhead(database),
        "装备器材台账",
        [
            "序号",
            "编号",
            "名称",
            "类别",
            "规格型号",
            "生产日期",
            "存放位置",
            "状态",
            "上次检验",
            "下次检验",
            "报废日期",
        ],
        rows,
        [0.045, 0.085, 0.12, 0.075, 0.12, 0.08, 0.14, 0.05, 0.08, 0.125, 0.08],
        layout=LANDSCAPE,
        subtitle=f"共 {len(rows)} 件",
        signatures=["制表人", "审核人"],
        printed_on=today,
    )
    return build_table_pdf(sheet)


def supply_register_pdf(database: Database) -> bytes:
    """The supply register with balances, quota, loans and the nearest expiry."""
    stock = Supplies(database)
    nearest: dict[int, dt.date] = {}
    for b in stock.batches(in_stock=True):
        if b.expires_on and b.supply_id is not None:
            nearest[b.supply_id] = min(nearest.get(b.supply_id, b.expires_on), b.expires_on)
    rows: list[list[object]] = []
    for i, sp in enumerate(stock.supplies(), 1):
        assert sp.id is not None
        rows.append(
            [
                str(i),
                sp.name,
                sp.category,
                sp.unit,
                sp.location,
                f"{sp.quota:g}",
                f"{sp.balance:g}",
                f"{sp.on_loan:g}" if sp.on_loan else "",
                f"{sp.short:g}" if sp.short else "",
                _d(nearest.get(sp.id)),
            ]
        )
    sheet = TableSheet(
        letterhead(database),
        "应急物资储备台账",
        [
            "序号",
            "物资名称",
            "类别",
            "单位",
            "存放位置",
            "储备定额",
            "库存",
            "借出未还",
            "缺口",
            "最近有效期",
        ],
        rows,
        [0.05, 0.17, 0.09, 0.06, 0.16, 0.09, 0.09, 0.09, 0.08, 0.12],
        layout=LANDSCAPE,
        subtitle=f"截至{dt.date.today().isoformat()}，共 {len(rows)} 种",
        signatures=["保管员", "审核人"],
        printed_on=dt.date.today(),
    )
    return build_table_pdf(sheet)


def stocktake_pdf(database: Database) -> bytes:
    """The stocktake count sheet: book balances printed, the count column left blank."""
    supplies = sorted(Supplies(database).supplies(), key=lambda s: (s.location, s.category, s.name))
    rows: list[list[object]] = [
        [str(i), sp.name, sp.unit, sp.location, f"{sp.balance:g}", "", "", ""]
        for i, sp in enumerate(supplies, 1)
    ]
    sheet = TableSheet(
        letterhead(database),
        "物资盘点表",
        ["序号", "物资名称", "单位", "存放位置", "账面数量", "实盘数量", "差异", "备注"],
        rows,
        [0.07, 0.24, 0.07, 0.18, 0.11, 0.11, 0.08, 0.14],
        layout=PORTRAIT,
        subtitle="盘点日期：\u00a0\u00a0\u00a0\u00a0年\u00a0\u00a0\u00a0\u00a0月\u00a0\u00a0\u00a0\u00a0日",
        signatures=["盘点人", "监盘人", "负责人"],
        note="说明：实盘数量按实际清点填写；差异＝实盘－账面，录入后由系统记为“盘点调整”。",
        printed_on=dt.date.today(),
        row_height=20,
    )
    return build_table_pdf(sheet)


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


__all__ = [
    "equipment_register_pdf",
    "inspection_pdf",
    "readiness_pdf",
    "stocktake_pdf",
    "supply_register_pdf",
    "vehicle_check_pdf",
]
