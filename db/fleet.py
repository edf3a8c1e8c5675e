"""The fleet facade: vehicles and their kit, equipment, check templates, checks and repairs.

Widgets and commands receive a :class:`Fleet` and plain dataclasses; they never see a Session.
Each method is one short transaction. Due dates come from the rule table (:mod:`db.rules`):
a vehicle's from the last check of each kind, an item's ``next_due``/``retire_on`` are stored
on the row (kept up to date here) so long lists never compute them.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from db import rules as rules_module
from db import validate
from db.engine import Database
from db.equipment_models import (
    CHECK_KINDS,
    EQUIPMENT_CATEGORIES,
    EQUIPMENT_STATUSES,
    ITEM_KINDS,
    OUTCOMES,
    VEHICLE_STATUSES,
    Check,
    CheckResult,
    CheckTemplateItem,
    Equipment,
    KitItem,
    RepairTicket,
    Vehicle,
)
from db.errors import NotFoundError, StaleRecordError, ValidationError
from db.models import AuditLog
from db.paging import PAGE_SIZE, Page, clamp, contains, like, not_archived

VEHICLE = "vehicle"
EQUIPMENT = "equipment"
TARGETS = (VEHICLE, EQUIPMENT)
PASS, FAIL, NA = OUTCOMES  # 合格, 不合格, 不适用
OUT_OF_SERVICE = "维修"
OPEN_REPAIR = ("待维修", "维修中")
VEHICLE_KINDS = ("例行检查", "一级保养", "二级保养", "水泵测试")
VEHICLE_RULES = {
    "例行检查": ("vehicle.daily_days", "days"),
    "一级保养": ("vehicle.level1_months", "months"),
    "二级保养": ("vehicle.level2_months", "months"),
    "水泵测试": ("vehicle.pump_test_months", "months"),
}
# A check of the key kind also counts as each listed kind (a 二级保养 includes the 一级 work).
COVERS = {"二级保养": ("二级保养", "一级保养")}
EQUIPMENT_TEST_KIND = "定期检验"
STALE = "这条记录已被其他人修改过，请关闭后重新打开再保存（您的修改未保存）。"

# --- default checklists (domain brief §7); editable per vehicle and per category -----------
T = tuple[str, str, str]  # (text, kind, unit)
VEHICLE_TEMPLATE: tuple[T, ...] = (
    ("燃油存量", "value", "%"),
    ("机油、冷却液、制动液液位正常", "pass", ""),
    ("蓄电池电压", "value", "V"),
    ("制动储气筒气压", "value", "kPa"),
    ("水罐水位", "value", "L"),
    ("泡沫罐液位", "value", "L"),
    ("发动机启动、运转正常", "pass", ""),
    ("水泵运转、引水正常", "pass", ""),
    ("取力器工作正常", "pass", ""),
    ("制动性能良好", "pass", ""),
    ("轮胎气压及磨损正常", "pass", ""),
    ("灯光、警灯正常", "pass", ""),
    ("警报器（警笛）正常", "pass", ""),
    ("各仪表（油压、水温、气压、真空表）正常", "pass", ""),
    ("空气呼吸器气瓶压力", "value", "MPa"),
    ("气瓶检验有效期至", "value", ""),
    ("车载电台、对讲机通话正常", "pass", ""),
)
CATEGORY_TEMPLATES: dict[str, tuple[T, ...]] = {
    "水带": (
        ("外观无破损、霉变、老化", "pass", ""),
        ("接口完好，密封圈齐全", "pass", ""),
        ("耐压试验压力", "value", "MPa"),
        ("保压3分钟无渗漏", "pass", ""),
    ),
    "水枪/水炮": (
        ("外观完好，无变形", "pass", ""),
        ("开关、旋转机构灵活", "pass", ""),
        ("射流形态正常", "pass", ""),
        ("接口密封良好", "pass", ""),
    ),
    "机动泵": (
        ("燃油、机油充足", "pass", ""),
        ("启动正常", "pass", ""),
        ("吸水、引水正常", "pass", ""),
        ("出口压力", "value", "MPa"),
    ),
    "呼吸器": (
        ("背架、面罩、管路外观完好", "pass", ""),
        ("气瓶压力", "value", "MPa"),
        ("面罩气密性良好", "pass", ""),
        ("低压报警哨正常", "pass", ""),
        ("供气阀流量测试合格", "pass", ""),
    ),
    "气瓶": (
        ("瓶体无划伤、变形、烧灼", "pass", ""),
        ("瓶阀完好", "pass", ""),
        ("检验标识在有效期内", "pass", ""),
        ("充装压力", "value", "MPa"),
    ),
    "灭火器": (
        ("压力表指针在绿区", "pass", ""),
        ("筒体无锈蚀、变形", "pass", ""),
        ("喷管、保险销、铅封完好", "pass", ""),
        ("维修、报废标识清楚", "pass", ""),
    ),
    "破拆工具": (
        ("外观完好", "pass", ""),
        ("动力源启动正常", "pass", ""),
        ("刀具、扩张臂无裂纹", "pass", ""),
        ("液压管路无渗漏", "pass", ""),
    ),
    "照明": (
        ("灯具亮度正常", "pass", ""),
        ("电池电量", "value", "%"),
        ("外观、开关完好", "pass", ""),
    ),
    "通信": (
        ("开机、收发通话正常", "pass", ""),
        ("电池电量", "value", "%"),
        ("天线、外壳完好", "pass", ""),
    ),
    "防护服": (
        ("外层无破损、烧焦、污染", "pass", ""),
        ("反光标志完好", "pass", ""),
        ("拉链、搭扣完好", "pass", ""),
        ("防水层、隔热层完好", "pass", ""),
    ),
}
GENERIC_TEMPLATE: tuple[T, ...] = (("外观完好", "pass", ""), ("功能正常", "pass", ""))


# --- dataclasses in and out ----------------------------------------------------------------
@dataclass
class KitItemData:
    """A line of a vehicle's on-board kit list (随车器材清单)."""

    name: str = ""
    expected: int = 1
    compartment: str = ""
    id: int | None = None


@dataclass
class VehicleData:
    plate: str = ""
    type: str = "水罐消防车"
    tank_l: float | None = None
    foam_l: float | None = None
    pump_lps: float | None = None
    in_service_on: dt.date | None = None
    mileage_km: float | None = None
    insurance_due: dt.date | None = None
    inspection_due: dt.date | None = None
    status: str = "执勤"
    notes: str = ""
    kit: list[KitItemData] = field(default_factory=list)
    id: int | None = None
    version: int | None = None
    archived: bool = False


@dataclass
class ServiceDue:
    """One kind of vehicle check: when it was last done and when it is next due."""

    kind: str
    last: dt.date | None
    due: dt.date | None


