"""Every model module, imported together so all tables and relationships are known."""

import db.common_models  # noqa: F401
import db.drill_models  # noqa: F401
import db.equipment_models  # noqa: F401
import db.models  # noqa: F401
import db.water_models  # noqa: F401
