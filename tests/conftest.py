"""Shared fixtures: every test gets its own data folder and SQLite database."""

from __future__ import annotations

import os
import sqlite3

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.engine import Database  # noqa: E402
from db.engine import open_database  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _cache_folder(tmp_path_factory):
    """Caches (the parsed form font) go to a folder of this test run, never the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RESCUE_LEDGER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(autouse=True, scope="session")
def _migrated_once(tmp_path_factory):
    """A new, empty SQLite file is brought to the head from one copy migrated for this run.

    Running every migration for each of the suite's hundreds of new databases is most of
    what those tests would spend; the copy is made by the real migrations once, here, and
    put into each new file with SQLite's backup API, so the file is byte for byte what the
    migrations make. Any other upgrade (PostgreSQL, an older schema, a revision other than
    the head) runs the real migrations, as do the migration tests themselves.
    """
    import db.migrate as migrate

    real = migrate.upgrade
    template = tmp_path_factory.mktemp("migrated") / "head.sqlite3"
    made = open_database(f"sqlite:///{template}", migrate=False, operator="测试员")
    real(made)
    made.dispose()

    def upgrade(database: Database, revision: str = "head", *, backup: bool = True):
        if revision != "head" or not database.is_sqlite:
            return real(database, revision, backup=backup)
        if migrate.current_revision(database) is not None:
            return real(database, revision, backup=backup)
        with database.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            if raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                return real(database, revision, backup=backup)  # not empty: the real path
            with sqlite3.connect(template) as source:
                source.backup(raw)
        return None

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(migrate, "upgrade", upgrade)
        yield


@pytest.fixture
def database(tmp_path, monkeypatch) -> Database:
    """A fresh, migrated database in this test's own folder (never the user's own)."""
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)
    db = open_database(data_dir=tmp_path / "data", operator="测试员")
    yield db
    db.dispose()


PG_ENV = "RESCUE_LEDGER_TEST_PG"


def pg_name(request: pytest.FixtureRequest) -> str:
    """A PostgreSQL database name of this test's own: its name, cut, and a hash of its full id,
    so two tests of one name in different files (run at once by two workers) never share one."""
    import hashlib

    short = request.node.name.lower().translate(str.maketrans("[]-.", "____"))[:30]
    return f"rl_test_{short}_{hashlib.sha1(request.node.nodeid.encode()).hexdigest()[:8]}"


def _fresh_pg_database(admin_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request, tmp_path, monkeypatch) -> Database:
    """The same test on an SQLite file and on a real PostgreSQL server (CI starts one)."""
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)
    if request.param == "sqlite":
        db = open_database(data_dir=tmp_path / "data", operator="测试员")
    else:
        admin = os.environ.get(PG_ENV)
        if not admin:
            pytest.skip(
                f"no PostgreSQL server: set {PG_ENV}=postgresql://user:pass@host/db (.ci/run does)"
            )
        name = pg_name(request)
        url = _fresh_pg_database(admin, name)
        db = open_database(url, data_dir=tmp_path / "data", operator="测试员")
        request.addfinalizer(lambda: _drop_pg_database(admin, name))
    yield db
    db.dispose()


def _drop_pg_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


MEASURED: list[str] = []
# The longest modules start first, so the other workers are not left idle at the end of a run.
FIRST = ("tests/core/test_crash_trials.py",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.nodeid.split("::", 1)[0] not in FIRST)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Collect the figures tests measured (``tests.report``); with several workers, their
    reports carry them to the run that prints the summary."""
    if report.when == "call":
        MEASURED.extend(value for key, value in report.user_properties if key == "measured")


def pytest_terminal_summary(terminalreporter) -> None:
    """The figures tests measured (e.g. the kill -9 trials), at the end of the report."""
    if MEASURED:
        terminalreporter.section("measured")
        for line in MEASURED:
            terminalreporter.write_line(line)
