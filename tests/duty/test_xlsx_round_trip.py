"""The duty registers exported and imported again unchanged, progress and cancel, and what an
import reports of each row."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from db.duty.models import AlertPeriod
from db.duty.models import DutyAssignment
from db.duty.models import DutyDay
from db.duty.models import Leave
from db.duty.models import Member
from db.engine import open_database
from db.errors import LedgerError
from db.xlsx import REGISTERS
from db.xlsx import OperationCancelled
from db.xlsx import export_register
from db.xlsx import import_register
from tests.duty.imports import dump
from tests.duty.imports import rejected
from tests.duty.imports import where
from tests.xlsx.helpers import xlsx


def fill(database):
    with database.transaction() as s:
        zhang, li, wang = (
            s.scalar(select(Member).where(Member.name == n)) for n in ("张三", "李四", "王五")
        )
        s.add_all(
            [
                Leave(
                    member=wang, start=dt.date(2024, 2, 1), end=dt.date(2024, 2, 5), reason="探亲"
                ),
                Leave(member=li, start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 1), reason=""),
            ]
        )
        periods = (("春节", (2, 9), (2, 17), 3, 3), ("两会", (3, 4), (3, 11), 2, 2))
        for name, start, end, level, staff in periods:
            start_on, end_on = dt.date(2024, *start), dt.date(2024, *end)
            s.add(AlertPeriod(name=name, start=start_on, end=end_on, level=level, min_staff=staff))
        for offset in range(10):
            day = DutyDay(date=dt.date(2024, 2, 8) + dt.timedelta(days=offset))
            day.assignments = [
                DutyAssignment(member=zhang if offset % 2 else li, role="leader", position=0),
                DutyAssignment(member=wang, role="staff", position=1),
            ]
            s.add(day)


def cells(path):
    wb = openpyxl.load_workbook(path)
    return [list(r) for r in wb.active.iter_rows(values_only=True)]


@pytest.mark.parametrize("register", ["members", "leave", "alert-periods", "duty"])
def test_round_trip_export_import_gives_the_same_register(team, tmp_path, register):
    fill(team)
    exported = tmp_path / "out.xlsx"
    count = export_register(team, register, exported)
    assert count == len(cells(exported)) - 1 > 0
    before = dump(team)
    report = import_register(team, register, exported)
    assert report.unchanged == count and report.added == report.updated == report.replaced == 0
    assert dump(team) == before  # nothing rewritten, not even an audit row

    other = open_database(data_dir=tmp_path / "other", operator="测试员")
    try:
        for name in ("members", "alert-periods", register):
            export_register(team, name, tmp_path / f"{name}.xlsx")
            import_register(other, name, tmp_path / f"{name}.xlsx")
        export_register(other, register, tmp_path / "again.xlsx")
        assert cells(tmp_path / "again.xlsx") == cells(exported)
    finally:
        other.dispose()


def test_duty_export_shows_the_computed_alert_level(team, tmp_path):
    fill(team)
    export_register(team, "duty", tmp_path / "d.xlsx")
    rows = cells(tmp_path / "d.xlsx")
    assert rows[0] == ["日期", "带班领导", "值班员", "备勤人员", "战备等级"]
    by_day = {r[0].date(): r for r in rows[1:]}
    assert by_day[dt.date(2024, 2, 8)][1:] == ["李四", "王五", None, None]
    assert by_day[dt.date(2024, 2, 10)][4] == "一级战备"  # 春节, level 3


def test_progress_is_reported_and_cancel_writes_nothing(team, tmp_path):
    rows = [["姓名", "职务"]] + [[f"队员{i}", "队员"] for i in range(1200)]
    path = xlsx(tmp_path / "m.xlsx", rows)
    seen = []
    report = import_register(team, "members", path, progress=lambda d, t: seen.append((d, t)))
    assert report.added == 1200 and seen and seen[-1][0] == seen[-1][1]
    fractions = [done / total for done, total in seen]
    assert fractions == sorted(fractions) and fractions[0] < 0.5 < fractions[-1]

    path = xlsx(tmp_path / "m2.xlsx", [["姓名"]] + [[f"新人{i}"] for i in range(1200)])
    before = dump(team)
    with pytest.raises(OperationCancelled):
        import_register(team, "members", path, cancelled=lambda: True)
    assert dump(team) == before
    with pytest.raises(OperationCancelled):
        export_register(team, "members", tmp_path / "x.xlsx", cancelled=lambda: True)
    assert not (tmp_path / "x.xlsx").exists()


def test_unknown_register_is_a_readable_error(database, tmp_path):
    with pytest.raises(LedgerError, match="没有名为"):
        import_register(database, "no-such-register", tmp_path / "x.xlsx")
    assert {"members", "leave", "alert-periods", "duty"} <= set(REGISTERS)


def test_phone_problems_name_the_real_reason(database, tmp_path):
    from db.duty import Ledger
    from db.duty import MemberData
    from db.errors import ValidationError
    from db.validate import phone

    assert "太短" in phone("1") and "只能包含" not in phone("1")
    assert "只能包含数字" in phone("13a")
    assert "不能超过 40" in phone("1" * 41)
    assert phone("119") is None and phone("023-4560 1119") is None and phone("") is None
    with pytest.raises(ValidationError) as err:
        Ledger(database).save_member(MemberData(name="甲", phone="1"))
    assert "太短" in err.value.problems["phone"]
    path = xlsx(
        tmp_path / "m.xlsx",
        [["姓名", "电话"], ["乙", "1"], ["丙", "13x"], ["丁", "(023)4560-1119"]],
    )
    problems = rejected(database, "members", path)
    assert where(problems, 2, "电话") == err.value.problems["phone"]  # the dialog's words
    assert (
        where(problems, 3, "电话")
        == "电话只能包含数字、空格、+、-，例如 13800000000 或 023-45678901"
    )
    assert len(problems) == 2


def test_each_row_is_reported_with_what_happens_to_it(team, tmp_path):
    first = xlsx(tmp_path / "a.xlsx", [["姓名", "电话"], ["甲一", "13800000001"], ["乙二", ""]])
    import_register(team, "members", first)
    again = xlsx(
        tmp_path / "b.xlsx",
        [["姓名", "电话"], ["甲一", "13800000001"], ["乙二", "13900000002"], ["丙三", ""]],
    )
    report = import_register(team, "members", again)
    assert {n: (o.status, o.changes) for n, o in report.outcomes.items()} == {
        2: ("未变", {}),
        3: ("更新", {"phone": ("", "13900000002")}),
        4: ("新增", {}),
    }
    assert (report.added, report.updated, report.unchanged) == (1, 1, 1)
