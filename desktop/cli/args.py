"""Argument types the commands share, and the register names, read only when needed.

Nothing here imports SQLAlchemy, openpyxl or reportlab: building the parser (``--help``,
``--version``) stays quick.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Iterator
from collections.abc import Sequence
from functools import cached_property


class BadInput(Exception):
    """Problems with what the user gave; each line is printed on stderr (exit status 2)."""

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


def days_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"天数应为不小于0的整数（收到“{text}”）")
    return value


def output_arg(parser: argparse.ArgumentParser) -> None:
    """``-o FILE.pdf``, which every print form takes."""
    from pathlib import Path

    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


class RegisterNames(Sequence[str]):
    """The Excel registers' command-line names, sorted, collected from the domains the first
    time argparse checks or lists them (a command that names a register loads them anyway).

    Give the argument an explicit ``metavar``; its help may say ``%(choices)s``. ``extra``
    names are offered besides the registers (``export campaign-report``)."""

    def __init__(self, extra: Sequence[str] = ()):
        self.extra = tuple(extra)

    @cached_property
    def _names(self) -> list[str]:
        from db.xlsx import REGISTERS

        return sorted([*REGISTERS, *self.extra])

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        return self._names[index]

    def __len__(self) -> int:
        return len(self._names)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._names


REGISTER_NAMES = RegisterNames()
EXPORT_NAMES = RegisterNames(("campaign-report",))  # see desktop/cli/report.py
