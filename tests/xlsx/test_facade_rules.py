"""An import refuses a row on the rules the window's dialog applies, in the dialog's words: each
register's Excel check hands the record a row would save to its facade's validation. Each case
is one row that breaks one rule; the problem stands on that cell, worded as the facade words it
for the same record, and nothing is written."""

from __future__ import annotations

import pytest

from db.xlsx import ImportRejected
from db.xlsx import import_register
from tests.drills import rule_cases as drills
from tests.duty import rule_cases as duty
from tests.fleet import rule_cases as fleet
from tests.supplies import rule_cases as supplies
from tests.water import rule_cases as water
from tests.xlsx.helpers import counts
from tests.xlsx.helpers import xlsx

CASES = [*duty.CASES, *drills.CASES, *fleet.CASES, *supplies.CASES, *water.CASES]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.register}-{c.column}" for c in CASES])
def test_an_import_refuses_what_the_dialog_refuses_in_its_words(database, tmp_path, case):
    if case.prepare is not None:
        case.prepare(database)
    path = xlsx(tmp_path / f"{case.register}.xlsx", case.sheet)
    before = counts(database)
    with pytest.raises(ImportRejected) as err:
        import_register(database, case.register, path)
    assert [(p.row, p.column, p.message) for p in err.value.problems] == [
        (2, case.column, case.rules(database)(case.record)[case.field])
    ]
    assert counts(database) == before