@dataclass
class VehicleRow:
    """A vehicle as lists show it: its data, each service's due date and open repairs."""

    vehicle: VehicleData
    dues: dict[str, ServiceDue]
    open_repairs: int = 0


@dataclass
class EquipmentData:
    code: str = ""
    name: str = ""
    category: str = "其他"
    spec: str = ""
    manufactured_on: dt.date | None = None
    location: str = ""
    vehicle_id: int | None = None
    compartment: str = ""
    status: str = "在用"
    last_test_on: dt.date | None = None
    notes: str = ""
    id: int | None = None
    version: int | None = None
    archived: bool = False
    next_due: dt.date | None = None  # read-only: from the category rules
    retire_on: dt.date | None = None  # read-only: manufacture date + service life
    vehicle_plate: str = ""  # read-only


@dataclass
class EquipmentFilter:
    text: str = ""  # in code, name, spec or location
    category: str | None = None
    status: str | None = None
    vehicle_id: int | None = None
    due_before: dt.date | None = None
    include_archived: bool = False


@dataclass
class TemplateItemData:
    text: str = ""
    kind: str = "pass"  # "pass" | "value" | "quantity"
    unit: str = ""
    id: int | None = None


@dataclass
class ResultData:
    """One line of a performed check."""

    text: str = ""
    kind: str = "pass"
    outcome: str = PASS  # 合格 / 不合格 / 不适用
    value: str = ""
    unit: str = ""
    expected: int | None = None  # kit lines: how many should be on board
    counted: int | None = None  # kit lines: how many were found

    @property
    def failed(self) -> bool:
        if self.outcome == FAIL:
            return True
        return (
            self.kind == "quantity"
            and self.outcome != NA
            and self.expected is not None
            and self.counted is not None
            and self.counted < self.expected
        )


@dataclass
class CheckData:
    target_table: str = VEHICLE  # "vehicle" | "equipment"
    target_id: int | None = None
    kind: str = "例行检查"
    done_on: dt.date | None = None
    inspector: str = ""
    reviewer: str = ""  # kept in the notes' first line "复核人：…"
    notes: str = ""
    mileage_km: float | None = None
    results: list[ResultData] = field(default_factory=list)
    passed: bool = True  # read-only: no failed line
    id: int | None = None
    version: int | None = None
    subject: str = ""  # read-only: plate or "code name"


@dataclass
class CheckOutcome:
    check_id: int
    passed: bool
    repair_id: int | None = None  # the ticket opened for the failed lines


@dataclass
class RepairData:
    target_table: str = VEHICLE
    target_id: int | None = None
    problem: str = ""
    opened_on: dt.date | None = None
    status: str = "待维修"
    assigned_to: str = ""
    cost: float | None = None
    resolved_on: dt.date | None = None
    closed_on: dt.date | None = None
    resolution: str = ""
    previous_status: str = ""
    check_id: int | None = None
    id: int | None = None
    version: int | None = None
    subject: str = ""  # read-only


@dataclass
class OutOfService:
    target_table: str
    target_id: int
    subject: str
    category: str  # "车辆" or the equipment category
    status: str
    since: dt.date | None  # when the open repair was opened
    problem: str


@dataclass
class HistoryEntry:
    """One line of an item's history: a check, a repair step or a change to the record."""

    at: dt.datetime
    what: str  # "检查" / "维修" / "新增" / "修改" / "归档" / "删除"
    text: str
    who: str = ""
    record: tuple[str, int] | None = None


# --- interval rules --------------------------------------------------------------------------
def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def extinguisher_type(spec: str) -> str:
    """水基 / 二氧化碳 / 干粉, read from the spec text (干粉 when it says neither)."""
    text = spec.upper()
    if "水基" in text or "水型" in text or "清水" in text:
        return "水基"
    if "二氧化碳" in text or "CO2" in text or "CO₂" in text:
        return "二氧化碳"
    return "干粉"


@dataclass(frozen=True)
class Intervals:
    """The rule values read once; computes due and retirement dates without more queries."""

    values: dict[str, str]

    @classmethod
    def load(cls, database: Database) -> Intervals:
        return cls({r.key: r.value for r in rules_module.Rules(database).all()})

    @classmethod
    def from_session(cls, s: Session) -> Intervals:
        """The same, read inside an open transaction (used by the Excel import)."""
        from db.common_models import Rule

        values = {key: d.value for key, d in rules_module.DEFAULTS.items()}
        values.update({r.key: r.value for r in s.scalars(select(Rule))})
        return cls(values)

    def _num(self, key: str) -> float | None:
        text = self.values.get(key)
        if text is None or text.strip() == "":
            return None
        try:
            return float(text)
        except ValueError:
            return None

    def _equipment_rule(self, category: str, spec: str, what: str) -> float | None:
        keys = []
        if category == "灭火器":
            keys.append(f"equipment.灭火器.{extinguisher_type(spec)}.{what}")
        keys.append(f"equipment.{category}.{what}")
        if what == "test_months":
            keys.append("equipment.default.test_months")
        for key in keys:
            value = self._num(key)
            if value is not None:
                return value
        return None

    def vehicle_due(self, kind: str, last: dt.date | None) -> dt.date | None:
        """When a vehicle check of ``kind`` is next due after one done on ``last``."""
        if last is None or kind not in VEHICLE_RULES:
            return None
        key, unit = VEHICLE_RULES[kind]
        value = self._num(key)
        if value is None:
            return None
        if unit == "days":
            return last + dt.timedelta(days=int(value))
        return add_months(last, int(value))

    def equipment_dates(
        self,
        category: str,
        spec: str,
        manufactured_on: dt.date | None,
        last_test_on: dt.date | None,
    ) -> tuple[dt.date | None, dt.date | None]:
        """(next test due, retirement date) of an item by its category's rules.

        Never tested: the first test falls ``first_months`` (if the category has one, e.g.
        extinguishers) or ``test_months`` after manufacture.
        """
        test = self._equipment_rule(category, spec, "test_months")
        first = self._equipment_rule(category, spec, "first_months") or test
        life = self._equipment_rule(category, spec, "life_years")
        next_due = None
        if last_test_on is not None and test:
            next_due = add_months(last_test_on, int(test))
        elif manufactured_on is not None and first:
            next_due = add_months(manufactured_on, int(first))
        retire_on = None
        if manufactured_on is not None and life and life > 0:
            retire_on = add_months(manufactured_on, round(life * 12))
        return next_due, retire_on


# --- helpers ---------------------------------------------------------------------------------
def _check_version(obj: object, expected: int | None) -> None:
    if expected is not None and getattr(obj, "version", None) != expected:
        raise StaleRecordError(STALE)


def vehicle_target(vehicle_id: int) -> str:
    """Template target of one vehicle's own checklist (overrides the shared one)."""
    return f"{VEHICLE}:{vehicle_id}"


