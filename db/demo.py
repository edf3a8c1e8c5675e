"""A realistic sample town for ``rescue-ledger --demo``: a newcomer sees a working program.

Each domain fills its own part: ``db.<domain>.demo.build(database, today)``, in domain order
(the drills take the team's members), each skipped when its register has records already.
"""

from __future__ import annotations

import datetime as dt

from db import registry
from db.engine import Database


def build(database: Database, today: dt.date | None = None) -> None:
    """Fill an empty database with the sample town; a register that has records is left as it is."""
    today = today or dt.date.today()
    for module in registry.parts("demo"):
        module.build(database, today)


__all__ = ["build"]
