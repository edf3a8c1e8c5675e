"""Declarative base and the columns every record carries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime
from sqlalchemy import Integer
from sqlalchemy import MetaData
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import declared_attr
from sqlalchemy.orm import mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def now() -> dt.datetime:
    """Local wall-clock time without tzinfo: what the office reads on its clock."""
    return dt.datetime.now().replace(microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Created/updated time and operator, plus a version number for optimistic locking.

    The version is checked by SQLAlchemy on every UPDATE/DELETE (``version_id_col``), so a
    save made from a stale copy fails instead of overwriting someone else's change.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


AUDIT_SKIP = {"created_at", "created_by", "updated_at", "updated_by", "version"}


def _check_text_lengths() -> None:
    """Every tracked record's texts are checked against their columns before a write."""
    from db.limits import install

    install(Tracked)


_check_text_lengths()
