"""Command-line parts for drills and plans (``print drill-*``, ``print plan-summary``) and the
cross-register ``due`` list."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

DRILL_FORMS = {
    "drill-signin": "演练签到表",
    "drill-record": "演练记录表",
    "drill-evaluation": "应急演练评估表",
}
FORMS = (*DRILL_FORMS, "drill-pack", "plan-summary")


def days_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"天数应为不小于0的整数（收到“{text}”）")
    return value


def add_print_parsers(psub: Any) -> None:
    for form, title in DRILL_FORMS.items():
        p = psub.add_parser(form, help=title)
        which = p.add_mutually_exclusive_group(required=True)
        which.add_argument("--drill", metavar="NAME_OR_ID", help="演练名称或编号")
        which.add_argument("--blank", action="store_true", help="空白表（现场填写）")
        p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p = psub.add_parser("drill-pack", help="演练资料（记录表、签到表、评估表、照片合为一个PDF）")
    p.add_argument("--drill", required=True, metavar="NAME_OR_ID", help="演练名称或编号")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p = psub.add_parser("plan-summary", help="应急预案封面及版本记录")
    p.add_argument("--plan", required=True, metavar="NAME_OR_ID", help="预案名称或编号")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def add_due_parser(sub: Any) -> None:
    p = sub.add_parser("due", help="到期和逾期事项（演练、预案、整改、装备……）")
    p.add_argument(
        "--within",
        type=days_arg,
        metavar="DAYS",
        help="列出多少天内到期的事项（默认按规则“即将到期提前天数”）",
    )


def print_form(ledger: Any, args: argparse.Namespace) -> bytes:
    """The PDF of a drill or plan form named by ``args.form``."""
    from db.drills import DrillBook, forms

    book = DrillBook(ledger.db)
    if args.form == "plan-summary":
        return forms.plan_pdf(book, book.resolve_plan(args.plan))
    drill_id = None if getattr(args, "blank", False) else book.resolve_drill(args.drill)
    if args.form == "drill-pack":
        assert drill_id is not None
        return forms.pack_pdf(book, drill_id)
    build = {
        "drill-signin": forms.signin_pdf,
        "drill-record": forms.record_pdf,
        "drill-evaluation": forms.evaluation_pdf,
    }[args.form]
    return build(book, drill_id)


def cmd_due(ledger: Any, args: argparse.Namespace) -> int:
    from db.due import DueStyle, collect

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
