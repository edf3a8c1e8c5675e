"""Alembic environment: runs on the connection handed over by db.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import db.schema  # noqa: F401  (fills the metadata)
from db.base import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # command-line use: alembic -x url=...
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite3")
        with create_engine(url).begin() as conn:
            _migrate(conn)
        return
    _migrate(connection)


def _migrate(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
