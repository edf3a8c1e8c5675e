"""The benches' ``--load`` switch: one core kept busy while the timings are taken.

A clerk's PC is rarely idle (an antivirus scan, a browser, a second program), so the page
timings should hold with one core taken. :func:`one_core_busy` starts a subprocess running a
pure-Python spin loop; it stops by itself after ``seconds`` (so it never outlives a bench
that was killed) and is killed when the ``with`` block ends, also on an error::

    with one_core_busy() if args.load else contextlib.nullcontext():
        ...timings...
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator

# Spins on the interpreter (no sleeping, no I/O); checks the clock every 100,000 turns.
SPIN = """\
import sys, time
end = time.monotonic() + float(sys.argv[1])
print("busy", flush=True)
while time.monotonic() < end:
    for _ in range(100_000):
        pass
"""


@contextlib.contextmanager
def one_core_busy(seconds: float = 1800.0) -> Iterator[subprocess.Popen[str]]:
    """Keep one core busy for at most ``seconds`` (or until the block ends)."""
    process = subprocess.Popen(
        [sys.executable, "-c", SPIN, str(seconds)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        process.stdout.readline()  # the loop is running
        yield process
    finally:
        process.kill()  # a bare spin loop: nothing to clean up, so no polite terminate first
        process.wait()
        if process.stdout is not None:
            process.stdout.close()
