"""Command-line forms of vehicles and equipment, and the readiness report that also covers the
supplies (``rescue-ledger print …``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

FORMS = ("vehicle-check", "equipment-register", "readiness")
SIMPLE = {
    "equipment-register": ("equipment_register_pdf", "装备器材台账（A4横向）"),
    "readiness": ("readiness_pdf", "车辆装备物资战备情况报告"),
}


def add_print_parsers(psub: Any) -> None:
    from desktop.cli.args import date_arg

    v = psub.add_parser("vehicle-check", help="消防车辆例行检查表（空白或已填）")
    v.add_argument("--vehicle", required=True, metavar="PLATE", help="车牌号")
    which = v.add_mutually_exclusive_group()
    which.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD")
    which.add_argument("--blank", action="store_true", help="空白表（现场填写）")
    v.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    for form, (_, text) in SIMPLE.items():
        f = psub.add_parser(form, help=text)
        f.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def print_form(ledger: Any, args: argparse.Namespace) -> bytes:
    from db.fleet import forms

    if args.form == "vehicle-check":
        return forms.vehicle_check_pdf(ledger.db, args.vehicle, args.date, args.blank)
    return bytes(getattr(forms, SIMPLE[args.form][0])(ledger.db))
