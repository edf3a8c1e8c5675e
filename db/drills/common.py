"""Helpers shared by the drills facade's parts."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from db.drills.models import Drill
from db.errors import NotFoundError


def copy_fields(obj: object, data: object, names: Iterable[str]) -> None:
    for name in names:
        setattr(obj, name, getattr(data, name))


def load_drill(s: Session, drill_id: int) -> Drill:
    d = s.get(Drill, drill_id)
    if d is None:
        raise NotFoundError("这次演练已被删除")
    return d
