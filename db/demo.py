"""A realistic sample town for ``rescue-ledger --demo``: a newcomer sees a working program.

Each domain fills its own part (``db.<domain>.demo``); the drills need the team's members.
"""

from __future__ import annotations

import datetime as dt

from db.duty.demo import build_duty
from db.engine import Database


def build(database: Database, today: dt.date | None = None) -> None:
    """Fill an empty database with the sample town (idempotent: skips when members exist)."""
    today = today or dt.date.today()
    ids = build_duty(database, today)
    if ids is None:
        return
    from db.drills.demo import build_drills

    build_drills(database, ids, today)
    from db.fleet.demo import build_fleet

    build_fleet(database, today)
    from db.supplies.demo import build_supplies

    build_supplies(database, today)
    from db.water.demo import build_water

    build_water(database, today)


__all__ = ["build"]
