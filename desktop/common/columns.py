"""Table columns that several registers declare the same way."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.common.words import db_text
from widgets.table import Column


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
