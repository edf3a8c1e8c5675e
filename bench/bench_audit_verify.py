"""Audit-chain benchmark: ``audit verify`` on a trail of 1,000,000 audit rows.

Builds (once, kept in ``--dir``) a database of ``--records`` members changed again and again
through the program's own bulk writer until the trail holds ``--rows`` audit rows, then times
``db.audit_verify.verify`` (the chain recomputed, every record compared with its trail) and
the chain head a printed form asks for, and prints the peak memory.

    python bench/bench_audit_verify.py [--dir DIR] [--rows N] [--records N]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from db.audit import insert_audited, update_audited  # noqa: E402
from db.audit_verify import verify  # noqa: E402
from db.chain import head  # noqa: E402
from db.duty.models import Member  # noqa: E402
from db.engine import Database, open_database  # noqa: E402
from db.shared_models import AuditLog  # noqa: E402


def audit_rows(database: Database) -> int:
    with database.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(AuditLog)).scalar() or 0


def build(database: Database, rows: int, records: int) -> None:
    """Fill the trail up to ``rows`` audit rows: insert the members, then change their phone."""
    have = audit_rows(database)
    if have >= rows:
        return
    start = time.perf_counter()
    with database.engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(Member)).scalar() or 0
    if count == 0:
        with database.transaction() as s:
            insert_audited(
                s,
                Member,
                [{"name": f"队员{i:06d}", "phone": "13800000000"} for i in range(records)],
            )
        count = records
    round_no = 0
    while (have := audit_rows(database)) < rows:
        round_no += 1
        with database.transaction() as s:
            ids = list(s.scalars(select(Member.id).order_by(Member.id)))[: rows - have]
            changes = [
                (mid, {"phone": f"1380000{round_no:04d}"}, {"phone": f"1390000{round_no:04d}"})
                for mid in ids
            ]
            update_audited(s, Member, changes)
        print(f"  建库：{audit_rows(database):,} 条修改记录", end="\r", flush=True)
    print(f"  建库用时 {time.perf_counter() - start:.1f} s（{count:,} 名队员）")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "bench-audit")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
    database = open_database(data_dir=args.dir / f"rows-{args.rows}", operator="基准")
    try:
        build(database, args.rows, args.records)
        rows = audit_rows(database)
        start = time.perf_counter()
        result = verify(database)
        took = time.perf_counter() - start
        print(
            f"audit verify：{result.rows:,} 条修改记录、{result.records:,} 条记录，"
            f"{len(result.breaks)} 处问题，用时 {took:.2f} s（{result.rows / took:,.0f} 条/秒）"
        )
        assert result.rows == rows and result.ok, [b.line for b in result.breaks[:5]]
        start = time.perf_counter()
        with database.engine.connect() as conn:
            fingerprint = head(conn).text
        print(f"打印用{fingerprint}，用时 {(time.perf_counter() - start) * 1000:.1f} ms")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"峰值内存：{peak:.0f} MB")
    finally:
        database.dispose()


if __name__ == "__main__":
    main()
