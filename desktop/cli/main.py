"""The command line: the same Qt-free code the GUI calls, for the office's own scripts.

Exit status: 0 success; 2 bad input (one line per problem on stderr, database untouched);
1 unexpected error (a readable message; the traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from db import register_names
from desktop.cli import drills as cli_drills
from desktop.cli import fleet as cli_fleet
from desktop.cli import supplies as cli_supplies
from desktop.cli import vocab as cli_vocab
from desktop.cli import water as cli_water

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
DISTRIBUTION = "rescue-ledger"


class BadInput(Exception):
    """Problems with what the user gave; each line is printed on stderr."""

    def __init__(self, lines: Sequence[str]):
        self.lines = list(lines)
        super().__init__("\n".join(self.lines))


def month_arg(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"月份应写成 YYYY-MM，例如 2026-02（收到“{text}”）")
    return int(match.group(1)), int(match.group(2))


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"日期应写成 YYYY-MM-DD，例如 2026-02-17（收到“{text}”）"
        ) from None


def program_version() -> str:
    """The installed version, from the package metadata."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # run from a copy of the source that was never installed
        return "未知版本（未安装）"


class VersionAction(argparse.Action):
    """``--version``: reads the metadata only when asked, so building the parser stays cheap."""

    def __init__(
        self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, help: str | None = None
    ) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"{parser.prog} {program_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser. It loads no database, Excel or PDF code: ``--help`` stays quick."""
    parser = argparse.ArgumentParser(
        prog="rescue-ledger", description="救援台账：综合应急救援队的值班、演练、水源、装备台账。"
    )
    parser.add_argument(
        "--db", metavar="URL", help="数据库（默认本机数据文件夹中的 SQLite；也可 postgresql://…）"
    )
    parser.add_argument("--data-dir", metavar="DIR", help="数据文件夹（默认系统的用户数据文件夹）")
    parser.add_argument("--demo", action="store_true", help="打开演示数据库（示例乡镇）")
    parser.add_argument("--operator", metavar="NAME", help="操作人姓名（写入修改记录）")
    parser.add_argument("--debug", action="store_true", help="出错时显示完整的技术信息")
    parser.add_argument("--version", action=VersionAction, help="显示程序版本并退出")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    names = list(register_names.NAMES)
    for verb, text in (
        ("import", "从 Excel 导入"),
        ("export", "导出到 Excel"),
        ("template", "生成空白导入模板"),
    ):
        p = sub.add_parser(verb, help=text)
        p.add_argument("register", choices=names, metavar="REGISTER", help="、".join(names))
        p.add_argument("file", type=Path, metavar="FILE.xlsx")
        if verb == "import":
            p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
            p.add_argument("--sheet", metavar="NAME", help="读取哪个工作表（默认自动选择）")
            p.add_argument(
                "--month", type=month_arg, metavar="YYYY-MM", help="没有年份的日期属于哪年哪月"
            )
            p.add_argument(
                "--adjust-stock",
                action="store_true",
                help="物资数量与账面不符时按实盘记盘点调整（否则视为错误）",
            )

    p = sub.add_parser("roster", help="值班表")
    rsub = p.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    g = rsub.add_parser("generate", help="一键排班（保留已排的日期）")
    g.add_argument("--month", type=month_arg, required=True, metavar="YYYY-MM")

    p = sub.add_parser("print", help="打印为 PDF")
    psub = p.add_subparsers(dest="form", metavar="FORM", required=True)
    r = psub.add_parser("roster", help="月值班表（A4横向）")
    r.add_argument("--month", type=month_arg, required=True, metavar="YYYY-MM")
    r.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    h = psub.add_parser("handover", help="值班交接班记录")
    which = h.add_mutually_exclusive_group()
    which.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD")
    which.add_argument("--blank", action="store_true", help="空白表（现场填写）")
    h.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    cli_drills.add_print_parsers(psub)
    cli_fleet.add_print_parsers(psub)
    cli_supplies.add_print_parsers(psub)
    cli_water.add_print_parsers(psub)
    cli_drills.add_due_parser(sub)
    cli_water.add_coverage_parser(sub)
    cli_vocab.add_parser(sub)
    return parser


# A command runs once and exits. At the collector's default threshold (700 new objects) it
# would sweep the objects SQLAlchemy and reportlab build — hundreds of thousands, all kept —
# again and again; collecting young objects less often saves ~5% of a command.
BATCH_GC_THRESHOLD = 50_000


