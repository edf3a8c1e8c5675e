"""Read-only tables over packed arrays, standing in for the dicts and lists of a font face.

The cached form font (``db.pdf.font_cache``) keeps its large tables — character to glyph,
widths, glyph to characters, metrics — as arrays. These classes let reportlab look its few
hundred characters up in them directly (by bisection over the sorted keys) instead of first
building dictionaries of 35,000 entries on every print.
"""

from __future__ import annotations

import array
import bisect
import itertools
from collections.abc import Iterator
from collections.abc import MutableMapping
from collections.abc import Sequence
from typing import Any


class PackedMap(MutableMapping[int, Any]):
    """An int-keyed table over two packed columns (keys in order), found by bisection.

    reportlab only looks characters up in the face's tables; a value it adds (a shaping
    glyph) goes into a small overlay.
    """

    def __init__(self, keys: Sequence[int], values: Sequence[Any]) -> None:
        self._keys, self._values = keys, values
        self._added: dict[int, Any] = {}
        self._removed: set[int] = set()
        # Packed values already found: a form measures the same few hundred characters
        # thousands of times (every candidate layout, every cell).
        self._found: dict[int, Any] = {}

    def _at(self, key: object) -> int:
        if type(key) is not int or key in self._removed:
            return -1
        i = bisect.bisect_left(self._keys, key)
        return i if i < len(self._keys) and self._keys[i] == key else -1

    def _packed(self, i: int) -> Any:
        return self._values[i]

    def __getitem__(self, key: int) -> Any:
        if key in self._added:
            return self._added[key]
        if type(key) is int and key in self._found:
            return self._found[key]
        i = self._at(key)
        if i < 0:
            raise KeyError(key)
        value = self._found[key] = self._packed(i)
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._added or (type(key) is int and key in self._found) or self._at(key) >= 0

    def get(self, key: int, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: int, value: Any) -> None:
        self._added[key] = value
        self._removed.discard(key)

    def __delitem__(self, key: int) -> None:
        if key not in self:
            raise KeyError(key)
        self._added.pop(key, None)
        self._found.pop(key, None)
        self._removed.add(key)

    def __iter__(self) -> Iterator[int]:
        for key in self._keys:
            if key not in self._removed and key not in self._added:
                yield key
        yield from self._added

    def __len__(self) -> int:
        packed = sum(1 for key in self._removed if self._at_packed(key))
        fresh = sum(1 for key in self._added if not self._at_packed(key))
        return len(self._keys) - packed + fresh

    def _at_packed(self, key: int) -> bool:
        i = bisect.bisect_left(self._keys, key)
        return i < len(self._keys) and self._keys[i] == key


class PackedLists(PackedMap):
    """An int-keyed table of int lists (glyph → characters) over packed columns; a list read
    once is kept, so appending to it sticks as it would in a dict."""

    def __init__(self, keys: Sequence[int], lengths: Sequence[int], items: Sequence[int]) -> None:
        super().__init__(keys, lengths)
        self._items = items
        self._starts: array.array | None = None  # where each list starts, found when first read

    def _packed(self, i: int) -> Any:
        if self._starts is None:
            starts = array.array("q", itertools.accumulate(self._values, initial=0))
            if starts[-1] != len(self._items) or min(self._values, default=0) < 0:
                raise ValueError("list lengths")
            self._starts = starts
        got = list(self._items[self._starts[i] : self._starts[i + 1]])
        self._added[self._keys[i]] = got
        return got


class PackedRows(Sequence[tuple[Any, ...]]):
    """A list of equal-length tuples (advance width, left side bearing) over packed columns."""

    def __init__(self, columns: list[Sequence[Any]]) -> None:
        self._columns = columns

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return tuple(column[i] for column in self._columns)

    def __len__(self) -> int:
        return len(self._columns[0])


PACKED = (PackedMap, PackedRows, array.array)


def plain(value: Any) -> Any:
    """A packed table as the dict or list reportlab would have built."""
    if isinstance(value, PackedMap):
        return {k: value[k] for k in sorted(value)}
    if isinstance(value, PackedRows):
        return list(value)
    if isinstance(value, array.array):
        return value.tolist()
    return value
