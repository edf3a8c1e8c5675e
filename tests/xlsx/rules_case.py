"""One row that breaks one of a facade's rules, for tests/xlsx/test_facade_rules.py; each
domain lists its cases in tests/<domain>/rule_cases.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from typing import NamedTuple

from db.engine import Database

Rules = Callable[[Database], Callable[[Any], dict[str, str]]]


class Case(NamedTuple):
    register: str
    sheet: list[list[Any]]  # the header row and one row that breaks one rule
    column: str  # the column the problem stands on, as the sheet names it
    rules: Rules  # the facade's validate_x, on that database
    record: Any  # the same record, as the dialog would hand it to the facade
    field: str  # the field the facade names
    prepare: Callable[[Database], object] | None = None  # what the row refers to (a member…)


def rules(facade: Callable[[Database], object], method: str) -> Rules:
    """The facade's ``method`` (``validate_x``) on the test's database."""
    return lambda db: getattr(facade(db), method)
