"""Command-line forms and the coverage list of the water sources (``rescue-ledger print …``,
``rescue-ledger coverage``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

FORMS = (
    "hydrant-checklist",
    "pool-checklist",
    "water-register",
    "coverage",
    "water-map",
    "survey-sheet",
    "survey-report",
)


def _output(p: Any) -> None:
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def add_print_parsers(psub: Any) -> None:
    for form, text in (
        ("hydrant-checklist", "市政消火栓检查表（空白或某个消火栓）"),
        ("pool-checklist", "消防水池/天然水源取水点检查表（空白或某个水源）"),
    ):
        f = psub.add_parser(form, help=text)
        which = f.add_mutually_exclusive_group(required=True)
        which.add_argument("--source", metavar="CODE", help="水源编号")
        which.add_argument("--blank", action="store_true", help="空白表（现场填写）")
        _output(f)
    r = psub.add_parser("water-register", help="消防水源台账（A4横向）")
    r.add_argument("--village", metavar="NAME", help="只打印一个村社")
    _output(r)
    _output(psub.add_parser("coverage", help="重点场所消防水源覆盖情况（含分布图）"))
    m = psub.add_parser("water-map", help="消防水源分布图（A4横向）")
    m.add_argument("--colour", choices=("type", "status", "flow"), default="type")
    _output(m)
    for form, text in (
        ("survey-sheet", "水源普查现场登记表"),
        ("survey-report", "水源普查情况报告"),
    ):
        s = psub.add_parser(form, help=text)
        s.add_argument("--survey", type=int, required=True, metavar="ID", help="普查编号")
        _output(s)


def print_form(ledger: Any, args: argparse.Namespace) -> bytes:
    from db.water import forms

    if args.form in ("hydrant-checklist", "pool-checklist"):
        code = None if args.blank else args.source
        return forms.checklist_pdf(ledger.db, args.form == "hydrant-checklist", code)
    if args.form == "water-register":
        return forms.register_pdf(ledger.db, args.village)
    if args.form == "coverage":
        return forms.coverage_pdf(ledger.db)
    if args.form == "water-map":
        return forms.map_pdf(ledger.db, args.colour)
    if args.form == "survey-sheet":
        return forms.survey_sheet_pdf(ledger.db, args.survey)
    return forms.survey_summary_pdf(ledger.db, args.survey)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "coverage", help="重点场所消防水源覆盖：每处一行（覆盖/缺口、最近水源、距离）"
    )
    p.add_argument(
        "--radius", type=float, metavar="METRES", help="保护半径（默认取规则表，150 米）"
    )


def cmd_coverage(ledger: Any, args: argparse.Namespace) -> int:
    from db.errors import ValidationError
    from db.water import WaterBook

    if args.radius is not None and args.radius <= 0:
        raise ValidationError({"--radius": "保护半径应大于0"})
    report = WaterBook(ledger.db).coverage(args.radius)
    for r in report.rows:
        state = "覆盖" if r.covered else "缺口"
        if r.nearest:
            n = r.nearest[0]
            nearest = f"{n.name}（{n.code}）\t{n.distance_m:.0f}米"
        else:
            nearest = "—\t—"
        print(f"{r.site_name}\t{state}\t{nearest}")
    for name in report.without_coordinates:
        print(f"{name}\t无坐标\t—\t—")
    for g in report.spacing:
        print(
            f"{g.site_name}\t消火栓间距超过{g.rule_m:g}米\t{g.a_code}–{g.b_code}"
            f"\t{g.distance_m:.0f}米\t规则≤{g.rule_m:g}米"
        )
    gaps = len(report.gaps)
    print(
        f"保护半径 {report.radius_m:g} 米：{len(report.rows)} 处场所，缺口 {gaps} 处，"
        f"消火栓间距超过 {report.spacing_rule_m:g} 米 {len(report.spacing)} 处",
        file=sys.stderr,
    )
    return 0


COMMANDS = {"coverage": cmd_coverage}
