"""The supplies' Excel registers: 物资储备 (``supplies``, one row per batch) and 出入库记录
(``stock-moves``, applied in file order). Balances change only through moves.

``REGISTERS`` lists them in the order the command line and the window offer them (the name
``db.registry`` reads); ``db.xlsx.registers`` collects them.
"""

from __future__ import annotations

from db.supplies.xlsx.moves import MOVES
from db.supplies.xlsx.supplies import ADJUST_HINT
from db.supplies.xlsx.supplies import SUPPLIES
from db.xlsx.spec import RegisterSpec

REGISTERS: tuple[RegisterSpec, ...] = (SUPPLIES, MOVES)

__all__ = ["ADJUST_HINT", "MOVES", "REGISTERS", "SUPPLIES"]
