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
