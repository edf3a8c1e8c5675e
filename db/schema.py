"""Every model module, imported together so all tables and relationships are known.

For Alembic (``migrations/env.py``) and whatever needs every table at once. The engine does not
import it: each facade imports its own model modules, so a command declares only the tables it
uses (``db.models``, the team and duty tables, always load with the audit hooks).
"""

import db.common_models  # noqa: F401
import db.drill_models  # noqa: F401
import db.equipment_models  # noqa: F401
import db.models  # noqa: F401
import db.water_models  # noqa: F401
