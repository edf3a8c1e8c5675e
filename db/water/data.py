"""Plain records the water facade takes and returns, and the per-type field description.

One data class holds every source: the common fields are attributes, the fields that depend on
the type live in ``details`` (a dict, stored as JSON). :data:`FIELDS_BY_TYPE` tells a form which
fields to show for a type; a field with ``column=True`` is an attribute of
:class:`WaterSourceData` (设置形式/类型 → ``form``, 枯水期 → ``has_dry_season``/``dry_months``),
any other is a key of ``details``. :func:`field_value`/:func:`set_field_value` hide the
difference.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from db.water.models import HYDRANT_FORMS
from db.water.models import INTAKE_FORMS
from db.water.models import NATURAL_FORMS
from db.water.rules import available
from db.water.spacing import SpacingGap
from db.words import said

HYDRANT, CRANE, POOL, NATURAL, INTAKE = (
    said("市政消火栓"),
    said("消防水鹤"),
    said("消防水池"),
    said("天然水源"),
    said("取水点"),
)
HYDRANT_LIKE = (HYDRANT, CRANE)
POOL_LIKE = (POOL,)
NATURAL_LIKE = (NATURAL, INTAKE)
SOURCE_GONE = said("这个水源已被删除")


@dataclass(frozen=True)
class FieldSpec:
    """One per-type field: ``kind`` is "text", "choice", "number", "int", "bool" or "months"."""

    key: str
    label: str
    kind: str = "text"
    unit: str = ""
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    column: bool = False  # an attribute of WaterSourceData, not a key of ``details``
    hint: str = ""


_PARKING = FieldSpec("parking", said("停车位置"))
_VEHICLES = FieldSpec("vehicles", said("同时取水车辆数"), "int", said("辆"), minimum=0)
_LIFT = FieldSpec(
    "lift_m", said("取水口与水面高差"), "number", "m", minimum=0, hint=said("吸水高度不大于6.0 m")
)

_HYDRANT_FIELDS = (
    FieldSpec("form", said("设置形式"), "choice", choices=HYDRANT_FORMS, column=True),
    FieldSpec("network", said("管网形式"), "choice", choices=(said("环状"), said("枝状"))),
    FieldSpec("pipe_dn", said("管网直径"), "int", "DN", minimum=0),
    FieldSpec(
        "pressure_type",
        said("压力类型"),
        "choice",
        choices=(said("常高压"), said("临时高压"), said("低压")),
    ),
    FieldSpec("static_mpa", said("静压"), "number", "MPa", minimum=0, hint=said("不低于0.14 MPa")),
    FieldSpec("outlets", said("出水口"), hint=said("例如 1×DN100+2×DN65")),
    FieldSpec("coupling", said("接口形式"), hint=said("例如 内扣式、螺纹式")),
)
_POOL_FIELDS = (
    FieldSpec("volume_m3", said("储水量"), "number", "m³", minimum=0),
    FieldSpec(
        "refill_h",
        said("补水时间"),
        "number",
        "h",
        minimum=0,
        hint=said("不大于48 h；储水量大于2000 m³的不大于96 h（GB 50974 §4.3.3）"),
    ),
    _LIFT,
    _PARKING,
    _VEHICLES,
    FieldSpec("level_gauge", said("水位显示"), "choice", choices=(said("有"), said("无"))),
)


def _natural_fields(forms: tuple[str, ...], label: str) -> tuple[FieldSpec, ...]:
    return (
        FieldSpec("form", label, "choice", choices=forms, column=True),
        FieldSpec(
            "water_quality",
            said("水质"),
            "choice",
            choices=(said("良好"), said("一般"), said("较差")),
        ),
        FieldSpec("has_dry_season", said("有无枯水期"), "bool", column=True),
        FieldSpec(
            "dry_months",
            said("枯水期"),
            "months",
            column=True,
            hint=said("月份，例如 12-2 或 1,2,3"),
        ),
        FieldSpec(
            "intake_form", said("取水形式"), hint=said("例如 吸水管直接吸水、取水码头、取水井")
        ),
        _LIFT,
        _PARKING,
        _VEHICLES,
        FieldSpec("turnaround", said("回车场"), "choice", choices=(said("有"), said("无"))),
    )


FIELDS_BY_TYPE: dict[str, tuple[FieldSpec, ...]] = {
    HYDRANT: _HYDRANT_FIELDS,
    CRANE: _HYDRANT_FIELDS[1:],  # a crane has no 地上/地下 form; same network fields
    POOL: _POOL_FIELDS,
    NATURAL: _natural_fields(NATURAL_FORMS, said("类型")),
    INTAKE: _natural_fields(INTAKE_FORMS, said("类型")),
}


def field_value(data: WaterSourceData, spec: FieldSpec) -> Any:
    """The value a form shows for ``spec`` (an attribute or a ``details`` entry)."""
    return getattr(data, spec.key) if spec.column else data.details.get(spec.key)


def set_field_value(data: WaterSourceData, spec: FieldSpec, value: Any) -> None:
    if spec.column:
        setattr(data, spec.key, value)
    elif value is None or value == "":
        data.details.pop(spec.key, None)
    else:
        data.details[spec.key] = value


@dataclass
class WaterSourceData:
    code: str = ""
    name: str = ""
    type: str = HYDRANT
    form: str = ""  # 设置形式 (hydrants) or 类型 (natural sources, intakes)
    address: str = ""
    village: str = ""
    lon: float | None = None
    lat: float | None = None
    crs: str = "WGS84"
    owner: str = ""  # 水源归属/供水单位
    phone: str = ""
    station: str = ""  # 管辖队站
    status: str = "可用"
    built_on: dt.date | None = None
    notes: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    has_dry_season: bool = False
    dry_months: str = ""  # "12,1,2"; stored in that canonical form
    parent_id: int | None = None  # an intake's natural source
    id: int | None = None
    version: int | None = None
    archived: bool = False
    # read-only: kept up to date by the facade
    lon_wgs: float | None = None
    lat_wgs: float | None = None
    flow_class: str = ""
    last_inspected_on: dt.date | None = None
    next_due: dt.date | None = None
    created_by: str = ""
    created_at: dt.datetime | None = None

    def available_on(self, day: dt.date) -> bool:
        """Usable on ``day``: status 可用 and not in its dry season."""
        return available(self.status, self.has_dry_season, self.dry_months, day)


@dataclass
class WaterFilter:
    """What the register shows; every condition is applied in SQL."""

    text: str = ""  # in code, name, address or village
    type: str | None = None
    status: str | None = None
    village: str | None = None
    due: str | None = None  # None, "due" (due within ``within`` days or overdue), "overdue"
    within: int = 30
    today: dt.date | None = None  # for due/overdue and availability; default today
    available: bool | None = None  # True: usable on ``today`` (dry season counts as unusable)
    include_archived: bool = False

    def narrows(self) -> bool:
        """Whether it shows less than the whole register (archived sources aside)."""
        chosen = (self.text.strip(), self.type, self.status, self.village, self.due)
        return any(chosen) or self.available is not None


@dataclass
class CheckItemData:
    """One checklist line: pass/fail/not applicable, or a measured value with its unit.

    ``rule`` is a limit the value must meet, e.g. ">=water.min_pressure_mpa" (a rule key) or
    "<=6" (a number); a value outside it fails the line even when ticked 合格.
    """

    text: str
    kind: str = "pass"  # "pass" | "value"
    unit: str = ""
    outcome: str = "合格"  # 合格 / 不合格 / 不适用 / 未检; "" not answered yet
    value: str = ""
    rule: str = ""


@dataclass
class InspectionData:
    source_id: int
    inspected_on: dt.date = field(default_factory=dt.date.today)
    inspectors: str = ""
    kind: str = "检查"  # 巡查 / 检查 / 保养 / 普查 / 流量测试
    items: list[CheckItemData] = field(default_factory=list)
    result: str = ""  # computed on save: 合格 unless an item failed
    problems: str = ""  # filled from the failed items when left blank
    follow_up: str = ""
    survey_id: int | None = None
    # when an item fails: who the repair is reported to, and by when
    reported_to: str = ""
    deadline: dt.date | None = None
    id: int | None = None
    version: int | None = None
    source_code: str = ""  # read-only
    source_name: str = ""  # read-only


@dataclass
class InspectionOutcome:
    inspection_id: int
    result: str
    failed: list[str]  # the failed item texts
    repair_id: int | None  # the repair opened (or the open one the failure was added to)
    source_status: str
    next_due: dt.date | None


@dataclass
class RepairData:
    source_id: int
    problem: str = ""
    opened_on: dt.date = field(default_factory=dt.date.today)
    reported_to: str = ""  # water company or owner
    deadline: dt.date | None = None
    status: str = "待报修"  # 待报修 → 已报修 → 维修中 → 已修复
    closed_on: dt.date | None = None
    resolution: str = ""
    inspection_id: int | None = None
    id: int | None = None
    version: int | None = None
    source_code: str = ""  # read-only
    source_name: str = ""  # read-only


@dataclass
class FlowTestData:
    source_id: int
    static_mpa: float
    residual_mpa: float
    pitot_mpa: float
    outlet_mm: float
    tested_on: dt.date = field(default_factory=dt.date.today)
    coefficient: float = 0.9
    testers: str = ""
    id: int | None = None
    # computed on save
    flow_lps: float = 0.0
    rated_lps: float = 0.0
    flow_class: str = ""
    colour: str = ""  # the class colour in the office's scheme


@dataclass
class SurveyData:
    name: str = ""
    start: dt.date = field(default_factory=dt.date.today)
    end: dt.date = field(default_factory=dt.date.today)
    inspectors: str = ""
    villages: list[str] = field(default_factory=list)  # empty: all
    types: list[str] = field(default_factory=list)  # empty: all
    id: int | None = None
    version: int | None = None
    status: str = "进行中"
    closed_on: dt.date | None = None
    summary: str = ""
    done: int = 0  # read-only
    total: int = 0  # read-only


@dataclass
class SurveyRow:
    """A line of the field sheet: the source to visit and, once visited, its result."""

    item_id: int
    source: WaterSourceData
    inspection_id: int | None = None
    inspected_on: dt.date | None = None
    result: str = ""
    problems: str = ""


@dataclass
class SurveySummary:
    survey: SurveyData
    done: int
    total: int
    by_status: dict[str, int]  # the visited sources' status after the visit
    by_problem: dict[str, int]  # failed item text → count
    by_village: dict[str, tuple[int, int, int]]  # village → (total, done, failed)
    failed: list[SurveyRow]  # the visited sources that failed
    # visited sources that passed this visit but are not usable (an earlier fault still open)
    still_out: list[SurveyRow] = field(default_factory=list)


@dataclass
class NearSource:
    source_id: int
    code: str
    name: str
    type: str
    distance_m: float


@dataclass
class CoverageRow:
    site_id: int
    site_name: str
    village: str
    lon_wgs: float
    lat_wgs: float
    nearest: list[NearSource]  # available sources, nearest first (within the search range)

    covered: bool = False  # an available source within the protection radius


@dataclass
class CoverageReport:
    radius_m: float
    on: dt.date
    rows: list[CoverageRow]
    without_coordinates: list[str]  # key sites that cannot be placed
    spacing_rule_m: float = 120.0  # rule water.hydrant_spacing_m (GB 50974-2014 §7.2.5)
    spacing: list[SpacingGap] = field(default_factory=list)  # hydrant pairs too far apart

    @property
    def gaps(self) -> list[CoverageRow]:
        return [r for r in self.rows if not r.covered]
