"""The campaign report on the command line: ``print campaign-report [--from DATE --to DATE |
--month YYYY-MM] -o FILE.pdf``, ``print bulletin --month YYYY-MM -o FILE.pdf`` and ``export
campaign-report FILE.xlsx`` (the same period options). Without dates: the current or last
今冬明春 campaign."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop.cli.args import BadInput
from desktop.cli.args import date_arg
from desktop.cli.args import month_arg
from desktop.cli.args import output_arg

REPORT, BULLETIN = "campaign-report", "bulletin"
FORMS = (REPORT, BULLETIN)
EXPORTS = (REPORT,)


def period_options(parser: Any, month_help: str = "只统计这一个月（打印为一页通报）") -> None:
    """``--from``/``--to`` and ``--month``: the period of the report."""
    parser.add_argument(
        "--from", dest="start", type=date_arg, metavar="YYYY-MM-DD", help="统计期开始日期"
    )
    parser.add_argument(
        "--to", dest="end", type=date_arg, metavar="YYYY-MM-DD", help="统计期结束日期"
    )
    parser.add_argument(
        "--month", dest="report_month", type=month_arg, metavar="YYYY-MM", help=month_help
    )


def add_print_parsers(psub: Any) -> None:
    p = psub.add_parser(REPORT, help="工作总结（默认本次或上次今冬明春行动）")
    period_options(p)
    output_arg(p)
    b = psub.add_parser(BULLETIN, help="月度工作通报（一页）")
    b.add_argument("--month", dest="report_month", type=month_arg, required=True, metavar="YYYY-MM")
    output_arg(b)


def period(args: argparse.Namespace) -> tuple[dt.date, dt.date, bool]:
    """The period the options name, and whether it is a single month's bulletin."""
    from db import report

    start, end = getattr(args, "start", None), getattr(args, "end", None)
    month = getattr(args, "report_month", None)
    if month is not None:
        if start or end:
            raise BadInput(["--month 不能与 --from/--to 同时使用：请只写其中一种"])
        return (*report.month_period(*month), True)
    if start is None and end is None:
        return (*report.campaign_period(), False)
    if start is None or end is None:
        raise BadInput(["请同时写出 --from 和 --to（或都不写，统计本次或上次今冬明春行动）"])
    report.check_period(start, end)
    return start, end, False


def gather(ledger: Any, args: argparse.Namespace, bulletin: bool | None = None) -> Any:
    from db import report

    start, end, single_month = period(args)
    return report.gather(
        ledger.db, start, end, bulletin=single_month if bulletin is None else bulletin
    )


def print_form(ledger: Any, args: argparse.Namespace) -> bytes:
    from db.report.forms import report_pdf

    found = gather(ledger, args, bulletin=True if args.form == BULLETIN else None)
    return report_pdf(ledger.db, found).data


def export(ledger: Any, args: argparse.Namespace) -> int:
    """``export campaign-report FILE.xlsx``."""
    from db.report.xlsx import write_report

    found = gather(ledger, args, bulletin=False)
    write_report(found, args.file)
    print(f"已导出{found.title}到 {args.file}")
    return 0
