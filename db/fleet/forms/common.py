"""What the fleet's forms share: the letterhead from the office settings, dates as printed."""

from __future__ import annotations

import datetime as dt

from db.duty import Ledger
from db.engine import Database
from db.pdf.base import Letterhead


def letterhead(database: Database) -> Letterhead:
    settings = Ledger(database).settings()
    return Letterhead(settings["town"], settings["office"])


def day_text(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
