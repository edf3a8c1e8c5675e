"""The drills' printable forms: the drill's sign-in, record and evaluation forms, its evidence
pack, the plan summary.

The functions here read the facade into the sheets' data classes and build the PDF bytes
(the GUI and the command line print the same bytes); the sheets and their layout are in
``drill`` (the three drill forms), ``pack`` (the evidence pack) and ``plan``.
"""

from __future__ import annotations

import datetime as dt

from db.drills import AttendanceData
from db.drills import DrillBook
from db.drills import intervals
from db.drills.due import drill_rules
from db.drills.due import last_drills
from db.drills.due import next_drill
from db.drills.due import next_evaluation
from db.drills.forms.drill import DrillSheet
from db.drills.forms.drill import build_evaluation_pdf
from db.drills.forms.drill import build_record_pdf
from db.drills.forms.drill import build_signin_pdf
from db.drills.forms.pack import PackSheet
from db.drills.forms.pack import Photo
from db.drills.forms.pack import build_pack_pdf
from db.drills.forms.plan import PlanSheet
from db.drills.forms.plan import build_plan_pdf
from db.duty import Ledger
from db.rules import Rules
from db.settings import letterhead


def drill_sheet(book: DrillBook, drill_id: int | None) -> DrillSheet:
    """The drill forms' data; ``None`` gives the blank forms (every active member listed)."""
    head = letterhead(Ledger(book.db))
    today = dt.date.today()
    if drill_id is None:
        roster = [
            AttendanceData(m.id or 0, m.name, "", "", m.role) for m in Ledger(book.db).members()
        ]
        return DrillSheet(head, None, roster, today)
    return DrillSheet(head, book.drill(drill_id), book.roster_for(drill_id), today)


def signin_pdf(book: DrillBook, drill_id: int | None) -> bytes:
    return build_signin_pdf(drill_sheet(book, drill_id))


def record_pdf(book: DrillBook, drill_id: int | None) -> bytes:
    return build_record_pdf(drill_sheet(book, drill_id))


def evaluation_pdf(book: DrillBook, drill_id: int | None) -> bytes:
    return build_evaluation_pdf(drill_sheet(book, drill_id))


def pack_pdf(book: DrillBook, drill_id: int) -> bytes:
    """Record, sign-in, evaluation and the drill's photos (image attachments) in one PDF."""
    photos = [
        Photo(a.path, a.caption or a.original_name)
        for a in book.drill_photos(drill_id)
        if a.is_image
    ]
    return build_pack_pdf(PackSheet(drill_sheet(book, drill_id), photos))


def plan_pdf(book: DrillBook, plan_id: int) -> bytes:
    plan = book.plan(plan_id)
    rules = Rules(book.db)
    drill_due = None
    if plan.status == "已发布":
        types = [site.type for site in book.sites() if site.id in plan.site_ids]
        every = intervals.plan_interval(plan.type, types, drill_rules(book.db))
        drill_due = next_drill(last_drills(book.db).get(plan_id), plan.issued_on, every.months)
    sheet = PlanSheet(
        letterhead(Ledger(book.db)),
        plan,
        book.versions(plan_id),
        [a.original_name for a in book.plan_files(plan_id)],
        next_evaluation(plan.evaluated_on, plan.issued_on, rules.months("plan.evaluation_months")),
        drill_due,
        dt.date.today(),
    )
    return build_plan_pdf(sheet)
