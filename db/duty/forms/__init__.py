"""The duty's printed forms: the month roster (``roster``) and the shift handover record
(``handover``), each a sheet dataclass and its builder; the functions here read the
:class:`~db.duty.Ledger` into the sheets and build the PDFs (the handover module loads only
when a handover is printed)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db import calendar
from db.duty import Ledger
from db.duty.forms.roster import RosterDay
from db.duty.forms.roster import RosterSheet
from db.duty.forms.roster import build_roster_pdf
from db.pdf.people import Person
from db.settings import letterhead

if TYPE_CHECKING:
    from db.duty.forms.handover import HandoverSheet


def shift_text(ledger: Ledger) -> str:
    start = ledger.shift_start()
    return f"每日{start:%H:%M}至次日{start:%H:%M}"


def roster_sheet(ledger: Ledger, year: int, month: int) -> RosterSheet:
    data = ledger.month(year, month)
    colours = ledger.level_colours()
    settings = ledger.settings()

    def person(pid: int) -> Person:
        return Person(data.name(pid), data.phones.get(pid, ""))

    days = []
    for date in data.dates:
        need = data.needs[date]
        day = data.days.get(date)
        holiday = calendar.holiday_name(date) or ""
        swap = date.weekday() >= 5 and not need.rest_day
        days.append(
            RosterDay(
                date=date,
                is_holiday=bool(holiday),
                holiday_name="调休上班" if swap else holiday,
                level_name=need.level_name,
                level_colour=colours.get(need.level, "#ffffff"),
                raised=need.level > 0,
                period_name=need.period,
                leader=person(day.leader) if day and day.leader is not None else None,
                staff=[person(p) for p in day.staff] if day else [],
                standby=[person(p) for p in day.standby] if day else [],
                workday_swap=swap,
            )
        )
    return RosterSheet(
        letterhead=letterhead(ledger),
        year=year,
        month=month,
        shift_text=shift_text(ledger),
        duty_phone=settings.get("duty_phone", ""),
        days=days,
        team=settings.get("team", "综合应急救援队"),
        printed_on=dt.date.today(),
        unconfirmed=unconfirmed_periods(ledger, year, month),
    )


def unconfirmed_periods(ledger: Ledger, year: int, month: int) -> list[str]:
    """The month's alert periods whose dates are still 待核对 (their note says so)."""
    first = dt.date(year, month, 1)
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    names: list[str] = []
    for p in ledger.periods(year):
        if p.start and p.end and p.start <= last and p.end >= first and "待核对" in p.note:
            if p.name not in names:
                names.append(p.name)
    return names


def roster_pdf(ledger: Ledger, year: int, month: int) -> bytes:
    return build_roster_pdf(roster_sheet(ledger, year, month))


def handover_sheet(ledger: Ledger, date: dt.date | None) -> HandoverSheet:
    """The handover record of the shift starting on ``date``; ``None`` gives the blank form."""
    from db.duty.forms.handover import CallRow
    from db.duty.forms.handover import HandoverSheet

    if date is None:
        return HandoverSheet(
            letterhead=letterhead(ledger), shift_text=shift_text(ledger), printed_on=dt.date.today()
        )
    duty = ledger.on_duty(date)
    handovers = [h for h in ledger.handovers(date, date)]
    h = handovers[0] if handovers else None
    calls = [
        CallRow(c.at, c.caller_unit, c.caller_name, c.phone, c.content, c.action, c.reported_to)
        for c in ledger.calls_for_shift(date)
    ]
    return HandoverSheet(
        letterhead=letterhead(ledger),
        date=date,
        shift_text=shift_text(ledger),
        level_name=duty.level_name + (f"（{duty.period}）" if duty.period else ""),
        leader=Person(*duty.leader) if duty.leader else None,
        staff=[Person(*p) for p in duty.staff],
        standby=[Person(*p) for p in duty.standby],
        phones_ok=h.phones_ok if h else None,
        radios_ok=h.radios_ok if h else None,
        vehicles_ready=h.vehicles_ready if h else None,
        calls=calls,
        situation=h.situation if h else "",
        open_items=h.open_items if h else "",
        handed_by=h.handed_by if h else "",
        received_by=h.received_by if h else "",
        at=h.at if h else None,
        printed_on=dt.date.today(),
    )


def handover_pdf(ledger: Ledger, date: dt.date | None) -> bytes:
    from db.duty.forms.handover import build_handover_pdf

    return build_handover_pdf(handover_sheet(ledger, date))
