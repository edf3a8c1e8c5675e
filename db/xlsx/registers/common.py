"""Helpers the registers share: finding members by the name written in a cell."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Member
from db.xlsx.cells import name_key
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row


def active_members(session: Session) -> dict[str, list[Member]]:
    """Members not archived, by name as matched (spaces and full-width ignored)."""
    table: dict[str, list[Member]] = defaultdict(list)
    query = select(Member).where(Member.archived.is_(False)).order_by(Member.id)
    for member in session.scalars(query):
        table[name_key(member.name)].append(member)
    return table


class MemberFinder:
    """Looks up the members named in cells and reports unknown or ambiguous names."""

    def __init__(self, ctx: ImportContext):
        self.ctx = ctx
        self.table = active_members(ctx.session)

    def find(self, row: Row, key: str, name: str) -> Member | None:
        found = self.table.get(name_key(name), [])
        if len(found) == 1:
            return found[0]
        if not found:
            self.ctx.problem(row, key, f"队员名册中没有“{name}”（或已归档），请先在名册中添加")
        else:
            self.ctx.problem(
                row, key, f"名册中有 {len(found)} 名队员都叫“{name}”，无法确定是哪一位"
            )
        return None


def first_seen(
    ctx: ImportContext, row: Row, key: str, seen: dict, ident: object, what: str
) -> bool:
    """Remember ``ident`` for this row; report a problem if an earlier row had it."""
    if ident in seen:
        ctx.problem(row, key, f"{what}与第 {seen[ident]} 行重复")
        return False
    seen[ident] = row.number
    return True
