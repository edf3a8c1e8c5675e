"""A titled register page (header row, rows, column fractions, signatures), the shape of every
plain register printout: the equipment and supply registers, the stocktake sheet, the
sections of a report; and the label/value pairs two to a row that head the check sheets,
the drill forms, the plan summary and the handover record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer

from db.pdf.base import CENTRED_NUMBERS
from db.pdf.base import HEAD_FILL
from db.pdf.base import LANDSCAPE
from db.pdf.base import Form
from db.pdf.base import Layout
from db.pdf.base import Letterhead
from db.pdf.base import Signature
from db.pdf.base import Styles
from db.pdf.base import fit_table
from db.pdf.base import para
from db.pdf.base import render
from db.pdf.base import signature_block
from db.pdf.base import styles


@dataclass
class TableSheet:
    """A titled register page: a header row, rows, column fractions, signatures."""

    letterhead: Letterhead
    title: str
    headers: list[str]
    rows: list[list[object]]
    fractions: list[float]
    layout: Layout = LANDSCAPE
    subtitle: str = ""
    signatures: list[str] = field(default_factory=list)
    note: str = ""
    printed_on: dt.date | None = None
    row_height: float | None = None
    empty_text: str = "（无记录）"


def table_flowable(sheet: TableSheet, st: Styles, width: float) -> Flowable:
    rows: list[list[object]] = [list(sheet.headers), *sheet.rows]
    extra: list[tuple[object, ...]] = [CENTRED_NUMBERS]
    if not sheet.rows:
        empty: list[object] = [sheet.empty_text, *[""] * (len(sheet.headers) - 1)]
        rows.append(empty)
        extra.append(("SPAN", (0, 1), (-1, 1)))
    return fit_table(
        rows,
        sheet.fractions,
        width,
        body=st.cell,
        head=st.head,
        padding=3,
        row_heights=sheet.row_height if sheet.rows else None,
        extra=extra,
    )


def numbered_table(
    headers: Sequence[str],
    lines: Sequence[Sequence[object]],
    fractions: Sequence[float],
    st: Styles,
    width: float,
    *,
    row_height: float | None = None,
) -> Flowable:
    """A header row, then ``lines`` numbered from 1 in the first column (the numbers centred):
    the check lines of a checklist, the items of an evaluation. ``row_height`` leaves room to
    write in on a blank form."""
    rows: list[list[object]] = [list(headers)]
    rows += [[str(i), *line] for i, line in enumerate(lines, 1)]
    return fit_table(
        rows,
        fractions,
        width,
        body=st.cell,
        head=st.head,
        padding=3,
        row_heights=row_height,
        extra=[CENTRED_NUMBERS],
    )


def label_grid(
    rows: Sequence[Sequence[object]],
    st: Styles,
    width: float,
    *,
    label: float = 0.15,
    padding: float = 4,
    row_height: float | None = None,
) -> Flowable:
    """Label/value pairs two to a line (``[label, value, label, value]``), the labels shaded
    and ``label`` of the width each; a line of one pair (``[label, value]``) has its value
    across the rest of the line."""
    data: list[list[object]] = []
    extra: list[tuple[object, ...]] = []
    for r, row in enumerate(rows):
        extra.append(("BACKGROUND", (0, r), (0, r), HEAD_FILL))
        if len(row) == 2:
            data.append([para(row[0], st.head), row[1], "", ""])
            extra.append(("SPAN", (1, r), (3, r)))
        else:
            data.append([para(row[0], st.head), row[1], para(row[2], st.head), row[3]])
            extra.append(("BACKGROUND", (2, r), (2, r), HEAD_FILL))
    value = 0.5 - label
    return fit_table(
        data,
        (label, value, label, value),
        width,
        body=st.cell,
        header_rows=0,
        row_heights=row_height,
        padding=padding,
        extra=extra,
    )


def pairs_table(
    pairs: Sequence[tuple[str, object]], st: Styles, width: float, label: float = 0.16
) -> Flowable:
    """Label/value pairs two to a row, the labels shaded and ``label`` of the width each."""
    pairs = [*pairs, ("", "")] if len(pairs) % 2 else list(pairs)
    rows = [[*pairs[i], *pairs[i + 1]] for i in range(0, len(pairs), 2)]
    return label_grid(rows, st, width, label=label)


def build_table_pdf(sheet: TableSheet) -> bytes:
    st = styles(10, 8.5)
    width = sheet.layout.width
    body: list[Flowable] = [table_flowable(sheet, st, width)]
    if sheet.note:
        body += [Spacer(1, 2 * mm), para(sheet.note, st.small)]
    if sheet.signatures:
        body.append(signature_block([Signature(s) for s in sheet.signatures], width, st.body))
    form = Form(
        sheet.letterhead,
        sheet.title,
        body,
        layout=sheet.layout,
        printed_on=sheet.printed_on,
        subtitle=sheet.subtitle,
    )
    return render(form).data
