"""The migrations build exactly the tables the models declare (on SQLite and PostgreSQL)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import db.schema  # noqa: F401  (every domain's tables)
from db.base import Base

SEARCH_INDEX = "water_source_text"  # SQLite's full-text index (migration 0009), not a model


def test_the_migrated_database_matches_the_models(any_database):
    with any_database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    left = [
        d
        for d in differences
        if not (d[0] == "remove_table" and d[1].name.startswith(SEARCH_INDEX))
    ]
    assert left == []
