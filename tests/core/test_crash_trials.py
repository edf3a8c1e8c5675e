"""kill -9 during the program's writes: the database must come back whole every time.

For each write path (an Excel import, a roster generation, a save, an attachment) a process
running the real facades on a real SQLite file is killed with SIGKILL at a random moment,
``TRIALS`` times; after each kill the file is checked: ``PRAGMA integrity_check``, no partial
record (an import all or nothing, the generated days whole or absent, a save's two fields
together, an attachment's record only with its file), and every record equal to its last audit
row; once a path's trials are done, ``audit verify`` checks the whole chain. The counts are printed in the test report's summary ("measured").

Half the kills come at a random moment of the operation (reading the file, copying the
attachment, working out the roster, writing), half at a random moment inside its write
transaction (commit included), which would otherwise be hit only now and then.

The writers are forked from a clean server process (multiprocessing's forkserver) that has
already loaded the program, so a trial costs a fork and not a fresh interpreter.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sys
import time

import pytest

from tests import crash_worker
from tests.report import report_line

TRIALS = int(os.environ.get("RESCUE_LEDGER_CRASH_TRIALS", "50"))

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(signal, "SIGKILL"), reason="kill -9 is POSIX only"
)


@pytest.fixture(scope="module")
def context():
    ctx = multiprocessing.get_context("forkserver")
    # pytest too: each child imports the parent's main module (pytest's) before it runs
    ctx.set_forkserver_preload(["pytest", "tests.crash_worker"])
    return ctx


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """One migrated database with members and a water source, and the writers' files."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("RESCUE_LEDGER_DB", raising=False)
        patch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)
        root = tmp_path_factory.mktemp("crash")
        (root / "files").mkdir()
        crash_worker.prepare(str(root / "start"), str(root / "files"))
        yield root


@pytest.mark.parametrize("path", list(crash_worker.WRITERS))
def test_kill_9_leaves_a_whole_database(path, context, prepared, tmp_path, monkeypatch, request):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)
    start, files, data = prepared / "start", prepared / "files", tmp_path / "data"
    shutil.copytree(start, data)
    rnd = random.Random(f"{path}-{TRIALS}")
    # seconds an operation and its write take: timed once here, then as the writers report
    operation, write = crash_worker.calibrate(path, str(data), str(files))
    in_flight = in_write = orphans = 0
    committed = 1  # the operation timed here
    failures: dict[str, list[str]] = {"corrupt": [], "partial": [], "audit": []}
    began = time.perf_counter()
    for trial in range(TRIALS):
        counts = context.Array("i", 3, lock=False)  # started, finished, in a transaction
        seconds = context.Array("d", 2, lock=False)  # the last operation, the last write
        worker = context.Process(
            target=crash_worker.write_until_killed,
            args=(path, str(data), str(files), committed, counts, seconds),
            daemon=True,
        )
        worker.start()
        deadline = time.monotonic() + 30
        while counts[0] == 0 and worker.is_alive() and time.monotonic() < deadline:
            time.sleep(0.002)  # until the database is open and the first operation begins
        assert worker.is_alive(), f"the {path} writer stopped by itself (exit {worker.exitcode})"
        if trial % 2:  # inside the write transaction
            while counts[2] == 0 and worker.is_alive() and time.monotonic() < deadline:
                time.sleep(0.0005)
            time.sleep(rnd.uniform(0, 1.2 * write))
        else:
            time.sleep(rnd.uniform(0, 1.2 * operation))
        os.kill(worker.pid, signal.SIGKILL)
        worker.join()
        assert worker.exitcode == -signal.SIGKILL
        in_flight += counts[0] != counts[1]
        in_write += counts[2]
        committed += counts[1]
        operation = seconds[0] or operation * 1.5  # none finished: it takes longer
        write = seconds[1] or write
        found = crash_worker.check(path, str(data))
        for kind in failures:
            failures[kind] += [f"trial {trial + 1}: {x}" for x in found[kind]]
        orphans = len(found["orphans"])
        if found["corrupt"]:
            shutil.rmtree(data)  # the next trial starts from a whole file again
            shutil.copytree(start, data)
    chain = crash_worker.verify_all(str(data))  # the audit chain over every trial's writes
    failures["audit"] += [f"after the trials: {x}" for x in chain]
    elapsed = time.perf_counter() - began
    report_line(
        request,
        f"kill -9 trials, {path}: {TRIALS} trials in {elapsed:.0f} s "
        f"({in_flight} killed during an operation, {in_write} inside a write transaction, "
        f"{committed} operations committed): "
        f"{len(failures['corrupt'])} corrupt, {len(failures['partial'])} partial, "
        f"{len(failures['audit'])} audit mismatches"
        + (f", {orphans} copied files left without a record" if path == "attachment" else ""),
    )
    assert failures == {"corrupt": [], "partial": [], "audit": []}
    assert committed > 0 and in_write > 0  # the kills really landed inside writes
