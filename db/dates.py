"""Calendar arithmetic the registers share: whole months, clamped to the month's end."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months (negative: minus), clamped to the month's end:
    31 Jan + 1 month = 28 Feb (29 Feb in a leap year); 29 Feb + 12 months = 28 Feb."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))
