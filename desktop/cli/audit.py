"""``rescue-ledger audit``: the modification record (修改记录) — who changed what and when.

rescue-ledger audit list [--table T] [--record ID] [--by NAME] [--since DATE] [--until DATE]
rescue-ledger audit export FILE.xlsx [the same filters]
rescue-ledger audit verify    recompute the hash chain and compare every record with its trail

Each action is a subparser of ``audit`` and one entry in :data:`ACTIONS`; a new action (such
as checking the trail) is one more of each.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.args import BadInput
from desktop.cli.args import date_arg


def _whole(what: str) -> Callable[[str], int]:
    """An argument type for a positive whole number (a record's #, a count)."""

    def parse(text: str) -> int:
        digits = text.strip().lstrip("#")
        if not digits.isdigit() or int(digits) < 1:
            raise argparse.ArgumentTypeError(f"{what}应为正整数，例如 12（收到“{text}”）")
        return int(digits)

    return parse


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--table", metavar="T", help="台账，例如 members 或 队员名册")
    parser.add_argument(
        "--record", type=_whole("记录编号"), metavar="ID", help="记录编号（与 --table 同用）"
    )
    parser.add_argument("--by", metavar="NAME", help="操作人")
    parser.add_argument("--since", type=date_arg, metavar="DATE", help="从哪天起（YYYY-MM-DD）")
    parser.add_argument("--until", type=date_arg, metavar="DATE", help="到哪天止（含当天）")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("audit", help="修改记录：谁在何时改了哪条记录；校验是否被改动")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    listing = asub.add_parser("list", help="列出修改记录（最新的在前）")
    _filters(listing)
    listing.add_argument(
        "--limit", type=_whole("条数"), default=100, metavar="N", help="最多列出多少条（默认 100）"
    )
    export = asub.add_parser("export", help="导出修改记录到 Excel（每个改动的字段一行）")
    export.add_argument("file", type=Path, metavar="FILE.xlsx")
    _filters(export)
    asub.add_parser(
        "verify",
        help="重新计算校验链，并逐条核对记录与最后一条修改记录（发现问题时退出码为 2）",
    )


def where(args: argparse.Namespace) -> Any:
    """The :class:`~db.history.HistoryFilter` the options ask for."""
    from db.history import HistoryFilter
    from db.labels import resolve_table

    if args.since and args.until and args.until < args.since:
        raise BadInput([f"错误：结束日期 {args.until} 早于开始日期 {args.since}"])
    return HistoryFilter(
        operator=(args.by or "").strip(),
        table=resolve_table(args.table) if args.table else "",
        record_id=args.record,
        since=args.since,
        until=args.until,
    )


def cmd_list(ledger: Any, args: argparse.Namespace) -> int:
    from db.history import History
    from db.history import count_text

    page = History(ledger.db).page(where(args), 0, args.limit)
    for e in page.rows:
        print(
            f"{e.at:%Y-%m-%d %H:%M}\t{e.operator}\t{e.register}\t{e.record}\t{e.action}\t{e.summary()}"
        )
    shown = f"，显示最新 {len(page.rows)} 条" if len(page.rows) < page.total else ""
    print(f"（{count_text(page.total)}{shown}）" if page.total else "（没有符合条件的修改记录）")
    return 0


def cmd_export(ledger: Any, args: argparse.Namespace) -> int:
    from db.history_export import export_history

    count = export_history(ledger.db, args.file, where(args))
    print(f"已导出 {count} 条修改记录到 {args.file}")
    return 0


def cmd_verify(ledger: Any, args: argparse.Namespace) -> int:
    from db.audit_verify import verify

    result = verify(ledger.db)
    if result.breaks:
        raise BadInput([*(b.line for b in result.breaks), result.summary()])
    print(result.summary())
    return 0


ACTIONS: dict[str, Callable[[Any, argparse.Namespace], int]] = {
    "list": cmd_list,
    "export": cmd_export,
    "verify": cmd_verify,
}


def cmd_audit(ledger: Any, args: argparse.Namespace) -> int:
    return ACTIONS[args.audit_command](ledger, args)


COMMANDS = {"audit": cmd_audit}
