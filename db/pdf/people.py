"""People as printed on duty forms: a name and a phone number, and a phone list for a table
that has room for the names alone."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from db.pdf.base import HEAD_FILL
from db.pdf.base import RULE
from db.pdf.fonts import FONT
from db.pdf.fonts import FONT_BOLD
from db.pdf.fonts import register_fonts
from db.pdf.markup import escape


@dataclass(frozen=True)
class Person:
    name: str
    phone: str = ""


def person_markup(person: Person, phone_size: float | None = None) -> str:
    """Paragraph markup: the name, then the phone a little smaller and grey."""
    name = escape(person.name)
    if not person.phone:
        return name
    size = f' size="{phone_size:g}"' if phone_size else ""
    return f'{name}\u00a0<font color="#333333"{size}>{escape(person.phone)}</font>'


def people_markup(
    people: Iterable[Person], phone_size: float | None = None, sep: str = "；"
) -> str:
    return sep.join(person_markup(p, phone_size) for p in people)


def phone_list(
    people: Sequence[Person], size: float, height: float, max_width: float
) -> tuple[Table, float] | None:
    """The people's phones as a list to print beside a table that shows the names alone:
    name/phone pairs, as many pairs side by side as the ``height`` needs (filled column by
    column). Returns the table and its width, or None when it would be wider than
    ``max_width`` (or nobody has a phone)."""
    listed = [p for p in people if p.phone]
    if not listed:
        return None
    register_fonts()
    pad = 2.0
    row_h = size * 1.2 + 2.4
    name_w = max(stringWidth(p.name, FONT, size) for p in listed) + 2 * pad + 1
    phone_w = max(stringWidth(p.phone, FONT, size) for p in listed) + 2 * pad + 1
    per_column = max(1, int((height - row_h) // row_h))
    columns = -(-len(listed) // per_column)
    width = columns * (name_w + phone_w)
    if width > max_width:
        return None
    per_column = -(-len(listed) // columns)  # even out the columns
    body = ParagraphStyle("phone_list", fontName=FONT, fontSize=size, leading=size * 1.2)
    rows: list[list[object]] = [["姓名", "电话"] * columns]
    for r in range(per_column):
        row: list[object] = []
        for c in range(columns):
            i = c * per_column + r
            row += [listed[i].name, listed[i].phone] if i < len(listed) else ["", ""]
        rows.append(row)
    table = Table(rows, colWidths=[name_w, phone_w] * columns, rowHeights=row_h)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, size, body.leading),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, size, body.leading),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table, width
