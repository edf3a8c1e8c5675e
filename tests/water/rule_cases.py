"""Rows of 水源 and 水源检查 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

from tests.xlsx.rules_case import Case

CASES: list[Case] = []
