"""``rescue-ledger``: opens the window, or runs a command when one is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """The window when only the program's options are given (read without the commands'
    parser, see ``desktop.cli.options``), else the command line."""
    from desktop.cli.options import window_arguments

    args = window_arguments(argv)
    if args is not None:
        from desktop.gui import run_gui

        return run_gui(args)
    from desktop.cli import main as cli

    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
