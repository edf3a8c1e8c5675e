"""What the GUI tests of the SQL-paged register pages (装备器材, 水源台账) share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def open_paged(window: Any, name: str, page_size: int) -> Any:
    """Show the paged page ``name`` reading ``page_size`` rows at a time, its first page read."""
    window.show_page(name)
    page = window.pages[name]
    page.model.page_size = page_size
    page.reload()
    return page


def select_paged(page: Any, key: Callable[[Any], bool]) -> None:
    """Select the first row read so far for which ``key(row)`` holds."""
    page.view.selectRow(next(n for n, x in enumerate(page.model.rows) if key(x)))
