"""Holidays and the campaign's preset alert periods, for years in and beyond the package data."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from db.calendar import campaign_periods
from db.calendar import holiday_name
from db.calendar import is_rest_day
from db.calendar import official_span
from db.calendar import spring_festival


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
    assert official_span(2024, "元旦")[:2] == (dt.date(2023, 12, 30), dt.date(2024, 1, 1))


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
    assert periods["元旦"].start <= dt.date(year, 1, 1) <= periods["元旦"].end
    assert (periods["元旦"].end - periods["元旦"].start).days <= 2
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


OFFICIAL = Path(__file__).resolve().parents[1] / "data" / "holidays_official.csv"


def _official_rows() -> list[dict[str, str]]:
    lines = [line for line in OFFICIAL.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return list(csv.DictReader(lines))


def test_the_notice_file_holds_every_holiday_2015_to_2026():
    rows = _official_rows()
    held = {(int(r["year"]), r["holiday"]) for r in rows}
    names = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
    assert held == {(y, n) for y in range(2015, 2027) for n in names}
    assert len(rows) == len(held)


@pytest.mark.parametrize("row", _official_rows(), ids=lambda r: f"{r['year']}{r['holiday']}")
def test_spans_match_the_state_council_notices(row):
    start, end = dt.date.fromisoformat(row["start"]), dt.date.fromisoformat(row["end"])
    assert official_span(int(row["year"]), row["holiday"]) == (start, end, True)


@pytest.mark.parametrize("row", [r for r in _official_rows() if r["holiday"] in ("元旦", "春节")])
def test_campaign_presets_match_the_notices(row):
    year = int(row["year"])
    preset = {p.name: p for p in campaign_periods(year - 1)}[row["holiday"]]
    assert (preset.start.isoformat(), preset.end.isoformat()) == (row["start"], row["end"])
    assert "待" not in preset.note


@pytest.mark.parametrize("year", range(2010, 2036))
def test_new_year_preset_is_a_few_days_around_1_january(year):
    start, end, _ = official_span(year, "元旦")
    assert start <= dt.date(year, 1, 1) <= end
    assert (end - start).days <= 2 and start >= dt.date(year - 1, 12, 30)


def test_new_year_2023_does_not_cover_july():
    """2022-12-31 is 2023's 元旦 and 2023-12-30/31 are 2024's: neither widens the other."""
    assert official_span(2022, "元旦")[:2] == (dt.date(2022, 1, 1), dt.date(2022, 1, 3))
    assert official_span(2023, "元旦")[:2] == (dt.date(2022, 12, 31), dt.date(2023, 1, 2))
    assert official_span(2019, "元旦")[:2] == (dt.date(2018, 12, 30), dt.date(2019, 1, 1))


def test_beyond_the_package_new_year_follows_the_weekday_rule():
    assert official_span(2027, "元旦") == (dt.date(2027, 1, 1), dt.date(2027, 1, 3), False)
    assert official_span(2029, "元旦") == (dt.date(2028, 12, 30), dt.date(2029, 1, 1), False)
    assert official_span(2030, "元旦") == (dt.date(2030, 1, 1), dt.date(2030, 1, 1), False)
