"""The fleet's plain data: what widgets and commands hand to :class:`db.fleet.Fleet` and get
back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

from db.fleet.models import OUTCOMES

VEHICLE = "vehicle"
EQUIPMENT = "equipment"
TARGETS = (VEHICLE, EQUIPMENT)
PASS, FAIL, NA, NOT_CHECKED = OUTCOMES  # 合格, 不合格, 不适用, 未检
OUT_OF_SERVICE = "维修"
OPEN_REPAIR = ("待维修", "维修中")
VEHICLE_KINDS = ("例行检查", "一级保养", "二级保养", "水泵测试")
EQUIPMENT_TEST_KIND = "定期检验"


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
    agent: str = ""  # 灭火剂类型 of an extinguisher (db.fleet.rules.AGENTS), else ""


@dataclass
class EquipmentFilter:
    text: str = ""  # in code, name, spec or location
    category: str | None = None
    status: str | None = None
    vehicle_id: int | None = None
    due_before: dt.date | None = None
    include_archived: bool = False

    def narrows(self) -> bool:
        """Whether it shows less than the whole register (archived items aside)."""
        chosen = (self.text.strip(), self.category, self.status)
        return any(chosen) or self.vehicle_id is not None or self.due_before is not None


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
    outcome: str = PASS  # 合格 / 不合格 / 不适用 / 未检; "" not answered yet
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
            and self.outcome not in (NA, NOT_CHECKED)
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
    what: str  # "检查" / "维修" / "新增" / "修改" / "归档" / "恢复" / "删除"
    text: str
    who: str = ""
    record: tuple[str, int] | None = None


def vehicle_target(vehicle_id: int) -> str:
    """Template target of one vehicle's own checklist (overrides the shared one)."""
    return f"{VEHICLE}:{vehicle_id}"
