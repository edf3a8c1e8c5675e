"""A sheet's form: the A4 portrait document of a sheet that carries its letterhead and the
day it is printed (the duty handover, a drill's forms, the plan summary, the fleet's sheets
and readiness report)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from typing import Protocol

from reportlab.platypus import Flowable

from db.pdf.base import Form
from db.pdf.base import Letterhead
from db.pdf.base import render


class Printed(Protocol):
    """What a sheet gives its form: the letterhead and the print date (None: today)."""

    letterhead: Letterhead
    printed_on: dt.date | None


def sheet_form(sheet: Printed, title: str, body: Sequence[Flowable], **fields: Any) -> Form:
    """The portrait :class:`Form` titled ``title`` with ``sheet``'s letterhead and print
    date; ``fields`` are the form's others (``subtitle``, ``subject``, ``title_size``)."""
    return Form(sheet.letterhead, title, list(body), printed_on=sheet.printed_on, **fields)


def sheet_pdf(sheet: Printed, title: str, body: Sequence[Flowable], **fields: Any) -> bytes:
    """The PDF of :func:`sheet_form`."""
    return render(sheet_form(sheet, title, body, **fields)).data
