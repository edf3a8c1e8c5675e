"""Shared fixtures: every test gets its own data folder and SQLite database."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.engine import Database, open_database  # noqa: E402


@pytest.fixture
def database(tmp_path, monkeypatch) -> Database:
    """A fresh, migrated database in this test's own folder (never the user's own)."""
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)
    db = open_database(data_dir=tmp_path / "data", operator="测试员")
    yield db
    db.dispose()
