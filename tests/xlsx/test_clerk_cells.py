"""Cells written the way clerks write them, through the registers: names with their phones and
padded names on the duty sheet, a dry season across the new year, plates with or without the
dot, one leave line with a phone."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.duty import Ledger
from db.duty import MemberData
from db.duty.models import DutyAssignment
from db.duty.models import DutyDay
from db.duty.models import Leave
from db.errors import ValidationError
from db.fleet import Fleet
from db.fleet import VehicleData
from db.fleet.models import Equipment
from db.water.models import WaterSource
from db.xlsx import ImportRejected
from db.xlsx import import_register
from tests.xlsx.helpers import xlsx


@pytest.fixture
def team(database):
    ledger = Ledger(database)
    for name, phone, lead in (
        ("李德华", "18925371803", True),
        ("李明", "13800000001", False),
        ("王强", "13800000002", False),
        ("张三", "13800000003", False),
    ):
        ledger.save_member(MemberData(name=name, phone=phone, can_lead=lead))
    return database


def duty(database):
    with database.read() as s:
        out = {}
        for day in s.scalars(select(DutyDay)):
            out[day.date] = sorted(
                (a.role, a.member.name)
                for a in s.scalars(select(DutyAssignment).where(DutyAssignment.day_id == day.id))
            )
        return out


def test_duty_names_with_phones_and_padded_names(team, tmp_path):
    path = xlsx(
        tmp_path / "值班表.xlsx",
        [
            ["日期", "带班领导", "值班员"],
            ["2027-02-01", "李德华 18925371803", "李  明 王强"],
            ["2027-02-02", "李德华(189-2537-1803)", "张三，王强"],
        ],
    )
    import_register(team, "duty", path)
    got = duty(team)
    assert [name for _, name in got[dt.date(2027, 2, 1)]] == ["李德华", "李明", "王强"]
    assert [name for _, name in got[dt.date(2027, 2, 2)]] == ["李德华", "张三", "王强"]


def test_a_phone_that_is_not_the_members_is_a_placed_error(team, tmp_path):
    path = xlsx(
        tmp_path / "值班表.xlsx",
        [["日期", "带班领导", "值班员"], ["2027-02-01", "李德华 13900000000", "王强"]],
    )
    with pytest.raises(ImportRejected) as err:
        import_register(team, "duty", path)
    assert [(p.row, p.column, p.message) for p in err.value.problems] == [
        (2, "带班领导", "“李德华”的电话 13900000000 与名册（18925371803）不符")
    ]
    assert duty(team) == {}


def test_leave_of_a_member_written_with_the_phone(team, tmp_path):
    path = xlsx(
        tmp_path / "请假.xlsx",
        [
            ["姓名", "开始日期", "结束日期", "事由"],
            ["王强 13800000002", "2027-01-03", "2027-01-05", "探亲"],
        ],
    )
    import_register(team, "leave", path)
    with team.read() as s:
        assert [(x.member.name, x.reason) for x in s.scalars(select(Leave))] == [("王强", "探亲")]


def test_a_dry_season_written_across_the_new_year(database, tmp_path):
    path = xlsx(
        tmp_path / "水源.xlsx",
        [
            ["编号", "名称", "类型", "枯水期"],
            ["TR-1", "清水河", "河流", "11月至次年3月"],
            ["TR-2", "山塘", "塘", "十二月至二月"],
            ["TR-3", "老井", "井", "1、2、3月"],
        ],
    )
    import_register(database, "water-sources", path)
    with database.read() as s:
        got = {w.code: (w.has_dry_season, w.dry_months) for w in s.scalars(select(WaterSource))}
    assert got == {
        "TR-1": (True, "11,12,1,2,3"),
        "TR-2": (True, "12,1,2"),
        "TR-3": (True, "1,2,3"),
    }


def test_plates_written_with_or_without_the_dot(database, tmp_path):
    Fleet(database).save_vehicle(VehicleData(plate="渝A·12345"))
    path = xlsx(
        tmp_path / "器材.xlsx",
        [
            ["编号", "名称", "类别", "所属车辆"],
            ["SD-1", "水带", "水带", "渝A12345"],
            ["SD-2", "水带", "水带", "渝Ａ１２３４５"],
            ["SD-3", "水带", "水带", "渝a 12345"],
        ],
    )
    import_register(database, "equipment", path)
    with database.read() as s:
        vehicles = {e.code: e.vehicle_id for e in s.scalars(select(Equipment))}
    assert len(set(vehicles.values())) == 1 and None not in vehicles.values()


def test_a_plate_is_kept_in_one_form_and_found_however_it_is_written(database):
    fleet = Fleet(database)
    fleet.save_vehicle(VehicleData(plate="渝A12345"))
    assert fleet.vehicle_by_plate("渝Ａ１２３４５").plate == "渝A·12345"
    with pytest.raises(ValidationError) as err:
        fleet.save_vehicle(VehicleData(plate="渝a 12345"))
    assert "已有车牌号" in err.value.problems["plate"]


def test_a_padded_name_in_the_register_is_stored_without_its_padding(database, tmp_path):
    path = xlsx(
        tmp_path / "名册.xlsx", [["姓名", "职务"], ["李  明", "队员"], ["欧阳 晓晓", "队员"]]
    )
    import_register(database, "members", path)
    assert sorted(m.name for m in Ledger(database).members()) == ["李明", "欧阳晓晓"]
