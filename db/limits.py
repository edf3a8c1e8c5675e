"""How long a text may be: one place for every form, facade and Excel import.

The limits are read from the tables themselves: a ``String(n)`` column takes ``n`` characters,
a ``Text`` column (备注, 情况, 处理结果 …) takes :data:`NOTE_MAX` (2,000: a page of text, and
well under Excel's 32,767 a cell, so an export never cuts it). Columns holding the program's
own data (JSON) are marked ``info={INTERNAL: True}`` and not limited.

Every tracked record is checked before it is written (:func:`install`, on the mapper of
:class:`db.base.Tracked`): a facade save that is too long raises
:class:`TextTooLong`, a ``ValidationError`` naming the field, so a dialog shows the message
beside it and keeps what was typed, and the command line prints one sentence naming the field. An Excel
register that names its table (``RegisterSpec.model``) gives each text column the same limit,
so an import reports the row and the column instead.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from db.errors import ValidationError

NOTE_MAX = 2000
INTERNAL = "internal"  # Column(info={INTERNAL: True}): program data, never typed by a clerk

TOO_LONG = "不能超过 {limit:,} 个字（现在 {length:,} 个字），请删减后再保存"


def column_limit(column: Any) -> int | None:
    """The number of characters a table column takes, or None (not text, or internal)."""
    from sqlalchemy import String

    if column.info.get(INTERNAL) or not isinstance(column.type, String):
        return None
    return column.type.length or NOTE_MAX


@cache
def text_limits(model: type) -> dict[str, int]:
    """``{attribute: characters}`` for every text column of a mapped class."""
    from sqlalchemy import inspect

    limits: dict[str, int] = {}
    attrs: Any = inspect(model).column_attrs
    for attr in attrs:
        limit = column_limit(attr.columns[0])
        if limit is not None:
            limits[attr.key] = limit
    return limits


def limit_of(model: type | None, key: str) -> int | None:
    """The limit of attribute ``key`` of ``model``, if it is a text column."""
    if model is None:
        return None
    return text_limits(model).get(key)


def too_long(value: object, limit: int) -> str | None:
    """The message for ``value`` when it is a text over ``limit`` characters, else None."""
    if isinstance(value, str) and len(value) > limit:
        return TOO_LONG.format(limit=limit, length=len(value))
    return None


def length_problems(record: object) -> dict[str, str]:
    """``{attribute: message}`` for each text of ``record`` that is too long."""
    problems: dict[str, str] = {}
    model: Any = type(record)
    for key, limit in text_limits(model).items():
        message = too_long(record.__dict__.get(key), limit)
        if message:
            problems[key] = message
    return problems


class TextTooLong(ValidationError):
    """A text longer than its column takes; the message names each field as the
    modification record does (:func:`db.labels.field_label`: 备注, 地址 …)."""

    def __init__(self, record: object, problems: dict[str, str]):
        from db.labels import field_label

        super().__init__(problems)
        table = getattr(type(record), "__tablename__", "")
        self.args = ("；".join(f"{field_label(table, k)}{m}" for k, m in problems.items()),)


def _refuse_long_text(mapper: Any, connection: Any, target: object) -> None:
    problems = length_problems(target)
    if problems:
        raise TextTooLong(target, problems)


def install(tracked: type) -> None:
    """Check every record of ``tracked``'s subclasses before it is inserted or updated."""
    from sqlalchemy import event

    event.listen(tracked, "before_insert", _refuse_long_text, propagate=True)
    event.listen(tracked, "before_update", _refuse_long_text, propagate=True)
