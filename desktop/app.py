"""``rescue-ledger``: opens the window, or runs a command when one is given."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator
from collections.abc import Sequence

# The program loads SQLAlchemy, reportlab or Qt and then runs: at the collector's default
# threshold (700 new objects) it would sweep the objects those imports and a command build —
# hundreds of thousands, all kept — again and again. Collecting young objects less often
# saves about a tenth of a command's time. The window's own collector (widgets.collector)
# takes over once it runs.
BATCH_GC_THRESHOLD = 50_000


@contextlib.contextmanager
def batch_collection() -> Iterator[None]:
    """The cyclic collector's first threshold raised while the program starts and a command
    runs (restored after)."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], BATCH_GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def main(argv: Sequence[str] | None = None) -> int:
    """The window when only the program's options are given (read without the commands'
    parser, see ``desktop.cli.options``), else the command line."""
    with batch_collection():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    from desktop.cli.options import window_arguments

    args = window_arguments(argv)
    if args is not None:
        from desktop.gui import run_gui

        return run_gui(args)
    from desktop.cli import main as cli

    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
