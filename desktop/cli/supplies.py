"""Command-line forms of the supplies (``rescue-ledger print supply-register|stocktake``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

SIMPLE = {
    "supply-register": ("supply_register_pdf", "应急物资储备台账"),
    "stocktake": ("stocktake_pdf", "物资盘点表（空白实盘栏）"),
}
FORMS = tuple(SIMPLE)


def add_print_parsers(psub: Any) -> None:
    for form, (_, text) in SIMPLE.items():
        f = psub.add_parser(form, help=text)
        f.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def print_form(ledger: Any, args: argparse.Namespace) -> bytes:
    from db.supplies import forms

    return bytes(getattr(forms, SIMPLE[args.form][0])(ledger.db))
