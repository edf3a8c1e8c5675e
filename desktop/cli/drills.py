"""Command-line parts for drills and plans (``print drill-*``, ``print plan-summary``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

DRILL_FORMS = {
    "drill-signin": "演练签到表",
    "drill-record": "演练记录表",
    "drill-evaluation": "应急演练评估表",
}
FORMS = (*DRILL_FORMS, "drill-pack", "plan-summary")


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


def print_form(ledger: Any, args: argparse.Namespace) -> bytes:
    """The PDF of a drill or plan form named by ``args.form``."""
    from db.drills import DrillBook
    from db.drills import forms

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
