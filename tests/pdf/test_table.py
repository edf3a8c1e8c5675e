"""The shared table shapes of the forms: the label/value grid and the numbered table."""

from __future__ import annotations

from db.pdf.base import styles
from db.pdf.table import label_grid
from db.pdf.table import numbered_table
from db.pdf.table import pairs_table


def _text(cell: object) -> str:
    return cell if isinstance(cell, str) else cell.getPlainText()  # type: ignore[attr-defined]


def test_label_grid_shades_the_labels_and_a_lone_pair_spans_the_line():
    grid = label_grid([["编号", "A-1", "状态", "在用"], ["名称", "消火栓"]], styles(10), 400)
    assert [[_text(c) for c in row] for row in grid._cellvalues] == [
        ["编号", "A-1", "状态", "在用"],
        ["名称", "消火栓", "", ""],
    ]
    assert [cmd[1:3] for cmd in grid._spanCmds] == [((1, 1), (3, 1))]
    assert {cmd[1] for cmd in grid._bkgrndcmds} == {(0, 0), (2, 0), (0, 1)}
    assert abs(sum(grid._argW) - 400) < 1e-6


def test_pairs_table_fills_an_odd_pair_out_with_an_empty_one():
    table = pairs_table([("甲", "1"), ("乙", "2"), ("丙", "3")], styles(10), 400)
    assert [[_text(c) for c in row] for row in table._cellvalues] == [
        ["甲", "1", "乙", "2"],
        ["丙", "3", "", ""],
    ]
    assert table._spanCmds == []


def test_numbered_table_numbers_the_lines_under_the_header():
    table = numbered_table(
        ["序号", "项目"], [["甲"], ["乙"]], (0.2, 0.8), styles(10), 300, row_height=20
    )
    assert [[_text(c) for c in row] for row in table._cellvalues] == [
        ["序号", "项目"],
        ["1", "甲"],
        ["2", "乙"],
    ]
    assert table._argH == [None, 20, 20]
