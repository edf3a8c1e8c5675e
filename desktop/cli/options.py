"""The program's own options (``--db``, ``--data-dir``, ``--demo``, ``--operator``, ``--user``,
``--debug``), and reading them alone when the window is to open.

``rescue-ledger`` with these options only opens the window. :func:`window_arguments` reads
them with a parser of its own, so the window's start does not build the command line's parser
of every command and form (45 parsers: 0.05–0.15 s on a busy PC, before the window shows).
Anything else — a command, ``--help``, ``--version``, a mistake — goes to the full parser
(``desktop.cli.main.build_parser``), which answers it as always.
"""

from __future__ import annotations

import argparse
from collections.abc import Collection
from collections.abc import Sequence
from typing import Any

ENV_PASSWORD = "RESCUE_LEDGER_PASSWORD"
PROG = "rescue-ledger"


def add_program_options(parser: argparse.ArgumentParser) -> None:
    """The options every command and the window take."""
    parser.add_argument(
        "--db", metavar="URL", help="数据库（默认本机数据文件夹中的 SQLite；也可 postgresql://…）"
    )
    parser.add_argument("--data-dir", metavar="DIR", help="数据文件夹（默认系统的用户数据文件夹）")
    parser.add_argument("--demo", action="store_true", help="打开演示数据库（示例乡镇）")
    parser.add_argument(
        "--operator", metavar="NAME", help="操作人姓名（写入修改记录；未设置用户时）"
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=f"以此用户登录（设置了用户后必填；密码取自 {ENV_PASSWORD} 或提示输入）",
    )
    parser.add_argument("--debug", action="store_true", help="出错时显示完整的技术信息")


class _NotTheWindow(Exception):
    """The arguments are more than the program's options, or wrong: the full parser answers."""


class _OptionsOnly(argparse.ArgumentParser):
    """A parser of the program's options that hands every problem back instead of exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotTheWindow(message)


def window_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace | None:
    """The parsed arguments when ``argv`` (default: the process's) holds only the program's
    options, as the full parser would give them (``command`` None: the window opens); None
    for anything else."""
    parser = _OptionsOnly(prog=PROG, add_help=False)
    add_program_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotTheWindow:
        return None
    if rest:
        return None
    args.command = None
    return args


class OnlyNamed:
    """A parser's subcommands seen through the words of one command line: a subcommand named
    there is built in full; any other is added with its name and help alone — all that
    ``--help`` lists and the check of a command's name reads — and what would be added to it
    goes nowhere, since argparse enters a subcommand only at a word equal to its name. A
    command then builds its own options only, not those of every command and form."""

    def __init__(self, action: Any, words: Collection[str]) -> None:
        self._action, self._words = action, words

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        parser = self._action.add_parser(name, **kwargs)
        if name in self._words or any(a in self._words for a in kwargs.get("aliases", ())):
            return parser
        return _NOWHERE

    def __getattr__(self, name: str) -> Any:
        return getattr(self._action, name)


class _Nowhere:
    """Takes every call made on a subcommand this command line cannot reach, and keeps none."""

    def __getattr__(self, name: str) -> _Nowhere:
        return self

    def __setattr__(self, name: str, value: object) -> None:
        pass

    def __call__(self, *args: object, **kwargs: object) -> _Nowhere:
        return self


_NOWHERE = _Nowhere()
