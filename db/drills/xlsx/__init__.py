"""The drills' Excel registers: 重点场所台账 (``sites``), 应急预案台账 (``plans``), 演练台账
(``drills``) and 整改台账 (``findings``); ``named`` finds the sites, plans and drills a cell
names.

``REGISTERS`` lists them in the order the command line and the window offer them (the
name ``db.registry`` reads); ``db.xlsx.registers`` collects them.
"""

from __future__ import annotations

from db.drills.xlsx import drills
from db.drills.xlsx import findings
from db.drills.xlsx import plans
from db.drills.xlsx import sites
from db.xlsx.spec import RegisterSpec

REGISTERS: tuple[RegisterSpec, ...] = (sites.SPEC, plans.SPEC, drills.SPEC, findings.SPEC)
