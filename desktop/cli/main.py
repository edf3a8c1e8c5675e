"""The command line: the same Qt-free code the GUI calls, for the office's own scripts.

Exit status: 0 success; 2 bad input (one line per problem on stderr, database untouched);
1 unexpected error (a readable message; the traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING
from typing import Any

from db.registry import each_domain
from desktop.app import batch_collection
from desktop.cli import audit as cli_audit
from desktop.cli import backup as cli_backup
from desktop.cli import due as cli_due
from desktop.cli import report as cli_report
from desktop.cli import users as cli_users
from desktop.cli import vocab as cli_vocab
from desktop.cli.args import EXPORT_NAMES
from desktop.cli.args import REGISTER_NAMES
from desktop.cli.args import BadInput
from desktop.cli.args import date_arg
from desktop.cli.args import month_arg
from desktop.cli.options import PROG
from desktop.cli.options import OnlyNamed
from desktop.cli.options import add_program_options

if TYPE_CHECKING:
    from db.duty import Ledger

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
DISTRIBUTION = "rescue-ledger"


__all__ = ["BadInput", "build_parser", "date_arg", "main", "month_arg"]

# Command groups shared by every register, each a module with ``add_parsers(sub)`` and
# ``COMMANDS`` (name → function(ledger, args)); a new group is one module and one entry here.
SHARED_COMMANDS: tuple[ModuleType, ...] = (cli_due, cli_vocab, cli_users, cli_audit, cli_backup)


def domain_commands() -> tuple[ModuleType, ...]:
    """Each domain's command-line module (``desktop/cli/<domain>.py``), in domain order: its
    ``FORMS`` and ``print_form`` for ``print``, and optionally ``add_parsers`` and
    ``COMMANDS`` for commands of its own."""
    return each_domain("desktop.cli.{domain}")


def print_modules() -> tuple[ModuleType, ...]:
    """Every module with forms for ``print``: the domains', then the campaign report's."""
    return (*domain_commands(), cli_report)


def program_version() -> str:
    """The installed version, from the package metadata."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version

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


def build_parser(words: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser. It loads no database, Excel or PDF code: ``--help`` stays quick.

    ``words``: the command line it is built for (default: any); the commands and forms it does
    not name are declared by name and help only (:class:`desktop.cli.options.OnlyNamed`)."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="救援台账：综合应急救援队的值班、演练、水源、装备台账。"
    )
    add_program_options(parser)
    parser.add_argument("--version", action=VersionAction, help="显示程序版本并退出")
    sub: Any = parser.add_subparsers(dest="command", metavar="COMMAND")
    if words is not None:
        sub = OnlyNamed(sub, words)

    for verb, text in (
        ("import", "从 Excel 导入"),
        ("export", "导出到 Excel"),
        ("template", "生成空白导入模板"),
    ):
        p = sub.add_parser(verb, help=text)
        names = EXPORT_NAMES if verb == "export" else REGISTER_NAMES
        p.add_argument("register", choices=names, metavar="REGISTER", help="%(choices)s")
        p.add_argument("file", type=Path, metavar="FILE.xlsx")
        if verb == "export":
            cli_report.period_options(p, "只统计这一个月（仅 campaign-report）")
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

    p = sub.add_parser("print", help="打印为 PDF")
    psub = p.add_subparsers(dest="form", metavar="FORM", required=True)
    if words is not None:
        psub = OnlyNamed(psub, words)
    for module in print_modules():
        module.add_print_parsers(psub)
        if hasattr(module, "add_parsers"):
            module.add_parsers(sub)
    for module in SHARED_COMMANDS:
        module.add_parsers(sub)
    return parser


def run(args: argparse.Namespace) -> int:
    with batch_collection():  # the command called alone (tests), not through desktop.app
        for module in SHARED_COMMANDS:  # a command that must not open the database first
            standalone = getattr(module, "STANDALONE", {}).get(args.command)
            if standalone is not None:
                return int(standalone(args))
        from db.duty import Ledger
        from db.engine import open_database

        database = open_database(args.db, args.data_dir, demo=args.demo, operator=args.operator)
        try:
            cli_users.sign_in(database, args)
            if args.demo:
                from db.demo import build

                build(database)
            ledger = Ledger(database)
            preload_campaign(ledger)
            return commands()[args.command](ledger, args)  # type: ignore[operator]
        finally:
            database.dispose()


def preload_campaign(ledger: Ledger) -> None:
    """The campaign's preset alert periods, once per campaign, when the signed-in role may
    write them and the setting that remembers it (an admin, or an office without users)."""
    from db.access import ADMINISTER

    if ledger.db.may(ADMINISTER):
        ledger.preload_due_campaign()


def cmd_import(ledger, args) -> int:  # type: ignore[no-untyped-def]
    from db.xlsx import ImportOptions
    from db.xlsx import ImportRejected
    from db.xlsx import import_register

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
    if args.register in cli_report.EXPORTS:
        return cli_report.export(ledger, args)
    if args.start or args.end or args.report_month:
        raise BadInput(["--from、--to 和 --month 只用于 export campaign-report"])
    from db.xlsx import export_register

    count = export_register(ledger.db, args.register, args.file)
    print(f"已导出 {count} 行到 {args.file}")
    return EXIT_OK


def cmd_template(ledger, args) -> int:  # type: ignore[no-untyped-def]
    from db.xlsx import write_template

    write_template(args.register, args.file, ledger.db)
    print(f"已生成空白模板 {args.file}")
    return EXIT_OK


def cmd_print(ledger, args) -> int:  # type: ignore[no-untyped-def]
    module = next(m for m in print_modules() if args.form in m.FORMS)
    pdf = module.print_form(ledger, args)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(pdf)
    print(f"已生成 {args.output}")
    return EXIT_OK


def commands() -> dict[str, object]:
    """Every command by name: the shared ones here, then each domain's ``COMMANDS``."""
    found: dict[str, object] = {
        "import": cmd_import,
        "export": cmd_export,
        "template": cmd_template,
        "print": cmd_print,
    }
    for module in (*SHARED_COMMANDS, *domain_commands()):
        found.update(getattr(module, "COMMANDS", {}))
    return found


def is_bad_input(exc: Exception) -> bool:
    """Whether an error is the user's input (exit 2) rather than something unexpected (exit 1)."""
    from db.errors import NetworkShareError
    from db.errors import NotFoundError
    from db.errors import ValidationError

    return isinstance(exc, (ValidationError, NotFoundError, NetworkShareError)) or bool(
        getattr(exc, "bad_input", False)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry for commands; returns the exit status."""
    from db.errors import LedgerError
    from db.errors import database_error

    words = sys.argv[1:] if argv is None else argv
    args = build_parser(set(words)).parse_args(words)
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
        if args.debug and exc.__cause__ is not None:
            import traceback

            traceback.print_exception(exc.__cause__)
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
        if (readable := database_error(exc)) is not None:  # never SQL text, whatever raised it
            print(f"错误：{readable}", file=sys.stderr)
            return EXIT_ERROR
        print(
            f"出错了：{exc.__class__.__name__}: {exc}（加 --debug 查看详细信息）", file=sys.stderr
        )
        return EXIT_ERROR
