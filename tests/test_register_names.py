"""The register names the command line and the window use without loading the Excel code."""

from __future__ import annotations

from db import register_names
from db.xlsx import REGISTERS


def test_names_and_titles_are_exactly_the_excel_registers():
    assert register_names.TITLES == {key: spec.title for key, spec in REGISTERS.items()}
    assert list(register_names.TITLES) == list(REGISTERS)
    assert register_names.NAMES == tuple(sorted(REGISTERS))


def test_every_register_has_a_title_in_the_excel_dialogs():
    from desktop.common import excel

    assert set(excel.TITLES) == set(REGISTERS)
    assert excel.TITLES["vehicles"] == "消防车辆"
    assert excel.TITLES["members"] == "队员"  # the short form the dialogs have always used
