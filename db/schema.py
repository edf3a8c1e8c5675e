"""Every domain's tables (``db.registry.load_models``), so all tables and relationships are known.

For Alembic (``migrations/env.py``) and whatever needs every table at once. The engine does not
import it: each facade imports its own model modules, so a command declares only the tables it
uses (``db.shared_models``, the audit trail and settings, always load with the audit hooks).
"""

from sqlalchemy import Index
from sqlalchemy import text

from db import registry
from db.duty.models import DutyAssignment

registry.load_models()

# At most one leader a day (see db.duty.models.DutyAssignment); the database has it from migration
# 0001, this declares it for Alembic's view of the tables.
Index(
    "uq_duty_assignment_one_leader",
    DutyAssignment.__table__.c.day_id,
    unique=True,
    sqlite_where=text("role = 'leader'"),
    postgresql_where=text("role = 'leader'"),
)
