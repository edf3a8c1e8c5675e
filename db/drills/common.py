"""Helpers shared by the drills facade's parts."""

from __future__ import annotations

from collections.abc import Iterable

from db.errors import StaleRecordError

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
