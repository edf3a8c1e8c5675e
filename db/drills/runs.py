"""Drills: plan → run (attendance, timeline, photos) → evaluate (scores); the findings are
``db.drills.findings``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import flag_modified

from db import records
from db import validate
from db.attachments import AttachmentData
from db.attachments import Attachments
from db.drills.choices import ATTENDANCE
from db.drills.choices import DRILL_KINDS
from db.drills.choices import DRILL_STATUSES
from db.drills.choices import EVALUATION_ITEMS
from db.drills.choices import RATINGS
from db.drills.common import load_drill
from db.drills.data import AttendanceData
from db.drills.data import DrillData
from db.drills.data import EventData
from db.drills.data import ScoreData
from db.drills.findings import finding_data
from db.drills.models import Drill
from db.drills.models import DrillAttendance
from db.drills.models import DrillEvent
from db.drills.models import DrillScore
from db.drills.models import Plan
from db.drills.models import RevisionTask
from db.drills.models import Site
from db.duty import Member
from db.engine import Database
from db.errors import NotFoundError
from db.errors import ValidationError
from db.errors import refuse
from db.words import said
from db.words import said_list

DRILL_FIELDS = (
    "name",
    "kind",
    "starts_at",
    "place",
    "site_id",
    "plan_id",
    "organiser",
    "scenario",
    "objectives",
    "status",
    "other_units",
    "other_headcount",
    "conclusion",
    "summary",
    "evaluators",
    "evaluated_on",
)
DRILL_OWNER = "drill"
GONE = said("这次演练已被删除")


def _touched(s: Session, d: Drill) -> int:
    """Give the drill a new version for a change to its lists (attendance, scores), so a
    colleague's copy read before it is stale; the version it now has."""
    flag_modified(d, "updated_at")
    s.flush()
    return int(d.version)


ScoreItem = tuple[str, str, int | None, str]  # item, rating, score, comment


def _drill_data(d: Drill, names: Mapping[int, tuple[str, str]] | None = None) -> DrillData:
    names = names or {}
    data = DrillData(
        **{name: getattr(d, name) for name in DRILL_FIELDS},
        id=d.id,
        version=d.version,
        archived=d.archived,
        site_name=d.site.name if d.site else "",
        plan_name=d.plan.name if d.plan else "",
    )
    data.attendance = sorted(
        (
            AttendanceData(
                a.member_id, *names.get(a.member_id, (f"#{a.member_id}", ""))[:1], a.status, a.note
            )
            for a in d.attendance
        ),
        key=lambda a: a.member_id,
    )
    for a in data.attendance:
        a.role = names.get(a.member_id, ("", ""))[1]
    data.events = [EventData(e.at, e.text, e.id) for e in d.events]
    data.scores = [ScoreData(sc.item, sc.rating, sc.score, sc.comment) for sc in d.scores]
    data.findings = [finding_data(f, d.name) for f in d.findings]
    return data


def _member_names(s: Session) -> dict[int, tuple[str, str]]:
    return {m.id: (m.name, m.role) for m in s.scalars(select(Member))}


def drill_problems(data: DrillData) -> dict[str, str]:
    """What is wrong with ``data``'s own fields, by field: the rules a drill's workspace and its
    import share (its site and plan are checked where they are looked up)."""
    problems = validate.found(
        name=validate.required(data.name, said("演练名称"), 120),
        kind=validate.choice(data.kind, DRILL_KINDS, said("演练类型")),
        status=validate.choice(data.status, DRILL_STATUSES, said("状态")),
    )
    if data.starts_at is None:
        problems["starts_at"] = said("请填写演练日期和时间")
    to_come = data.starts_at is not None and data.starts_at.date() > dt.date.today()
    if data.conclusion and (msg := validate.choice(data.conclusion, RATINGS, said("评估结论"))):
        problems["conclusion"] = msg
    elif data.conclusion and to_come:
        problems["conclusion"] = said("还未到演练日期，不能填写评估结论")
    if data.other_headcount < 0:
        problems["other_headcount"] = said("人数不能为负数")
    if data.status != "计划" and to_come:
        problems["status"] = said("还未到演练日期，不能标记为已实施")
    return problems


