"""Contingency plans with their versions (editions), files and revision tasks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db import records
from db import validate
from db.attachments import AttachmentData
from db.attachments import Attachments
from db.drills.choices import PLAN_STATUSES
from db.drills.choices import PLAN_TYPES
from db.drills.choices import REVISION_TRIGGERS
from db.drills.data import PLAN_FIELDS
from db.drills.data import PlanData
from db.drills.data import PlanVersionData
from db.drills.data import RevisionTaskData
from db.drills.models import Drill
from db.drills.models import Plan
from db.drills.models import PlanVersion
from db.drills.models import RevisionTask
from db.drills.models import Site
from db.engine import Database
from db.errors import ValidationError
from db.errors import refuse
from db.words import said
from db.words import said_list

FIRST_EDITION = REVISION_TRIGGERS[0]  # 初次编制
PLAN_OWNER = "plan"


def _plan_data(p: Plan) -> PlanData:
    return records.as_data(
        PlanData, p, site_ids=[x.id for x in p.sites], site_names=[x.name for x in p.sites]
    )


def plan_snapshot(p: Plan) -> dict[str, Any]:
    """The plan's fields as JSON-ready values (dates as ISO text), plus its site names."""
    values: dict[str, Any] = {}
    for name in PLAN_FIELDS:
        value = getattr(p, name)
        values[name] = value.isoformat() if isinstance(value, dt.date) else value
    values["sites"] = [x.name for x in p.sites]
    return values


def _task_data(t: RevisionTask, plan_name: str = "") -> RevisionTaskData:
    return records.as_data(RevisionTaskData, t, plan_name=plan_name)


GONE = said("这个预案已被删除")


def plan_problems(data: PlanData) -> dict[str, str]:
    """What is wrong with ``data``'s own fields, by field: the rules a plan's dialog and its
    import share (the sites it covers are checked where they are looked up)."""
    problems = validate.found(
        name=validate.required(data.name, said("预案名称"), 120),
        type=validate.choice(data.type, PLAN_TYPES, said("预案类型")),
        status=validate.choice(data.status, PLAN_STATUSES, said("状态")),
    )
    if data.status == "已发布" and data.issued_on is None:
        problems["issued_on"] = said("已发布的预案请填写发布日期")
    problems |= validate.found(
        issued_on=validate.not_future(data.issued_on, said("发布日期")),
        evaluated_on=validate.not_future(data.evaluated_on, said("评估日期")),
    )
    return problems


