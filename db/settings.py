"""The office's settings (town, office, team, duty phone, shift start …) as key/value text, and
the letterhead every printed form carries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from db.engine import Database
from db.shared_models import Setting

if TYPE_CHECKING:
    from db.pdf.base import Letterhead

DEFAULT_SETTINGS = {
    "town": "高楼镇",
    "office": "镇应急办",
    "team": "综合应急救援队",
    "duty_phone": "",
    "shift_start": "08:30",
}


class OfficeSettings:
    """Reads and writes the settings; a part of the facades that need them (``Ledger``)."""

    db: Database

    def settings(self) -> dict[str, str]:
        with self.db.read() as s:
            stored = {row.key: row.value for row in s.scalars(select(Setting))}
        return {**DEFAULT_SETTINGS, **stored}

    def save_settings(self, values: dict[str, str]) -> None:
        with self.db.transaction() as s:
            for key, value in values.items():
                row = s.get(Setting, key)
                if row is None:
                    s.add(Setting(key=key, value=value))
                elif row.value != value:
                    row.value = value


def letterhead(source: OfficeSettings) -> Letterhead:
    """The town and office at the top of every form."""
    from db.pdf.base import Letterhead  # reportlab loads with the form, not with the settings

    settings = source.settings()
    return Letterhead(settings["town"], settings["office"])


class Office(OfficeSettings):
    """The settings on their own, for a form that needs only the letterhead."""

    def __init__(self, database: Database):
        self.db = database


def database_letterhead(database: Database) -> Letterhead:
    """The letterhead read straight from ``database``."""
    return letterhead(Office(database))
