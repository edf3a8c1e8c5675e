"""Performed checks: a vehicle's routine checks and services, an item's tests. A failed line
opens a repair; a passed 定期检验 moves the item's dates on."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db import validate
from db.errors import NotFoundError
from db.errors import refuse
from db.fleet.checklists import Checklists
from db.fleet.checklists import vehicle_lines
from db.fleet.data import EQUIPMENT
from db.fleet.data import EQUIPMENT_TEST_KIND
from db.fleet.data import FAIL
from db.fleet.data import PASS
from db.fleet.data import TARGETS
from db.fleet.data import VEHICLE
from db.fleet.data import CheckData
from db.fleet.data import CheckOutcome
from db.fleet.data import ResultData
from db.fleet.data import vehicle_target
from db.fleet.models import CHECK_KINDS
from db.fleet.models import OUTCOMES
from db.fleet.models import Check
from db.fleet.models import CheckResult
from db.fleet.models import Equipment
from db.fleet.models import Vehicle
from db.fleet.repairs import open_ticket
from db.wording import failed_wording
from db.words import said
from db.words import said_list

REVIEWER = "复核人："


def _split_notes(notes: str) -> tuple[str, str]:
    if notes.startswith(REVIEWER):
        first, _, rest = notes.partition("\n")
        return first[len(REVIEWER) :], rest
    return "", notes


class Checks(Checklists):
    """Checks of vehicles and items, read and recorded."""

    def new_check(
        self,
        target_table: str,
        target_id: int,
        kind: str | None = None,
        on: dt.date | None = None,
        unanswered: bool = False,
    ) -> CheckData:
        """A check ready to fill in: the target's checklist, and for a vehicle its kit list;
        each line 合格, or with ``unanswered`` (the window's form) not answered yet."""
        with self.db.read() as s:
            if target_table == VEHICLE:
                v = s.get(Vehicle, target_id)
                if v is None:
                    raise NotFoundError(said("找不到车辆 #{target_id}", target_id=target_id))
                subject, mileage = v.plate, v.mileage_km
                kit = [(k.name, k.compartment, k.expected) for k in v.kit]
                target = vehicle_target(target_id)
                parts: tuple[float | None, ...] | None = (v.tank_l, v.foam_l, v.pump_lps)
            else:
                e = s.get(Equipment, target_id)
                if e is None:
                    raise NotFoundError(said("找不到器材 #{target_id}", target_id=target_id))
                subject, mileage, kit = f"{e.code} {e.name}", None, []
                target, parts = e.category, None
        lines = self.template(target)
        if parts is not None:
            lines = vehicle_lines(lines, *parts)
        start = validate.UNANSWERED if unanswered else PASS
        results = [ResultData(t.text, t.kind, start, "", t.unit) for t in lines]
        for name, compartment, expected in kit:
            text = f"{name}（{compartment}）" if compartment else name
            results.append(ResultData(text, "quantity", start, "", "", expected, None))
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
            problems["target_id"] = said("请选择车辆或器材")
        if data.kind not in CHECK_KINDS:
            problems["kind"] = said("检查类别只能是：{options}", options=said_list(CHECK_KINDS))
        if data.done_on is None:
            problems["done_on"] = said("请填写检查日期")
        elif data.done_on > dt.date.today():
            problems["done_on"] = said("检查日期不能晚于今天")
        if msg := validate.required(data.inspector, said("检查人")):
            problems["inspector"] = msg
        if left := validate.unanswered_problem(data.results):
            problems[f"results.{left[0]}"] = left[1]
        for i, r in enumerate(data.results):
            if r.outcome == validate.UNANSWERED:
                continue
            if r.outcome not in OUTCOMES:
                problems[f"results.{i}"] = said(
                    "“{text}”：结果只能是 {options}", text=r.text, options=said_list(OUTCOMES)
                )
            elif r.counted is not None and r.counted < 0:
                problems[f"results.{i}"] = said("“{text}”：清点数量不能为负数", text=r.text)
        return problems

    def check_warnings(self, data: CheckData) -> dict[str, str]:
        """What to confirm before saving, by field: an odometer reading lower than the
        vehicle's last one (a typing slip, or a replaced meter). Saving is not refused."""
        if data.target_table != VEHICLE or data.target_id is None or data.mileage_km is None:
            return {}
        with self.db.read() as s:
            v = s.get(Vehicle, data.target_id)
            last = v.mileage_km if v is not None else None
        if last is None or data.mileage_km >= last:
            return {}
        return {
            "mileage_km": said(
                "当前里程 {mileage:g} km 低于上次记录的 {last:g} km，请核对（换过里程表可照填）",
                mileage=data.mileage_km,
                last=last,
            )
        }

    def record_check(self, data: CheckData) -> CheckOutcome:
        """Save a performed check. Any failed line takes the vehicle or item out of service
        (status 维修, the previous status remembered) and opens one repair ticket listing the
        failed lines. A passed 定期检验 moves an item's test and next-due dates on."""
        refuse(self.validate_check(data))
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
                            target.category, target.agent, target.manufactured_on, data.done_on
                        )
            s.flush()
            repair_id = None
            if failed:
                lines = [self._failure_text(r) for r in failed]
                repair_id = open_ticket(
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
        if r.kind == "value":
            return f"{r.text}（{r.value}{r.unit}）" if r.value else r.text
        return failed_wording(r.text, str(r.value or ""))

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
                raise NotFoundError(said("找不到检查记录 #{check_id}", check_id=check_id))
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
