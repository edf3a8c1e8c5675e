"""Whether any record refers to another: the one test for "has history, archive instead of
delete" that also sees references from other domains (a member on a drill's sign-in list)."""

from __future__ import annotations

from sqlalchemy import Table
from sqlalchemy import literal
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import Base


def _referring_columns(table: Table) -> list:  # type: ignore[type-arg]
    """Every foreign-key column, in every domain's tables, that points at ``table``."""
    from db import registry

    registry.load_models()  # a domain's facade declares only its own tables; see them all
    return [
        fk.parent
        for other in Base.metadata.tables.values()
        for fk in other.foreign_keys
        if fk.references(table)
    ]


def is_referenced(session: Session, model: type, record_id: int) -> bool:
    """True when some row of any table refers to ``model`` row ``record_id`` by a foreign
    key: deleting it would fail (or take that history with it), so it is archived instead."""
    table = model.__table__  # type: ignore[attr-defined]
    return any(
        session.scalar(select(literal(1)).select_from(col.table).where(col == record_id).limit(1))
        for col in _referring_columns(table)
    )
