"""Thinning backups: everything of the last day, then 7 daily, 4 weekly, 12 monthly."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from db.backup import thin

NOW = dt.datetime(2026, 12, 1, 12, 0)


def days_back(*days: float) -> list[dt.datetime]:
    return [NOW - dt.timedelta(days=d) for d in days]


def test_one_backup_a_day_for_two_years_keeps_7_daily_4_weekly_12_monthly():
    times = days_back(*range(0, 730))
    kept = sorted(thin(times, NOW), reverse=True)
    # today (within 24 h) and the 6 days before: the daily ones
    assert kept[:7] == days_back(*range(7))
    # the newest of each of the 12 latest months: Dec 2026 back to Jan 2026
    months = sorted({(t.year, t.month) for t in kept})
    assert months == [(2026, m) for m in range(1, 13)]
    assert min(kept) == dt.datetime(2026, 1, 31, 12, 0)
    # the newest of each of the 4 latest ISO weeks (Sundays, but this week's is today)
    weeks = {t.isocalendar()[:2]: t for t in sorted(times)}
    latest = sorted(weeks)[-4:]
    assert {weeks[w] for w in latest} <= set(kept)
    assert len(kept) == len(
        set(days_back(*range(7)))
        | {weeks[w] for w in latest}
        | {max(t for t in times if (t.year, t.month) == m) for m in months}
    )


def test_everything_of_the_last_24_hours_is_kept():
    times = [NOW - dt.timedelta(hours=h) for h in (0.5, 3, 10, 23)]
    assert thin(times, NOW) == set(times)


def test_periods_without_a_backup_do_not_count():
    # used on 3 days a year apart: all three are still "the last 7 days with a backup"
    times = days_back(400, 800, 1200)
    assert thin(times, NOW) == set(times)


def test_several_on_one_old_day_keep_the_newest():
    day = NOW - dt.timedelta(days=3)
    times = [day.replace(hour=h) for h in (8, 9, 17)]
    assert thin(times, NOW) == {day.replace(hour=17)}


moments = st.lists(
    st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=NOW), min_size=1, max_size=80
)


@settings(max_examples=200, deadline=None)
@given(moments)
def test_thinning_properties(times):
    kept = thin(times, NOW)
    assert kept <= set(times)
    assert max(times) in kept  # the newest is never lost
    assert thin(kept, NOW) == kept  # thinning again keeps the same
    old = [t for t in kept if NOW - t >= dt.timedelta(hours=24)]
    assert len(old) <= 7 + 4 + 12
    for key in (lambda t: t.date(), lambda t: (t.year, t.month)):
        # the newest backup of every kept period is the newest of that period overall
        for t in kept:
            same = [u for u in times if key(u) == key(t)]
            assert max(same) in kept
