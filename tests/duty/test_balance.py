"""The swap pass after generation: a year for 12 members (3 leaders) with leave comes out with
rest-day and working-day duty each within one, under the same rules."""

from __future__ import annotations

import datetime as dt

from db.calendar import PRESET_LEVELS
from db.calendar import campaign_periods
from db.calendar import is_rest_day
from db.duty.balance import balance
from db.duty.balance import spread
from db.duty.roster import Day
from db.duty.roster import Need
from db.duty.roster import Person
from db.duty.roster import generate
from db.duty.roster import month_dates
from tests.duty.test_roster import assert_rules

YEAR = 2025
LEAVE = {
    0: (dt.date(2025, 1, 25), dt.date(2025, 2, 9)),  # a leader away over 春节
    1: (dt.date(2025, 7, 1), dt.date(2025, 7, 10)),
    4: (dt.date(2025, 5, 1), dt.date(2025, 5, 20)),
    7: (dt.date(2025, 9, 28), dt.date(2025, 10, 8)),
}
PEOPLE = [Person(i, f"M{i}", i < 3, (LEAVE[i],) if i in LEAVE else ()) for i in range(12)]
LEADERS = [p.id for p in PEOPLE if p.can_lead]
OTHERS = [p.id for p in PEOPLE if not p.can_lead]


def year_needs() -> dict[dt.date, Need]:
    periods = campaign_periods(YEAR - 1) + campaign_periods(YEAR)
    out = {}
    for m in range(1, 13):
        for day in month_dates(YEAR, m):
            raised = [p for p in periods if p.start <= day <= p.end]
            staff = max((PRESET_LEVELS[p.name][1] for p in raised), default=1)
            name = "、".join(p.name for p in raised)
            out[day] = Need(
                2 if raised else 0, "战备" if raised else "常态", staff, 1, is_rest_day(day), name
            )
    return out


def month_by_month(needs: dict[dt.date, Need]) -> dict[dt.date, Day]:
    """As the window does it: each month generated with the year so far as history (the
    month's needs only, as the facade reads them)."""
    done: dict[dt.date, Day] = {}
    for m in range(1, 13):
        dates = month_dates(YEAR, m)
        result = generate(dates, PEOPLE, {d: needs[d] for d in dates}, history=done)
        assert result.ok, result.problems[:3]
        assert_rules(result, PEOPLE, needs)
        done.update(result.days)
    return done


def test_a_year_for_twelve_members_is_even_by_rest_and_working_days():
    needs = year_needs()
    days = month_by_month(needs)
    rest = lambda d: needs[d].rest_day  # noqa: E731
    assert max(spread(days, LEADERS, rest).values()) <= 1
    assert max(spread(days, OTHERS, rest).values()) <= 1
    assert all(d.leader in LEADERS for d in days.values())  # leaders stay leaders


def test_the_pass_moves_only_the_days_it_may_and_keeps_the_rules():
    needs = year_needs()
    dates = month_dates(YEAR, 3)
    rest = lambda d: needs[d].rest_day  # noqa: E731
    # An uneven March: M0 never leads (M1 and M2 take turns), one staff a day in rotation.
    days = {day: Day(1 + i % 2, [3 + i % 9], []) for i, day in enumerate(dates)}
    fixed = dates[:7]
    before = {d: (days[d].leader, list(days[d].staff)) for d in fixed}
    assert balance(days, dates[7:], PEOPLE, rest) > 0
    assert {d: (days[d].leader, days[d].staff) for d in fixed} == before
    assert max(spread(days, LEADERS, rest).values()) <= 1
    assert all(days[d].leader in LEADERS for d in dates)
    for day, nxt in zip(dates, dates[1:], strict=False):
        assert not set(days[day].on_duty()) & set(days[nxt].on_duty()), day
