"""Holidays and the campaign's preset alert periods, for years in and beyond the package data."""

from __future__ import annotations

import datetime as dt

import pytest

from db.calendar import campaign_periods, holiday_name, is_rest_day, official_span, spring_festival


@pytest.mark.parametrize(
    "year,day",
    [
        (2024, dt.date(2024, 2, 10)),
        (2026, dt.date(2026, 2, 17)),
        (2027, dt.date(2027, 2, 6)),
        (2031, dt.date(2031, 1, 23)),
    ],
)
def test_spring_festival_follows_the_lunar_calendar(year, day):
    assert spring_festival(year) == day


def test_official_span_from_the_calendar_package():
    assert official_span(2026, "春节") == (dt.date(2026, 2, 15), dt.date(2026, 2, 23), True)
    assert official_span(2024, "元旦")[:2] == (dt.date(2024, 1, 1), dt.date(2024, 1, 1))


def test_year_beyond_package_uses_rule_and_says_so():
    start, end, confirmed = official_span(2031, "春节")
    assert (start, end, confirmed) == (dt.date(2031, 1, 22), dt.date(2031, 1, 29), False)
    periods = {p.name: p for p in campaign_periods(2030)}
    assert "待国务院通知公布后核对" in periods["春节"].note


def test_make_up_workday_is_not_a_rest_day():
    assert is_rest_day(dt.date(2026, 2, 14)) is False  # Saturday, 调休 workday
    assert is_rest_day(dt.date(2026, 2, 18)) is True
    assert holiday_name(dt.date(2026, 10, 3)) == "国庆节"
    assert is_rest_day(dt.date(2030, 6, 8)) is True  # Saturday beyond the data


@pytest.mark.parametrize("start_year", [2023, 2025, 2029, 2040])
def test_campaign_periods_any_year(start_year):
    periods = {p.name: p for p in campaign_periods(start_year)}
    assert set(periods) == {"元旦", "春节", "元宵节", "全国两会"}
    year = start_year + 1
    assert periods["元旦"].start == dt.date(year, 1, 1)
    sf = spring_festival(year)
    assert periods["春节"].start <= sf <= periods["春节"].end
    assert periods["元宵节"].end == sf + dt.timedelta(days=14)
    assert periods["全国两会"].start.month == 3
    assert all(p.min_staff >= 2 and p.level >= 1 for p in periods.values())


def test_2024_campaign_matches_the_seed_plan_year():
    periods = {p.name: p for p in campaign_periods(2023)}
    assert periods["春节"].start == dt.date(2024, 2, 10)
    assert periods["春节"].end == dt.date(2024, 2, 17)
    assert periods["元宵节"].end == dt.date(2024, 2, 24)
