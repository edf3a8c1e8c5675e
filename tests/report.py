"""Figures a test measured (trial counts …), printed in the summary at the end of the run."""

from __future__ import annotations

import pytest


def report_line(request: pytest.FixtureRequest, text: str) -> None:
    """Keep ``text`` for the run's summary (``tests/conftest.py``) and print it, for
    ``pytest -s``. It travels on the test's report, so a worker's figures reach the summary."""
    request.node.user_properties.append(("measured", text))
    print(text)