def _vehicle_data(v: Vehicle) -> VehicleData:
    return VehicleData(
        v.plate,
        v.type,
        v.tank_l,
        v.foam_l,
        v.pump_lps,
        v.in_service_on,
        v.mileage_km,
        v.insurance_due,
        v.inspection_due,
        v.status,
        v.notes,
        [KitItemData(k.name, k.expected, k.compartment, k.id) for k in v.kit],
        v.id,
        v.version,
        v.archived,
    )


# The columns of EquipmentData in its order (the plate last): the register page reads plain
# rows and builds the data positionally, not through ORM objects.
EQUIPMENT_ROW_COLUMNS = (
    Equipment.code, Equipment.name, Equipment.category, Equipment.spec,
    Equipment.manufactured_on, Equipment.location, Equipment.vehicle_id, Equipment.compartment,
    Equipment.status, Equipment.last_test_on, Equipment.notes, Equipment.id, Equipment.version,
    Equipment.archived, Equipment.next_due, Equipment.retire_on, Vehicle.plate,
)  # fmt: skip


def _equipment_row(row: Any) -> EquipmentData:
    """An EquipmentData from a row of ``EQUIPMENT_ROW_COLUMNS``."""
    values = list(row)
    values[-1] = values[-1] or ""  # no truck: no plate
    return EquipmentData(*values)


def _equipment_data(e: Equipment, plate: str | None = "") -> EquipmentData:
    return EquipmentData(
        e.code,
        e.name,
        e.category,
        e.spec,
        e.manufactured_on,
        e.location,
        e.vehicle_id,
        e.compartment,
        e.status,
        e.last_test_on,
        e.notes,
        e.id,
        e.version,
        e.archived,
        e.next_due,
        e.retire_on,
        plate or "",
    )


def _repair_data(r: RepairTicket, subject: str = "") -> RepairData:
    return RepairData(
        r.target_table,
        r.target_id,
        r.problem,
        r.opened_on,
        r.status,
        r.assigned_to,
        r.cost,
        r.resolved_on,
        r.closed_on,
        r.resolution,
        r.previous_status,
        r.check_id,
        r.id,
        r.version,
        subject,
    )


REVIEWER = "复核人："


def _split_notes(notes: str) -> tuple[str, str]:
    if notes.startswith(REVIEWER):
        first, _, rest = notes.partition("\n")
        return first[len(REVIEWER) :], rest
    return "", notes


# Above this many text matches the search stays one SQL query (no long IN list).
TEXT_MATCH_LIMIT = 5000
EQUIPMENT_SORTS = {
    "code": Equipment.code,
    "name": Equipment.name,
    "category": Equipment.category,
    "status": Equipment.status,
    "next_due": Equipment.next_due,
    "retire_on": Equipment.retire_on,
    "location": Equipment.location,
    "manufactured_on": Equipment.manufactured_on,
    "last_test_on": Equipment.last_test_on,
}
VEHICLE_SORTS = {
    "plate": Vehicle.plate,
    "type": Vehicle.type,
    "status": Vehicle.status,
    "in_service_on": Vehicle.in_service_on,
}