class DrillRuns:
    db: Database

    # ----- drills ---------------------------------------------------------------------------
    def _drill_query(self):  # type: ignore[no-untyped-def]
        return select(Drill).options(
            selectinload(Drill.site),
            selectinload(Drill.plan),
            selectinload(Drill.attendance),
            selectinload(Drill.events),
            selectinload(Drill.scores),
            selectinload(Drill.findings),
        )

    def drills(self, status: str | None = None) -> list[DrillData]:
        """Drills, newest first, each with its attendance, timeline, scores and findings (a
        drill is deleted with its records, never archived)."""
        with self.db.read() as s:
            query = self._drill_query().order_by(Drill.starts_at.desc(), Drill.id.desc())
            query = query.where(Drill.archived.is_(False))
            if status is not None:
                query = query.where(Drill.status == status)
            names = _member_names(s)
            return [_drill_data(d, names) for d in s.scalars(query)]

    def drill(self, drill_id: int) -> DrillData:
        with self.db.read() as s:
            d = s.scalar(self._drill_query().where(Drill.id == drill_id))
            if d is None:
                raise NotFoundError(said("找不到演练 #{drill_id}", drill_id=drill_id))
            return _drill_data(d, _member_names(s))

    def validate_drill(self, data: DrillData) -> dict[str, str]:
        problems = drill_problems(data)
        with self.db.read() as s:
            if data.site_id is not None and s.get(Site, data.site_id) is None:
                problems["site_id"] = said("找不到这个场所")
            if data.plan_id is not None and s.get(Plan, data.plan_id) is None:
                problems["plan_id"] = said("找不到这个预案")
        return problems

    def save_drill(self, data: DrillData) -> int:
        """Insert or update the drill's own fields (not attendance, timeline, scores, findings)."""
        refuse(self.validate_drill(data))
        data.name = data.name.strip()
        with self.db.transaction() as s:
            return records.store(s, Drill, data, DRILL_FIELDS, GONE)

    def delete_drill(self, drill_id: int, version: int | None) -> None:
        """Delete a drill read at ``version`` with everything recorded for it; its photos
        leave the disk only after the deletion has committed."""
        with self.db.transaction() as s:
            d = records.current(s, Drill, drill_id, version, GONE)
            finding_ids = [f.id for f in d.findings]
            if finding_ids:
                for task in s.scalars(
                    select(RevisionTask).where(RevisionTask.finding_id.in_(finding_ids))
                ):
                    task.finding_id = None  # the plan's task outlives the drill
            files = Attachments(self.db).detach_owner(s, DRILL_OWNER, drill_id)
            s.delete(d)
        Attachments.purge(files)

    # ----- attendance -----------------------------------------------------------------------
    def roster_for(self, drill_id: int) -> list[AttendanceData]:
        """Who to call at the drill: recorded attendance, plus every active member not yet
        recorded (default 出席), in team-register order."""
        with self.db.read() as s:
            d = load_drill(s, drill_id)
            recorded = {a.member_id: a for a in d.attendance}
            out: list[AttendanceData] = []
            members = s.scalars(select(Member).order_by(Member.id))
            for m in members:
                a = recorded.get(m.id)
                if a is not None:
                    out.append(AttendanceData(m.id, m.name, a.status, a.note, m.role))
                elif not m.archived:
                    out.append(AttendanceData(m.id, m.name, "出席", "", m.role))
            return out

    def set_attendance(
        self,
        drill_id: int,
        version: int | None,
        statuses: Mapping[int, str] | None = None,
        notes: Mapping[int, str] | None = None,
    ) -> int:
        """Replace the attendance of the drill read at ``version`` with ``{member_id:
        出席/迟到/缺席}``; the drill's new version (a stale one is refused).

        ``None`` records every active member 出席 (the quick flow). A planned drill becomes
        已实施 once attendance is taken.
        """
        notes = notes or {}
        with self.db.transaction() as s:
            d = records.current(s, Drill, drill_id, version, GONE)
            if statuses is None:
                active = s.scalars(select(Member.id).where(Member.archived.is_(False)))
                statuses = {mid: "出席" for mid in active}
            problems: dict[str, str] = {}
            known = set(s.scalars(select(Member.id).where(Member.id.in_(list(statuses)))))
            for mid, status in statuses.items():
                if mid not in known:
                    problems[f"member:{mid}"] = said("找不到队员 #{mid}", mid=mid)
                elif msg := validate.choice(status, ATTENDANCE, said("出勤情况")):
                    problems[f"member:{mid}"] = msg
            refuse(problems)
            current = {a.member_id: a for a in d.attendance}
            for mid, gone in current.items():
                if mid not in statuses:
                    d.attendance.remove(gone)
            for mid, status in statuses.items():
                row = current.get(mid)
                if row is None:
                    d.attendance.append(
                        DrillAttendance(member_id=mid, status=status, note=notes.get(mid, ""))
                    )
                else:
                    row.status, row.note = status, notes.get(mid, row.note)
            if d.status == "计划" and d.starts_at.date() <= dt.date.today():
                d.status = "已实施"
            return _touched(s, d)

    # ----- timeline -------------------------------------------------------------------------
    def add_event(self, drill_id: int, at: dt.datetime, text: str) -> int:
        if msg := validate.required(text, said("内容"), 1000):
            raise ValidationError({"text": msg})
        with self.db.transaction() as s:
            d = load_drill(s, drill_id)
            event = DrillEvent(at=at, text=text.strip())
            d.events.append(event)
            s.flush()
            return int(event.id)

    def remove_event(self, event_id: int) -> None:
        with self.db.transaction() as s:
            e = s.get(DrillEvent, event_id)
            if e is not None:
                s.delete(e)

    # ----- photos ---------------------------------------------------------------------------
    def drill_photos(self, drill_id: int) -> list[AttachmentData]:
        return Attachments(self.db).of(DRILL_OWNER, drill_id)

    def add_drill_photo(
        self, drill_id: int, source: str | Path, caption: str = ""
    ) -> AttachmentData:
        self.drill(drill_id)  # NotFoundError when gone
        return Attachments(self.db).add(DRILL_OWNER, drill_id, source, caption)

    # ----- evaluation -----------------------------------------------------------------------
    def score(
        self,
        drill_id: int,
        version: int | None,
        items: Sequence[ScoreItem],
        conclusion: str,
        evaluators: str,
        date: dt.date,
    ) -> int:
        """Record the evaluation (items from EVALUATION_ITEMS) of the drill read at
        ``version``; the drill becomes 已评估. Returns its new version."""
        problems: dict[str, str] = {}
        seen: set[str] = set()
        for item, rating, value, _comment in items:
            if item not in EVALUATION_ITEMS:
                problems[item] = said("不是评估项目：{item}", item=item)
            elif item in seen:
                problems[item] = said("评估项目重复")
            elif rating and rating not in RATINGS:
                problems[item] = said("评价只能是：{options}", options=said_list(RATINGS))
            elif value is not None and not 0 <= value <= 100:
                problems[item] = said("得分应在 0 到 100 之间")
            seen.add(item)
        if msg := validate.choice(conclusion, RATINGS, said("评估结论")):
            problems["conclusion"] = msg
        if msg := validate.required(evaluators, said("评估人"), 120):
            problems["evaluators"] = msg
        if msg := validate.not_future(date, said("评估日期")):
            problems["date"] = msg
        refuse(problems)
        with self.db.transaction() as s:
            d = records.current(s, Drill, drill_id, version, GONE)
            if date < d.starts_at.date():
                raise ValidationError({"date": said("评估日期不能早于演练日期")})
            d.scores.clear()
            s.flush()
            order = {item: i for i, item in enumerate(EVALUATION_ITEMS)}
            for item, rating, value, comment in items:
                d.scores.append(
                    DrillScore(
                        position=order[item],
                        item=item,
                        rating=rating,
                        score=value,
                        comment=comment.strip(),
                    )
                )
            d.conclusion, d.evaluators, d.evaluated_on = conclusion, evaluators.strip(), date
            d.status = "已评估"
            return _touched(s, d)
