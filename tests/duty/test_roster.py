"""Roster generation rules, without a database."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from db.duty import roster
from db.duty.roster import Day
from db.duty.roster import Need
from db.duty.roster import Person
from db.duty.roster import check
from db.duty.roster import generate
from db.duty.roster import month_dates

FEB = month_dates(2026, 2)


def team(
    n: int, leaders: int, leave: dict[int, tuple[dt.date, dt.date]] | None = None
) -> list[Person]:
    leave = leave or {}
    return [Person(i, f"M{i}", i < leaders, (leave[i],) if i in leave else ()) for i in range(n)]


def needs_for(dates, staff=1, standby=1, raised: set[dt.date] = frozenset()):
    return {
        d: Need(
            2 if d in raised else 0,
            "二级战备" if d in raised else "常态",
            3 if d in raised else staff,
            standby,
            d.weekday() >= 5,
            "春节" if d in raised else "",
        )
        for d in dates
    }


def assert_rules(result, people, needs, consecutive_ok=False):
    by_id = {p.id: p for p in people}
    for day, d in result.days.items():
        need = needs[day]
        assert d.leader is not None and by_id[d.leader].can_lead
        assert len(d.staff) >= need.staff
        members = d.members()
        assert len(members) == len(set(members)), f"{day}: two roles for one member"
        for pid in members:
            assert not by_id[pid].on_leave(day), f"{day}: {pid} is on leave"
        prev = result.days.get(day - dt.timedelta(days=1))
        if prev and not consecutive_ok:
            assert not set(prev.on_duty()) & set(d.on_duty()), f"{day}: duty two days running"


def test_month_with_twenty_members_keeps_every_rule_and_is_even():
    people = team(20, 4, {5: (dt.date(2026, 2, 1), dt.date(2026, 2, 10))})
    raised = {dt.date(2026, 2, 15) + dt.timedelta(days=i) for i in range(9)}
    needs = needs_for(FEB, raised=raised)
    result = generate(FEB, people, needs)
    assert result.ok and not result.warnings
    assert sorted(result.generated) == FEB
    assert_rules(result, people, needs)

    # Working days and rest days are each balanced within one duty; the total within two.
    def spread(counter):
        return max(counter.values()) - min(counter.values())

    for pick in (lambda d: [d.leader], lambda d: [p for p in d.staff if p >= 4]):
        work = Counter(
            p for day, d in result.days.items() if not needs[day].rest_day for p in pick(d)
        )
        rest = Counter(p for day, d in result.days.items() if needs[day].rest_day for p in pick(d))
        total = work + rest
        assert spread(work) <= 1 and spread(rest) <= 1 and spread(total) <= 2, (work, rest)


def test_existing_days_are_kept():
    people = team(10, 3)
    needs = needs_for(FEB)
    fixed = Day(leader=2, staff=[9], standby=[8])
    result = generate(FEB, people, needs, existing={FEB[4]: fixed})
    assert result.days[FEB[4]] is fixed and FEB[4] not in result.generated
    assert 2 not in result.days[FEB[3]].on_duty() and 2 not in result.days[FEB[5]].on_duty()


def test_team_too_small_relaxes_rest_rule_and_says_so():
    people = team(3, 2)
    needs = needs_for(FEB[:7])
    result = generate(FEB[:7], people, needs)
    assert result.ok
    assert result.warnings and "人数不足" in result.warnings[0].message
    assert_rules(result, people, needs, consecutive_ok=True)


def test_impossible_days_are_named_with_reason_and_nothing_returned_as_ok():
    leave = {0: (FEB[9], FEB[11]), 1: (FEB[10], FEB[12])}
    people = team(8, 2, leave)
    result = generate(FEB, people, needs_for(FEB))
    assert not result.ok
    days = {p.day for p in result.problems}
    assert days == {FEB[10], FEB[11]}
    assert all("带班领导" in p.message and "请假" in p.message for p in result.problems)


def test_not_enough_staff_for_raised_alert_is_reported():
    people = team(3, 1)
    raised = {FEB[0]}
    result = generate(FEB[:1], people, needs_for(FEB[:1], raised=raised))
    assert not result.ok and "至少需要3名值班员" in result.problems[0].message


def test_history_balances_across_months():
    people = team(6, 2)
    jan = month_dates(2026, 1)
    first = generate(jan, people, needs_for(jan))
    feb = generate(FEB, people, needs_for(FEB), history=first.days)
    total = Counter(p for r in (first, feb) for d in r.days.values() for p in d.staff)
    assert max(total.values()) - min(total.values()) <= 1


def test_check_flags_manual_conflicts():
    people = {p.id: p for p in team(6, 2, {4: (FEB[1], FEB[1])})}
    needs = needs_for(FEB[:3])
    days = {
        FEB[0]: Day(leader=0, staff=[3], standby=[5]),
        FEB[1]: Day(leader=3, staff=[4, 0], standby=[]),
    }
    messages = [i.message for i in check(days, people, needs)]
    assert any("M3不可任带班领导" in m for m in messages)
    assert any("M4当日请假" in m for m in messages)
    assert any("连续两天值班" in m for m in messages)


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=6, max_value=30),
    leaders=st.integers(min_value=2, max_value=6),
    month=st.integers(min_value=1, max_value=12),
    staff=st.integers(min_value=1, max_value=2),
)
def test_generated_rosters_always_keep_the_hard_rules(n, leaders, month, staff):
    dates = month_dates(2027, month)
    people = team(n, min(leaders, n))
    needs = needs_for(dates, staff=staff)
    result = generate(dates, people, needs)
    if result.ok:
        assert_rules(result, people, needs, consecutive_ok=bool(result.warnings))
    else:
        assert result.problems


def test_month_dates():
    assert len(month_dates(2024, 2)) == 29 and month_dates(2026, 12)[-1] == dt.date(2026, 12, 31)
    assert roster.Issue(FEB[0], "x").__str__() == "2026-02-01：x"
