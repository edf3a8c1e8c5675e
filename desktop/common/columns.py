"""Table columns that several registers declare the same way."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.common.words import db_text
from widgets.table import Column


def word_column(
    key: str, header: str, width: int | None = None, *, tooltip: bool = False
) -> Column:
    """A row's ``key``: one of db's fixed words (a type, a role), shown in the window's
    language; ``tooltip``: the whole word where the column is narrow."""
    return Column(key, header, width=width, formatter=db_text, tooltip=tooltip)


def status_column(header: str, colours: Mapping[str, str], width: int = 80) -> Column:
    """A row's ``status`` (one of db's fixed words, shown in the window's language) on the
    colour ``colours`` gives that status (none for a status it does not name)."""
    return Column(
        "status",
        header,
        width=width,
        formatter=db_text,
        background=lambda r: colours.get(r.status),
    )
