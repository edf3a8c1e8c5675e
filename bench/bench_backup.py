"""Backup and restore on a large database: the copies the program makes on its own.

Prints the time of an SQLite backup (the online backup API), a restore of it (safety copy,
copy back, open), and with ``--pg URL`` (an empty PostgreSQL database, dropped and made
again): ``copy-to`` into it, a PostgreSQL backup (an SQLite file filled in one snapshot) and
its restore into the server.

    python bench/bench_backup.py [--sources N] [--inspections N] [--pg URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_water import generate  # noqa: E402
from db.backup import backup_now  # noqa: E402
from db.engine import open_database  # noqa: E402
from db.restore import copy_to  # noqa: E402
from db.restore import restore  # noqa: E402


def timed(label: str, fn: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<40} {time.perf_counter() - start:8.2f} s")
    return result


def fresh_pg(url: str) -> str:
    import psycopg

    admin, name = url.rsplit("/", 1)
    with psycopg.connect(admin + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=20_000)
    parser.add_argument("--inspections", type=int, default=100_000)
    parser.add_argument("--pg", metavar="URL", help="an expendable PostgreSQL database")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    database = open_database(data_dir=folder, operator="bench")
    timed(f"generate {args.sources} sources", lambda: generate(database, args.sources,
                                                               args.inspections))  # fmt: skip
    made = timed("sqlite backup", lambda: backup_now(database))
    print(f"{'  size':<40} {made.size / 1e6:8.1f} MB")
    database.dispose()
    timed("sqlite restore (safety copy first)", lambda: restore(made.path, None, folder))
    if args.pg:
        url = fresh_pg(args.pg)
        database = open_database(data_dir=folder, operator="bench")
        timed("copy-to postgresql", lambda: copy_to(database, url))
        database.dispose()
        server = open_database(url, folder, operator="bench")
        from_pg = timed("postgresql backup (one snapshot)", lambda: backup_now(server))
        server.dispose()
        timed("postgresql restore", lambda: restore(from_pg.path, url, folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
