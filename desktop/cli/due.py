"""``rescue-ledger due``: what is due or overdue across every register."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop.cli.args import days_arg


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("due", help="到期和逾期事项（演练、预案、整改、装备……）")
    p.add_argument(
        "--within",
        type=days_arg,
        metavar="DAYS",
        help="列出多少天内到期的事项（默认按规则“即将到期提前天数”）",
    )


def cmd_due(ledger: Any, args: argparse.Namespace) -> int:
    from db.due import DueStyle
    from db.due import collect

    today = dt.date.today()
    within = args.within
    if within is None:
        within = DueStyle.load(ledger.db).soon_days
    items = collect(ledger.db, today, within)
    for item in items:
        print(item.line(today))
    if not items:
        print(f"没有已逾期或 {within} 天内到期的事项。")
    return 0


COMMANDS = {"due": cmd_due}
