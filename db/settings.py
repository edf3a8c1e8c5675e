"""The office's settings (town, office, team, duty phone, shift start …) as key/value text, and
the letterhead every printed form carries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from db import validate
from db.engine import Database
from db.errors import refuse
from db.shared_models import Setting
from db.words import said

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.pdf.base import Letterhead

# No town until the office types its own: an unset town prints as a blank line on the forms
# (db.pdf.base.BLANK_TOWN), and the window opens 首次设置 (see :meth:`OfficeSettings.set_up`).
DEFAULT_SETTINGS = {
    "town": "",
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

    def needs_first_start(self) -> bool:
        """True until the office's town has been saved (a new, empty database)."""
        with self.db.read() as s:
            row = s.get(Setting, "town")
        return row is None or not row.value.strip()

    def save_settings(self, values: dict[str, str]) -> None:
        """Save ``values`` (only the keys given); refused with :class:`ValidationError`, and
        nothing written, when one of them is not usable (see :func:`settings_problems`)."""
        refuse(settings_problems(values))
        with self.db.transaction() as s:
            write_settings(s, values)


def write_settings(s: Session, values: dict[str, str]) -> None:
    """Store ``values`` in session ``s`` (a key already holding the value is not touched)."""
    for key, value in values.items():
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=value))
        elif row.value != value:
            row.value = value


def settings_problems(values: dict[str, str]) -> dict[str, str]:
    """What is wrong with the settings in ``values`` (only the keys present are checked), by
    key: the town is required, the duty phone follows the phone rule of every register, the
    shift starts at 时:分."""
    problems: dict[str, str] = {}
    if "town" in values and not values["town"].strip():
        problems["town"] = said("请填写乡镇名称")
    if "duty_phone" in values and (problem := validate.phone_problem(values["duty_phone"])):
        problems["duty_phone"] = said(
            "值班电话{problem}，{phone_example}",
            problem=problem,
            phone_example=validate.PHONE_EXAMPLE,
        )
    if "shift_start" in values and not _is_time(values["shift_start"]):
        problems["shift_start"] = said("请写成 时:分，例如 08:30")
    return problems


def _is_time(text: str) -> bool:
    parts = text.strip().split(":")
    return (
        len(parts) == 2
        and all(p.isdigit() for p in parts)
        and 0 <= int(parts[0]) < 24
        and 0 <= int(parts[1]) < 60
    )


def letterhead(source: OfficeSettings) -> Letterhead:
    """The town and office at the top of every form, and the audit chain's head for its
    footer (the state of the records the form is printed from)."""
    from db.chain import head
    from db.pdf.base import Letterhead  # reportlab loads with the form, not with the settings

    settings = source.settings()
    with source.db.engine.connect() as connection:
        seal = head(connection).text
    return Letterhead(settings["town"], settings["office"], seal)


class Office(OfficeSettings):
    """The settings on their own, for a form that needs only the letterhead."""

    def __init__(self, database: Database):
        self.db = database


def database_letterhead(database: Database) -> Letterhead:
    """The letterhead read straight from ``database``."""
    return letterhead(Office(database))
