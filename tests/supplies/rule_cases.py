"""Rows of 物资 and 出入库 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

from typing import Any

from db.engine import Database
from db.errors import ValidationError
from db.supplies import Supplies
from db.supplies import SupplyData
from tests.xlsx.rules_case import Case


def supplies(db: Database) -> Any:
    return Supplies(db).validate_supply


def stocktake(db: Database) -> Any:
    """The stocktake's rules: its problems with ``counts`` (supply id → counted)."""

    def problems(counts: dict[int, float]) -> dict[str, str]:
        try:
            Supplies(db).stocktake(counts)
        except ValidationError as exc:
            return exc.problems
        return {}

    return problems


# fmt: off
CASES = [
    Case("supplies", [["名称", "储备定额"], ["雨衣", -5]], "储备定额", supplies, SupplyData("雨衣", quota=-5), "quota"),
    Case("supplies", [["物资名称", "定额"], ["雨衣", -1]], "定额", supplies, SupplyData("雨衣", quota=-1), "quota"),
    Case("supplies", [["名称", "数量"], ["雨衣", -3]], "数量", stocktake, {1: -3.0}, "counts.1"),
]
# fmt: on
