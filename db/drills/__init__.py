"""The drills facade: key sites, contingency plans and their versions, drills and findings.

Widgets and commands receive a :class:`DrillBook` and the dataclasses of ``db.drills.data``;
they never see a Session. Each method is one short transaction.
"""

from __future__ import annotations

from db.drills.data import (
    PLAN_FIELDS,
    AttendanceData,
    DrillData,
    EventData,
    FindingData,
    PlanData,
    PlanVersionData,
    RevisionTaskData,
    ScoreData,
    SiteData,
    blank_scores,
)
from db.drills.lookup import Lookup
from db.drills.plans import SitesAndPlans
from db.drills.runs import DrillRuns
from db.engine import Database


class DrillBook(SitesAndPlans, DrillRuns, Lookup):
    """Sites, plans (versions, files, revision tasks), drills (attendance, timeline, photos,
    evaluation, findings)."""

    def __init__(self, database: Database):
        self.db = database


__all__ = [
    "PLAN_FIELDS",
    "AttendanceData",
    "DrillBook",
    "DrillData",
    "EventData",
    "FindingData",
    "PlanData",
    "PlanVersionData",
    "RevisionTaskData",
    "ScoreData",
    "SiteData",
    "blank_scores",
]
