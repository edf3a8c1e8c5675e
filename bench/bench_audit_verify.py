"""Audit-chain benchmark: ``rescue-ledger audit verify`` on a trail of 1,000,000 audit rows.

Builds (once, kept in ``--dir``) a database of ``--records`` members, inserted through the
program's own bulk writer, then changed again and again: their audit rows are written
straight into the SQLite file with ``executemany`` (linked into the chain exactly as the
program links them) until the trail holds ``--rows`` rows, and each member ends as its last
audit row says. Then it times, in the same run:

- the installed command ``rescue-ledger --data-dir DIR audit verify`` (a new process, as a
  clerk runs it; exit 0 expected), and ``db.audit_verify.verify`` in this process;
- two baselines over the same rows: the raw ``sqlite3`` read of the audit table, and that
  read plus one SHA-256 per row (what the chain check cannot do without).

Goal: the command well under 60 s for 1,000,000 rows.

    python bench/bench_audit_verify.py [--dir DIR] [--rows N] [--records N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.audit import insert_audited  # noqa: E402
from db.audit_verify import verify  # noqa: E402
from db.chain import digest  # noqa: E402
from db.chain import head  # noqa: E402
from db.duty.models import Member  # noqa: E402
from db.engine import Database  # noqa: E402
from db.engine import open_database  # noqa: E402
from db.engine import sqlite_path  # noqa: E402

CHUNK = 20_000


def audit_rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def build(database: Database, rows: int, records: int) -> None:
    """Fill the trail up to ``rows`` audit rows: insert the members, then change their phone
    round after round (the audit rows written with executemany, chained as the program does)."""
    path = sqlite_path(database.url)
    if audit_rows(path) >= rows:
        return
    start = time.perf_counter()
    with database.transaction() as s:
        insert_audited(
            s, Member, [{"name": f"队员{i:06d}", "phone": "13800000000"} for i in range(records)]
        )
    with sqlite3.connect(path) as conn:
        last = {
            rid: json.loads(after)
            for rid, after in conn.execute(
                "SELECT record_id, after FROM audit_log WHERE table_name = 'member' ORDER BY id"
            )
        }
        previous = conn.execute("SELECT row_hash FROM audit_log ORDER BY id DESC").fetchone()[0]
        have = audit_rows(path)
        at = time.strftime("%Y-%m-%d %H:%M:%S.000000")
        batch: list[tuple[object, ...]] = []
        round_no = 0
        while have < rows:
            round_no += 1
            for rid in sorted(last):
                if have >= rows:
                    break
                before = last[rid]
                after = {**before, "phone": f"139{round_no:08d}"}
                b = json.dumps(before, ensure_ascii=False, sort_keys=True)
                a = json.dumps(after, ensure_ascii=False, sort_keys=True)
                previous = digest(previous, at, "基准", "member", rid, "update", b, a)
                batch.append((at, "基准", "member", rid, "update", b, a, previous))
                last[rid] = after
                have += 1
                if len(batch) == CHUNK:
                    _write(conn, batch)
                    batch = []
        _write(conn, batch)
        conn.executemany(
            "UPDATE member SET phone = ? WHERE id = ?",
            [(values["phone"], rid) for rid, values in last.items()],
        )
    print(f"  建库用时 {time.perf_counter() - start:.1f} s（{records:,} 名队员）")


def _write(conn: sqlite3.Connection, batch: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO audit_log (at, operator, table_name, record_id, action, before, after, "
        "row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        batch,
    )


def raw_read(path: Path) -> tuple[float, float]:
    """Seconds to read every audit row with sqlite3, and to read and hash each one."""
    query = "SELECT id, at, operator, table_name, record_id, action, before, after FROM audit_log"
    with sqlite3.connect(path) as conn:
        start = time.perf_counter()
        for _row in conn.execute(query):
            pass
        read = time.perf_counter() - start
        start = time.perf_counter()
        sha = hashlib.sha256
        for row in conn.execute(query):
            sha("|".join(map(str, row)).encode()).hexdigest()
        hashed = time.perf_counter() - start
    return read, hashed


def command(folder: Path) -> tuple[float, int, str]:
    """Run the installed ``rescue-ledger audit verify`` (this checkout first on the path)."""
    exe = shutil.which("rescue-ledger") or str(Path(sys.executable).parent / "rescue-ledger")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    done = subprocess.run(
        [exe, "--data-dir", str(folder), "audit", "verify"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    took = time.perf_counter() - start
    return took, done.returncode, (done.stdout or done.stderr).strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "bench-audit")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
    folder = args.dir / f"rows-{args.rows}"
    database = open_database(data_dir=folder, operator="基准")
    try:
        build(database, args.rows, args.records)
        path = sqlite_path(database.url)
        took, code, last_line = command(folder)
        rows = audit_rows(path)  # the command's start may have added the year's alert periods
        read, hashed = raw_read(path)
        print(f"基线：sqlite3 读 {rows:,} 条修改记录 {read:.2f} s；读并逐条 SHA-256 {hashed:.2f} s")
        print(f"rescue-ledger audit verify：{took:.2f} s，退出码 {code}（{last_line}）")
        print(f"  为基线（读 + 哈希）的 {took / hashed:.1f} 倍；目标 < 60 s")
        assert code == 0, last_line
        start = time.perf_counter()
        result = verify(database)
        took = time.perf_counter() - start
        print(
            f"verify() 本进程：{result.rows:,} 条修改记录、{result.records:,} 条记录，"
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
