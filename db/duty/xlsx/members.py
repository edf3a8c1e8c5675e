"""队员名册 (members): the team register."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import case
from sqlalchemy.orm import Session

from db.duty.choices import ROLES
from db.duty.data import MemberData
from db.duty.models import Member
from db.duty.team import member_problems
from db.words import said
from db.xlsx.cells import nfkc
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import active_members
from db.xlsx.registers.common import check_fields
from db.xlsx.registers.common import each_named
from db.xlsx.registers.common import export_records
from db.xlsx.registers.common import record_values
from db.xlsx.registers.common import save_named
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

_PADDING = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # aligns short names

COLUMNS = (
    Column(
        "姓名",
        "name",
        required=True,
        max_length=40,
        synonyms=("名字", "队员姓名", "人员姓名", "队员"),
    ),
    Column(
        "职务", "role", max_length=10, vocab="member.role", synonyms=("职位", "队内职务", "岗位")
    ),
    Column(
        "联系电话",
        "phone",
        max_length=40,
        synonyms=("电话", "手机", "手机号", "手机号码", "联系方式", "电话号码"),
    ),
    Column(
        "可任带班领导",
        "can_lead",
        Kind.YESNO,
        vocab="yesno",
        synonyms=("可带班", "可任带班", "能否带班", "带班领导"),
    ),
    Column("驾驶员", "driver", Kind.YESNO, vocab="yesno", synonyms=("司机", "是否驾驶员", "驾驶")),
    Column("入队日期", "joined_on", Kind.DATE, synonyms=("入队时间", "加入日期", "入队")),
    Column("备注", "notes", synonyms=("说明",)),
)
DEFAULTS: dict[str, Any] = {
    "role": "队员",
    "phone": "",
    "can_lead": False,
    "driver": False,
    "joined_on": None,
    "notes": "",
}


def _phone(text: str | None) -> str:
    return nfkc(text or "").strip()


def _several_members(name: str, count: int) -> str:
    return said("名册中已有 {count} 名队员叫“{name}”，无法确定更新哪一位", count=count, name=name)


def check(ctx: ImportContext) -> None:
    existing = active_members(ctx.session)
    for row, found in each_named(ctx, existing, said("姓名"), _several_members):
        values = record_values(row, DEFAULTS)
        values["phone"] = _phone(values["phone"])  # as save writes it
        data = MemberData(name=row.get("name") or "", **values)
        check_fields(ctx, row, member_problems(data), new=not found)


def _as_saved(row: Row, values: dict[str, Any]) -> str:
    """The phone as the save writes it; a new member's name without its padding."""
    if "phone" in values:
        values["phone"] = _phone(values["phone"])
    return _PADDING.sub("", row.values["name"].strip())  # “李  明” → 李明


def save(ctx: ImportContext) -> None:
    save_named(ctx, active_members(ctx.session), Member, DEFAULTS, _as_saved)


def export(session: Session) -> list[dict[str, Any]]:
    order = case({role: i for i, role in enumerate(ROLES)}, value=Member.role, else_=len(ROLES))
    return export_records(session, Member, ("name", *DEFAULTS), order, Member.id)


SPEC = RegisterSpec(
    "members", said("队员名册"), COLUMNS, check, save, export, noun="队员", model=Member
)