class Fleet:
    """Vehicles, equipment, checklists, checks and repairs."""

    def __init__(self, database: Database):
        self.db = database

    def intervals(self) -> Intervals:
        return Intervals.load(self.db)

    # ----- vehicles --------------------------------------------------------------------------
    def vehicles(self, include_archived: bool = False) -> list[VehicleData]:
        with self.db.read() as s:
            query = select(Vehicle).options(selectinload(Vehicle.kit)).order_by(Vehicle.plate)
            if not include_archived:
                query = query.where(Vehicle.archived.is_(False))
            return [_vehicle_data(v) for v in s.scalars(query)]

    def vehicle(self, vehicle_id: int) -> VehicleData:
        with self.db.read() as s:
            v = s.get(Vehicle, vehicle_id)
            if v is None:
                raise NotFoundError(f"找不到车辆 #{vehicle_id}")
            return _vehicle_data(v)

    def vehicle_by_plate(self, plate: str) -> VehicleData:
        """The vehicle with ``plate`` however it is written (渝A12345 = 渝A·12345)."""
        wanted = validate.normalize_plate(plate)
        with self.db.read() as s:
            for v in s.scalars(select(Vehicle).order_by(Vehicle.archived, Vehicle.id)):
                if validate.normalize_plate(v.plate) == wanted:
                    return _vehicle_data(v)
            raise NotFoundError(f"没有车牌号为“{plate}”的车辆")

    def validate_vehicle(self, data: VehicleData) -> dict[str, str]:
        problems: dict[str, str] = {}
        if msg := validate.required(data.plate, "车牌号", 20):
            problems["plate"] = msg
        if data.status not in VEHICLE_STATUSES:
            problems["status"] = "状态只能是：" + "、".join(VEHICLE_STATUSES)
        for name in ("tank_l", "foam_l", "pump_lps", "mileage_km"):
            value = getattr(data, name)
            if value is not None and value < 0:
                problems[name] = "不能为负数"
        for i, k in enumerate(data.kit):
            if not k.name.strip():
                problems[f"kit.{i}"] = f"随车器材第{i + 1}行：请填写名称"
            elif k.expected < 0:
                problems[f"kit.{i}"] = f"随车器材“{k.name}”：数量不能为负数"
        if "plate" not in problems:
            wanted = validate.normalize_plate(data.plate)
            with self.db.read() as s:
                others = s.execute(select(Vehicle.plate).where(Vehicle.id != (data.id or 0)))
                clash = any(validate.normalize_plate(p) == wanted for (p,) in others)
            if clash:
                problems["plate"] = f"已有车牌号为“{data.plate.strip()}”的车辆"
        return problems

    def save_vehicle(self, data: VehicleData) -> int:
        """Insert or update a vehicle with its kit list (the kit list is replaced as given)."""
        problems = self.validate_vehicle(data)
        if problems:
            raise ValidationError(problems)
        with self.db.transaction() as s:
            if data.id is None:
                v = Vehicle()
                s.add(v)
            else:
                found = s.get(Vehicle, data.id)
                if found is None:
                    raise NotFoundError("这辆车已被删除")
                v = found
                _check_version(v, data.version)
            v.plate = validate.normalize_plate(data.plate)  # 渝A12345 → 渝A·12345
            for name in (
                "type",
                "tank_l",
                "foam_l",
                "pump_lps",
                "in_service_on",
                "mileage_km",
                "insurance_due",
                "inspection_due",
                "status",
                "notes",
            ):
                setattr(v, name, getattr(data, name))
            self._set_kit(v, data.kit)
            s.flush()
            return int(v.id)

    @staticmethod
    def _set_kit(v: Vehicle, kit: Sequence[KitItemData]) -> None:
        existing = {k.id: k for k in v.kit}
        keep: list[KitItem] = []
        for pos, item in enumerate(kit):
            row = existing.get(item.id) if item.id is not None else None
            if row is None:
                row = KitItem()
            row.name, row.expected = item.name.strip(), int(item.expected)
            row.compartment, row.position = item.compartment.strip(), pos
            keep.append(row)
        v.kit[:] = keep

    def delete_vehicle(self, vehicle_id: int, version: int | None = None) -> str:
        """Delete a vehicle; one with checks, repairs or equipment on record is archived."""
        with self.db.transaction() as s:
            v = s.get(Vehicle, vehicle_id)
            if v is None:
                raise NotFoundError("这辆车已被删除")
            _check_version(v, version)
            if self._has_history(s, VEHICLE, vehicle_id) or s.scalar(
                select(func.count()).where(Equipment.vehicle_id == vehicle_id)
            ):
                v.archived = True
                return "archived"
            s.delete(v)
            return "deleted"

    def restore_vehicle(self, vehicle_id: int) -> None:
        with self.db.transaction() as s:
            v = s.get(Vehicle, vehicle_id)
            if v is None:
                raise NotFoundError("这辆车已被删除")
            v.archived = False

    @staticmethod
    def _has_history(s: Session, table: str, record_id: int) -> bool:
        checks = s.scalar(
            select(func.count()).where(Check.target_table == table, Check.target_id == record_id)
        )
        repairs = s.scalar(
            select(func.count()).where(
                RepairTicket.target_table == table, RepairTicket.target_id == record_id
            )
        )
        return bool(checks or repairs)

    def vehicle_page(
        self,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        sort: str = "plate",
        descending: bool = False,
        text: str = "",
        include_archived: bool = False,
    ) -> Page[VehicleData]:
        offset, limit = clamp(offset, limit)
        query = select(Vehicle)
        if not include_archived:
            query = query.where(Vehicle.archived.is_(False))
        if text.strip():
            query = query.where(
                or_(contains(Vehicle.plate, like(text)), contains(Vehicle.type, like(text)))
            )
        column = VEHICLE_SORTS.get(sort, Vehicle.plate)
        order = column.desc() if descending else column.asc()
        with self.db.read() as s:
            total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
            rows = s.scalars(
                query.options(selectinload(Vehicle.kit))
                .order_by(order, Vehicle.id)
                .offset(offset)
                .limit(limit)
            )
            return Page([_vehicle_data(v) for v in rows], total, offset, limit)

    def last_checks(self, table: str = VEHICLE) -> dict[int, dict[str, dt.date]]:
        """{target id: {kind: last date}}, a 二级保养 also counting as a 一级保养."""
        with self.db.read() as s:
            rows = s.execute(
                select(Check.target_id, Check.kind, func.max(Check.done_on))
                .where(Check.target_table == table)
                .group_by(Check.target_id, Check.kind)
            ).all()
        out: dict[int, dict[str, dt.date]] = {}
        for target_id, kind, last in rows:
            for counted in COVERS.get(kind, (kind,)):
                seen = out.setdefault(target_id, {})
                if counted not in seen or seen[counted] < last:
                    seen[counted] = last
        return out

    def vehicle_rows(self, include_archived: bool = False) -> list[VehicleRow]:
        """Every vehicle with the last and next date of each service kind."""
        intervals = self.intervals()
        last = self.last_checks(VEHICLE)
        with self.db.read() as s:
            open_counts = dict(
                s.execute(
                    select(RepairTicket.target_id, func.count())
                    .where(
                        RepairTicket.target_table == VEHICLE,
                        RepairTicket.status.in_(OPEN_REPAIR),
                    )
                    .group_by(RepairTicket.target_id)
                ).all()
            )
        out = []
        for v in self.vehicles(include_archived):
            assert v.id is not None
            done = last.get(v.id, {})
            dues = {}
            for kind in VEHICLE_KINDS:
                since = done.get(kind) or v.in_service_on
                dues[kind] = ServiceDue(kind, done.get(kind), intervals.vehicle_due(kind, since))
            out.append(VehicleRow(v, dues, open_counts.get(v.id, 0)))
        return out

    # ----- equipment -------------------------------------------------------------------------
    def equipment(self, equipment_id: int) -> EquipmentData:
        with self.db.read() as s:
            e = s.get(Equipment, equipment_id)
            if e is None:
                raise NotFoundError(f"找不到器材 #{equipment_id}")
            return _equipment_data(e, e.vehicle.plate if e.vehicle else "")

    def equipment_by_code(self, code: str) -> EquipmentData:
        with self.db.read() as s:
            e = s.scalar(select(Equipment).where(Equipment.code == code.strip()))
            if e is None:
                raise NotFoundError(f"没有编号为“{code}”的器材")
            return _equipment_data(e, e.vehicle.plate if e.vehicle else "")

    def validate_equipment(self, data: EquipmentData) -> dict[str, str]:
        problems: dict[str, str] = {}
        if msg := validate.required(data.code, "编号", 40):
            problems["code"] = msg
        if msg := validate.required(data.name, "名称", 80):
            problems["name"] = msg
        if msg := validate.required(data.category, "类别", 20):  # the office's own list
            problems["category"] = msg
        if data.status not in EQUIPMENT_STATUSES:
            problems["status"] = "状态只能是：" + "、".join(EQUIPMENT_STATUSES)
        today = dt.date.today()
        if data.manufactured_on and data.manufactured_on > today:
            problems["manufactured_on"] = "生产日期不能晚于今天"
        if data.last_test_on and data.last_test_on > today:
            problems["last_test_on"] = "上次检验日期不能晚于今天"
        with self.db.read() as s:
            if "code" not in problems:
                clash = s.scalar(
                    select(Equipment.id).where(
                        Equipment.code == data.code.strip(), Equipment.id != (data.id or 0)
                    )
                )
                if clash:
                    problems["code"] = f"已有编号为“{data.code.strip()}”的器材"
            if data.vehicle_id is not None and s.get(Vehicle, data.vehicle_id) is None:
                problems["vehicle_id"] = "所选车辆不存在"
        return problems

    def save_equipment(self, data: EquipmentData) -> int:
        """Insert or update an item; its next test and retirement dates are recomputed."""
        problems = self.validate_equipment(data)
        if problems:
            raise ValidationError(problems)
        intervals = self.intervals()
        with self.db.transaction() as s:
            if data.id is None:
                e = Equipment()
                s.add(e)
            else:
                found = s.get(Equipment, data.id)
                if found is None:
                    raise NotFoundError("这件器材已被删除")
                e = found
                _check_version(e, data.version)
            e.code, e.name = data.code.strip(), data.name.strip()
            for name in (
                "category",
                "spec",
                "manufactured_on",
                "location",
                "vehicle_id",
                "compartment",
                "status",
                "last_test_on",
                "notes",
            ):
                setattr(e, name, getattr(data, name))
            e.next_due, e.retire_on = intervals.equipment_dates(
                e.category, e.spec, e.manufactured_on, e.last_test_on
            )
            s.flush()
            return int(e.id)

    def delete_equipment(self, equipment_id: int, version: int | None = None) -> str:
        """Delete an item; one with checks or repairs on record is archived instead."""
        with self.db.transaction() as s:
            e = s.get(Equipment, equipment_id)
            if e is None:
                raise NotFoundError("这件器材已被删除")
            _check_version(e, version)
            if self._has_history(s, EQUIPMENT, equipment_id):
                e.archived = True
                return "archived"
            s.delete(e)
            return "deleted"

    def restore_equipment(self, equipment_id: int) -> None:
        with self.db.transaction() as s:
            e = s.get(Equipment, equipment_id)
            if e is None:
                raise NotFoundError("这件器材已被删除")
            e.archived = False

    @staticmethod
    def _equipment_query(f: EquipmentFilter) -> Select[Any]:
        query = select(Equipment)
        if not f.include_archived:
            query = query.where(not_archived(Equipment))
        if f.text.strip():
            pattern = like(f.text)
            query = query.where(
                or_(
                    contains(Equipment.code, pattern),
                    contains(Equipment.name, pattern),
                    contains(Equipment.spec, pattern),
                    contains(Equipment.location, pattern),
                )
            )
        if f.category:
            query = query.where(Equipment.category == f.category)
        if f.status:
            query = query.where(Equipment.status == f.status)
        if f.vehicle_id is not None:
            query = query.where(Equipment.vehicle_id == f.vehicle_id)
        if f.due_before is not None:
            query = query.where(Equipment.next_due <= f.due_before)
        return query

    def equipment_page(
        self,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        sort: str = "code",
        descending: bool = False,
        filter: EquipmentFilter | None = None,  # noqa: A002 - the brief's name
    ) -> Page[EquipmentData]:
        """One page of the equipment register, sorted and filtered in SQL."""
        offset, limit = clamp(offset, limit)
        query = self._equipment_query(filter or EquipmentFilter())
        column = EQUIPMENT_SORTS.get(sort, Equipment.code)
        order = column.desc() if descending else column.asc()
        with self.db.read() as s:
            if filter is not None and filter.text.strip():
                # A text search runs its LIKEs once: the matching ids give the total, and
                # the page is sorted from those few rows, read by key.
                ids = list(s.scalars(query.with_only_columns(Equipment.id)))
                total = len(ids)
                if total <= TEXT_MATCH_LIMIT:
                    query = select(Equipment).where(Equipment.id.in_(ids))
            else:
                total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
            # One query with the plate joined in: a page picked in a subquery and joined back
            # to the table made SQLite sort every matching row twice (~35 ms for 20,000 items).
            rows = s.execute(
                query.with_only_columns(*EQUIPMENT_ROW_COLUMNS)
                .select_from(Equipment)
                .outerjoin(Vehicle, Vehicle.id == Equipment.vehicle_id)
                .order_by(order, Equipment.id)
                .offset(offset)
                .limit(limit)
            )
            return Page([_equipment_row(r) for r in rows], total, offset, limit)

    def equipment_list(self, filter: EquipmentFilter | None = None) -> list[EquipmentData]:  # noqa: A002
        """Every item matching ``filter``, by category and code (for printing)."""
        query = self._equipment_query(filter or EquipmentFilter())
        sub = query.subquery()
        with self.db.read() as s:
            rows = s.execute(
                select(Equipment, Vehicle.plate)
                .join(sub, sub.c.id == Equipment.id)
                .outerjoin(Vehicle, Vehicle.id == Equipment.vehicle_id)
                .order_by(Equipment.category, Equipment.code)
            ).all()
            return [_equipment_data(e, plate) for e, plate in rows]

    def equipment_due(self, before: dt.date, limit: int = 500) -> list[EquipmentData]:
        """Items in service whose next test is on or before ``before`` (soonest first)."""
        query = (
            self._equipment_query(EquipmentFilter(due_before=before))
            .where(Equipment.status.not_in(("报废", "停用")))
            .order_by(Equipment.next_due, Equipment.id)
            .limit(limit)
        )
        with self.db.read() as s:
            return [_equipment_data(e) for e in s.scalars(query)]

    def equipment_retiring(self, before: dt.date, limit: int = 500) -> list[EquipmentData]:
        """Items not yet scrapped that reach their service life on or before ``before``."""
        query = (
            select(Equipment)
            .where(
                Equipment.archived.is_(False),
                Equipment.status != "报废",
                Equipment.retire_on <= before,
            )
            .order_by(Equipment.retire_on, Equipment.id)
            .limit(limit)
        )
        with self.db.read() as s:
            return [_equipment_data(e) for e in s.scalars(query)]

    def equipment_counts(self) -> dict[str, dict[str, int]]:
        """{category: {status: count}} of items not archived."""
        with self.db.read() as s:
            rows = s.execute(
                select(Equipment.category, Equipment.status, func.count())
                .where(Equipment.archived.is_(False))
                .group_by(Equipment.category, Equipment.status)
            ).all()
        out: dict[str, dict[str, int]] = {}
        for category, status, count in rows:
            out.setdefault(category, {})[status] = count
        return out

    def refresh_due_dates(self, category: str | None = None) -> int:
        """Recompute every item's next test and retirement date (after a rule changed)."""
        intervals = self.intervals()
        with self.db.transaction() as s:
            query = select(
                Equipment.id,
                Equipment.category,
                Equipment.spec,
                Equipment.manufactured_on,
                Equipment.last_test_on,
                Equipment.next_due,
                Equipment.retire_on,
            )
            if category:
                query = query.where(Equipment.category == category)
            changes = []
            for eid, cat, spec, made, last, due, retire in s.execute(query):
                new_due, new_retire = intervals.equipment_dates(cat, spec, made, last)
                if (new_due, new_retire) != (due, retire):
                    changes.append({"eid": eid, "due": new_due, "retire": new_retire})
            table = cast(Table, Equipment.__table__)
            if changes:
                # Derived dates only: written in bulk, not audited row by row.
                s.connection().execute(
                    update(table)
                    .where(table.c.id == bindparam("eid"))
                    .values(next_due=bindparam("due"), retire_on=bindparam("retire")),
                    changes,
                )
            return len(changes)

    # ----- check templates ---------------------------------------------------------------------
    @staticmethod
    def default_template(target: str) -> list[TemplateItemData]:
        if target == VEHICLE or target.startswith(VEHICLE + ":"):
            lines = VEHICLE_TEMPLATE
        else:
            lines = CATEGORY_TEMPLATES.get(target, GENERIC_TEMPLATE)
        return [TemplateItemData(text, kind, unit) for text, kind, unit in lines]

    def template(self, target: str) -> list[TemplateItemData]:
        """The checklist for ``target``: ``"vehicle"``, ``vehicle_target(id)`` or a category.

        A vehicle without its own list uses the shared vehicle list; a target nobody edited
        uses the built-in default items.
        """
        with self.db.read() as s:
            for key in (target, VEHICLE) if target.startswith(VEHICLE + ":") else (target,):
                rows = list(
                    s.scalars(
                        select(CheckTemplateItem)
                        .where(CheckTemplateItem.target == key)
                        .order_by(CheckTemplateItem.position, CheckTemplateItem.id)
                    )
                )
                if rows:
                    return [TemplateItemData(r.text, r.kind, r.unit, r.id) for r in rows]
        return self.default_template(target)

    def save_template(self, target: str, items: Sequence[TemplateItemData]) -> None:
        """Replace the checklist of ``target`` with ``items`` (in this order)."""
        problems: dict[str, str] = {}
        if not (
            target in TARGETS or target in EQUIPMENT_CATEGORIES or target.startswith("vehicle:")
        ):
            problems["target"] = f"没有这种检查对象：{target}"
        for i, item in enumerate(items):
            if msg := validate.required(item.text, "检查项目", 120):
                problems[f"items.{i}"] = f"第{i + 1}项：{msg}"
            elif item.kind not in ITEM_KINDS:
                problems[f"items.{i}"] = f"第{i + 1}项：类型只能是 pass、value 或 quantity"
        if problems:
            raise ValidationError(problems)
        with self.db.transaction() as s:
            old = {
                r.id: r
                for r in s.scalars(
                    select(CheckTemplateItem).where(CheckTemplateItem.target == target)
                )
            }
            for pos, item in enumerate(items):
                row = old.pop(item.id, None) if item.id is not None else None
                if row is None:
                    row = CheckTemplateItem(target=target)
                    s.add(row)
                row.position, row.text = pos, item.text.strip()
                row.kind, row.unit = item.kind, item.unit.strip()
            for row in old.values():
                s.delete(row)

    def reset_template(self, target: str) -> None:
        """Back to the built-in items (or, for one vehicle, to the shared vehicle list)."""
        with self.db.transaction() as s:
            for row in s.scalars(
                select(CheckTemplateItem).where(CheckTemplateItem.target == target)
            ):
                s.delete(row)

    # ----- checks ------------------------------------------------------------------------------
    def new_check(
        self, target_table: str, target_id: int, kind: str | None = None, on: dt.date | None = None
    ) -> CheckData:
        """A check ready to fill in: the target's checklist, and for a vehicle its kit list."""
        with self.db.read() as s:
            if target_table == VEHICLE:
                v = s.get(Vehicle, target_id)
                if v is None:
                    raise NotFoundError(f"找不到车辆 #{target_id}")
                subject, mileage = v.plate, v.mileage_km
                kit = [(k.name, k.compartment, k.expected) for k in v.kit]
                target = vehicle_target(target_id)
            else:
                e = s.get(Equipment, target_id)
                if e is None:
                    raise NotFoundError(f"找不到器材 #{target_id}")
                subject, mileage, kit = f"{e.code} {e.name}", None, []
                target = e.category
        results = [ResultData(t.text, t.kind, PASS, "", t.unit) for t in self.template(target)]
        for name, compartment, expected in kit:
            text = f"{name}（{compartment}）" if compartment else name
            results.append(ResultData(text, "quantity", PASS, "", "", expected, None))
        default_kind = "例行检查" if target_table == VEHICLE else EQUIPMENT_TEST_KIND
        return CheckData(
            target_table,
            target_id,
            kind or default_kind,
            on or dt.date.today(),
            mileage_km=mileage,
            results=results,
            subject=subject,
        )

    def validate_check(self, data: CheckData) -> dict[str, str]:
        problems: dict[str, str] = {}
        if data.target_table not in TARGETS or data.target_id is None:
            problems["target_id"] = "请选择车辆或器材"
        if data.kind not in CHECK_KINDS:
            problems["kind"] = "检查类别只能是：" + "、".join(CHECK_KINDS)
        if data.done_on is None:
            problems["done_on"] = "请填写检查日期"
        elif data.done_on > dt.date.today():
            problems["done_on"] = "检查日期不能晚于今天"
        if msg := validate.required(data.inspector, "检查人"):
            problems["inspector"] = msg
        for i, r in enumerate(data.results):
            if r.outcome not in OUTCOMES:
                problems[f"results.{i}"] = f"“{r.text}”：结果只能是 合格、不合格 或 不适用"
            elif r.counted is not None and r.counted < 0:
                problems[f"results.{i}"] = f"“{r.text}”：清点数量不能为负数"
        return problems

    def record_check(self, data: CheckData) -> CheckOutcome:
        """Save a performed check. Any failed line takes the vehicle or item out of service
        (status 维修, the previous status remembered) and opens one repair ticket listing the
        failed lines. A passed 定期检验 moves an item's test and next-due dates on."""
        problems = self.validate_check(data)
        if problems:
            raise ValidationError(problems)
        assert data.target_id is not None and data.done_on is not None
        failed = [r for r in data.results if r.failed]
        intervals = self.intervals() if data.target_table == EQUIPMENT else None
        with self.db.transaction() as s:
            target = self._target(s, data.target_table, data.target_id)
            notes = data.notes.strip()
            if data.reviewer.strip():
                notes = f"{REVIEWER}{data.reviewer.strip()}\n{notes}"
            check = Check(
                target_table=data.target_table,
                target_id=data.target_id,
                kind=data.kind,
                done_on=data.done_on,
                inspector=data.inspector.strip(),
                passed=not failed,
                notes=notes,
                mileage_km=data.mileage_km,
            )
            for pos, r in enumerate(data.results):
                outcome = FAIL if r.failed else r.outcome
                check.results.append(
                    CheckResult(
                        position=pos,
                        text=r.text,
                        kind=r.kind,
                        outcome=outcome,
                        value=str(r.value or "").strip()[:40],
                        unit=r.unit,
                        expected=r.expected,
                        counted=r.counted,
                    )
                )
            s.add(check)
            if isinstance(target, Vehicle) and data.mileage_km is not None:
                if target.mileage_km is None or data.mileage_km > target.mileage_km:
                    target.mileage_km = data.mileage_km
            if isinstance(target, Equipment) and intervals is not None:
                if data.kind == EQUIPMENT_TEST_KIND and not failed:
                    if target.last_test_on is None or data.done_on >= target.last_test_on:
                        target.last_test_on = data.done_on
                        target.next_due, target.retire_on = intervals.equipment_dates(
                            target.category, target.spec, target.manufactured_on, data.done_on
                        )
            s.flush()
            repair_id = None
            if failed:
                lines = [self._failure_text(r) for r in failed]
                repair_id = self._open(
                    s,
                    target,
                    data.target_table,
                    f"{data.kind}不合格：" + "；".join(lines),
                    data.done_on,
                    check.id,
                )
            return CheckOutcome(int(check.id), not failed, repair_id)

    @staticmethod
    def _failure_text(r: ResultData) -> str:
        if r.kind == "quantity" and r.expected is not None and r.counted is not None:
            return f"{r.text} 应有{r.expected} 实有{r.counted}"
        if r.value:
            return f"{r.text}（{r.value}{r.unit}）"
        return r.text

    @staticmethod
    def _target(s: Session, table: str, target_id: int) -> Vehicle | Equipment:
        row: Vehicle | Equipment | None = (
            s.get(Vehicle, target_id) if table == VEHICLE else s.get(Equipment, target_id)
        )
        if row is None:
            raise NotFoundError("这辆车已被删除" if table == VEHICLE else "这件器材已被删除")
        return row

    def checks(self, target_table: str, target_id: int, limit: int = 200) -> list[CheckData]:
        """The target's checks, newest first."""
        with self.db.read() as s:
            query = (
                select(Check)
                .options(selectinload(Check.results))
                .where(Check.target_table == target_table, Check.target_id == target_id)
                .order_by(Check.done_on.desc(), Check.id.desc())
                .limit(limit)
            )
            return [self._check_data(c) for c in s.scalars(query)]

    def check(self, check_id: int) -> CheckData:
        with self.db.read() as s:
            c = s.get(Check, check_id)
            if c is None:
                raise NotFoundError(f"找不到检查记录 #{check_id}")
            data = self._check_data(c)
            data.subject = self._subject(s, c.target_table, c.target_id)
            return data

    def last_check(
        self,
        target_table: str,
        target_id: int,
        kind: str | None = None,
        on: dt.date | None = None,
    ) -> CheckData | None:
        """The latest check (of ``kind``; on the day ``on`` if given), or None."""
        with self.db.read() as s:
            query = select(Check.id).where(
                Check.target_table == target_table, Check.target_id == target_id
            )
            if kind:
                query = query.where(Check.kind == kind)
            if on:
                query = query.where(Check.done_on == on)
            found = s.scalar(query.order_by(Check.done_on.desc(), Check.id.desc()).limit(1))
        return None if found is None else self.check(found)

    @staticmethod
    def _check_data(c: Check) -> CheckData:
        reviewer, notes = _split_notes(c.notes)
        return CheckData(
            c.target_table,
            c.target_id,
            c.kind,
            c.done_on,
            c.inspector,
            reviewer,
            notes,
            c.mileage_km,
            [
                ResultData(r.text, r.kind, r.outcome, r.value, r.unit, r.expected, r.counted)
                for r in c.results
            ],
            c.passed,
            c.id,
            c.version,
        )

    @staticmethod
    def _subject(s: Session, table: str, target_id: int) -> str:
        if table == VEHICLE:
            plate = s.scalar(select(Vehicle.plate).where(Vehicle.id == target_id))
            return plate or f"车辆#{target_id}"
        row = s.execute(
            select(Equipment.code, Equipment.name).where(Equipment.id == target_id)
        ).first()
        return f"{row[0]} {row[1]}" if row else f"器材#{target_id}"

    # ----- repairs -----------------------------------------------------------------------------
    def _open(
        self,
        s: Session,
        target: Vehicle | Equipment,
        table: str,
        problem: str,
        opened_on: dt.date,
        check_id: int | None,
    ) -> int:
        previous = target.status
        if previous == OUT_OF_SERVICE:
            # Already out of service: remember what it was before the first open ticket.
            earlier = s.scalar(
                select(RepairTicket.previous_status)
                .where(
                    RepairTicket.target_table == table,
                    RepairTicket.target_id == target.id,
                    RepairTicket.status.in_(OPEN_REPAIR),
                )
                .order_by(RepairTicket.id)
                .limit(1)
            )
            previous = earlier or previous
        ticket = RepairTicket(
            target_table=table,
            target_id=target.id,
            check_id=check_id,
            opened_on=opened_on,
            problem=problem[:2000],
            status="待维修",
            previous_status=previous,
        )
        s.add(ticket)
        target.status = OUT_OF_SERVICE
        s.flush()
        return int(ticket.id)

    def open_repair(
        self,
        target_table: str,
        target_id: int,
        problem: str,
        opened_on: dt.date | None = None,
        check_id: int | None = None,
    ) -> int:
        """Open a repair ticket by hand; the vehicle or item goes out of service."""
        if msg := validate.required(problem, "故障情况", 2000):
            raise ValidationError({"problem": msg})
        if target_table not in TARGETS:
            raise ValidationError({"target_table": "请选择车辆或器材"})
        with self.db.transaction() as s:
            target = self._target(s, target_table, target_id)
            return self._open(
                s, target, target_table, problem.strip(), opened_on or dt.date.today(), check_id
            )

    def repair(self, repair_id: int) -> RepairData:
        with self.db.read() as s:
            r = s.get(RepairTicket, repair_id)
            if r is None:
                raise NotFoundError(f"找不到维修单 #{repair_id}")
            return _repair_data(r, self._subject(s, r.target_table, r.target_id))

    def repairs(
        self,
        open_only: bool = True,
        target: tuple[str, int] | None = None,
        limit: int = 500,
    ) -> list[RepairData]:
        """Repair tickets, newest first (open ones only unless ``open_only`` is False)."""
        with self.db.read() as s:
            query = select(RepairTicket).order_by(
                RepairTicket.opened_on.desc(), RepairTicket.id.desc()
            )
            if open_only:
                query = query.where(RepairTicket.status.in_(OPEN_REPAIR))
            if target is not None:
                query = query.where(
                    RepairTicket.target_table == target[0], RepairTicket.target_id == target[1]
                )
            rows = list(s.scalars(query.limit(limit)))
            return [_repair_data(r, self._subject(s, r.target_table, r.target_id)) for r in rows]

    def start_repair(
        self, repair_id: int, assigned_to: str = "", version: int | None = None
    ) -> None:
        """待维修 → 维修中."""
        with self.db.transaction() as s:
            r = self._ticket(s, repair_id, version)
            if r.status != "待维修":
                raise ValidationError({"status": f"维修单当前为“{r.status}”，不能开始维修"})
            r.status = "维修中"
            if assigned_to.strip():
                r.assigned_to = assigned_to.strip()

    def resolve_repair(
        self,
        repair_id: int,
        resolution: str,
        *,
        done_by: str = "",
        cost: float | None = None,
        resolved_on: dt.date | None = None,
        version: int | None = None,
    ) -> str:
        """待维修/维修中 → 已修复. When no other ticket is open for it, the vehicle or item goes
        back to the status it had before; returns that status ("" if it stays out)."""
        problems: dict[str, str] = {}
        if msg := validate.required(resolution, "维修情况", 2000):
            problems["resolution"] = msg
        if cost is not None and cost < 0:
            problems["cost"] = "费用不能为负数"
        if problems:
            raise ValidationError(problems)
        with self.db.transaction() as s:
            r = self._ticket(s, repair_id, version)
            if r.status not in OPEN_REPAIR:
                raise ValidationError({"status": f"维修单当前为“{r.status}”，不能再次修复"})
            r.status = "已修复"
            r.resolution = resolution.strip()
            r.resolved_on = resolved_on or dt.date.today()
            r.cost = cost
            if done_by.strip():
                r.assigned_to = done_by.strip()
            s.flush()
            still_open = s.scalar(
                select(func.count()).where(
                    RepairTicket.target_table == r.target_table,
                    RepairTicket.target_id == r.target_id,
                    RepairTicket.status.in_(OPEN_REPAIR),
                )
            )
            if still_open:
                return ""
            target = self._target(s, r.target_table, r.target_id)
            if target.status == OUT_OF_SERVICE:
                default = "执勤" if r.target_table == VEHICLE else "在用"
                target.status = r.previous_status or default
            return target.status

    def close_repair(self, repair_id: int, version: int | None = None) -> None:
        """已修复 → 已关闭 (checked and signed off)."""
        with self.db.transaction() as s:
            r = self._ticket(s, repair_id, version)
            if r.status != "已修复":
                raise ValidationError({"status": "只有“已修复”的维修单才能关闭"})
            r.status = "已关闭"
            r.closed_on = dt.date.today()

    @staticmethod
    def _ticket(s: Session, repair_id: int, version: int | None) -> RepairTicket:
        r = s.get(RepairTicket, repair_id)
        if r is None:
            raise NotFoundError("这张维修单已被删除")
        _check_version(r, version)
        return r

    def out_of_service(self) -> list[OutOfService]:
        """Vehicles and items that are 维修 or 停用 (not archived), with their open repair."""
        with self.db.read() as s:
            since: dict[tuple[str, int], tuple[dt.date, str]] = {}
            for r in s.scalars(
                select(RepairTicket)
                .where(RepairTicket.status.in_(OPEN_REPAIR))
                .order_by(RepairTicket.id.desc())
            ):
                since[(r.target_table, r.target_id)] = (r.opened_on, r.problem)
            out = []
            for v in s.scalars(
                select(Vehicle)
                .where(Vehicle.archived.is_(False), Vehicle.status == OUT_OF_SERVICE)
                .order_by(Vehicle.plate)
            ):
                on, problem = since.get((VEHICLE, v.id), (None, ""))
                out.append(OutOfService(VEHICLE, v.id, v.plate, "车辆", v.status, on, problem))
            for e in s.scalars(
                select(Equipment)
                .where(
                    Equipment.archived.is_(False), Equipment.status.in_((OUT_OF_SERVICE, "停用"))
                )
                .order_by(Equipment.category, Equipment.code)
                .limit(1000)
            ):
                on, problem = since.get((EQUIPMENT, e.id), (None, ""))
                out.append(
                    OutOfService(
                        EQUIPMENT, e.id, f"{e.code} {e.name}", e.category, e.status, on, problem
                    )
                )
            return out

    # ----- history -----------------------------------------------------------------------------
    def history(self, target_table: str, target_id: int) -> list[HistoryEntry]:
        """Checks, repairs and changes to the record, newest first."""
        out: list[HistoryEntry] = []
        with self.db.read() as s:
            for c in s.scalars(
                select(Check).where(
                    Check.target_table == target_table, Check.target_id == target_id
                )
            ):
                verdict = "合格" if c.passed else "不合格"
                out.append(
                    HistoryEntry(
                        dt.datetime.combine(c.done_on, dt.time(23, 59)),
                        "检查",
                        f"{c.kind}：{verdict}",
                        c.inspector,
                        ("check", c.id),
                    )
                )
            for r in s.scalars(
                select(RepairTicket).where(
                    RepairTicket.target_table == target_table, RepairTicket.target_id == target_id
                )
            ):
                out.append(
                    HistoryEntry(
                        dt.datetime.combine(r.opened_on, dt.time(23, 59, 30)),
                        "维修",
                        f"报修：{r.problem}（{r.status}）",
                        r.created_by,
                        ("repair_ticket", r.id),
                    )
                )
                if r.resolved_on:
                    cost = f"，费用{r.cost:g}元" if r.cost is not None else ""
                    out.append(
                        HistoryEntry(
                            dt.datetime.combine(r.resolved_on, dt.time(23, 59, 45)),
                            "维修",
                            f"修复：{r.resolution}{cost}",
                            r.assigned_to,
                            ("repair_ticket", r.id),
                        )
                    )
            names = {"insert": "新增", "update": "修改", "archive": "归档", "delete": "删除"}
            for a in s.scalars(
                select(AuditLog)
                .where(AuditLog.table_name == target_table, AuditLog.record_id == target_id)
                .order_by(AuditLog.id)
            ):
                out.append(
                    HistoryEntry(a.at, names.get(a.action, a.action), _audit_text(a), a.operator)
                )
        return sorted(out, key=lambda h: h.at, reverse=True)


def _audit_text(a: AuditLog) -> str:
    import json

    before = json.loads(a.before) if a.before else {}
    after = json.loads(a.after) if a.after else {}
    changed = [k for k in after if before.get(k) != after.get(k)] if before else []
    if a.action == "update" and changed:
        return "；".join(f"{k}：{before.get(k)} → {after.get(k)}" for k in changed[:6])
    return ""


def rule_changed(database: Database, key: str) -> None:
    """Stored item dates follow an edited equipment rule at once."""
    if key.startswith("equipment."):
        parts = key.split(".")
        category = parts[1] if len(parts) > 2 and parts[1] != "default" else None
        Fleet(database).refresh_due_dates(category)


rules_module.on_change(rule_changed)


__all__ = [
    "CheckData",
    "CheckOutcome",
    "EquipmentData",
    "EquipmentFilter",
    "Fleet",
    "HistoryEntry",
    "Intervals",
    "KitItemData",
    "OutOfService",
    "RepairData",
    "ResultData",
    "ServiceDue",
    "TemplateItemData",
    "VehicleData",
    "VehicleRow",
    "add_months",
]
