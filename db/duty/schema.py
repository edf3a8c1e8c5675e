"""Duty's declarations for Alembic's view of the tables only (``db.schema`` loads it).

At most one leader a day (see ``DutyAssignment``): a partial unique index the database has had
since migration 0001. It is declared here, not with the model, because its PostgreSQL option
would load that dialect in every command.
"""

from sqlalchemy import Index
from sqlalchemy import text

from db.duty.models import DutyAssignment

ONE_LEADER = Index(
    "uq_duty_assignment_one_leader",
    DutyAssignment.__table__.c.day_id,
    unique=True,
    sqlite_where=text("role = 'leader'"),
    postgresql_where=text("role = 'leader'"),
)
