"""Imports every register module that contributes due items (see db.due)."""

import db.drills.due  # noqa: F401  (演练、预案、整改)
import db.fleet.due  # noqa: F401  (车辆、器材)
import db.supplies.due  # noqa: F401  (物资)
import db.water.due  # noqa: F401  (水源)
