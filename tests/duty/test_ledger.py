"""The ledger facade against real databases: members, leave, periods, roster, calls."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func
from sqlalchemy import select

from db.demo import build
from db.duty import CallData
from db.duty import HandoverData
from db.duty import LeaveData
from db.duty import Ledger
from db.duty import MemberData
from db.duty import PeriodData
from db.duty.models import DutyAssignment
from db.duty.models import DutyDay
from db.duty.roster import Day
from db.errors import NotFoundError
from db.errors import StaleRecordError
from db.errors import ValidationError
from db.shared_models import AuditLog


def add_team(ledger: Ledger, n: int = 12, leaders: int = 3) -> list[int]:
    return [
        ledger.save_member(
            MemberData(name=f"队员{i:02d}", phone=f"1380000{i:04d}", can_lead=i < leaders)
        )
        for i in range(n)
    ]


def test_member_validation_keeps_nothing_and_names_each_field(database):
    ledger = Ledger(database)
    with pytest.raises(ValidationError) as err:
        ledger.save_member(MemberData(name="  ", role=" ", phone="abc"))
    assert set(err.value.problems) == {"name", "role", "phone"}
    ledger.save_member(MemberData(name="张三"))
    with pytest.raises(ValidationError, match="同名"):
        ledger.save_member(MemberData(name="张三"))
    assert [m.name for m in ledger.members()] == ["张三"]


def test_delete_archives_a_member_with_history(any_database):
    ledger = Ledger(any_database)
    ids = add_team(ledger, 6, 2)
    assert ledger.generate_month(2026, 3).ok
    used = next(i for i in ids if ledger.members()[ids.index(i)].duty_count)
    assert ledger.delete_member(used, ledger.member(used).version) == "archived"
    spare = ledger.save_member(MemberData(name="新人"))
    assert ledger.delete_member(spare, ledger.member(spare).version) == "deleted"
    names = [m.name for m in ledger.members()]
    assert "新人" not in names and len(names) == 5
    assert len(ledger.members(include_archived=True)) == 6
    actions = [r.action for r in ledger.history("member", used)]
    assert actions[-1] == "archive"
    # The archived member stays on the printed March roster, but is not scheduled in April.
    assert ledger.generate_month(2026, 4).ok
    april = ledger.month(2026, 4)
    assert all(used not in april.days[d].members() for d in april.dates)


def test_restore_brings_a_member_back_unless_one_in_use_has_the_name(database):
    ledger = Ledger(database)
    old = ledger.save_member(MemberData(name="张伟"))
    ledger.save_leave(LeaveData(old, dt.date(2026, 3, 2), dt.date(2026, 3, 4), "事假"))
    assert ledger.delete_member(old, ledger.member(old).version) == "archived"
    twin = ledger.save_member(MemberData(name="张 伟", phone="13800000001"))
    with pytest.raises(ValidationError) as err:
        ledger.restore_member(old, ledger.member(old).version)
    assert err.value.problems["name"] == (
        "不能恢复“张伟”：在用队员中已有同名的“张 伟”。请先给其中一人的姓名加以区分（如 张伟(大)）。"
    )
    assert [m.name for m in ledger.members()] == ["张 伟"]
    with pytest.raises(NotFoundError):
        ledger.restore_member(old + twin + 100, 1)
    version = ledger.member(twin).version
    ledger.save_member(MemberData(name="张伟(小)", phone="13800000001", id=twin, version=version))
    ledger.restore_member(old, ledger.member(old).version)
    assert sorted(m.name for m in ledger.members()) == ["张伟", "张伟(小)"]
    assert [r.action for r in ledger.history("member", old)][-1] == "restore"


def test_generate_month_saves_and_keeps_filled_days(any_database):
    ledger = Ledger(any_database)
    add_team(ledger)
    ledger.preload_campaign(2025)
    feb = ledger.month(2026, 2)
    first = feb.dates[0]
    ledger.set_day(first, Day(leader=1, staff=[5], standby=[6]))
    result = ledger.generate_month(2026, 2)
    assert result.ok and first not in result.generated and len(result.generated) == 27
    feb = ledger.month(2026, 2)
    assert feb.days[first].leader == 1 and feb.days[first].staff == [5]
    spring = feb.days[dt.date(2026, 2, 17)]
    assert feb.needs[dt.date(2026, 2, 17)].level_name == "二级战备"
    assert len(spring.staff) >= 3
    assert not [i for i in feb.issues if i.hard]
    with any_database.read() as s:
        assert s.scalar(select(func.count()).select_from(DutyDay)) == 28
    again = ledger.generate_month(2026, 2)
    assert again.generated == []


def test_generating_another_campaigns_month_loads_its_presets_first(database):
    """February 2024 with no periods stored: 春节 is raised, not scheduled as 常态."""
    ledger = Ledger(database)
    add_team(ledger)
    result = ledger.generate_month(2024, 2)
    assert result.ok and set(result.seeded) == {"元旦", "春节", "元宵节", "全国两会"}
    assert "春节" in result.seeded_note()
    feb = ledger.month(2024, 2)
    assert feb.needs[dt.date(2024, 2, 12)].level_name == "二级战备"
    assert len(feb.days[dt.date(2024, 2, 12)].staff) >= 3
    assert ledger.generate_month(2024, 3).seeded == []  # the campaign has its periods now
    for period in ledger.periods():
        ledger.delete_period(period.id, period.version)
    assert ledger.generate_month(2024, 1).seeded == []  # deleted ones do not come back
    assert ledger.periods() == []
    assert ledger.generate_month(2024, 7).seeded == []  # July is in no campaign


def test_impossible_month_writes_nothing(database):
    ledger = Ledger(database)
    add_team(ledger, 5, 1)
    leader = ledger.members()[0]
    ledger.save_leave(LeaveData(leader.id, dt.date(2026, 5, 10), dt.date(2026, 5, 12), "出差"))
    result = ledger.generate_month(2026, 5)
    assert not result.ok
    assert {p.day for p in result.problems} == {dt.date(2026, 5, d) for d in (10, 11, 12)}
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(DutyDay)) == 0
        assert s.scalar(select(func.count()).select_from(DutyAssignment)) == 0


def test_manual_edit_shows_conflicts_and_is_audited(any_database):
    ledger = Ledger(any_database)
    ids = add_team(ledger, 8, 2)
    assert ledger.generate_month(2026, 6).ok
    june = ledger.month(2026, 6)
    d1, d2 = june.dates[9], june.dates[10]
    yesterday_staff = june.days[d1].staff[0]
    edited = Day(leader=june.days[d2].leader, staff=[yesterday_staff], standby=[])
    issues = ledger.set_day(d2, edited, june.versions[d2])
    assert any("连续两天值班" in i.message for i in issues)
    assert ledger.month(2026, 6).days[d2].staff == [yesterday_staff]
    with any_database.read() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.table_name == "duty_assignment")).all()
    assert any(
        r.action == "insert" and json.loads(r.after)["member_id"] == yesterday_staff for r in rows
    )
    # A stale copy of the day is refused.
    with pytest.raises(StaleRecordError):
        ledger.set_day(d2, Day(leader=ids[0], staff=[ids[5]]), june.versions[d2])
    with pytest.raises(ValidationError):
        ledger.set_day(d2, Day(leader=ids[0], staff=[ids[0]]))


def test_role_change_within_a_day(database):
    ledger = Ledger(database)
    ids = add_team(ledger, 6, 2)
    day = dt.date(2026, 7, 1)
    ledger.set_day(day, Day(leader=ids[0], staff=[ids[3]], standby=[ids[4]]))
    version = ledger.month(2026, 7).versions[day]
    ledger.set_day(day, Day(leader=ids[0], staff=[ids[4]], standby=[ids[3]]), version)
    got = ledger.month(2026, 7).days[day]
    assert (got.staff, got.standby) == ([ids[4]], [ids[3]])


def test_swap_two_members_between_days(database):
    ledger = Ledger(database)
    add_team(ledger, 10, 3)
    assert ledger.generate_month(2026, 8).ok
    aug = ledger.month(2026, 8)
    a, b = aug.dates[2], aug.dates[6]
    ma, mb = aug.days[a].staff[0], aug.days[b].staff[0]
    ledger.swap((a, ma), (b, mb))
    aug2 = ledger.month(2026, 8)
    assert aug2.days[a].staff[0] == mb and aug2.days[b].staff[0] == ma
    assert aug2.versions[a] == aug.versions[a] + 1
    assert len(ledger.history("duty_assignment", 0)) == 0


def test_preload_campaign_is_idempotent_and_editable(database):
    ledger = Ledger(database)
    assert ledger.preload_campaign(2026) == 4
    assert ledger.preload_campaign(2026) == 0
    period = next(p for p in ledger.periods() if p.name == "全国两会")
    period.end = dt.date(2027, 3, 11)
    ledger.save_period(period)
    assert next(p for p in ledger.periods(2027) if p.name == "全国两会").end == dt.date(2027, 3, 11)
    with pytest.raises(ValidationError) as err:
        ledger.save_period(
            PeriodData("坏", dt.date(2027, 3, 5), dt.date(2027, 3, 1), level=9, min_staff=0)
        )
    assert set(err.value.problems) == {"end", "level", "min_staff"}


def test_new_year_preset_stays_at_the_turn_of_the_year(database):
    """Loading the 2022–23 campaign raises 2022-12-31 → 2023-01-02, not the summer."""
    ledger = Ledger(database)
    ledger.preload_campaign(2022)
    ledger.preload_campaign(2023)
    spans = sorted((p.start, p.end) for p in ledger.periods() if p.name == "元旦")
    assert spans == [
        (dt.date(2022, 12, 31), dt.date(2023, 1, 2)),
        (dt.date(2023, 12, 30), dt.date(2024, 1, 1)),
    ]
    needs = ledger.needs([dt.date(2023, 7, 15), dt.date(2023, 1, 2), dt.date(2023, 12, 30)])
    assert needs[dt.date(2023, 7, 15)].level == 0
    assert needs[dt.date(2023, 1, 2)].level_name == "三级战备"
    assert needs[dt.date(2023, 12, 30)].level_name == "三级战备"


def test_needs_take_the_highest_covering_period(database):
    ledger = Ledger(database)
    ledger.save_period(PeriodData("元宵节", dt.date(2027, 3, 2), dt.date(2027, 3, 3), 1, 2))
    ledger.save_period(PeriodData("全国两会", dt.date(2027, 3, 3), dt.date(2027, 3, 12), 2, 4))
    needs = ledger.needs([dt.date(2027, 3, d) for d in (1, 2, 3)])
    assert needs[dt.date(2027, 3, 1)].level == 0 and needs[dt.date(2027, 3, 1)].staff == 1
    assert (
        needs[dt.date(2027, 3, 2)].level_name == "三级战备"
        and needs[dt.date(2027, 3, 2)].staff == 2
    )
    third = needs[dt.date(2027, 3, 3)]
    assert (third.level_name, third.staff, third.period) == ("二级战备", 4, "元宵节、全国两会")


def test_calls_and_handovers(database):
    ledger = Ledger(database)
    with pytest.raises(ValidationError) as err:
        ledger.save_call(CallData(at=None, content=""))
    assert set(err.value.problems) == {"at", "content"}
    ledger.save_call(
        CallData(
            dt.datetime(2026, 1, 1, 9, 0), "村委会", "张", "13800000000", "报火警", "已出动", "刘队"
        )
    )
    ledger.save_call(CallData(dt.datetime(2026, 1, 2, 7, 0), "群众", "李", "", "咨询", "已答复"))
    ledger.save_call(CallData(dt.datetime(2026, 1, 2, 9, 0), "群众", "王", "", "次日来电", ""))
    assert [c.caller_name for c in ledger.calls_for_shift(dt.date(2026, 1, 1))] == ["张", "李"]
    with pytest.raises(ValidationError):
        ledger.save_handover(HandoverData(duty_date=dt.date(2026, 1, 1)))
    ledger.save_handover(HandoverData(dt.date(2026, 1, 1), handed_by="甲", received_by="乙"))
    assert ledger.handovers()[0].received_by == "乙"


def test_demo_town(tmp_path):
    from db.engine import open_database

    db = open_database(data_dir=tmp_path, demo=True)
    today = dt.date(2026, 11, 28)
    build(db, today)
    ledger = Ledger(db)
    assert len(ledger.members()) == 20
    assert {p.name for p in ledger.periods()} >= {"元旦", "春节", "元宵节", "全国两会"}
    for month in (11, 12):
        m = ledger.month(2026, month)
        assert all(m.days.get(d) and m.days[d].leader for d in m.dates)
    assert ledger.on_duty(today).leader is not None
    assert ledger.calls() and ledger.handovers()
    assert (tmp_path / "demo.sqlite3").exists()


def test_campaign_preloaded_once_automatically(database):
    ledger = Ledger(database)
    assert ledger.preload_due_campaign(dt.date(2026, 11, 28)) == 4
    names = {p.name: p for p in ledger.periods()}
    assert names["春节"].start.year == 2027
    ledger.delete_period(names["全国两会"].id, names["全国两会"].version)
    assert ledger.preload_due_campaign(dt.date(2026, 12, 1)) == 0
    assert "全国两会" not in {p.name for p in ledger.periods()}
    assert ledger.preload_due_campaign(dt.date(2027, 2, 1)) == 0  # same campaign
    assert ledger.preload_due_campaign(dt.date(2027, 11, 1)) == 4  # the next one
