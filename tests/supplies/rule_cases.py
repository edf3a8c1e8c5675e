"""Rows of 物资 and 出入库 that break one of their facade's rules
(tests/xlsx/test_facade_rules.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from db.engine import Database
from db.errors import ValidationError
from db.supplies import MoveData
from db.supplies import Supplies
from db.supplies import SupplyData
from db.supplies import check_move
from tests.xlsx.rules_case import Case
from tests.xlsx.rules_case import rules

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
MOVE = ["日期", "物资名称", "类型", "数量"]


supplies = rules(Supplies, "validate_supply")


def stocktake(db: Database) -> Any:
    """The stocktake's rules: its problems with ``counts`` (supply id → counted)."""

    def problems(counts: dict[int, float]) -> dict[str, str]:
        try:
            Supplies(db).stocktake(counts)
        except ValidationError as exc:
            return exc.problems
        return {}

    return problems


def moves(_: Database) -> Any:
    return check_move


def raincoats(db: Database) -> int:
    return Supplies(db).save_supply(SupplyData("雨衣", unit="件"))


# fmt: off
CASES = [
    Case("supplies", [["名称", "储备定额"], ["雨衣", -5]], "储备定额", supplies, SupplyData("雨衣", quota=-5), "quota"),
    Case("supplies", [["物资名称", "定额"], ["雨衣", -1]], "定额", supplies, SupplyData("雨衣", quota=-1), "quota"),
    Case("supplies", [["名称", "数量"], ["雨衣", -3]], "数量", stocktake, {1: -3.0}, "counts.1"),
    Case("stock-moves", [MOVE, [TODAY, "雨衣", "出库", 0]], "数量", moves, MoveData(1, "出库", 0, TODAY), "quantity", raincoats),
    Case("stock-moves", [MOVE, [TODAY, "雨衣", "盘点调整", 0]], "数量", moves, MoveData(1, "盘点调整", 0, TODAY), "quantity", raincoats),
    Case("stock-moves", [[*MOVE, "领用人"], [TODAY, "雨衣", "借出", 2, None]], "领用人", moves, MoveData(1, "借出", 2, TODAY), "borrower", raincoats),
    Case("stock-moves", [MOVE, [TODAY + 3 * DAY, "雨衣", "入库", 2]], "日期", moves, MoveData(1, "入库", 2, TODAY + 3 * DAY), "moved_on", raincoats),
    Case("stock-moves", [[*MOVE, "借用人", "应还日期"], [TODAY, "雨衣", "借出", 2, "高楼村", TODAY - DAY]], "应还日期", moves, MoveData(1, "借出", 2, TODAY, borrower="高楼村", due_back=TODAY - DAY), "due_back", raincoats),
]
# fmt: on
