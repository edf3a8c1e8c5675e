"""Duty benchmarks on a realistic large database: 50 members, ten years of duty.

Prints: cold start to the main window shown (and its ratio to a bare PySide6 window started
the same way), month and year roster generation, and the month roster PDF.

    python bench/bench_duty.py [--dir DIR]
Goals: start ≤ 2× bare window; month ≤ 0.2 s; year ≤ 2 s; month PDF ≤ 0.5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db import reports  # noqa: E402
from db.engine import open_database  # noqa: E402
from db.ledger import LeaveData, Ledger, MemberData  # noqa: E402
from db.roster import month_dates  # noqa: E402

FIRST_YEAR = 2016
YEARS = 10

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
print("SHOWN", time.time())
"""

# The same steps as desktop.gui.run_gui: the window is shown, then the database opens into it.
APP = """
import sys, time, argparse
from desktop.gui import make_app, open_ledger
from desktop.mainwindow import MainWindow
app = make_app()
w = MainWindow(); w.show(); app.processEvents()
print("SHOWN", time.time())
w.attach(open_ledger(argparse.Namespace(db=sys.argv[1], data_dir=sys.argv[2], demo=False, operator=None)))
app.processEvents()
print("READY", time.time())
"""


def build(url: str, data_dir: Path) -> Ledger:
    db = open_database(url, data_dir, operator="bench")
    ledger = Ledger(db)
    if ledger.members():
        return ledger
    for i in range(50):
        ledger.save_member(
            MemberData(name=f"队员{i:02d}", phone=f"138{i:08d}", can_lead=i < 8, driver=i % 3 == 0)
        )
    for year in range(FIRST_YEAR - 1, FIRST_YEAR + YEARS):
        ledger.preload_campaign(year)
    for i in range(0, 50, 5):
        start = dt.date(FIRST_YEAR, 1, 1) + dt.timedelta(days=37 * i)
        ledger.save_leave(LeaveData(i + 1, start, start + dt.timedelta(days=6), "休假"))
    t = time.perf_counter()
    for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
        days = [
            dt.date(year, 1, 1) + dt.timedelta(days=n) for n in range(366 if year % 4 == 0 else 365)
        ]
        result = ledger.generate(days)
        assert result.ok, result.problems[:3]
    print(f"built {YEARS} years of duty for 50 members in {time.perf_counter() - t:.1f} s")
    return ledger


def startup(script: str, *args: str, runs: int = 3, marker: str = "SHOWN") -> float:
    times = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", script, *args],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        shown = float(
            next(line for line in out.stdout.splitlines() if line.startswith(marker)).split()[1]
        )
        times.append(shown - start)
    return statistics.median(times)


def timed(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "rescue-ledger-bench"
    )
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    url = "sqlite:///" + (args.dir / "duty.sqlite3").as_posix()
    ledger = build(url, args.dir)

    month = month_dates(FIRST_YEAR + YEARS, 2)
    year_days = [dt.date(FIRST_YEAR + YEARS + 1, 1, 1) + dt.timedelta(days=n) for n in range(365)]

    def gen_month() -> None:
        ledger.clear_days(month)
        assert ledger.generate(month).ok

    def gen_year() -> None:
        ledger.clear_days(year_days)
        assert ledger.generate(year_days).ok

    month_s = timed(gen_month)
    year_s = timed(gen_year, runs=3)
    pdf_s = timed(lambda: reports.roster_pdf(ledger, FIRST_YEAR + 5, 2))
    bare = startup(BARE)
    app = startup(APP, url, str(args.dir))
    ready = startup(APP, url, str(args.dir), marker="READY")
    print(
        f"cold start to main window shown: {app:.2f} s; bare PySide6 window: {bare:.2f} s; "
        f"ratio {app / bare:.2f}x (goal <= 2x)"
    )
    print(f"cold start to pages filled from the database: {ready:.2f} s")
    print(f"month roster generation: {month_s * 1000:.0f} ms (goal <= 200 ms)")
    print(f"year roster generation: {year_s:.2f} s (goal <= 2 s)")
    print(f"month roster PDF: {pdf_s * 1000:.0f} ms (goal <= 500 ms)")


if __name__ == "__main__":
    main()
