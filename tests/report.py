"""Figures a test measured (trial counts …), printed in the summary at the end of the run."""

from __future__ import annotations

LINES: list[str] = []


def report_line(text: str) -> None:
    """Keep ``text`` for the run's summary (and print it, for ``pytest -s``)."""
    LINES.append(text)
    print(text)
