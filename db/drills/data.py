"""Plain records the drills facade takes and returns (no Session, no ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from db.drills.choices import EVALUATION_ITEMS

PLAN_FIELDS = (
    "code",
    "name",
    "type",
    "level",
    "status",
    "author",
    "reviewer",
    "issued_on",
    "evaluated_on",
    "summary",
)
"""The plan's own fields: what a version snapshot records (plus the site names)."""


@dataclass
class SiteData:
    name: str = ""
    type: str = "其他"
    address: str = ""
    village: str = ""
    lon: float | None = None
    lat: float | None = None
    crs: str = "WGS84"
    contact: str = ""
    phone: str = ""
    occupancy: int | None = None
    notes: str = ""
    id: int | None = None
    version: int | None = None
    archived: bool = False
    plan_names: list[str] = field(default_factory=list)  # read-only: plans covering it


@dataclass
class PlanData:
    name: str = ""
    code: str = ""
    type: str = "现场处置方案"
    level: str = "镇级"
    status: str = "草稿"
    author: str = ""
    reviewer: str = ""
    issued_on: dt.date | None = None
    evaluated_on: dt.date | None = None
    summary: str = ""
    site_ids: list[int] = field(default_factory=list)
    id: int | None = None
    version: int | None = None
    archived: bool = False
    version_no: int = 1  # read-only: the current edition's number
    site_names: list[str] = field(default_factory=list)  # read-only


@dataclass
class PlanVersionData:
    plan_id: int
    number: int
    revised_on: dt.date
    trigger: str
    reason: str
    approved_by: str
    snapshot: dict[str, Any]  # the plan's fields as they were in this edition
    id: int | None = None


@dataclass
class RevisionTaskData:
    plan_id: int
    trigger: str
    note: str = ""
    status: str = "待修订"  # 待修订 → 已修订
    done_on: dt.date | None = None
    finding_id: int | None = None
    version_id: int | None = None
    id: int | None = None
    version: int | None = None
    plan_name: str = ""


@dataclass
class AttendanceData:
    member_id: int
    name: str
    status: str = "出席"  # 出席/迟到/缺席
    note: str = ""
    role: str = ""


@dataclass
class EventData:
    at: dt.datetime
    text: str
    id: int | None = None


@dataclass
class ScoreData:
    item: str
    rating: str = ""  # 合格/基本合格/不合格
    score: int | None = None  # optional 0–100
    comment: str = ""


@dataclass
class FindingData:
    drill_id: int | None = None
    problem: str = ""
    measure: str = ""
    owner: str = ""
    deadline: dt.date | None = None
    status: str = "待整改"  # 待整改 → 整改中 → 已整改
    closed_on: dt.date | None = None
    evidence: str = ""
    triggers_revision: bool = False
    id: int | None = None
    version: int | None = None
    drill_name: str = ""  # read-only


@dataclass
class DrillData:
    name: str = ""
    kind: str = "熟悉演练"
    starts_at: dt.datetime | None = None
    place: str = ""
    site_id: int | None = None
    plan_id: int | None = None
    organiser: str = ""
    scenario: str = ""
    objectives: str = ""
    status: str = "计划"  # 计划 → 已实施 → 已评估
    other_units: str = ""
    other_headcount: int = 0
    conclusion: str = ""  # 合格/基本合格/不合格
    summary: str = ""
    evaluators: str = ""
    evaluated_on: dt.date | None = None
    id: int | None = None
    version: int | None = None
    archived: bool = False
    site_name: str = ""  # read-only
    plan_name: str = ""  # read-only
    attendance: list[AttendanceData] = field(default_factory=list)  # read-only (set_attendance)
    events: list[EventData] = field(default_factory=list)  # read-only (add_event)
    scores: list[ScoreData] = field(default_factory=list)  # read-only (score)
    findings: list[FindingData] = field(default_factory=list)  # read-only (save_finding)

    def attendance_counts(self) -> dict[str, int]:
        counts = {"出席": 0, "迟到": 0, "缺席": 0}
        for a in self.attendance:
            counts[a.status] = counts.get(a.status, 0) + 1
        return counts

    def score_for(self, item: str) -> ScoreData | None:
        return next((sc for sc in self.scores if sc.item == item), None)


def blank_scores() -> list[ScoreData]:
    """The six evaluation items, unrated: a starting point for the scoring form."""
    return [ScoreData(item) for item in EVALUATION_ITEMS]