class Plans:
    db: Database

    def plans(self, include_archived: bool = False) -> list[PlanData]:
        with self.db.read() as s:
            query = select(Plan).options(selectinload(Plan.sites)).order_by(Plan.archived, Plan.id)
            if not include_archived:
                query = query.where(Plan.archived.is_(False))
            return [_plan_data(p) for p in s.scalars(query)]

    def plan(self, plan_id: int) -> PlanData:
        with self.db.read() as s:
            return _plan_data(records.load(s, Plan, plan_id, said("找不到预案 #{id}", id=plan_id)))

    def validate_plan(self, data: PlanData) -> dict[str, str]:
        problems = plan_problems(data)
        if data.site_ids:
            with self.db.read() as s:
                found = set(s.scalars(select(Site.id).where(Site.id.in_(data.site_ids))))
            if missing := [i for i in data.site_ids if i not in found]:
                problems["site_ids"] = said("找不到场所 #{id}", id=missing[0])
        return problems

    def save_plan(self, data: PlanData, approved_by: str = "", on: dt.date | None = None) -> int:
        """Insert or update a plan. The first save records version 1 (初次编制).

        Editing a plan changes its current edition in place; a revision is :meth:`revise`.
        """
        refuse(self.validate_plan(data))
        data.name = data.name.strip()
        with self.db.transaction() as s:
            p = records.for_save(s, Plan, data, GONE, lambda: Plan(version_no=1))
            records.copy_fields(p, data, PLAN_FIELDS)
            p.sites = list(s.scalars(select(Site).where(Site.id.in_(data.site_ids))))
            s.flush()
            if data.id is None:
                s.add(
                    PlanVersion(
                        plan_id=p.id,
                        number=1,
                        revised_on=on or data.issued_on or dt.date.today(),
                        trigger=FIRST_EDITION,
                        reason="",
                        approved_by=approved_by or data.reviewer,
                        snapshot=json.dumps(plan_snapshot(p), ensure_ascii=False),
                    )
                )
            else:
                current = s.scalar(
                    select(PlanVersion).where(
                        PlanVersion.plan_id == p.id, PlanVersion.number == p.version_no
                    )
                )
                if current is not None:
                    current.snapshot = json.dumps(plan_snapshot(p), ensure_ascii=False)
            return int(p.id)

    def revise(
        self,
        plan_id: int,
        trigger: str,
        reason: str,
        approved_by: str,
        date: dt.date,
        changes: dict[str, Any] | None = None,
        close_tasks: bool = True,
        *,
        version: int | None,
    ) -> int:
        """Record a new edition of the plan read at ``version``: apply ``changes`` (plan
        field → value, ``site_ids`` allowed), snapshot the result as version N+1 and, with
        ``close_tasks``, mark the plan's open revision tasks 已修订. Returns the new number."""
        problems: dict[str, str] = {}
        if trigger not in REVISION_TRIGGERS[1:]:
            problems["trigger"] = said(
                "修订原因只能是：{options}", options=said_list(REVISION_TRIGGERS[1:])
            )
        if trigger == REVISION_TRIGGERS[-1] and not reason.strip():
            problems["reason"] = said("请写明修订的具体原因")
        if msg := validate.not_future(date, said("修订日期")):
            problems["date"] = msg
        changes = dict(changes or {})
        unknown = set(changes) - set(PLAN_FIELDS) - {"site_ids"}
        if unknown:
            problems["changes"] = said("不能修改：{fields}", fields="、".join(sorted(unknown)))
        refuse(problems)
        current = self.plan(plan_id)
        for key, value in changes.items():
            setattr(current, key, value)
        if found := self.validate_plan(current):
            raise ValidationError(found)
        with self.db.transaction() as s:
            p = records.current(s, Plan, plan_id, version, GONE)
            records.copy_fields(p, current, PLAN_FIELDS)
            p.sites = list(s.scalars(select(Site).where(Site.id.in_(current.site_ids))))
            last = s.scalar(
                select(func.max(PlanVersion.number)).where(PlanVersion.plan_id == plan_id)
            )
            number = int(last or 0) + 1
            p.version_no = number
            edition = PlanVersion(
                plan_id=plan_id,
                number=number,
                revised_on=date,
                trigger=trigger,
                reason=reason.strip(),
                approved_by=approved_by.strip(),
                snapshot=json.dumps(plan_snapshot(p), ensure_ascii=False),
            )
            s.add(edition)
            s.flush()
            if close_tasks:
                for task in s.scalars(
                    select(RevisionTask).where(
                        RevisionTask.plan_id == plan_id, RevisionTask.status == "待修订"
                    )
                ):
                    task.status, task.done_on, task.version_id = "已修订", date, edition.id
            return number

    def versions(self, plan_id: int) -> list[PlanVersionData]:
        """Every edition, oldest first, each with the plan's fields as they were then."""
        with self.db.read() as s:
            rows = s.scalars(
                select(PlanVersion)
                .where(PlanVersion.plan_id == plan_id)
                .order_by(PlanVersion.number)
            )
            return [
                PlanVersionData(
                    v.plan_id,
                    v.number,
                    v.revised_on,
                    v.trigger,
                    v.reason,
                    v.approved_by,
                    json.loads(v.snapshot) if v.snapshot else {},
                    v.id,
                )
                for v in rows
            ]

    def delete_plan(self, plan_id: int, version: int | None) -> str:
        """Delete a plan read at ``version`` with its versions and files; one drilled or
        revised is archived."""
        with self.db.transaction() as s:
            p = records.current(s, Plan, plan_id, version, GONE)
            drilled = s.scalar(select(func.count()).where(Drill.plan_id == plan_id))
            tasks = s.scalar(select(func.count()).where(RevisionTask.plan_id == plan_id))
            if drilled or tasks or len(p.versions) > 1:
                p.archived = True
                return "archived"
            files = Attachments(self.db).detach_owner(s, PLAN_OWNER, plan_id)
            s.delete(p)
        Attachments.purge(files)  # after the commit: a failed delete keeps the files
        return "deleted"

    def restore_plan(self, plan_id: int, version: int | None) -> None:
        """Bring an archived plan back (plan names and codes need not be unique)."""
        with self.db.transaction() as s:
            records.restore(s, Plan, plan_id, version, GONE)

    # ----- plan files -----------------------------------------------------------------------
    def plan_files(self, plan_id: int) -> list[AttachmentData]:
        return Attachments(self.db).of(PLAN_OWNER, plan_id)

    def add_plan_file(self, plan_id: int, source: str | Path, caption: str = "") -> AttachmentData:
        self.plan(plan_id)  # NotFoundError when gone
        return Attachments(self.db).add(PLAN_OWNER, plan_id, source, caption)

    def remove_attachment(self, attachment_id: int) -> None:
        Attachments(self.db).remove(attachment_id)

    # ----- revision tasks -------------------------------------------------------------------
    def revision_tasks(
        self, plan_id: int | None = None, open_only: bool = False
    ) -> list[RevisionTaskData]:
        with self.db.read() as s:
            query = (
                select(RevisionTask, Plan.name)
                .join(Plan, Plan.id == RevisionTask.plan_id)
                .order_by(RevisionTask.id)
            )
            if plan_id is not None:
                query = query.where(RevisionTask.plan_id == plan_id)
            if open_only:
                query = query.where(RevisionTask.status == "待修订")
            return [_task_data(t, name) for t, name in s.execute(query).all()]
