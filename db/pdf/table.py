"""A titled register page (header row, rows, column fractions, signatures), the shape of every
plain register printout: the equipment and supply registers, the stocktake sheet, the
sections of a report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from db.pdf.base import (
    LANDSCAPE,
    Form,
    Layout,
    Letterhead,
    Signature,
    Styles,
    fit_table,
    para,
    render,
    signature_block,
    styles,
)


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
    extra: list[tuple[object, ...]] = [("ALIGN", (0, 1), (0, -1), "CENTER")]
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
