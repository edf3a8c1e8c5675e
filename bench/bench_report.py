"""Time the campaign report on a large office: 20,000 water sources with 100,000 inspections
over ten years and 1,000 key sites (bench_water), the fleet and supplies of bench_equipment.

    python bench/bench_report.py [--db URL] [--dir DIR] [--sources N] [--inspections N] [--load]

Prints the time to gather the 2024–2025 campaign (2024-11-01 → 2025-03-31) and one month,
to lay the report and the bulletin out as PDF and to write the workbook, with the sizes of
what they hold. Goal: the report ready within 10 s (the window shows progress meanwhile).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bench import bench_equipment  # noqa: E402
from bench import bench_water  # noqa: E402
from bench.load import one_core_busy  # noqa: E402
from db import report  # noqa: E402
from db.engine import Database  # noqa: E402
from db.engine import open_database  # noqa: E402
from db.report.forms import report_pdf  # noqa: E402
from db.report.xlsx import write_report  # noqa: E402
from db.water.models import WaterSource  # noqa: E402

START, END = dt.date(2024, 11, 1), dt.date(2025, 3, 31)
GOAL_S = 10.0


def timed(label: str, fn: Callable[[], Any]) -> Any:
    t = time.perf_counter()
    result = fn()
    print(f"{label}: {time.perf_counter() - t:.2f} s")
    return result


def build(db: Database, sources: int, inspections: int) -> None:
    with db.read() as s:
        built = s.scalar(select(func.count()).select_from(WaterSource))
    if not built:  # outside the read: SQLite would wait for the reader to finish
        bench_water.generate(db, sources, inspections)
    bench_equipment.build(db)


def run(db: Database, folder: Path) -> None:
    t = time.perf_counter()
    found = timed("gather campaign", lambda: report.gather(db, START, END))
    listed = sum(len(item.rows) for s in found.sections for item in s.lists)
    print(f"  {len(found.sections)} sections, {listed} listed rows, {len(found.months)} months")
    pdf = timed("report PDF", lambda: report_pdf(db, found))
    print(f"  {pdf.pages} pages, {len(pdf.data) // 1024} KB")
    total = time.perf_counter() - t
    print(
        f"report ready: {total:.2f} s (goal ≤ {GOAL_S:g} s) {'ok' if total <= GOAL_S else 'SLOW'}"
    )
    timed("workbook", lambda: write_report(found, folder / "report.xlsx"))
    month = timed(
        "gather one month", lambda: report.gather(db, *report.month_period(2025, 1), bulletin=True)
    )
    print(f"  bulletin pages: {timed('bulletin PDF', lambda: report_pdf(db, month)).pages}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="database URL (default: an SQLite file in --dir)")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "rl-bench-report")
    parser.add_argument("--sources", type=int, default=20_000)
    parser.add_argument("--inspections", type=int, default=100_000)
    parser.add_argument("--load", action="store_true", help="keep one core busy meanwhile")
    args = parser.parse_args()
    db = open_database(args.db, args.dir, operator="bench")
    timed("build", lambda: build(db, args.sources, args.inspections))
    with one_core_busy() if args.load else contextlib.nullcontext():
        run(db, args.dir)
    db.dispose()


if __name__ == "__main__":
    main()
