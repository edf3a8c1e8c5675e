"""One column description for every table: in-memory (``widgets.table``) and SQL-paged
(``widgets.paged``) alike.

``key`` is an attribute name, a dict key or a callable taking the row; ``kind`` says how the
raw value shows and sorts; ``formatter`` overrides the text. A paged table sorts in SQL by
``sort`` (a sort name its fetch function understands; None: the column does not sort).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from typing import Any
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

ColumnKind = Literal["text", "date", "bool", "int"]
ColorFn = Callable[[Any], "QColor | str | None"]

_COLOURS: dict[str, QColor] = {}  # colours by name, made once


@dataclass(frozen=True)
class Column:
    """One column: where its value comes from, its header and how it shows.

    ``formatter`` turns the raw value into display text and overrides the default for
    ``kind``; sorting still uses the raw value.  ``width`` is the initial width in pixels.
    """

    key: str | Callable[[Any], Any]
    header: str
    kind: ColumnKind = "text"
    width: int | None = None
    align: Qt.AlignmentFlag | None = None
    formatter: Callable[[Any], str] | None = None
    #: Optional per-cell colours ``row -> QColor | str | None``; they win over the row's.
    background: ColorFn | None = None
    foreground: ColorFn | None = None
    #: A paged table's SQL sort name for this column (None: not sortable there).
    sort: str | None = None
    #: Show the whole text as a tooltip (long cells cut off with "…").
    tooltip: bool = False

    def value(self, row: Any) -> Any:
        """The raw value of this column for ``row``."""
        if callable(self.key):
            return self.key(row)
        if isinstance(row, Mapping):
            return row.get(self.key)
        return getattr(row, self.key, None)

    def getter(self) -> Callable[[Any], Any]:
        """A function of the row giving the raw value (for models that ask for every cell)."""
        key = self.key
        if callable(key):
            return key
        return lambda row: row.get(key) if isinstance(row, Mapping) else getattr(row, key, None)


def field(
    name: str,
    header: str,
    width: int,
    *,
    kind: ColumnKind = "text",
    tooltip: bool = False,
    background: ColorFn | None = None,
    foreground: ColorFn | None = None,
    align: Qt.AlignmentFlag | None = None,
) -> Column:
    """A column of the row's attribute ``name`` that a paged table sorts by the same name."""
    # Column's fields in order: key, header, kind, width, align, formatter, colours, sort, tooltip
    return Column(name, header, kind, width, align, None, background, foreground, name, tooltip)


def translated(columns: Sequence[Column], context: str) -> list[Column]:
    """``columns`` with their headers translated in ``context`` (headers of columns declared
    at import time, marked there with ``QT_TRANSLATE_NOOP(context, ...)``)."""
    return [replace(c, header=QCoreApplication.translate(context, c.header)) for c in columns]


def display(column: Column, value: Any, yes: str | None = None, no: str | None = None) -> str:
    """The text a cell shows for ``value``."""
    if column.formatter is not None:
        return column.formatter(value)
    if value is None:
        return ""
    if column.kind == "bool":
        if value:
            return yes or QCoreApplication.translate("Column", "是")
        return no or QCoreApplication.translate("Column", "否")
    if column.kind == "date":
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        if isinstance(value, dt.date):
            return value.isoformat()
    return str(value)


def sort_key(kind: ColumnKind, value: Any) -> Any:
    """A value QSortFilterProxyModel compares correctly; None sorts first (ascending)."""
    if value is None:
        return -(2**53) if kind != "text" else ""
    if kind == "date":
        if isinstance(value, dt.datetime):
            seconds = value.hour * 3600 + value.minute * 60 + value.second
            return value.toordinal() + seconds / 86400
        if isinstance(value, dt.date):
            return float(value.toordinal())
        return str(value)
    if kind in ("int", "bool"):
        try:
            return float(value)
        except (TypeError, ValueError):
            return str(value)
    return str(value).casefold()


def alignment(column: Column) -> Qt.AlignmentFlag:
    """Where a cell of ``column`` sits: its own ``align``, else numbers right (as in Excel),
    dates and yes/no centred, text left; always centred in the row's height."""
    if column.align is not None:
        align = column.align
    elif column.kind == "int":
        align = Qt.AlignmentFlag.AlignRight
    elif column.kind in ("bool", "date"):
        align = Qt.AlignmentFlag.AlignHCenter
    else:
        align = Qt.AlignmentFlag.AlignLeft
    return align | Qt.AlignmentFlag.AlignVCenter


def qcolor(value: QColor | str | None) -> QColor | None:
    """``value`` as a QColor (names are made once); None and "" stay None."""
    if value is None or isinstance(value, QColor):
        return value
    if value == "":
        return None
    colour = _COLOURS.get(value)
    if colour is None:
        colour = _COLOURS[value] = QColor(value)
    return colour
