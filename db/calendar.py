"""Holidays, make-up workdays and the campaign's preset alert periods, for any year.

Official holidays and 调休 come from the maintained ``chinese_calendar`` package while it
covers the year; lunar dates (春节, 元宵节) come from ``lunardate``. For a year the package does
not cover yet, the usual span is assumed and the period is marked 待核对 so the office checks
it against the State Council notice; every preset lands in the editable alert-period table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import chinese_calendar

from db.two_sessions import SessionDates
from db.two_sessions import dates as session_dates
from db.words import said

WEEKDAYS = "一二三四五六日"

HOLIDAY_NAMES = {  # said: the window shows the names of the preset periods in its language
    "New Year's Day": said("元旦"),
    "Spring Festival": said("春节"),
    "Tomb-sweeping Day": said("清明节"),
    "Labour Day": said("劳动节"),
    "Dragon Boat Festival": said("端午节"),
    "Mid-autumn Festival": said("中秋节"),
    "National Day": said("国庆节"),
}


def weekday_text(day: dt.date) -> str:
    return "星期" + WEEKDAYS[day.weekday()]


def _covered(year: int) -> bool:
    try:
        chinese_calendar.is_holiday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def covered(year: int) -> bool:
    """Whether the State Council's holidays and 调休 for ``year`` are known (else 待核对)."""
    return _covered(year)


def lunar_to_solar(year: int, month: int, day: int) -> dt.date:
    """Solar date of a lunar date in the lunar year that starts in ``year``."""
    import lunardate  # only for preset periods and years the holiday package does not cover

    return lunardate.LunarDate(year, month, day).to_solar_date()


def spring_festival(year: int) -> dt.date:
    return lunar_to_solar(year, 1, 1)


def _anchor(year: int, name: str) -> dt.date | None:
    """A day the holiday ``name`` of ``year`` always contains or lies next to."""
    fixed = {"元旦": (1, 1), "清明节": (4, 5), "劳动节": (5, 1), "国庆节": (10, 1)}
    if name in fixed:
        return dt.date(year, *fixed[name])
    lunar = {"春节": (1, 1), "端午节": (5, 5), "中秋节": (8, 15)}
    if name in lunar:
        return lunar_to_solar(year, *lunar[name])
    return None


def _weekend_rest(day: dt.date) -> bool:
    return day.weekday() >= 5 and not chinese_calendar.is_workday(day)


def _grow(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """Widen a holiday's own days by a holiday next to it (a merged 中秋节、国庆节) and, when
    none of its own days is a weekend day, by the weekend it joins (the notices' 与周末连休;
    a holiday on a weekend gets a 补休 day instead, already among its own days)."""
    one = dt.timedelta(days=1)
    with_weekend = all((first + one * i).weekday() < 5 for i in range((last - first).days + 1))

    def joins(day: dt.date) -> bool:
        return day in chinese_calendar.holidays or (with_weekend and _weekend_rest(day))

    while joins(first - one):
        first -= one
    while joins(last + one):
        last += one
    return first, last


@lru_cache(maxsize=256)
def official_span(year: int, name: str) -> tuple[dt.date, dt.date, bool] | None:
    """(first day, last day, confirmed) of an official holiday in ``year``.

    Confirmed spans come from the calendar package: the holiday's own days around its date
    (元旦 may start in the previous December), joined with a holiday next to it and with the
    weekend the notice adds. Others are the usual rule (元旦: 1 January and its weekend;
    春节: 除夕 to 初七; 劳动节: 1–5 May; 国庆节: 1–7 October), marked unconfirmed.
    """
    anchor = _anchor(year, name)
    if anchor is None:
        return None
    if _covered(year):
        english = {v: k for k, v in HOLIDAY_NAMES.items()}.get(name)
        near = [
            d
            for d, n in chinese_calendar.holidays.items()
            if n == english and abs((d - anchor).days) <= 10
        ]
        if not near and anchor in chinese_calendar.holidays:
            near = [anchor]  # merged into another holiday (2020: 中秋节 within 国庆节)
        if near:
            return (*_grow(min(near), max(near)), True)
    if name == "元旦":  # 与周末连休 on a Monday or Friday, 补休 on Monday after a weekend
        before, after = {0: (2, 0), 4: (0, 2), 5: (0, 2), 6: (0, 1)}.get(anchor.weekday(), (0, 0))
        return anchor - dt.timedelta(days=before), anchor + dt.timedelta(days=after), False
    if name == "春节":
        return anchor - dt.timedelta(days=1), anchor + dt.timedelta(days=6), False
    if name == "劳动节":
        return dt.date(year, 5, 1), dt.date(year, 5, 5), False
    if name == "国庆节":
        return dt.date(year, 10, 1), dt.date(year, 10, 7), False
    return None


@lru_cache(maxsize=4096)
def holiday_name(day: dt.date) -> str | None:
    """The official holiday ``day`` falls in, if any."""
    if _covered(day.year):
        on, name = chinese_calendar.get_holiday_detail(day)
        if on and name:
            return HOLIDAY_NAMES.get(str(name), str(name))
        return None
    for name in ("元旦", "春节", "劳动节", "国庆节"):
        span = official_span(day.year, name)
        if span and span[0] <= day <= span[1]:
            return name
    return None


@lru_cache(maxsize=4096)
def is_rest_day(day: dt.date) -> bool:
    """Weekend or holiday, honouring make-up workdays (调休) where the calendar knows them."""
    if _covered(day.year):
        return bool(chinese_calendar.is_holiday(day))
    return day.weekday() >= 5 or holiday_name(day) is not None


@dataclass(frozen=True)
class PresetPeriod:
    name: str
    start: dt.date
    end: dt.date
    level: int
    min_staff: int
    note: str


# Editable defaults: (level, minimum staff per shift) for each campaign period.
PRESET_LEVELS = {
    said("元旦"): (1, 2),
    said("春节"): (2, 3),
    said("元宵节"): (1, 2),
    said("全国两会"): (2, 3),
}


def campaign_start(today: dt.date) -> int:
    """The year whose November starts the winter-spring campaign running on ``today``.

    From April to October the coming campaign is meant (its periods are planned ahead).
    """
    return today.year if today.month >= 4 else today.year - 1


def campaign_periods(
    start_year: int, two_sessions: SessionDates | None = None
) -> list[PresetPeriod]:
    """Raised-alert periods of the winter-spring campaign from November ``start_year``.

    ``two_sessions`` is that year's 两会 window as the office keeps it (default: the data
    file's, else the usual window marked 待核对; see :mod:`db.two_sessions`).
    """
    year = start_year + 1
    out: list[PresetPeriod] = []

    def add(name: str, start: dt.date, end: dt.date, note: str) -> None:
        level, staff = PRESET_LEVELS[name]
        out.append(PresetPeriod(name, start, end, level, staff, note))

    ny = official_span(year, "元旦")
    assert ny is not None
    add("元旦", ny[0], ny[1], "法定假期" if ny[2] else "法定假期（待国务院通知公布后核对）")
    sf = official_span(year, "春节")
    assert sf is not None
    add(
        "春节",
        sf[0],
        sf[1],
        ("法定假期" if sf[2] else "除夕至初七（待国务院通知公布后核对）")
        + "，正月初一为{0.month}月{0.day}日".format(spring_festival(year)),
    )
    lantern = lunar_to_solar(year, 1, 15)
    add("元宵节", lantern - dt.timedelta(days=1), lantern, "农历正月十四至十五")
    sessions = two_sessions or session_dates(year)
    add("全国两会", sessions.start, sessions.end, sessions.note)
    return out
