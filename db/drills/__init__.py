"""The drills domain: key sites, contingency plans and their versions, drills and findings.

Widgets and commands receive a :class:`DrillBook` and the dataclasses of ``db.drills.data``;
they never see a Session. Each method is one short transaction. Other domains import from
here only: the facade, its data classes, the value lists of ``choices`` and the ``Site`` table
(water coverage reads the key sites in its own query).
"""

from __future__ import annotations

from db.drills.choices import ATTENDANCE
from db.drills.choices import CRS
from db.drills.choices import DRILL_KINDS
from db.drills.choices import DRILL_STATUSES
from db.drills.choices import EVALUATION_ITEMS
from db.drills.choices import FINDING_STATUSES
from db.drills.choices import PLAN_STATUSES
from db.drills.choices import PLAN_TYPES
from db.drills.choices import RATINGS
from db.drills.choices import REVISION_TRIGGERS
from db.drills.choices import SITE_TYPES
from db.drills.data import PLAN_FIELDS
from db.drills.data import AttendanceData
from db.drills.data import DrillData
from db.drills.data import EventData
from db.drills.data import FindingData
from db.drills.data import PlanData
from db.drills.data import PlanVersionData
from db.drills.data import RevisionTaskData
from db.drills.data import ScoreData
from db.drills.data import SiteData
from db.drills.data import blank_scores
from db.drills.findings import Findings
from db.drills.lookup import Lookup
from db.drills.models import Site
from db.drills.plans import Plans
from db.drills.runs import DrillRuns
from db.drills.sites import Sites
from db.facade import Facade


class DrillBook(Sites, Plans, DrillRuns, Findings, Lookup, Facade):
    """Sites, plans (versions, files, revision tasks), drills (attendance, timeline, photos,
    evaluation, findings)."""


__all__ = [
    "ATTENDANCE",
    "CRS",
    "DRILL_KINDS",
    "DRILL_STATUSES",
    "EVALUATION_ITEMS",
    "FINDING_STATUSES",
    "PLAN_FIELDS",
    "PLAN_STATUSES",
    "PLAN_TYPES",
    "RATINGS",
    "REVISION_TRIGGERS",
    "SITE_TYPES",
    "AttendanceData",
    "DrillBook",
    "DrillData",
    "EventData",
    "FindingData",
    "PlanData",
    "PlanVersionData",
    "RevisionTaskData",
    "ScoreData",
    "Site",
    "SiteData",
    "blank_scores",
]
