"""From the fleet facade to printable sheets: the vehicle check form, the equipment
inspection sheet and register, and the readiness report (which also reads the supplies).

The sheets themselves are in :mod:`db.fleet.forms.sheets` and
:mod:`db.fleet.forms.readiness`; GUI and command line print the same bytes.
"""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.errors import NotFoundError
from db.fleet import VEHICLE
from db.fleet import EquipmentFilter
from db.fleet import Fleet
from db.fleet import vehicle_target
from db.fleet.checklists import has_pump
from db.fleet.checklists import vehicle_lines
from db.fleet.forms.common import day_text as _d
from db.fleet.forms.common import letterhead
from db.fleet.forms.readiness import readiness_pdf
from db.fleet.forms.readiness import readiness_report
from db.fleet.forms.sheets import CheckLineData
from db.fleet.forms.sheets import EquipmentInspectionSheet
from db.fleet.forms.sheets import InspectionItem
from db.fleet.forms.sheets import VehicleCheckSheet
from db.fleet.forms.sheets import build_inspection_pdf
from db.fleet.forms.sheets import build_vehicle_check_pdf
from db.pdf.base import LANDSCAPE
from db.pdf.table import TableSheet
from db.pdf.table import build_table_pdf
from db.wording import failed_wording


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
        has_pump=has_pump(v.tank_l, v.foam_l, v.pump_lps),
    )
    if blank:
        sheet.items = [
            CheckLineData(t.text, t.kind, t.unit)
            for t in vehicle_lines(
                fleet.template(vehicle_target(v.id)), v.tank_l, v.foam_l, v.pump_lps
            )
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
    lines = [
        f"{r.text}：不合格" if r.kind == "value" else failed_wording(r.text, str(r.value or ""))
        for r in failed
    ]
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


__all__ = [
    "equipment_register_pdf",
    "inspection_pdf",
    "letterhead",
    "readiness_pdf",
    "readiness_report",
    "vehicle_check_pdf",
    "vehicle_check_sheet",
]
