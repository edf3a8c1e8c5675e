"""``rescue-ledger``: opens the window, or runs a command when one is given."""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
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


def run() -> None:
    """The installed ``rescue-ledger`` and the frozen program: :func:`main` on the process's
    arguments, then the process ends with its status.

    A command's process ends as soon as its work is done, without taking the interpreter apart
    module by module: that teardown frees every object the imports made (SQLAlchemy's,
    reportlab's, the form font's) one at a time, ~90 ms, as long as printing a month's roster
    itself. The command's files are written and closed by then; the exit handlers (logging,
    temporary folders) still run and the output is flushed, as mypy's command ends. A process
    that opened the window (Qt is loaded) exits as usual: Qt takes its objects down in order.
    """
    status = main()
    if "PySide6.QtCore" in sys.modules:
        sys.exit(status)
    end_process(status)


def end_process(status: int) -> None:
    """Run the exit handlers, flush the output and end the process with ``status`` now."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed or broken pipe: nothing left to say
            stream.flush()
    os._exit(status)


def _main(argv: Sequence[str] | None) -> int:
    from desktop.cli.options import window_arguments

    args = window_arguments(argv)
    if args is not None:
        from desktop.gui import run_gui

        return run_gui(args)
    from desktop.cli import main as cli

    return cli.main(argv)


if __name__ == "__main__":
    run()
