"""Plain text inside reportlab's paragraph markup."""

from __future__ import annotations

import html


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities: what ``xml.sax.saxutils.escape`` does, without the
    urllib, http and email modules that importing it loads."""
    return html.escape(text, quote=False)
