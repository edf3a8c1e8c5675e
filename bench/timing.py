"""What the benches time a window action with."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def action_times(
    action: Callable[[], Any], setup: Callable[[], Any] | None = None, runs: int = 5
) -> list[float]:
    """Seconds each of ``runs`` runs of ``action`` took (it ends with the events processed);
    ``setup`` runs untimed before each one (e.g. to clear the previous filter)."""
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


class Pages:
    """The register pages a bench has open: each built, shown at 1280×800 with its first rows
    painted (``settle`` processes the events), and all closed again between runs."""

    def __init__(self, settle: Callable[[], None]) -> None:
        self.settle = settle
        self.open: list[Any] = []

    def opener(self, build: Callable[[], Any], rows: Callable[[Any], int]) -> Callable[[], None]:
        """An action that builds a page with ``build`` and shows it; ``rows(page)`` > 0 once
        it is painted."""

        def open_page() -> None:
            page = build()
            page.resize(1280, 800)
            page.show()
            self.settle()
            assert rows(page) > 0
            self.open.append(page)

        return open_page

    def close(self) -> None:
        """Close and delete every page opened so far."""
        while self.open:
            old = self.open.pop()
            old.close()
            old.deleteLater()
        self.settle()
