"""消防车辆 (vehicles) and 装备器材 (equipment): imported by plate and by item number."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.fleet import AGENT_CATEGORY
from db.fleet import AGENTS
from db.fleet import EquipmentData
from db.fleet import Intervals
from db.fleet import VehicleData
from db.fleet import agent_of
from db.fleet.equipment import equipment_problems
from db.fleet.models import Equipment
from db.fleet.models import Vehicle
from db.fleet.vehicles import vehicle_problems
from db.words import said
from db.words import said_list
from db.xlsx.cells import as_text
from db.xlsx.cells import nfkc
from db.xlsx.cells import normalize_plate
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import check_fields
from db.xlsx.registers.common import export_records
from db.xlsx.registers.common import first_seen
from db.xlsx.registers.common import record_values
from db.xlsx.registers.common import update_record
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec


def plate_key(text: str) -> str:
    """Plates compare however they are written (渝A12345 = 渝A·12345 = 渝Ａ１２３４５)."""
    return normalize_plate(text)


# --- vehicles --------------------------------------------------------------------------------
VEHICLE_COLUMNS = (
    Column("车牌号", "plate", required=True, max_length=20, synonyms=("车牌", "号牌", "车号")),
    Column("车型", "type", max_length=40, synonyms=("车辆类型", "类型", "车辆型号")),
    Column("水罐容量L", "tank_l", Kind.FLOAT, synonyms=("水罐容量", "载水量", "水罐(L)")),
    Column("泡沫容量L", "foam_l", Kind.FLOAT, synonyms=("泡沫容量", "载泡沫量", "泡沫罐(L)")),
    Column("水泵流量L/s", "pump_lps", Kind.FLOAT, synonyms=("水泵流量", "泵流量", "额定流量")),
    Column("启用日期", "in_service_on", Kind.DATE, synonyms=("启用时间", "投入使用日期")),
    Column("里程km", "mileage_km", Kind.FLOAT, synonyms=("里程", "行驶里程", "公里数")),
    Column("状态", "status", vocab="fleet.vehicle_status", synonyms=("车辆状态",)),
)
VEHICLE_FIELDS = ("type", "tank_l", "foam_l", "pump_lps", "in_service_on", "mileage_km", "status")
VEHICLE_DEFAULTS = {key: getattr(VehicleData(), key) for key in VEHICLE_FIELDS}


def _vehicles(session: Session) -> dict[str, Vehicle]:
    return {plate_key(v.plate): v for v in session.scalars(select(Vehicle))}


def _vehicle_data(row: Row) -> VehicleData:
    """The vehicle ``row`` would save, as the dialog would hand it to the facade."""
    return VehicleData(plate=row.get("plate") or "", **record_values(row, VEHICLE_DEFAULTS))


def vehicles_check(ctx: ImportContext) -> None:
    seen: dict[str, int] = {}
    existing = _vehicles(ctx.session)
    for row in ctx.rows:
        new = True
        if row.ok("plate"):
            first_seen(ctx, row, "plate", seen, plate_key(row.values["plate"]), said("车牌号"))
            new = plate_key(row.values["plate"]) not in existing
        check_fields(ctx, row, vehicle_problems(_vehicle_data(row)), new=new)


def vehicles_save(ctx: ImportContext) -> None:
    existing = _vehicles(ctx.session)
    fields = [k for k in VEHICLE_FIELDS if ctx.sheet.has(k)]
    for row in ctx.each():
        values = {k: row.values.get(k) for k in fields}
        if values.get("status") is None:
            values.pop("status", None)
        if values.get("type") is None:
            values.pop("type", None)
        v = existing.get(plate_key(row.values["plate"]))
        new = v is None
        if v is None:
            v = Vehicle(plate=plate_key(row.values["plate"]), status="执勤", type="水罐消防车")
            ctx.session.add(v)
            existing[plate_key(v.plate)] = v
        update_record(ctx, row, v, values, new)


def vehicles_export(session: Session) -> list[dict[str, Any]]:
    return export_records(session, Vehicle, ("plate", *VEHICLE_FIELDS), Vehicle.plate)


VEHICLES = RegisterSpec(
    "vehicles",
    said("消防车辆"),
    VEHICLE_COLUMNS,
    vehicles_check,
    vehicles_save,
    vehicles_export,
    model=Vehicle,
)

# --- equipment -------------------------------------------------------------------------------
EQUIPMENT_COLUMNS = (
    Column("编号", "code", required=True, max_length=40, synonyms=("器材编号", "编码", "序号编号")),
    Column("名称", "name", required=True, max_length=80, synonyms=("器材名称", "装备名称")),
    Column(
        "类别",
        "category",
        required=True,
        max_length=20,
        vocab="equipment.category",
        synonyms=("器材类别", "分类", "种类"),
    ),
    Column("规格型号", "spec", max_length=80, synonyms=("规格", "型号")),
    # 灭火器 only: 干粉/水基/泡沫/二氧化碳/洁净气体 or a model code (MFZ/ABC4 → 干粉); when empty,
    # an extinguisher's type is taken from its name and spec (the import's default only).
    Column("灭火剂类型", "agent", max_length=20, synonyms=("灭火剂", "灭火剂种类", "药剂类型")),
    Column("生产日期", "manufactured_on", Kind.DATE, synonyms=("出厂日期", "制造日期")),
    Column("存放位置", "location", max_length=60, synonyms=("位置", "存放地点", "存放点")),
    Column("所属车辆", "vehicle", max_length=20, synonyms=("车辆", "车牌号", "随车")),
    Column("状态", "status", vocab="fleet.equipment_status", synonyms=("器材状态", "完好情况")),
    Column(
        "上次检验日期", "last_test_on", Kind.DATE, synonyms=("检验日期", "上次检验", "最近检验日期")
    ),
)
EQUIPMENT_FIELDS = (
    "name",
    "category",
    "spec",
    "manufactured_on",
    "location",
    "status",
    "last_test_on",
)
DATES = ("manufactured_on", "last_test_on")  # a blank date cell clears the date


def _find_vehicles(ctx: ImportContext) -> dict[int, int | None]:
    """Row number → vehicle id for rows naming a vehicle; unknown plates are problems."""
    vehicles = _vehicles(ctx.session)
    found: dict[int, int | None] = {}
    for row in ctx.rows:
        plate = row.get("vehicle")
        if not plate:
            found[row.number] = None
            continue
        v = vehicles.get(plate_key(plate))
        if v is None:
            ctx.problem(
                row, "vehicle", said("车辆台账中没有车牌号“{plate}”，请先在车辆中添加", plate=plate)
            )
        else:
            found[row.number] = v.id
    return found


def _code_key(code: str) -> str:
    """Item numbers compare however they are written (case, full-width forms, outer spaces)."""
    return nfkc(code).strip().upper()


def _items(session: Session) -> dict[str, Equipment]:
    return {_code_key(e.code): e for e in session.scalars(select(Equipment))}


def _written(ctx: ImportContext, row: Row) -> dict[str, Any]:
    """The fields ``row`` sets on its item: each column the sheet has, a blank spec or
    location as "", a blank status left as it is."""
    values = {k: row.get(k) for k in EQUIPMENT_FIELDS if ctx.sheet.has(k)}
    for key in ("spec", "location"):
        if key in values and values[key] is None:
            values[key] = ""
    if values.get("status") is None:
        values.pop("status", None)
    return values


def _agent_refused(ctx: ImportContext, row: Row) -> None:
    """A 灭火剂类型 that names no agent (nor a model code) is a problem on its cell."""
    written = as_text(row.get("agent") or "").strip()
    if written and agent_of(written) is None:
        ctx.problem(
            row,
            "agent",
            said(
                "“{written}”不是灭火剂类型（可填 {agents}，或型号如 MFZ/ABC4、MSZ/6）",
                written=written,
                agents=said_list(AGENTS),
            ),
        )
        row.bad.add("agent")  # read as not written: the facade's finding on it is left out


def _item_data(ctx: ImportContext, row: Row, stored: Equipment | None) -> EquipmentData:
    """The item ``row`` would save: the stored item's fields (a new item's defaults) with
    the row's, its 灭火剂类型 as the save reads it."""
    values = {k: getattr(stored, k) for k in EQUIPMENT_FIELDS} if stored is not None else {}
    values |= {k: v for k, v in _written(ctx, row).items() if v is not None or k in DATES}
    agent = _agent(row, values.get("category") or "", "" if stored is None else stored.agent)
    return EquipmentData(code=row.get("code") or "", **values, agent=agent)


