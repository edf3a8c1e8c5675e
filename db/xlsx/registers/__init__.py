"""The registers that can be imported from and exported to Excel, by command-line name.

A new register is one module with its columns and its check/save/export functions, and one
line here.
"""

from __future__ import annotations

from db.drills.xlsx import REGISTERS as DRILLS
from db.duty.xlsx import REGISTERS as DUTY
from db.xlsx.spec import RegisterSpec

REGISTERS: dict[str, RegisterSpec] = {spec.key: spec for spec in DUTY}
REGISTERS.update({s.key: s for s in DRILLS})

from db.fleet import xlsx as fleet  # noqa: E402
from db.supplies import xlsx as supplies  # noqa: E402

REGISTERS.update(
    {s.key: s for s in (fleet.VEHICLES, fleet.EQUIPMENT, supplies.SUPPLIES, supplies.MOVES)}
)

from db.water import xlsx as water  # noqa: E402

REGISTERS.update({s.key: s for s in (water.SPEC, water.INSPECTIONS)})
