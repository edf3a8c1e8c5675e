"""首页: today's duty with phones, and the alert level of the period covering today."""

from __future__ import annotations

import datetime as dt

from db.duty import PeriodData
from db.duty.roster import Day


def test_home_shows_todays_duty_and_alert_level(make_window, team, ledger):
    m = team(6, leaders=2)
    today = dt.date.today()
    ledger.save_period(
        PeriodData(
            "森林防火",
            today - dt.timedelta(days=2),
            today + dt.timedelta(days=3),
            level=2,
            min_staff=3,
        )
    )
    ledger.set_day(today, Day(m[0].id, [m[2].id, m[3].id, m[4].id], [m[5].id]))
    window = make_window()
    home = window.home
    assert window.stack.currentWidget() is home

    assert home.level.text() == "当前战备等级：二级战备（森林防火）"
    card = home.today_card
    assert card.title.text().startswith(f"今日　{today.month}月{today.day}日")
    assert card.badge.text() == "二级战备·森林防火"
    assert card.badge.background().name() == "#ffd08a"
    body = card.body.text()
    for member in m[:6]:
        if member is not m[1]:
            assert member.name in body and member.phone in body
    assert m[1].name not in body
    assert body.index(m[0].name) < body.index("值班员") < body.index(m[2].name)
    assert "尚未排班" in home.tomorrow_card.body.text()
    assert "森林防火" in home.upcoming.text() and "进行中" in home.upcoming.text()


def test_home_follows_a_day_saved_elsewhere(make_window, team, ledger):
    m = team(4, leaders=1)
    window = make_window()
    assert "尚未排班" in window.home.today_card.body.text()
    assert window.home.level.text() == "当前战备等级：常态"
    ledger.set_day(dt.date.today(), Day(m[0].id, [m[1].id], [m[2].id]))
    window.show_page("roster")
    window.roster.changed.emit()  # any page's change refreshes the home page
    assert m[0].name in window.home.today_card.body.text()


def test_normal_level_badge_stays_visible_on_the_white_card(make_window, ledger):
    assert ledger.level_colours()[0] == "#ffffff"
    home = make_window().home
    assert home.today_card.badge.text() == "常态"
    assert home.today_card.badge.background().name() != "#ffffff"
