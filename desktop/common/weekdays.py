"""The names of the days of the week in the window's language (星期一 … 星期日)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekdays", "星期一"),
    QT_TRANSLATE_NOOP("Weekdays", "星期二"),
    QT_TRANSLATE_NOOP("Weekdays", "星期三"),
    QT_TRANSLATE_NOOP("Weekdays", "星期四"),
    QT_TRANSLATE_NOOP("Weekdays", "星期五"),
    QT_TRANSLATE_NOOP("Weekdays", "星期六"),
    QT_TRANSLATE_NOOP("Weekdays", "星期日"),
)


def weekday_text(day: dt.date) -> str:
    """星期一 for a Monday (Monday in the English window)."""
    return QCoreApplication.translate("Weekdays", WEEKDAYS[day.weekday()])
