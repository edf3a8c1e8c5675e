"""A big import leaves the planner statistics that count every row, so the register's pages
keep walking their indexes: a sample of each index's first rows would call the archived flag
(false for every source) as selective as a code."""

from __future__ import annotations

from sqlalchemy import text

from db.xlsx import import_register
from tests.water.test_xlsx import HEAD
from tests.water.test_xlsx import good_row
from tests.xlsx.helpers import sheet


def statistics(database) -> dict[str, str]:
    with database.read() as s:
        rows = s.execute(text("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'water_source'"))
        return dict(rows.all())


def import_sources(database, path, first, count):
    rows = [good_row(f"XHS-{n:05d}") for n in range(first, first + count)]
    import_register(database, "water-sources", sheet(path, HEAD, rows))


def test_a_big_import_counts_every_row_and_a_small_one_keeps_the_statistics(database, tmp_path):
    import_sources(database, tmp_path / "big.xlsx", 1, 2000)
    stats = statistics(database)
    assert stats["ix_water_source_archived"] == "2000 2000"  # one value over all the rows
    assert stats["sqlite_autoindex_water_source_1"] == "2000 1"  # the code: one row each

    import_sources(database, tmp_path / "small.xlsx", 2001, 100)
    assert statistics(database) == stats  # too small to change the shape: not re-read

    import_sources(database, tmp_path / "more.xlsx", 2101, 1000)  # half as many again
    assert statistics(database)["ix_water_source_archived"] == "3100 3100"
