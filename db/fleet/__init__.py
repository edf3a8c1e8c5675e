"""The fleet facade: vehicles and their kit, equipment, check templates, checks and repairs.

Widgets and commands receive a :class:`Fleet` and the dataclasses of ``db.fleet.data``; they
never see a Session. Each method is one short transaction. Due dates come from the rule table
(:mod:`db.fleet.rules`): a vehicle's from the last check of each kind, an item's
``next_due``/``retire_on`` are stored on the row (kept up to date here) so long lists never
compute them.
"""

from __future__ import annotations

from db.facade import Facade
from db.fleet.checks import Checks
from db.fleet.data import (
    EQUIPMENT,
    EQUIPMENT_TEST_KIND,
    FAIL,
    NA,
    OPEN_REPAIR,
    OUT_OF_SERVICE,
    PASS,
    TARGETS,
    VEHICLE,
    VEHICLE_KINDS,
    CheckData,
    CheckOutcome,
    EquipmentData,
    EquipmentFilter,
    HistoryEntry,
    KitItemData,
    OutOfService,
    RepairData,
    ResultData,
    ServiceDue,
    TemplateItemData,
    VehicleData,
    VehicleRow,
    vehicle_target,
)
from db.fleet.equipment import EquipmentRegister
from db.fleet.history import History
from db.fleet.models import (
    CHECK_KINDS,
    EQUIPMENT_CATEGORIES,
    EQUIPMENT_STATUSES,
    ITEM_KINDS,
    OUTCOMES,
    REPAIR_STATUSES,
    VEHICLE_STATUSES,
)
from db.fleet.period import CheckRow, Period
from db.fleet.repairs import Repairs
from db.fleet.rules import AGENT_CATEGORY, AGENTS, Intervals, add_months, agent_of
from db.fleet.vehicles import Vehicles


class Fleet(Vehicles, EquipmentRegister, Checks, Repairs, History, Period, Facade):
    """Vehicles, equipment, checklists, checks and repairs."""


__all__ = [
    "AGENTS",
    "AGENT_CATEGORY",
    "CHECK_KINDS",
    "EQUIPMENT",
    "EQUIPMENT_CATEGORIES",
    "EQUIPMENT_STATUSES",
    "EQUIPMENT_TEST_KIND",
    "FAIL",
    "ITEM_KINDS",
    "NA",
    "OPEN_REPAIR",
    "OUTCOMES",
    "OUT_OF_SERVICE",
    "PASS",
    "REPAIR_STATUSES",
    "TARGETS",
    "VEHICLE",
    "VEHICLE_KINDS",
    "VEHICLE_STATUSES",
    "CheckData",
    "CheckOutcome",
    "CheckRow",
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
    "agent_of",
    "vehicle_target",
]
