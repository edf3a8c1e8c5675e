"""How a text that comes from outside the widgets (a validation message, an error) is shown.

The widgets know no domain and no database; the program installs one function
(``install(fn)``) that turns such a text, or an exception, into what the user reads (in the
window's language). Until then a text is shown as it is and an error by its message.
"""

from __future__ import annotations

from collections.abc import Callable


def _plain(value: object) -> str:
    return str(value)


_show: Callable[[object], str] = _plain


def install(fn: Callable[[object], str] | None) -> None:
    """Use ``fn`` for every message the widgets show (None: back to showing them as is)."""
    global _show
    _show = fn or _plain


def shown(value: object) -> str:
    """``value`` (a message or an exception) as the user reads it."""
    return _show(value)


__all__ = ["install", "shown"]
