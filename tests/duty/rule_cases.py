"""Rows of 队员, 请假, 战备时段 and 值班 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

from tests.xlsx.rules_case import Case

CASES: list[Case] = []
