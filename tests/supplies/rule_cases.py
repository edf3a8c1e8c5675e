"""Rows of 物资 and 出入库 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

from tests.xlsx.rules_case import Case

CASES: list[Case] = []
