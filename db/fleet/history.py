"""An item's history: its checks, repair steps and the changes to its record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from db.fleet.common import Part
from db.fleet.data import HistoryEntry
from db.fleet.models import Check
from db.fleet.models import RepairTicket
from db.shared_models import AuditLog

#: How an audit row's action reads in the history.
ACTIONS = {
    "insert": "新增",
    "update": "修改",
    "archive": "归档",
    "restore": "恢复",
    "delete": "删除",
}


def _late(day: dt.date, second: int = 0) -> dt.datetime:
    """The end of ``day`` (23:59 and ``second`` seconds): a day's checks and repairs sort
    after the changes made that day, a check before the repairs it opened."""
    return dt.datetime.combine(day, dt.time(23, 59, second))


class History(Part):
    """History of a vehicle or an item."""

    def history(self, target_table: str, target_id: int) -> list[HistoryEntry]:
        """Checks, repairs and changes to the record, newest first."""
        out: list[HistoryEntry] = []
        with self.db.read() as s:
            for c in s.scalars(
                select(Check).where(
                    Check.target_table == target_table, Check.target_id == target_id
                )
            ):
                verdict = "合格" if c.passed else "不合格"
                checked = f"{c.kind}：{verdict}"
                out.append(
                    HistoryEntry(_late(c.done_on), "检查", checked, c.inspector, ("check", c.id))
                )
            for r in s.scalars(
                select(RepairTicket).where(
                    RepairTicket.target_table == target_table, RepairTicket.target_id == target_id
                )
            ):
                ticket = ("repair_ticket", r.id)
                opened = f"报修：{r.problem}（{r.status}）"
                out.append(
                    HistoryEntry(_late(r.opened_on, 30), "维修", opened, r.created_by, ticket)
                )
                if r.resolved_on:
                    cost = f"，费用{r.cost:g}元" if r.cost is not None else ""
                    fixed = f"修复：{r.resolution}{cost}"
                    out.append(
                        HistoryEntry(_late(r.resolved_on, 45), "维修", fixed, r.assigned_to, ticket)
                    )
            for a in s.scalars(
                select(AuditLog)
                .where(AuditLog.table_name == target_table, AuditLog.record_id == target_id)
                .order_by(AuditLog.id)
            ):
                out.append(
                    HistoryEntry(a.at, ACTIONS.get(a.action, a.action), _audit_text(a), a.operator)
                )
        return sorted(out, key=lambda h: h.at, reverse=True)


def _audit_text(a: AuditLog) -> str:
    import json

    before = json.loads(a.before) if a.before else {}
    after = json.loads(a.after) if a.after else {}
    changed = [k for k in after if before.get(k) != after.get(k)] if before else []
    if a.action == "update" and changed:
        return "；".join(f"{k}：{before.get(k)} → {after.get(k)}" for k in changed[:6])
    return ""
