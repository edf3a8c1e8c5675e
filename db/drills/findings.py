"""Findings of a drill and their rectification: 待整改 → 整改中 → 已整改. A finding that
calls for a plan revision opens a revision task on the drill's plan."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import records
from db import validate
from db.drills.choices import FINDING_STATUSES
from db.drills.choices import REVISION_TRIGGERS
from db.drills.common import load_drill
from db.drills.data import FindingData
from db.drills.models import Drill
from db.drills.models import Finding
from db.drills.models import RevisionTask
from db.engine import Database
from db.errors import LedgerError
from db.errors import ValidationError
from db.errors import refuse
from db.words import said

FINDING_FIELDS = (
    "problem",
    "measure",
    "owner",
    "deadline",
    "evidence",
    "triggers_revision",
)
REVISION_TRIGGER = REVISION_TRIGGERS[5]  # 演练或实际应对中发现重大问题
OPEN, RECTIFYING, CLOSED = FINDING_STATUSES
GONE = said("这条整改问题已被删除")


def finding_data(f: Finding, drill_name: str = "") -> FindingData:
    return records.as_data(FindingData, f, drill_name=drill_name)


def finding_problems(data: FindingData) -> dict[str, str]:
    """What is wrong with ``data``, by field: the rules a finding's dialog and its import share."""
    problems: dict[str, str] = {}
    if data.drill_id is None:
        problems["drill_id"] = said("请选择演练")
    if msg := validate.required(data.problem, said("问题"), 1000):
        problems["problem"] = msg
    if len(data.owner) > 40:
        problems["owner"] = said("责任人不能超过40个字")
    return problems


def closing_problems(closed_on: dt.date | None, drill_day: dt.date | None) -> dict[str, str]:
    """Why a finding of the drill held on ``drill_day`` (None: not known) cannot be recorded
    已整改 on ``closed_on``: the rules closing one (:meth:`Findings.advance`) and its import share."""
    if closed_on is None:
        return {"closed_on": said("请填写整改完成日期")}
    if closed_on > dt.date.today():
        return {"closed_on": said("完成日期不能晚于今天")}
    if drill_day is not None and closed_on < drill_day:
        return {"closed_on": said("完成日期不能早于演练日期")}
    return {}


class Findings:
    db: Database

    def findings(self, drill_id: int | None = None, open_only: bool = False) -> list[FindingData]:
        with self.db.read() as s:
            query = select(Finding, Drill.name).join(Drill).order_by(Finding.id)
            if drill_id is not None:
                query = query.where(Finding.drill_id == drill_id)
            if open_only:
                query = query.where(Finding.status != CLOSED)
            return [finding_data(f, name) for f, name in s.execute(query).all()]

    def finding(self, finding_id: int) -> FindingData:
        with self.db.read() as s:
            f = records.load(s, Finding, finding_id, said("找不到整改问题 #{id}", id=finding_id))
            return finding_data(f, f.drill.name)

    def validate_finding(self, data: FindingData) -> dict[str, str]:
        return finding_problems(data)

    def save_finding(self, data: FindingData) -> int:
        """Add or edit a finding (its status moves only through :meth:`advance`).

        A finding marked ``triggers_revision`` opens a revision task on the drill's plan
        (once); a drill without a plan cannot take such a finding."""
        refuse(self.validate_finding(data))
        with self.db.transaction() as s:
            assert data.drill_id is not None
            d = load_drill(s, data.drill_id)
            f = records.for_save(
                s, Finding, data, GONE, lambda: Finding(drill_id=d.id, status=OPEN)
            )
            records.copy_fields(f, data, FINDING_FIELDS)
            f.problem = f.problem.strip()
            s.flush()
            if f.triggers_revision:
                self._open_task_for(s, d, f)
            return int(f.id)

    @staticmethod
    def _open_task_for(s: Session, d: Drill, f: Finding) -> None:
        if d.plan_id is None:
            raise ValidationError(
                {
                    "triggers_revision": said(
                        "这次演练没有关联预案，无法发起预案修订；请先在演练中选择依据预案"
                    )
                }
            )
        exists = s.scalar(select(RevisionTask.id).where(RevisionTask.finding_id == f.id))
        if exists is None:
            s.add(
                RevisionTask(
                    plan_id=d.plan_id,
                    finding_id=f.id,
                    trigger=REVISION_TRIGGER,
                    note=f"{d.name}：{f.problem}",
                )
            )

    def advance(
        self,
        finding_id: int,
        closed_on: dt.date | None = None,
        evidence: str | None = None,
        *,
        version: int | None,
    ) -> str:
        """Move a finding one step: 待整改 → 整改中 → 已整改. Closing needs the date it was
        done and the evidence (what was checked, photo or document). Returns the new status."""
        with self.db.transaction() as s:
            f = records.current(s, Finding, finding_id, version, GONE)
            if f.status == CLOSED:
                raise LedgerError(said("这条问题已整改完毕"))
            if f.status == OPEN:
                f.status = RECTIFYING
                return f.status
            problems = closing_problems(closed_on, f.drill.starts_at.date())
            text = (evidence if evidence is not None else f.evidence).strip()
            if not text:
                problems["evidence"] = said("请填写整改证明（复查情况、照片或文件）")
            refuse(problems)
            f.status, f.closed_on, f.evidence = CLOSED, closed_on, text
            return f.status

    def delete_finding(self, finding_id: int, version: int | None) -> None:
        """Delete a finding read at ``version``; a revision task it opened stays."""
        with self.db.transaction() as s:
            f = records.current(s, Finding, finding_id, version, GONE)
            for task in s.scalars(select(RevisionTask).where(RevisionTask.finding_id == f.id)):
                task.finding_id = None
            s.delete(f)
