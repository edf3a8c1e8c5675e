"""People as printed on duty forms: a name and a phone number."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from db.pdf.markup import escape


@dataclass(frozen=True)
class Person:
    name: str
    phone: str = ""


def person_markup(person: Person, phone_size: float | None = None) -> str:
    """Paragraph markup: the name, then the phone a little smaller and grey."""
    name = escape(person.name)
    if not person.phone:
        return name
    size = f' size="{phone_size:g}"' if phone_size else ""
    return f'{name}\u00a0<font color="#333333"{size}>{escape(person.phone)}</font>'


def people_markup(
    people: Iterable[Person], phone_size: float | None = None, sep: str = "；"
) -> str:
    return sep.join(person_markup(p, phone_size) for p in people)
