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
from db.fleet.data import EQUIPMENT
from db.fleet.data import EQUIPMENT_TEST_KIND
from db.fleet.data import FAIL
from db.fleet.data import NA
from db.fleet.data import OPEN_REPAIR
from db.fleet.data import OUT_OF_SERVICE
from db.fleet.data import PASS
from db.fleet.data import TARGETS
from db.fleet.data import VEHICLE
from db.fleet.data import VEHICLE_KINDS
from db.fleet.data import CheckData
from db.fleet.data import CheckOutcome
from db.fleet.data import EquipmentData
from db.fleet.data import EquipmentFilter
from db.fleet.data import HistoryEntry
from db.fleet.data import KitItemData
from db.fleet.data import OutOfService
from db.fleet.data import RepairData
from db.fleet.data import ResultData
from db.fleet.data import ServiceDue
from db.fleet.data import TemplateItemData
from db.fleet.data import VehicleData
from db.fleet.data import VehicleRow
from db.fleet.data import vehicle_target
from db.fleet.equipment import EquipmentRegister
from db.fleet.history import History
from db.fleet.models import CHECK_KINDS
from db.fleet.models import EQUIPMENT_CATEGORIES
from db.fleet.models import EQUIPMENT_STATUSES
from db.fleet.models import ITEM_KINDS
from db.fleet.models import OUTCOMES
from db.fleet.models import REPAIR_STATUSES
from db.fleet.models import VEHICLE_STATUSES
from db.fleet.period import CheckRow
from db.fleet.period import Period
from db.fleet.repairs import Repairs
from db.fleet.rules import AGENT_CATEGORY
from db.fleet.rules import AGENTS
from db.fleet.rules import Intervals
from db.fleet.rules import add_months
from db.fleet.rules import agent_of
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