@contextlib.contextmanager
def batch_collection() -> Iterator[None]:
    """The cyclic collector's first threshold raised while a command runs (restored after)."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], BATCH_GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def run(args: argparse.Namespace) -> int:
    with batch_collection():
        from db.duty import Ledger
        from db.engine import open_database

        database = open_database(args.db, args.data_dir, demo=args.demo, operator=args.operator)
        try:
            if args.demo:
                from db.demo import build

                build(database)
            ledger = Ledger(database)
            ledger.preload_due_campaign()
            return COMMANDS[args.command](ledger, args)
        finally:
            database.dispose()


def cmd_import(ledger, args) -> int:  # type: ignore[no-untyped-def]
    from db.xlsx import ImportOptions, ImportRejected, import_register

    month = f"{args.month[0]:04d}-{args.month[1]:02d}" if args.month else None
    options = ImportOptions(sheet=args.sheet, month=month, adjust_stock=args.adjust_stock)
    try:
        report = import_register(
            ledger.db, args.register, args.file, options=options, dry_run=args.dry_run
        )
    except ImportRejected as exc:
        for notice in dict.fromkeys(exc.notices):
            print(notice)
        raise BadInput(exc.lines(str(args.file))) from None
    if args.dry_run:
        print("（试导入：检查通过，未写入任何数据）")
    print(report.summary())
    return EXIT_OK


def cmd_export(ledger, args) -> int:  # type: ignore[no-untyped-def]
    from db.xlsx import export_register

    count = export_register(ledger.db, args.register, args.file)
    print(f"已导出 {count} 行到 {args.file}")
    return EXIT_OK


def cmd_template(ledger, args) -> int:  # type: ignore[no-untyped-def]
    from db.xlsx import write_template

    write_template(args.register, args.file, ledger.db)
    print(f"已生成空白模板 {args.file}")
    return EXIT_OK


def cmd_roster(ledger, args) -> int:  # type: ignore[no-untyped-def]
    year, month = args.month
    result = ledger.generate_month(year, month)
    if not result.ok:
        raise BadInput(
            [f"{year}-{month:02d}: 无法排班，未保存任何内容"] + [str(p) for p in result.problems]
        )
    for warning in result.warnings:
        print(f"注意 {warning}", file=sys.stderr)
    kept = len(result.days) - len(result.generated)
    print(f"{year}年{month}月：新排 {len(result.generated)} 天，保留已排 {kept} 天")
    return EXIT_OK


def cmd_print(ledger, args) -> int:  # type: ignore[no-untyped-def]
    from db.duty import forms

    if args.form == "roster":
        pdf = forms.roster_pdf(ledger, *args.month)
    elif args.form in cli_drills.FORMS:
        pdf = cli_drills.print_form(ledger, args)
    elif args.form in cli_fleet.FORMS:
        pdf = cli_fleet.print_form(ledger, args)
    elif args.form in cli_supplies.FORMS:
        pdf = cli_supplies.print_form(ledger, args)
    elif args.form in cli_water.FORMS:
        pdf = cli_water.print_form(ledger, args)
    else:
        pdf = forms.handover_pdf(ledger, None if args.blank else (args.date or dt.date.today()))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(pdf)
    print(f"已生成 {args.output}")
    return EXIT_OK


COMMANDS = {
    "import": cmd_import,
    "export": cmd_export,
    "template": cmd_template,
    "roster": cmd_roster,
    "print": cmd_print,
    "due": cli_drills.cmd_due,
    "coverage": cli_water.cmd_coverage,
    "vocab": cli_vocab.cmd_vocab,
}


def is_bad_input(exc: Exception) -> bool:
    """Whether an error is the user's input (exit 2) rather than something unexpected (exit 1)."""
    from db.errors import NetworkShareError, NotFoundError, ValidationError

    return isinstance(exc, (ValidationError, NotFoundError, NetworkShareError)) or bool(
        getattr(exc, "bad_input", False)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry for commands; returns the exit status."""
    from db.errors import LedgerError

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.gui import run_gui

        return run_gui(args)
    try:
        return run(args)
    except BadInput as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        return EXIT_BAD_INPUT
    except LedgerError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_BAD_INPUT if is_bad_input(exc) else EXIT_ERROR
    except OSError as exc:
        # A file the user named cannot be read or written (missing folder, no permission,
        # open in another program). Name the user's path, not a temporary one.
        named = getattr(args, "output", None) or getattr(args, "file", None) or exc.filename
        reason = exc.strerror or exc.__class__.__name__
        print(f"错误：无法读写文件 {named}（{reason}）", file=sys.stderr)
        if args.debug:
            import traceback

            traceback.print_exc()
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the user gets a sentence, --debug the traceback
        if args.debug:
            import traceback

            traceback.print_exc()
        print(
            f"出错了：{exc.__class__.__name__}: {exc}（加 --debug 查看详细信息）", file=sys.stderr
        )
        return EXIT_ERROR
