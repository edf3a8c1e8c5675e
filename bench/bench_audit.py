"""Reading the audit trail at scale: 1,000,000 audit rows over two years, five clerks.

Prints the time of each query the 修改记录 page, the 历史 tab and ``rescue-ledger audit list``
make (goal ≤ 100 ms each): the newest page, one register, one record, one person, a date
range, the deepest page a list scrolls to
(its count stops at 10,000), the 操作人 choices.

    python bench/bench_audit.py [--dir DIR] [--rows N] [--load]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from bench.bench_equipment import timed  # noqa: E402
from bench.load import one_core_busy  # noqa: E402
from db.engine import Database  # noqa: E402
from db.engine import open_database  # noqa: E402
from db.history import History  # noqa: E402
from db.history import HistoryFilter  # noqa: E402
from db.shared_models import AuditLog  # noqa: E402

CHUNK = 20_000
START = dt.datetime(2024, 1, 1, 8, 0)
# (table, share of the trail, records): inspections and their items dominate a real trail
TABLES = (
    ("inspection_item", 40, 200_000),
    ("inspection", 20, 25_000),
    ("water_source", 15, 5_000),
    ("duty_assignment", 10, 20_000),
    ("member", 2, 30),
    ("stock_move", 8, 10_000),
    ("equipment", 5, 2_000),
)
OPERATORS = ("王芳", "李明", "张伟", "刘洋", "陈静")


def build(db: Database, count: int) -> None:
    rng = random.Random(11)
    weights = [t[1] for t in TABLES]
    step = (2 * 365 * 86400) / count
    with db.transaction() as s:
        batch = []
        for i in range(count):
            table, _share, records = rng.choices(TABLES, weights)[0]
            record = rng.randint(1, records)
            before = {"name": f"记录{record}", "status": "可用", "notes": ""}
            after = {**before, "status": rng.choice(("可用", "故障")), "notes": "巡查"}
            batch.append(
                {
                    "at": START + dt.timedelta(seconds=int(i * step)),
                    "operator": rng.choice(OPERATORS),
                    "table_name": table,
                    "record_id": record,
                    "action": "update",
                    "before": json.dumps(before, ensure_ascii=False),
                    "after": json.dumps(after, ensure_ascii=False),
                }
            )
            if len(batch) == CHUNK:
                s.execute(insert(AuditLog), batch)
                batch = []
        if batch:
            s.execute(insert(AuditLog), batch)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="keep the database here (built once)")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--load", action="store_true", help="keep one core busy meanwhile")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-audit-"))
    fresh = not (folder / "rescue-ledger.sqlite3").exists()
    db = open_database(data_dir=folder, operator="bench")
    if fresh:
        t0 = time.perf_counter()
        build(db, args.rows)
        print(f"built {args.rows:,} audit rows in {time.perf_counter() - t0:.1f} s ({folder})")
    history = History(db)
    mid = START.date() + dt.timedelta(days=365)
    cases = {
        "newest page (200 rows)": HistoryFilter(),
        "one register (water sources)": HistoryFilter(table="water_source"),
        "one register, small (members)": HistoryFilter(table="member"),
        "one record (a water source)": HistoryFilter(table="water_source", record_id=42),
        "one person": HistoryFilter(operator="李明"),
        "one week a year ago": HistoryFilter(since=mid, until=mid + dt.timedelta(days=6)),
        "person + register + month": HistoryFilter(
            operator="王芳", table="equipment", since=mid, until=mid + dt.timedelta(days=30)
        ),
    }
    context = one_core_busy() if args.load else contextlib.nullcontext()
    with context:
        worst = 0.0
        for label, where in cases.items():
            worst = max(worst, timed(label, lambda w=where: history.page(w, 0, 200)))
        worst = max(
            worst,
            timed("deepest page (from row 9,800)", lambda: history.page(HistoryFilter(), 9_800)),
        )
        worst = max(worst, timed("one record's 历史 tab", lambda: history.record("member", 7)))
        worst = max(worst, timed("操作人 choices", history.operators))
    print(f"worst: {worst:.1f} ms (goal ≤ 100 ms)")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
