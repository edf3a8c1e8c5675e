"""PagedTableModel: what each cell shows for every role a view asks, and paging."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from widgets.columns import Column
from widgets.paged import PagedTableModel
from widgets.paged import PagedTableView
from widgets.table import ROW_ROLE

R = Qt.ItemDataRole


@dataclass
class Thing:
    code: str
    note: str | None
    state: str


THINGS = [
    Thing(f"T{i:03d}", "很长的备注文字" if i % 2 else None, "坏" if i % 3 else "好")
    for i in range(7)
]

COLUMNS = [
    Column(lambda t: t.code, "编号", width=80, sort="code"),
    Column(lambda t: t.note, "备注", width=120, tooltip=True),
    Column(
        lambda t: t.state,
        "状态",
        width=60,
        sort="state",
        background=lambda t: "#ffcdd2" if t.state == "坏" else None,
        foreground=lambda t: QColor("#c62828") if t.state == "坏" else "",
        align=Qt.AlignmentFlag.AlignCenter,
    ),
]


@pytest.fixture
def model():
    fetched = []

    def fetch(offset, limit, key, descending):
        fetched.append((offset, limit, key, descending))
        rows = sorted(THINGS, key=lambda t: getattr(t, key), reverse=descending)
        return rows[offset : offset + limit], len(rows)

    m = PagedTableModel(COLUMNS, fetch, page_size=3)
    m.fetched = fetched
    m.reload()
    return m


def test_every_role_of_every_cell(model, qtmodeltester):
    assert model.rowCount() == 3 and model.total == 7
    bad = model.index(1, 2)  # T001: 坏
    good = model.index(0, 2)  # T000: 好
    assert [model.data(model.index(1, c)) for c in range(3)] == ["T001", "很长的备注文字", "坏"]
    assert model.data(model.index(0, 1)) == ""  # None shows as nothing
    assert model.data(bad, R.BackgroundRole) == QColor("#ffcdd2")
    assert model.data(bad, R.ForegroundRole) == QColor("#c62828")
    assert model.data(good, R.BackgroundRole) is None
    assert model.data(good, R.ForegroundRole) is None  # "" means no colour
    assert model.data(model.index(0, 0), R.BackgroundRole) is None  # no colour function
    assert model.data(bad, R.TextAlignmentRole) == Qt.AlignmentFlag.AlignCenter  # its own
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    assert model.data(model.index(1, 0), R.TextAlignmentRole) == left  # text, as in-memory
    assert model.data(model.index(1, 1), R.ToolTipRole) == "很长的备注文字"
    assert model.data(model.index(0, 1), R.ToolTipRole) is None  # empty: no tooltip
    assert model.data(model.index(1, 0), R.ToolTipRole) is None  # column without tooltips
    assert model.data(model.index(2, 1), ROW_ROLE) is THINGS[2]
    for role in (R.FontRole, R.DecorationRole, R.CheckStateRole, R.SizeHintRole, R.EditRole):
        assert model.data(bad, role) is None
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(1, 2), int(R.DisplayRole)) == "坏"  # roles come as ints too
    flags = model.flags(bad)
    assert flags & Qt.ItemFlag.ItemIsEnabled and flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    qtmodeltester.check(model)


def test_pages_follow_the_sort(model, qtbot):
    while model.canFetchMore():
        model.fetchMore()
    assert [t.code for t in model.rows] == [t.code for t in THINGS]
    assert model.fetched == [(0, 3, "code", False), (3, 3, "code", False), (6, 3, "code", False)]
    view = PagedTableView(model)
    qtbot.addWidget(view)
    view.start()  # sorts by the first column once: one read of the first page
    assert model.fetched[3:] == [(0, 3, "code", False)]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [t.code for t in model.rows] == ["T006", "T005", "T004"]
    model.sort(1)  # no sort key: nothing read
    assert len(model.fetched) == 5
    assert model.data(model.index(0, 2), R.BackgroundRole) is None  # T006: 好
    first = model.data(model.index(1, 2), R.BackgroundRole)
    again = model.data(model.index(2, 2), R.BackgroundRole)
    assert first == again == QColor("#ffcdd2")


def test_paged_and_in_memory_tables_place_cells_alike():
    """Numbers right (as in Excel), dates and yes/no centred, text left, in both kinds."""
    from widgets.table import RecordTableModel

    row = {"n": 3, "d": dt.date(2026, 12, 1), "t": "x", "b": True}
    columns = [
        Column("n", "数", "int"),
        Column("d", "日期", "date"),
        Column("t", "文字"),
        Column("b", "是否", "bool"),
    ]
    paged = PagedTableModel(columns, lambda offset, limit, key, desc: ([row], 1))
    paged.reload()
    memory = RecordTableModel(columns, [row])
    where = [paged.index(0, c).data(R.TextAlignmentRole) for c in range(4)]
    assert where == [memory.index(0, c).data(R.TextAlignmentRole) for c in range(4)]
    assert where[0] & Qt.AlignmentFlag.AlignRight and where[1] & Qt.AlignmentFlag.AlignHCenter
