"""Columns and indexes the migrations share. Frozen: they are what the migrations that use
them created; a later schema change is a new migration, never an edit here."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem


def stamp_columns(event: str) -> list[sa.Column[object]]:
    """When a row was ``event`` (created, updated) and by whom: ``<event>_at`` and
    ``<event>_by``."""
    return [
        sa.Column(f"{event}_at", sa.DateTime(), nullable=False),
        sa.Column(f"{event}_by", sa.String(length=64), nullable=False),
    ]


def tracked_columns() -> list[sa.Column[object]]:
    """The id and the columns of ``db.base.Tracked`` (created/updated time and operator,
    version), new objects for each table, in the order the tables have them."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        *stamp_columns("created"),
        *stamp_columns("updated"),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def place_columns() -> list[sa.Column[object]]:
    """Where a site or a water source is: its address and village, and its coordinates as
    they were entered with their system (``crs``: ``db.geo.WGS84`` or ``GCJ02``)."""
    return [
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("village", sa.String(length=60), nullable=False),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("crs", sa.String(length=10), nullable=False),
    ]


def tracked_table(name: str, *items: SchemaItem) -> None:
    """Create the table of a ``Tracked`` model: its own columns (the columns among ``items``,
    in order), then :func:`tracked_columns`, then its other constraints (the rest of
    ``items``, in order) and the primary key on ``id`` named ``pk_<name>`` (the table's DDL
    names the primary key first wherever it is given)."""
    own = [item for item in items if isinstance(item, sa.Column)]
    constraints = [item for item in items if not isinstance(item, sa.Column)]
    op.create_table(
        name,
        *own,
        *tracked_columns(),
        *constraints,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )


def indexes(table: str, *columns: str) -> None:
    """Create ``table``'s one-column indexes (a model's ``index=True``) on ``columns``, in that
    order, named as the naming convention names them: ``ix_<table>_<column>``."""
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)
