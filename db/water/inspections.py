"""Inspections, maintenance, repairs and flow tests of water sources.

Every inspection (巡查/检查/保养/普查) moves the source's ``last_inspected_on`` and
``next_due`` (interval by type from the rule table), so due and overdue lists are index scans.
A failed line marks the source 故障 and opens a repair (or adds to the open one); closing the
last open repair returns the source to 可用.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

from sqlalchemy import Table
from sqlalchemy import bindparam
from sqlalchemy import select
from sqlalchemy import update
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from db import records
from db.dates import add_months
from db.engine import Database
from db.errors import NotFoundError
from db.errors import ValidationError
from db.errors import refuse
from db.rules import Rules
from db.rules import rule_value
from db.validate import UNANSWERED
from db.validate import choice
from db.validate import required
from db.validate import unanswered_problem
from db.water import checklists
from db.water.data import SOURCE_GONE
from db.water.data import CheckItemData
from db.water.data import FlowTestData
from db.water.data import InspectionData
from db.water.data import InspectionOutcome
from db.water.data import RepairData
from db.water.models import INSPECTION_KINDS
from db.water.models import OUTCOMES
from db.water.models import REPAIR_STATUSES
from db.water.models import FlowTest
from db.water.models import Inspection
from db.water.models import InspectionItem
from db.water.models import WaterRepair
from db.water.models import WaterSource
from db.water.rules import COLOURS
from db.water.rules import INTERVAL_RULE
from db.water.rules import rate
from db.water.sources import USABLE
from db.water.sources import next_due_for
from db.words import said
from db.words import said_list

PASS, FAIL = "合格", "不合格"
BROKEN, UNDER_REPAIR = "故障", "维修中"
OPEN_REPAIRS = REPAIR_STATUSES[:3]  # 待报修, 已报修, 维修中
FIXED = REPAIR_STATUSES[3]
REPAIR_DAYS = 15  # default deadline of a repair, from the day it is opened
# what a flow test stores of its data (the rating's flow, rated flow and class included)
FLOW_TEST_FIELDS = (
    "tested_on",
    "static_mpa",
    "residual_mpa",
    "pitot_mpa",
    "outlet_mm",
    "coefficient",
    "flow_lps",
    "rated_lps",
    "flow_class",
)


def _repair_data(r: WaterRepair, code: str = "", name: str = "") -> RepairData:
    return RepairData(
        r.source_id,
        r.problem,
        r.opened_on,
        r.reported_to,
        r.deadline,
        r.status,
        r.closed_on,
        r.resolution,
        r.inspection_id,
        r.id,
        r.version,
        code,
        name,
    )


def _inspection_data(i: Inspection, code: str = "", name: str = "") -> InspectionData:
    items = [
        CheckItemData(x.text, "value" if x.unit or x.value else "pass", x.unit, x.outcome, x.value)
        for x in i.items
    ]
    return InspectionData(
        i.source_id,
        i.inspected_on,
        i.inspectors,
        i.kind,
        items,
        i.result,
        i.problems,
        i.follow_up,
        i.survey_id,
        id=i.id,
        version=i.version,
        source_code=code,
        source_name=name,
    )


def inspection_problems(data: InspectionData) -> dict[str, str]:
    """What is wrong with ``data``, by field: the rules an inspection's dialog and its
    import share."""
    problems: dict[str, str] = {}
    if msg := choice(data.kind, INSPECTION_KINDS, said("检查类型")):
        problems["kind"] = msg
    if not isinstance(data.inspected_on, dt.date):
        problems["inspected_on"] = said("请填写检查日期")
    elif data.inspected_on > dt.date.today() + dt.timedelta(days=1):
        problems["inspected_on"] = said("检查日期不能晚于今天")
    if msg := required(data.inspectors, said("检查人"), 120):  # as every check of the fleet
        problems["inspectors"] = msg
    if left := unanswered_problem(data.items):
        problems[f"items.{left[0]}"] = left[1]
    for n, item in enumerate(data.items):
        if item.outcome == UNANSWERED:
            continue
        if msg := choice(item.outcome, OUTCOMES, said("结果")):
            problems[f"items.{n}"] = msg
        elif item.kind == "value" and item.value.strip():
            if checklists.parse_value(item.value) is None:
                problems[f"items.{n}"] = said(
                    "{text}应填数字（单位 {unit}）", text=item.text, unit=item.unit
                )
    if data.deadline is not None and isinstance(data.inspected_on, dt.date):
        if data.deadline < data.inspected_on:
            problems["deadline"] = said("维修期限不能早于检查日期")
    return problems


class Inspections:
    db: Database

    def new_inspection(
        self,
        source_id: int,
        kind: str = "检查",
        on: dt.date | None = None,
        inspectors: str = "",
        unanswered: bool = False,
    ) -> InspectionData:
        """A blank inspection of the source with the checklist of its type (保养: upkeep),
        by ``inspectors`` when given; each line 合格, or with ``unanswered`` (the window's
        form) not answered yet."""
        with self.db.read() as s:
            x = s.get(WaterSource, source_id)
            if x is None:
                raise NotFoundError(said("找不到水源 #{source_id}", source_id=source_id))
            return InspectionData(
                source_id,
                on or dt.date.today(),
                inspectors,
                kind=kind,
                items=checklists.checklist(x.type, kind, unanswered),
                reported_to=x.owner,
                source_code=x.code,
                source_name=x.name,
            )

    def checklist(
        self, source_type: str, kind: str = "检查", unanswered: bool = False
    ) -> list[CheckItemData]:
        return checklists.checklist(source_type, kind, unanswered)

    def validate_inspection(self, data: InspectionData) -> dict[str, str]:
        return inspection_problems(data)

    def record_inspection(self, data: InspectionData) -> InspectionOutcome:
        """Save an inspection; a failed item marks the source 故障 and opens a repair."""
        refuse(self.validate_inspection(data))
        number: Callable[[str], float] = Rules(self.db).number
        failed = [it for it in data.items if checklists.item_failed(it, number)]
        for it in failed:
            it.outcome = FAIL
        if data.items:
            data.result = FAIL if failed else PASS
        elif data.result not in (PASS, FAIL):
            data.result = PASS
        failed_text = [checklists.failure_text(it) for it in failed]
        if failed_text and not data.problems.strip():
            data.problems = "；".join(failed_text)
        rules = Rules(self.db)
        with self.db.transaction() as s:
            x = records.load(s, WaterSource, data.source_id, SOURCE_GONE)
            row = Inspection(
                source_id=x.id,
                inspected_on=data.inspected_on,
                inspectors=data.inspectors.strip(),
                kind=data.kind,
                result=data.result,
                problems=data.problems.strip(),
                follow_up=data.follow_up.strip(),
                survey_id=data.survey_id,
            )
            row.items = [
                InspectionItem(
                    position=n,
                    text=it.text[:120],
                    outcome=it.outcome,
                    value=it.value.strip()[:40],
                    unit=it.unit[:10],
                )
                for n, it in enumerate(data.items)
            ]
            s.add(row)
            s.flush()
            repair_id = self._after_inspection(s, x, row, rules, data)
            data.id = int(row.id)
            return InspectionOutcome(
                int(row.id), data.result, failed_text, repair_id, x.status, x.next_due
            )

    def _after_inspection(
        self, s: Session, x: WaterSource, row: Inspection, rules: Rules, data: InspectionData
    ) -> int | None:
        """Move the due date; on failure mark the source 故障 and open or extend a repair."""
        if x.last_inspected_on is None or row.inspected_on >= x.last_inspected_on:
            x.last_inspected_on = row.inspected_on
            x.next_due = next_due_for(rules, x.type, row.inspected_on)
        if row.result != FAIL:
            return None
        if x.status in (USABLE, UNDER_REPAIR, BROKEN):
            x.status = BROKEN if x.status == USABLE else x.status
        repair = s.scalar(
            select(WaterRepair)
            .where(WaterRepair.source_id == x.id, WaterRepair.status.in_(OPEN_REPAIRS))
            .order_by(WaterRepair.id)
        )
        if repair is None:
            repair = WaterRepair(
                source_id=x.id,
                inspection_id=row.id,
                opened_on=row.inspected_on,
                problem=row.problems or "检查不合格",
                reported_to=(data.reported_to or x.owner)[:100],
                deadline=data.deadline or row.inspected_on + dt.timedelta(days=REPAIR_DAYS),
                status=REPAIR_STATUSES[0],
            )
            s.add(repair)
        elif row.problems and row.problems not in repair.problem:
            repair.problem = f"{repair.problem}；{row.problems}"
        s.flush()
        return int(repair.id)

    def inspection(self, inspection_id: int) -> InspectionData:
        with self.db.read() as s:
            i = s.get(Inspection, inspection_id, options=[selectinload(Inspection.items)])
            if i is None:
                raise NotFoundError(
                    said("找不到检查记录 #{inspection_id}", inspection_id=inspection_id)
                )
            x = s.get(WaterSource, i.source_id)
            return _inspection_data(i, x.code if x else "", x.name if x else "")

    def inspections(self, source_id: int, limit: int = 200) -> list[InspectionData]:
        """The source's inspections, newest first."""
        with self.db.read() as s:
            x = s.get(WaterSource, source_id)
            rows = s.scalars(
                select(Inspection)
                .options(selectinload(Inspection.items))
                .where(Inspection.source_id == source_id)
                .order_by(Inspection.inspected_on.desc(), Inspection.id.desc())
                .limit(limit)
            )
            return [_inspection_data(i, x.code if x else "", x.name if x else "") for i in rows]

    def refresh_due_dates(self, source_type: str | None = None) -> int:
        """Recompute every source's next_due from the rule table (after a rule changed)."""
        with self.db.transaction() as s:
            return refresh_due(s, [source_type] if source_type else list(INTERVAL_RULE))

    # ----- repairs --------------------------------------------------------------------------
    def open_repair(self, data: RepairData) -> int:
        """Open a repair by hand (the source becomes 故障)."""
        if not data.problem.strip():
            raise ValidationError({"problem": said("请填写故障情况")})
        with self.db.transaction() as s:
            x = records.load(s, WaterSource, data.source_id, SOURCE_GONE)
            r = WaterRepair(
                source_id=x.id,
                inspection_id=data.inspection_id,
                opened_on=data.opened_on,
                problem=data.problem.strip(),
                reported_to=(data.reported_to or x.owner)[:100],
                deadline=data.deadline or data.opened_on + dt.timedelta(days=REPAIR_DAYS),
                status=REPAIR_STATUSES[0],
            )
            s.add(r)
            if x.status == USABLE:
                x.status = BROKEN
            s.flush()
            return int(r.id)

    def repair(self, repair_id: int) -> RepairData:
        with self.db.read() as s:
            r = s.get(WaterRepair, repair_id)
            if r is None:
                raise NotFoundError(said("找不到维修记录 #{repair_id}", repair_id=repair_id))
            x = s.get(WaterSource, r.source_id)
            return _repair_data(r, x.code if x else "", x.name if x else "")

    def repairs(self, source_id: int | None = None, open_only: bool = False) -> list[RepairData]:
        query = select(WaterRepair, WaterSource.code, WaterSource.name).join(
            WaterSource, WaterSource.id == WaterRepair.source_id
        )
        if source_id is not None:
            query = query.where(WaterRepair.source_id == source_id)
        if open_only:
            query = query.where(WaterRepair.status.in_(OPEN_REPAIRS))
        with self.db.read() as s:
            rows = s.execute(query.order_by(WaterRepair.opened_on.desc(), WaterRepair.id.desc()))
            return [_repair_data(r, code, name) for r, code, name in rows]

    def _repair_row(self, s: Session, repair_id: int, version: int | None) -> WaterRepair:
        return records.current(s, WaterRepair, repair_id, version, said("这条维修记录已被删除"))

    def advance_repair(
        self,
        repair_id: int,
        status: str,
        version: int | None,
        note: str = "",
        reported_to: str | None = None,
        deadline: dt.date | None = None,
    ) -> None:
        """Move a repair along 待报修 → 已报修 → 维修中 (the source shows 维修中)."""
        if status not in OPEN_REPAIRS:
            raise ValidationError(
                {"status": said("状态只能是：{options}", options=said_list(OPEN_REPAIRS))}
            )
        with self.db.transaction() as s:
            r = self._repair_row(s, repair_id, version)
            if r.status == FIXED:
                raise ValidationError({"status": said("这条维修已修复，不能再改状态")})
            r.status = status
            if reported_to is not None:
                r.reported_to = reported_to.strip()[:100]
            if deadline is not None:
                r.deadline = deadline
            if note.strip():
                r.resolution = (r.resolution + "\n" if r.resolution else "") + note.strip()
            x = s.get(WaterSource, r.source_id)
            if x is not None and status == UNDER_REPAIR and x.status in (USABLE, BROKEN):
                x.status = UNDER_REPAIR

    def close_repair(
        self,
        repair_id: int,
        resolution: str = "",
        closed_on: dt.date | None = None,
        *,
        version: int | None,
    ) -> None:
        """已修复: the source is 可用 again once no other repair of it is open."""
        with self.db.transaction() as s:
            r = self._repair_row(s, repair_id, version)
            r.status = FIXED
            r.closed_on = closed_on or dt.date.today()
            if resolution.strip():
                r.resolution = (r.resolution + "\n" if r.resolution else "") + resolution.strip()
            s.flush()
            others = s.scalar(
                select(WaterRepair.id).where(
                    WaterRepair.source_id == r.source_id, WaterRepair.status.in_(OPEN_REPAIRS)
                )
            )
            x = s.get(WaterSource, r.source_id)
            if x is not None and others is None and x.status in (BROKEN, UNDER_REPAIR):
                x.status = USABLE

    # ----- flow tests -----------------------------------------------------------------------
    def record_flow_test(self, data: FlowTestData) -> FlowTestData:
        """Rate the test (NFPA 291), store it and the source's flow class."""
        try:
            rating = rate(
                data.static_mpa, data.residual_mpa, data.pitot_mpa, data.outlet_mm, data.coefficient
            )
        except ValueError as exc:
            raise ValidationError({"static_mpa": exc.args[0] if exc.args else str(exc)}) from None
        data.flow_lps, data.rated_lps = rating.flow_lps, rating.rated_lps
        data.flow_class = rating.flow_class
        data.colour = self.flow_colour(rating.flow_class)
        with self.db.transaction() as s:
            x = records.load(s, WaterSource, data.source_id, SOURCE_GONE)
            row = FlowTest(source_id=x.id, testers=data.testers.strip())
            records.copy_fields(row, data, FLOW_TEST_FIELDS)
            s.add(row)
            x.flow_class = rating.flow_class
            s.flush()
            data.id = int(row.id)
        return data

    def flow_tests(self, source_id: int) -> list[FlowTestData]:
        with self.db.read() as s:
            rows = s.scalars(
                select(FlowTest)
                .where(FlowTest.source_id == source_id)
                .order_by(FlowTest.tested_on.desc(), FlowTest.id.desc())
            )
            scheme = self._flow_scheme()
            return [
                records.as_data(FlowTestData, t, colour=scheme.get(t.flow_class, "")) for t in rows
            ]

    def flow_colour(self, flow_class: str) -> str:
        """The class colour in the office's chosen scheme (rule water.flow_colour_scheme)."""
        return self._flow_scheme().get(flow_class, "")

    def flow_colours(self) -> dict[str, str]:
        """Every class's colour in the office's chosen scheme, with one read of the rule."""
        scheme = self._flow_scheme()
        return {c: scheme.get(c, "") for c in ("AA", "A", "B", "C")}

    def _flow_scheme(self) -> dict[str, str]:
        scheme = Rules(self.db).get("water.flow_colour_scheme").strip().upper()
        return COLOURS.get(scheme, COLOURS["NFPA"])


def refresh_due(session: Session, types: list[str]) -> int:
    """Recompute the next_due of every inspected source of ``types`` from the rule table as
    this ``session`` sees it (the transaction that changes a rule sees the new value)."""
    table = cast(Table, WaterSource.__table__)
    changed = 0
    for kind in types:
        months = int(float(rule_value(session, INTERVAL_RULE[kind])))
        rows = session.execute(
            select(WaterSource.id, WaterSource.last_inspected_on, WaterSource.next_due).where(
                WaterSource.type == kind, WaterSource.last_inspected_on.is_not(None)
            )
        ).all()
        changes = [
            {"sid": sid, "due": add_months(last, months)}
            for sid, last, due in rows
            if last is not None and add_months(last, months) != due
        ]
        if changes:
            # Derived dates only: written in bulk, not audited row by row.
            session.connection().execute(
                update(table)
                .where(table.c.id == bindparam("sid"))
                .values(next_due=bindparam("due")),
                changes,
            )
        changed += len(changes)
    return changed
