"""值班表 page: one-click generation, a day edited with its conflict shown at once, swaps."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func
from sqlalchemy import select

from db.calendar import is_rest_day
from db.duty import LeaveData
from db.duty.roster import Day
from db.duty.roster import month_dates
from db.shared_models import AuditLog
from desktop.duty.dialogs import DayDialog
from desktop.duty.dialogs import SwapDialog
from desktop.duty.models import COLUMNS

YEAR, MONTH = 2025, 6
DATES = month_dates(YEAR, MONTH)
TIP = COLUMNS.index("提示")
LEADER = COLUMNS.index("带班领导")
STAFF = COLUMNS.index("值班员")


def saved_days(ledger) -> dict[dt.date, Day]:
    data = ledger.month(YEAR, MONTH)
    return {d: v for d, v in data.days.items() if d.month == MONTH and not v.is_empty()}


def roster_page(window):
    window.show_page("roster")
    page = window.roster
    page.picker.set_month(YEAR, MONTH)
    return page


def cell(page, date: dt.date, column: int) -> str:
    return page.model.index(DATES.index(date), column).data() or ""


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_generate_fills_every_day_with_a_leader(
    qtbot, qtmodeltester, make_window, team, ledger, messages
):
    members = team(10, leaders=3)
    leaders = {m.name for m in members if m.can_lead}
    page = roster_page(make_window())
    assert page.model.rowCount() == len(DATES)
    assert all(cell(page, d, TIP) == "未排班" for d in DATES)

    click(qtbot, page.generate_button)
    qtbot.waitUntil(lambda: len(saved_days(ledger)) == len(DATES), timeout=10_000)
    qtbot.waitUntil(lambda: all(cell(page, d, LEADER) for d in DATES), timeout=5_000)

    for date in DATES:
        assert cell(page, date, LEADER).split()[0] in leaders
        assert cell(page, date, STAFF)
        assert cell(page, date, TIP) != "未排班"
    days = saved_days(ledger)
    assert sorted(days) == DATES
    assert all(d.leader is not None and d.staff for d in days.values())
    assert messages.texts("warning") == []
    assert page.summary.text().startswith(f"已排 {len(DATES)}/{len(DATES)} 天")
    # Under the roster: each member's shifts this month, rest days and working days apart.
    counts = page.counts
    shown = {
        counts.headerData(c, Qt.Orientation.Horizontal).removesuffix("（带班）"): [
            counts.index(r, c).data() for r in range(4)
        ]
        for c in range(counts.columnCount())
    }
    assert set(shown) == {m.name for m in members}
    rest = {day: is_rest_day(day) for day in days}  # 2025-06-02, a Monday, is 端午
    for name, (month_rest, month_work, year_rest, year_work) in shown.items():
        (pid,) = [m.id for m in members if m.name == name]
        on = [day for day, d in days.items() if pid in d.on_duty()]
        assert (month_rest, month_work) == (sum(rest[d] for d in on), sum(not rest[d] for d in on))
        assert (year_rest, year_work) == (month_rest, month_work)  # nothing before June
    qtmodeltester.check(counts)


def test_day_dialog_shows_back_to_back_duty_before_saving(
    qtbot, make_window, team, ledger, database, on_modal
):
    m = team(10, leaders=3)
    day, before = dt.date(YEAR, MONTH, 11), dt.date(YEAR, MONTH, 10)
    ledger.set_day(before, Day(m[0].id, [m[5].id], [m[6].id]))
    ledger.set_day(day, Day(m[1].id, [m[3].id], [m[4].id]))
    page = roster_page(make_window())
    assert "连续两天值班" not in cell(page, day, TIP)
    with database.read() as s:
        inserts_before = s.scalar(
            select(func.count()).where(
                AuditLog.table_name == "duty_assignment", AuditLog.action == "insert"
            )
        )
    page.view.selectRow(DATES.index(day))
    seen = {}

    def edit(dialog) -> None:
        assert isinstance(dialog, DayDialog) and dialog.date == day
        seen["ok_before"] = dialog.issues.text()
        dialog.set_checked("staff", m[5].id, True)  # on duty on the 10th as well
        seen["issues"] = dialog.issues.text()
        seen["saved_yet"] = saved_days(ledger)[day].staff
        click(
            qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        )

    on_modal(edit)
    click(qtbot, page.edit_button)

    assert seen["ok_before"] == "✓ 符合排班规则"
    assert "队员06连续两天值班（6月10日也在值班）" in seen["issues"]
    assert seen["saved_yet"] == [m[3].id]
    assert saved_days(ledger)[day].staff == [m[3].id, m[5].id]
    assert "队员06连续两天值班" in cell(page, day, TIP)
    assert page.model.index(DATES.index(day), TIP).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 处需注意" in page.summary.text()
    with database.read() as s:
        rows = list(
            s.scalars(
                select(AuditLog).where(
                    AuditLog.table_name == "duty_assignment", AuditLog.action == "insert"
                )
            )
        )
    assert len(rows) == inserts_before + 1
    assert f'"member_id": {m[5].id}' in rows[-1].after and '"role": "staff"' in rows[-1].after
    assert rows[-1].operator == "测试员"


def test_generate_names_a_day_a_colleague_filled_meanwhile(
    qtbot, make_window, team, ledger, messages, monkeypatch
):
    from db.duty import roster

    members = team(10, leaders=3)
    day = dt.date(YEAR, MONTH, 15)
    by_hand = Day(leader=members[0].id, staff=[members[8].id], standby=[members[9].id])
    real = roster.generate

    def colleague_saves_meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        ledger.set_day(day, by_hand)  # saved on another PC after the plan was made
        return result

    monkeypatch.setattr(roster, "generate", colleague_saves_meanwhile)
    page = roster_page(make_window())
    click(qtbot, page.generate_button)
    qtbot.waitUntil(lambda: bool(messages.texts("information")), timeout=10_000)

    [text] = messages.texts("information")
    assert text.startswith(f"已排 {len(DATES) - 1} 天。请注意：")
    assert "排班期间有人填写了 1 天，已保留其填写、未重排：6月15日" in text
    stored = saved_days(ledger)[day]
    assert (stored.leader, stored.staff, stored.standby) == (
        by_hand.leader,
        by_hand.staff,
        by_hand.standby,
    )
    assert messages.texts("warning") == []


def test_impossible_roster_names_the_dates_and_saves_nothing(
    qtbot, make_window, team, ledger, messages
):
    m = team(6, leaders=1)
    ledger.save_leave(
        LeaveData(m[0].id, dt.date(YEAR, MONTH, 10), dt.date(YEAR, MONTH, 12), "培训")
    )
    page = roster_page(make_window())

    click(qtbot, page.generate_button)
    qtbot.waitUntil(lambda: bool(messages.texts("warning")), timeout=10_000)

    [text] = messages.texts("warning")
    assert "没有保存任何排班" in text
    for day in (10, 11, 12):
        assert f"2025-06-{day}：无法安排带班领导：可任带班领导的队员均在请假" in text
    assert "2025-06-09" not in text and "2025-06-13" not in text
    assert saved_days(ledger) == {}
    assert all(cell(page, d, TIP) == "未排班" for d in DATES)


def select_data(combo, value) -> None:
    """Pick the item whose data equals ``value`` (``findData`` matches a date only by identity)."""
    [index] = [i for i in range(combo.count()) if combo.itemData(i) == value]
    combo.setCurrentIndex(index)


def test_swap_two_members_between_days(qtbot, make_window, team, ledger, on_modal, messages):
    m = team(8, leaders=2)
    first, second = dt.date(YEAR, MONTH, 3), dt.date(YEAR, MONTH, 5)
    ledger.set_day(first, Day(m[0].id, [m[2].id], [m[3].id]))
    ledger.set_day(second, Day(m[1].id, [m[4].id], [m[5].id]))
    page = roster_page(make_window())
    page.view.selectRow(DATES.index(second))
    seen = {}

    def choose(dialog) -> None:
        assert isinstance(dialog, SwapDialog)
        seen["first"] = dialog.day_a.currentData()
        seen["people"] = [dialog.who_a.itemText(i) for i in range(dialog.who_a.count())]
        select_data(dialog.who_a, m[4].id)
        select_data(dialog.day_b, first)
        select_data(dialog.who_b, m[2].id)
        seen["choice"] = dialog.choice()
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    on_modal(choose)
    click(qtbot, page.swap_button)

    assert seen["first"] == second  # the day selected in the table
    assert seen["people"] == ["队员02（带班领导）", "队员05（值班员）", "队员06（备勤）"]
    assert seen["choice"] == ((second, m[4].id), (first, m[2].id))
    days = saved_days(ledger)
    assert days[first] == Day(m[0].id, [m[4].id], [m[3].id])
    assert days[second] == Day(m[1].id, [m[2].id], [m[5].id])
    assert cell(page, first, STAFF).startswith("队员05")
    assert cell(page, second, STAFF).startswith("队员03")
    assert messages.shown == []


def test_roster_model_passes_qtmodeltester(qtmodeltester, qtbot, make_window, team, ledger):
    m = team(10, leaders=3)
    ledger.generate_month(YEAR, MONTH)
    day = dt.date(YEAR, MONTH, 2)
    version = ledger.month(YEAR, MONTH).versions[day]
    ledger.set_day(day, Day(m[3].id, [m[4].id], []), version)  # not a leader: a conflict
    page = roster_page(make_window())
    assert any(cell(page, d, TIP) for d in DATES)
    qtmodeltester.check(page.model)
    page.picker.set_month(YEAR, MONTH + 1)  # an unscheduled month
    qtmodeltester.check(page.model)


def test_today_is_selected_and_a_chosen_day_survives_a_reload(make_window, team, ledger):
    team(4, leaders=2)
    today = dt.date.today()
    page = make_window().roster
    assert page.year_month == (today.year, today.month)
    assert page.model.date_at(page.view.currentIndex().row()) == today
    other = page.month_data.dates[0] if today.day != 1 else page.month_data.dates[-1]
    page.view.selectRow(page.month_data.dates.index(other))
    page.reload()
    assert page.model.date_at(page.view.currentIndex().row()) == other
    page.picker.set_month(YEAR, MONTH)  # another month: nothing chosen there yet
    assert not page.view.currentIndex().isValid()


def test_swap_dialog_offers_the_next_scheduled_day_as_the_second(qtbot, team, ledger):
    m = team(8, leaders=2)
    days = [dt.date(YEAR, MONTH, 3), dt.date(YEAR, MONTH, 5), dt.date(YEAR, MONTH, 9)]
    for i, day in enumerate(days):
        ledger.set_day(day, Day(m[i % 2].id, [m[2 + i].id], []))
    month = ledger.month(YEAR, MONTH)
    dialog = SwapDialog(None, month, month.dates[4])
    qtbot.addWidget(dialog)
    assert (dialog.day_a.currentData(), dialog.day_b.currentData()) == (days[1], days[2])
    assert dialog.who_b.currentData() == m[0].id
