"""Imports every register module that contributes due items (see db.due)."""

import db.drills.due  # noqa: F401  (演练、预案、整改)
