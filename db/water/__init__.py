"""Fire-water sources (消防水源): the register with per-type details and photos, inspections,
maintenance and repairs, flow tests, surveys and the coverage of the key sites.

Widgets and commands receive a :class:`WaterBook` and the dataclasses of ``db.water.data``;
they never see a Session. Each method is one short transaction. Other domains import only the
names here.

Inside: ``models`` (tables), ``data`` (plain records), ``sources`` / ``inspections`` /
``surveys`` / ``coverage`` (the parts of the facade), ``checklists``, ``bulk`` (big imports),
``rules`` (flow rating, dry seasons, due dates), ``xlsx`` (its Excel registers), ``forms``
(its PDF forms), ``due`` (its due items) and ``demo``.
"""

from __future__ import annotations

from db.facade import Facade
from db.water.coverage import Coverage
from db.water.data import FIELDS_BY_TYPE
from db.water.data import CheckItemData
from db.water.data import CoverageReport
from db.water.data import CoverageRow
from db.water.data import FieldSpec
from db.water.data import FlowTestData
from db.water.data import InspectionData
from db.water.data import InspectionOutcome
from db.water.data import NearSource
from db.water.data import RepairData
from db.water.data import SurveyData
from db.water.data import SurveyRow
from db.water.data import SurveySummary
from db.water.data import WaterFilter
from db.water.data import WaterSourceData
from db.water.data import field_value
from db.water.data import set_field_value
from db.water.inspections import Inspections
from db.water.models import OUTCOMES
from db.water.models import SOURCE_TYPES
from db.water.models import STATUSES
from db.water.period import InspectionRow
from db.water.period import Period
from db.water.sources import Sources
from db.water.spacing import SpacingGap
from db.water.surveys import Surveys
from db.water.surveys import summary_lines


class WaterBook(Sources, Inspections, Surveys, Coverage, Period, Facade):
    """Water sources (with per-type details and photos), inspections, maintenance, repairs,
    flow tests, surveys and the coverage of the key sites."""


__all__ = [
    "summary_lines",
    "FIELDS_BY_TYPE",
    "OUTCOMES",
    "SOURCE_TYPES",
    "STATUSES",
    "CheckItemData",
    "CoverageReport",
    "CoverageRow",
    "FieldSpec",
    "FlowTestData",
    "InspectionData",
    "InspectionOutcome",
    "InspectionRow",
    "NearSource",
    "RepairData",
    "SpacingGap",
    "SurveyData",
    "SurveyRow",
    "SurveySummary",
    "WaterBook",
    "WaterFilter",
    "WaterSourceData",
    "field_value",
    "set_field_value",
]
