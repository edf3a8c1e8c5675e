"""What a clerk arranged, kept between starts: window size, splitters, column widths, sort.

Everything is stored through ``QSettings`` under a key the caller names (a page's title), so
each page keeps its own. A value that cannot be read (another program version, a different
number of columns) is ignored and the defaults stay::

    remember_columns(table.view, "pages/队员")      # widths and sort order
    remember_splitter(split, "pages/水源普查")
    remember_geometry(window, "window")             # restore now, save with save_geometry

The main window uses this before it is first shown, so the module loads no Qt class beyond
``QSettings`` and ``QByteArray`` when imported: Qt's ``Qt`` namespace alone takes 0.1–0.2 s
to load, and is read only by the functions that need it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSplitter
    from PySide6.QtWidgets import QTableView
    from PySide6.QtWidgets import QWidget


def _ints(value: object) -> list[int]:
    """A stored list of numbers, or [] when it is anything else."""
    if isinstance(value, str):  # QSettings reads a one-element list back as a string
        value = [value]
    if not isinstance(value, list):
        return []
    try:
        return [int(x) for x in value]
    except (TypeError, ValueError):
        return []


def saved_sort(key: str) -> tuple[int, Qt.SortOrder] | None:
    """The column and order last sorted by under ``key``, or None."""
    from PySide6.QtCore import Qt

    pair = _ints(QSettings().value(f"{key}/sort"))
    if len(pair) != 2 or pair[0] < 0:
        return None
    order = Qt.SortOrder.DescendingOrder if pair[1] else Qt.SortOrder.AscendingOrder
    return pair[0], order


def remember_columns(
    view: QTableView, key: str, sort: Callable[[int, Qt.SortOrder], None] | None = None
) -> None:
    """Put back the column widths and sort order stored under ``key``, and store them again
    whenever the clerk changes them. ``sort(column, order)`` applies a stored sort (default:
    the view's own ``sortByColumn``); a view that sorts later passes a function doing nothing
    and reads :func:`saved_sort` itself."""
    header = view.horizontalHeader()
    widths = _ints(QSettings().value(f"{key}/widths"))
    if len(widths) == header.count():
        for i, width in enumerate(widths):
            if width > 0:
                view.setColumnWidth(i, width)
    stored = saved_sort(key)
    if stored is not None and stored[0] < header.count():
        (sort or view.sortByColumn)(*stored)

    def save_widths(*_args: object) -> None:
        QSettings().setValue(
            f"{key}/widths", [header.sectionSize(i) for i in range(header.count())]
        )

    def save_sort(column: int, order: Qt.SortOrder) -> None:
        from PySide6.QtCore import Qt

        descending = int(order == Qt.SortOrder.DescendingOrder)
        QSettings().setValue(f"{key}/sort", [column, descending])

    header.sectionResized.connect(save_widths)
    header.sortIndicatorChanged.connect(save_sort)


def remember_splitter(splitter: QSplitter, key: str) -> None:
    """Put back the splitter's sizes stored under ``key``; store them whenever it moves."""
    sizes = _ints(QSettings().value(f"{key}/splitter"))
    if len(sizes) == splitter.count() and any(sizes):
        splitter.setSizes(sizes)
    splitter.splitterMoved.connect(
        lambda *_a: QSettings().setValue(f"{key}/splitter", splitter.sizes())
    )


def remember_geometry(widget: QWidget, key: str) -> None:
    """Put back the window's size and place stored under ``key`` (see :func:`save_geometry`)."""
    state = QSettings().value(f"{key}/geometry")
    if isinstance(state, QByteArray) and not state.isEmpty():
        widget.restoreGeometry(state)


def save_geometry(widget: QWidget, key: str) -> None:
    """Store the window's size and place (call it when the window closes)."""
    QSettings().setValue(f"{key}/geometry", widget.saveGeometry())
