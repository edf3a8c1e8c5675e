"""A record's history, as the audit trail wrote it."""

from __future__ import annotations

from sqlalchemy import select

from db.engine import Database
from db.shared_models import AuditLog


class History:
    """The audit rows of one record, oldest first."""

    db: Database

    def history(self, table: str, record_id: int) -> list[AuditLog]:
        with self.db.read() as s:
            return list(
                s.scalars(
                    select(AuditLog)
                    .where(AuditLog.table_name == table, AuditLog.record_id == record_id)
                    .order_by(AuditLog.id)
                )
            )
