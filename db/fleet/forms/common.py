"""What the fleet's forms share: the letterhead from the office settings, dates as printed."""

from __future__ import annotations

import datetime as dt

from db.settings import database_letterhead

letterhead = database_letterhead


def day_text(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
