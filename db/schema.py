"""Every domain's tables (``db.registry.load_models``), so all tables and relationships are known,
with what a domain declares for Alembic's view only (``db.<domain>.schema``: duty's partial
index, say).

For Alembic (``migrations/env.py``) and whatever needs every table at once. The engine does not
import it: each facade imports its own model modules, so a command declares only the tables it
uses (``db.shared_models``, the audit trail and settings, always load with the audit hooks).
"""

from db import registry

registry.load_models()
registry.parts("schema")
