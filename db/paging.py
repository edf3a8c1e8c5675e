"""One page of a big register, sorted and filtered in SQL (the GUI never loads a whole table)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

PAGE_SIZE = 200


@dataclass
class Page(Generic[T]):
    """``rows`` from ``offset`` in the chosen order; ``total`` rows match the filter."""

    rows: list[T] = field(default_factory=list)
    total: int = 0
    offset: int = 0
    limit: int = PAGE_SIZE


def clamp(offset: int, limit: int) -> tuple[int, int]:
    return max(0, int(offset)), max(1, min(int(limit), 5000))


def like(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere (``%`` and ``_`` taken literally)."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
