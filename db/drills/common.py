"""Helpers shared by the drills facade's parts."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from db.drills.models import Drill
from db.errors import NotFoundError, StaleRecordError

STALE = "这条记录已被其他人修改过，请关闭后重新打开再保存（您的修改未保存）。"


def check_version(obj: object, expected: int | None) -> None:
    if expected is not None and getattr(obj, "version", None) != expected:
        raise StaleRecordError(STALE)


def copy_fields(obj: object, data: object, names: Iterable[str]) -> None:
    for name in names:
        setattr(obj, name, getattr(data, name))


def choice(value: str, allowed: Iterable[str], label: str) -> str | None:
    options = tuple(allowed)
    if value not in options:
        return f"{label}只能是：" + "、".join(options)
    return None


def load_drill(s: Session, drill_id: int) -> Drill:
    d = s.get(Drill, drill_id)
    if d is None:
        raise NotFoundError("这次演练已被删除")
    return d
