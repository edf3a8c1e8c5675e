"""Shared fixtures: every test gets its own data folder and SQLite database."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.engine import Database, open_database  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _cache_folder(tmp_path_factory):
    """Caches (the parsed form font) go to a folder of this test run, never the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RESCUE_LEDGER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
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
        name = "rl_test_" + request.node.name.lower().translate(str.maketrans("[]-", "___"))[:40]
        url = _fresh_pg_database(admin, name)
        db = open_database(url, data_dir=tmp_path / "data", operator="测试员")
        request.addfinalizer(lambda: _drop_pg_database(admin, name))
    yield db
    db.dispose()


def _drop_pg_database(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pytest_terminal_summary(terminalreporter) -> None:
    """The figures tests measured (e.g. the kill -9 trials), at the end of the report."""
    from tests.report import LINES

    if LINES:
        terminalreporter.section("measured")
        for line in LINES:
            terminalreporter.write_line(line)