def equipment_check(ctx: ImportContext) -> None:
    seen: dict[str, int] = {}
    items = _items(ctx.session)
    for row in ctx.rows:
        if row.ok("code"):
            first_seen(ctx, row, "code", seen, _code_key(row.values["code"]), said("编号"))
        _agent_refused(ctx, row)
        stored = items.get(_code_key(row.values["code"])) if row.ok("code") else None
        check_fields(ctx, row, equipment_problems(_item_data(ctx, row, stored)), new=not stored)
    _find_vehicles(ctx)


def _agent(row: Row, category: str, stored: str) -> str:
    """The row's 灭火剂类型: as written; else the stored one; else read from name and spec."""
    if category != AGENT_CATEGORY:
        return ""
    written = as_text(row.get("agent") or "").strip()
    if written:
        return agent_of(written) or ""
    if stored:
        return stored
    return agent_of(f"{row.get('name') or ''} {row.get('spec') or ''}") or ""


def equipment_save(ctx: ImportContext) -> None:
    vehicles = _find_vehicles(ctx)
    intervals = Intervals.from_session(ctx.session)
    existing = _items(ctx.session)
    for row in ctx.each():
        values = _written(ctx, row)
        if ctx.sheet.has("vehicle"):
            values["vehicle_id"] = vehicles.get(row.number)
        key = _code_key(row.values["code"])
        e = existing.get(key)
        new = e is None
        if e is None:
            e = Equipment(code=row.values["code"].strip(), status="在用", spec="", location="")
            ctx.session.add(e)
            existing[key] = e
        category = values.get("category") or e.category or ""
        values["agent"] = _agent(row, category, "" if new else e.agent)
        update_record(ctx, row, e, values, new)
        next_due, retire_on = intervals.equipment_dates(
            e.category, e.agent or "", e.manufactured_on, e.last_test_on
        )
        if (e.next_due, e.retire_on) != (next_due, retire_on):
            e.next_due, e.retire_on = next_due, retire_on


def equipment_export(session: Session) -> list[dict[str, Any]]:
    query = (
        select(Equipment, Vehicle.plate)
        .outerjoin(Vehicle, Vehicle.id == Equipment.vehicle_id)
        .where(Equipment.archived.is_(False))
        .order_by(Equipment.category, Equipment.code)
    )
    return [
        {
            "code": e.code,
            "vehicle": plate or "",
            "agent": e.agent,
            **{k: getattr(e, k) for k in EQUIPMENT_FIELDS},
        }
        for e, plate in session.execute(query)
    ]


EQUIPMENT = RegisterSpec(
    "equipment",
    said("装备器材"),
    EQUIPMENT_COLUMNS,
    equipment_check,
    equipment_save,
    equipment_export,
    model=Equipment,
)

REGISTERS: tuple[RegisterSpec, ...] = (VEHICLES, EQUIPMENT)
