"""Command-line parts of the duty: ``roster generate`` and the month roster and handover forms
(``rescue-ledger print roster|handover``)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from desktop.cli.args import BadInput
from desktop.cli.args import date_arg
from desktop.cli.args import month_arg
from desktop.cli.args import output_arg

FORMS = ("roster", "handover")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("roster", help="值班表")
    rsub = p.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    g = rsub.add_parser("generate", help="一键排班（保留已排的日期）")
    g.add_argument("--month", type=month_arg, required=True, metavar="YYYY-MM")


def add_print_parsers(psub: Any) -> None:
    r = psub.add_parser("roster", help="月值班表（A4横向）")
    r.add_argument("--month", type=month_arg, required=True, metavar="YYYY-MM")
    output_arg(r)
    h = psub.add_parser("handover", help="值班交接班记录")
    which = h.add_mutually_exclusive_group()
    which.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD")
    which.add_argument("--blank", action="store_true", help="空白表（现场填写）")
    output_arg(h)


def print_form(ledger: Any, args: argparse.Namespace) -> bytes:
    from db.duty import forms

    if args.form == "roster":
        return forms.roster_pdf(ledger, *args.month)
    return forms.handover_pdf(ledger, None if args.blank else (args.date or dt.date.today()))


def cmd_roster(ledger: Any, args: argparse.Namespace) -> int:
    year, month = args.month
    result = ledger.generate_month(year, month)
    if result.seeded:
        print(result.seeded_note())
    if not result.ok:
        raise BadInput(
            [f"{year}-{month:02d}: 无法排班，未保存任何内容"] + [str(p) for p in result.problems]
        )
    for warning in result.warnings:
        print(f"注意 {warning}", file=sys.stderr)
    kept = len(result.days) - len(result.generated)
    print(f"{year}年{month}月：新排 {len(result.generated)} 天，保留已排 {kept} 天")
    if result.skipped:
        print(result.skipped_note())
    return 0


COMMANDS = {"roster": cmd_roster}
