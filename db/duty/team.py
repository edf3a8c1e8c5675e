"""The team register: members (archived when they have duty or leave on record) and leave."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from db import records
from db import validate
from db.duty import roster
from db.duty.choices import STANDBY
from db.duty.common import Store
from db.duty.data import LeaveData
from db.duty.data import MemberData
from db.duty.models import DutyAssignment
from db.duty.models import Leave
from db.duty.models import Member
from db.errors import refuse
from db.references import is_referenced
from db.words import said

MEMBER_GONE = said("这名队员已被删除")
LEAVE_GONE = said("这条请假记录已被删除")
MEMBER_FIELDS = ("name", "role", "phone", "can_lead", "driver", "joined_on", "notes")


def member_problems(data: MemberData) -> dict[str, str]:
    """What is wrong with ``data``, by field: the rules a member's dialog and its import share
    (a name another member has is the dialog's own check: the import matches names itself)."""
    problems: dict[str, str] = {}
    if msg := validate.required(data.name, said("姓名")):
        problems["name"] = msg
    if msg := validate.required(data.role, said("职务"), 10):  # the office's own list
        problems["role"] = msg
    if msg := validate.phone(data.phone):
        problems["phone"] = msg
    if msg := validate.not_future(data.joined_on, said("入队日期")):
        problems["joined_on"] = msg
    return problems


def leave_problems(data: LeaveData) -> dict[str, str]:
    """What is wrong with ``data``, by field: the rules a leave's dialog and its import share."""
    problems: dict[str, str] = {}
    if data.member_id is None:
        problems["member_id"] = said("请选择队员")
    if msg := validate.date_range(data.start, data.end):
        problems["end"] = msg
    return problems


class Team(Store):
    """Members (a member with duty or leave on record is archived, not deleted) and leave."""

    def members(self, include_archived: bool = False) -> list[MemberData]:
        with self.db.read() as s:
            counts = dict(
                s.execute(
                    select(DutyAssignment.member_id, func.count())
                    .where(DutyAssignment.role != STANDBY)
                    .group_by(DutyAssignment.member_id)
                ).all()
            )
            query = select(Member).order_by(Member.archived, Member.id)
            if not include_archived:
                query = query.where(Member.archived.is_(False))
            return [self._member_data(m, counts.get(m.id, 0)) for m in s.scalars(query)]

    @staticmethod
    def _member_data(m: Member, duty_count: int = 0) -> MemberData:
        return MemberData(
            m.name,
            m.role,
            m.phone,
            m.can_lead,
            m.driver,
            m.joined_on,
            m.notes,
            m.id,
            m.version,
            m.archived,
            duty_count,
        )

    def member(self, member_id: int) -> MemberData:
        with self.db.read() as s:
            return self._member_data(
                records.load(
                    s, Member, member_id, said("找不到队员 #{member_id}", member_id=member_id)
                )
            )

    def validate_member(self, data: MemberData) -> dict[str, str]:
        problems = member_problems(data)
        if "name" not in problems:
            with self.db.read() as s:
                clash = records.taken(
                    s, Member.name, data.name, data.id, Member.archived.is_(False)
                )
            if clash:
                problems["name"] = said(
                    "已有同名队员“{name}”，请加以区分（如 张伟(大)）", name=data.name.strip()
                )
        return problems

    def save_member(self, data: MemberData) -> int:
        refuse(self.validate_member(data))
        data.name = data.name.strip()
        data.phone = data.phone.strip()
        return self._store(
            Member,
            data,
            MEMBER_FIELDS,
            MEMBER_GONE,
        )

    def delete_member(self, member_id: int, version: int | None) -> str:
        """Delete a member read at ``version``; one with any record on file (duty, leave, a
        drill's sign-in list: whatever refers to them) is archived instead."""
        with self.db.transaction() as s:
            m = records.current(s, Member, member_id, version, MEMBER_GONE)
            return records.retire(s, m, is_referenced(s, Member, member_id))

    def restore_member(self, member_id: int, version: int | None) -> None:
        """Bring an archived member back onto the team; refused while a member in use has the
        same name as imports match it (full-width forms and spaces aside)."""
        with self.db.transaction() as s:
            records.restore(
                s,
                Member,
                member_id,
                version,
                MEMBER_GONE,
                "name",
                lambda own, twin: (
                    f"不能恢复“{own}”：在用队员中已有同名的“{twin}”。"
                    "请先给其中一人的姓名加以区分（如 张伟(大)）。"
                ),
            )

    def leaves(self, member_id: int | None = None) -> list[LeaveData]:
        with self.db.read() as s:
            query = select(Leave).options(selectinload(Leave.member)).order_by(Leave.start.desc())
            if member_id is not None:
                query = query.where(Leave.member_id == member_id)
            return [
                LeaveData(
                    lv.member_id, lv.start, lv.end, lv.reason, lv.id, lv.version, lv.member.name
                )
                for lv in s.scalars(query)
            ]

    def validate_leave(self, data: LeaveData) -> dict[str, str]:
        return leave_problems(data)

    def save_leave(self, data: LeaveData) -> int:
        refuse(self.validate_leave(data))
        return self._store(Leave, data, ("member_id", "start", "end", "reason"), LEAVE_GONE)

    def delete_leave(self, leave_id: int, version: int | None) -> None:
        """Delete a leave read at ``version``."""
        self._delete(Leave, leave_id, version, LEAVE_GONE)


def people_in(s: Session) -> tuple[dict[int, roster.Person], dict[int, str]]:
    """Every member as the roster rules see them (with their leave), and their phones."""
    people: dict[int, roster.Person] = {}
    phones: dict[int, str] = {}
    leave: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for lv in s.scalars(select(Leave)):
        leave.setdefault(lv.member_id, []).append((lv.start, lv.end))
    for m in s.scalars(select(Member).order_by(Member.id)):
        people[m.id] = roster.Person(m.id, m.name, m.can_lead, tuple(leave.get(m.id, ())))
        phones[m.id] = m.phone
    return people, phones
