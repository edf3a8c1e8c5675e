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


def test_statistics_are_read_again_once_the_table_has_grown_by_a_quarter(database):
    """Writes each too small to matter still add up: the statistics are read again once the
    table holds a quarter more rows than they counted, whichever write brings it there."""
    from db.paging import refresh_statistics

    def write(s, first: int, count: int) -> None:
        s.execute(
            text("INSERT INTO grown (id, flag) VALUES (:id, 0)"),
            [{"id": i} for i in range(first, first + count)],
        )
        refresh_statistics(s, "grown", count)

    def counted() -> str:
        with database.read() as s:
            return s.execute(text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'grown'")).scalar()

    with database.transaction() as s:
        s.execute(text("CREATE TABLE grown (id INTEGER PRIMARY KEY, flag INTEGER NOT NULL)"))
        s.execute(text("CREATE INDEX ix_grown_flag ON grown (flag)"))
        write(s, 0, 4400)  # never counted: read at once
    assert counted() == "4400 4400"
    with database.transaction() as s:
        write(s, 4400, 1000)  # 5,400 rows: less than a quarter more
    assert counted() == "4400 4400"
    with database.transaction() as s:
        write(s, 5400, 1000)  # 6,400 rows: the two writes together pass a quarter
    assert counted() == "6400 6400"
    with database.transaction() as s:
        write(s, 6400, 999)  # a small write never pays the pass
    assert counted() == "6400 6400"
