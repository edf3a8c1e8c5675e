"""The water-source forms, filled from the database: checklists, register, survey sheet and
summary, coverage report and map. The layout is in :mod:`db.water.forms.sheets`, the map
drawing in :mod:`db.water.forms.map`; the GUI and the command line call the functions here."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak
from reportlab.platypus import Spacer

from db.engine import Database
from db.errors import LedgerError
from db.pdf.base import LANDSCAPE
from db.pdf.base import PORTRAIT
from db.pdf.base import Form
from db.pdf.base import render
from db.pdf.base import styles
from db.rules import Rules
from db.settings import database_letterhead as letterhead
from db.water import WaterBook
from db.water import WaterFilter
from db.water import checklists as cl
from db.water.data import HYDRANT_LIKE
from db.water.data import CoverageReport
from db.water.data import InspectionData
from db.water.forms.map import MapSite
from db.water.forms.map import MapSource
from db.water.forms.map import map_drawing
from db.water.forms.sheets import ChecklistLine
from db.water.forms.sheets import ChecklistSheet
from db.water.forms.sheets import SurveySheet
from db.water.forms.sheets import build_checklist_pdf
from db.water.forms.sheets import build_coverage_pdf
from db.water.forms.sheets import build_register_pdf
from db.water.forms.sheets import build_survey_sheet_pdf
from db.water.forms.sheets import build_survey_summary_pdf
from db.water.forms.sheets import report_signatures
from db.water.rules import COLOURS

HYDRANT_TITLE = "市政消火栓检查表"
POOL_TITLE = "消防水池/天然水源取水点检查表"
POOL_BLANK = cl.POOL_ITEMS + cl.NATURAL_ITEMS[-1:]


class WrongForm(LedgerError):
    """The source asked for is not of the form's type (bad input on the command line)."""

    bad_input = True


def _lines(book: WaterBook, items: tuple[cl.Line, ...]) -> list[ChecklistLine]:
    number = Rules(book.db).number
    return [ChecklistLine(t, k, u, cl.limit_text(r, number)) for t, k, u, r in items]


def _filled(
    book: WaterBook, ins: InspectionData, items: tuple[cl.Line, ...]
) -> list[ChecklistLine]:
    limits = {t: r for t, _, _, r in items}
    number = Rules(book.db).number
    return [
        ChecklistLine(
            i.text,
            i.kind,
            i.unit,
            cl.limit_text(limits.get(i.text, ""), number),
            i.outcome,
            i.value,
        )
        for i in ins.items
    ]


def checklist_pdf(database: Database, hydrant: bool, code: str | None = None) -> bytes:
    """The hydrant (``hydrant``) or pool/natural-source checklist: blank when ``code`` is None;
    for a source, its latest inspection filled in (or the source's details on a fresh form)."""
    book = WaterBook(database)
    title = HYDRANT_TITLE if hydrant else POOL_TITLE
    if code is None:
        items = cl.HYDRANT_ITEMS if hydrant else POOL_BLANK
        sheet = ChecklistSheet(
            letterhead(database), title, _lines(book, items), printed_on=dt.date.today()
        )
        return build_checklist_pdf(sheet)
    x = book.source_by_code(code)
    assert x.id is not None
    if (x.type in HYDRANT_LIKE) != hydrant:
        other = "pool-checklist" if hydrant else "hydrant-checklist"
        raise WrongForm(f"水源 {x.code} 是{x.type}，请打印 {other}")
    items = cl.lines_for(x.type)
    done = [i for i in book.inspections(x.id, limit=20) if i.kind != "保养" and i.items]
    if done:
        ins = done[0]
        sheet = ChecklistSheet(
            letterhead(database), title, _filled(book, ins, items), x, ins, dt.date.today()
        )
    else:
        sheet = ChecklistSheet(
            letterhead(database), title, _lines(book, items), x, None, dt.date.today()
        )
    return build_checklist_pdf(sheet)


def register_pdf(database: Database, village: str | None = None) -> bytes:
    book = WaterBook(database)
    if village and village not in book.villages():
        raise WrongForm(f"没有所属村社为“{village}”的水源（现有：{'、'.join(book.villages())}）")
    sources = book.sources(WaterFilter(village=village or None))
    return build_register_pdf(letterhead(database), sources, village, dt.date.today())


def survey_sheet_pdf(database: Database, survey_id: int) -> bytes:
    book = WaterBook(database)
    v = book.survey(survey_id)
    sheet = SurveySheet(
        letterhead(database),
        v.name,
        v.start,
        v.end,
        v.inspectors,
        book.survey_sheet(survey_id),
        dt.date.today(),
    )
    return build_survey_sheet_pdf(sheet)


def survey_summary_pdf(database: Database, survey_id: int) -> bytes:
    book = WaterBook(database)
    return build_survey_summary_pdf(
        letterhead(database), book.survey_summary(survey_id), dt.date.today()
    )


def map_items(
    book: WaterBook, report: CoverageReport | None, on: dt.date
) -> tuple[list[MapSource], list[MapSite], float]:
    """What the map shows on ``on``: the sources and key sites with coordinates, and the
    protection radius."""
    sources = [
        MapSource(x.lon_wgs, x.lat_wgs, x.code, x.type, x.status, x.flow_class, x.available_on(on))
        for x in book.sources()
        if x.lon_wgs is not None and x.lat_wgs is not None
    ]
    report = report or book.coverage(on=on, count=1)
    sites = [MapSite(r.lon_wgs, r.lat_wgs, r.site_name, not r.covered) for r in report.rows]
    return sources, sites, report.radius_m


def _map(
    book: WaterBook,
    report: CoverageReport | None,
    on: dt.date,
    colour_by: str,
    width: float,
    height: float,
) -> Drawing:
    scheme = Rules(book.db).get("water.flow_colour_scheme").strip().upper()
    sources, sites, radius_m = map_items(book, report, on)
    return map_drawing(
        sources,
        sites,
        width,
        height,
        colour_by=colour_by,
        flow_colours=COLOURS.get(scheme, COLOURS["NFPA"]),
        radius_m=radius_m,
    )


def coverage_pdf(
    database: Database, radius_m: float | None = None, on: dt.date | None = None
) -> bytes:
    """The coverage report, with the map on its last page."""
    book = WaterBook(database)
    day = on or dt.date.today()
    report = book.coverage(radius_m, day)
    drawing = _map(book, report, day, "status", PORTRAIT.width, PORTRAIT.width * 1.15)
    return build_coverage_pdf(letterhead(database), report, dt.date.today(), [PageBreak(), drawing])


def map_pdf(database: Database, colour_by: str = "type", on: dt.date | None = None) -> bytes:
    """One landscape page: every source and key site by its coordinates."""
    book = WaterBook(database)
    day = on or dt.date.today()
    names = {"type": "按类型着色", "status": "按可用状态着色", "flow": "按流量等级着色"}
    signatures = report_signatures(LANDSCAPE.width, styles(9))
    _, signed_h = signatures.wrap(LANDSCAPE.width, LANDSCAPE.height)
    height = LANDSCAPE.height - 22 * mm - signed_h - 2 * mm  # the map and its signatures: one page
    drawing = _map(book, None, day, colour_by, LANDSCAPE.width, height)
    form = Form(
        letterhead(database),
        "消防水源分布图",
        [drawing, Spacer(1, 2 * mm), signatures],
        LANDSCAPE,
        dt.date.today(),
        names.get(colour_by, ""),
    )
    return render(form).data
