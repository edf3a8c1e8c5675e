"""Vehicles, equipment, interval and retirement rules, checks and the repair flow."""

from __future__ import annotations

import datetime as dt

import pytest

from db.errors import NotFoundError
from db.errors import ValidationError
from db.fleet import EQUIPMENT
from db.fleet import VEHICLE
from db.fleet import EquipmentData
from db.fleet import EquipmentFilter
from db.fleet import Fleet
from db.fleet import Intervals
from db.fleet import KitItemData
from db.fleet import VehicleData
from db.fleet import add_months
from db.fleet.models import Vehicle
from db.rules import DEFAULTS
from db.rules import Rules

TODAY = dt.date.today()


def intervals(**changes: str) -> Intervals:
    values = {k: d.value for k, d in DEFAULTS.items()}
    values.update(changes)
    return Intervals(values)


def test_add_months_clamps_to_month_end():
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 11, 30), 3) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2025, 6, 15), 12) == dt.date(2026, 6, 15)


def test_vehicle_intervals_from_the_rules():
    iv = intervals()
    last = dt.date(2025, 1, 10)
    assert iv.vehicle_due("例行检查", last) == dt.date(2025, 1, 11)
    assert iv.vehicle_due("一级保养", last) == dt.date(2025, 4, 10)
    assert iv.vehicle_due("二级保养", last) == dt.date(2025, 7, 10)
    assert iv.vehicle_due("水泵测试", last) == dt.date(2026, 1, 10)
    assert intervals(**{"vehicle.level1_months": "2"}).vehicle_due("一级保养", last) == dt.date(
        2025, 3, 10
    )


def day(text: str | None) -> dt.date | None:
    """The date written ``YYYY-MM-DD`` (None stays None)."""
    return None if text is None else dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    "category, agent, made, tested, due, retire",
    [
        ("水带", "", "2020-05-01", "2024-03-01", "2025-03-01", None),
        ("气瓶", "", "2015-05-01", "2023-03-01", "2026-03-01", "2030-05-01"),
        ("防护服", "", "2016-02-01", None, "2017-02-01", "2026-02-01"),
        ("灭火器", "干粉", "2020-01-01", None, "2025-01-01", "2030-01-01"),
        ("灭火器", "干粉", "2020-01-01", "2025-01-01", "2027-01-01", "2030-01-01"),
        ("灭火器", "水基", "2020-01-01", None, "2023-01-01", "2026-01-01"),
        ("灭火器", "二氧化碳", "2020-01-01", None, "2025-01-01", "2032-01-01"),
        ("照明", "", None, None, None, None),
    ],
)
def test_equipment_test_and_retirement_dates(category, agent, made, tested, due, retire):
    dates = intervals().equipment_dates(category, agent, day(made), day(tested))
    assert dates == (day(due), day(retire))


def test_editing_a_rule_moves_stored_dates(database):
    fleet = Fleet(database)
    eid = fleet.save_equipment(
        EquipmentData(
            "QP-1",
            "气瓶",
            "气瓶",
            manufactured_on=dt.date(2015, 5, 1),
            last_test_on=dt.date(2023, 3, 1),
        )
    )
    assert fleet.equipment(eid).retire_on == dt.date(2030, 5, 1)
    Rules(database).set("equipment.气瓶.life_years", "12")
    Rules(database).set("equipment.气瓶.test_months", "24")
    e = fleet.equipment(eid)
    assert (e.next_due, e.retire_on) == (dt.date(2025, 3, 1), dt.date(2027, 5, 1))
    page = fleet.equipment_page(filter=EquipmentFilter(due_before=dt.date(2025, 12, 31)))
    assert [r.code for r in page.rows] == ["QP-1"]


def _vehicle(fleet: Fleet) -> int:
    return fleet.save_vehicle(
        VehicleData(
            "渝A·12345",
            "水罐消防车",
            5000,
            status="执勤",
            in_service_on=dt.date(2020, 1, 1),
            kit=[KitItemData("水带", 10, "右1"), KitItemData("水枪", 2)],
        )
    )


def test_vehicle_dues_from_last_check_of_each_kind(any_database):
    fleet = Fleet(any_database)
    vid = _vehicle(fleet)
    for kind, back in (("例行检查", 2), ("二级保养", 30)):
        c = fleet.new_check(VEHICLE, vid, kind, TODAY - dt.timedelta(days=back))
        c.inspector = "张三"
        assert fleet.record_check(c).passed
    row = fleet.vehicle_rows()[0]
    assert row.dues["例行检查"].due == TODAY - dt.timedelta(days=1)
    assert row.dues["二级保养"].due == add_months(TODAY - dt.timedelta(days=30), 6)
    assert row.dues["一级保养"].last == TODAY - dt.timedelta(days=30)  # a 二级 counts as 一级
    assert row.dues["水泵测试"].due == dt.date(2021, 1, 1)  # from the in-service date
    from db.due import OVERDUE
    from db.due import collect

    items = [i for i in collect(any_database, TODAY) if i.register == "车辆"]
    assert {(i.what, i.state) for i in items} >= {("例行检查", OVERDUE), ("水泵测试", OVERDUE)}


def test_failed_check_repair_and_return(any_database):
    fleet = Fleet(any_database)
    vid = _vehicle(fleet)
    fleet.save_vehicle(VehicleData(**{**fleet.vehicle(vid).__dict__, "status": "备用"}))
    check = fleet.new_check(VEHICLE, vid)
    assert [r.expected for r in check.results if r.kind == "quantity"] == [10, 2]
    check.inspector, check.reviewer = "张三", "李四"
    check.results[-2].counted = 8  # two hoses missing
    outcome = fleet.record_check(check)
    assert not outcome.passed and outcome.repair_id is not None
    assert fleet.vehicle(vid).status == "维修"
    assert [o.subject for o in fleet.out_of_service()] == ["渝A·12345"]
    ticket = fleet.repair(outcome.repair_id)
    assert "应有10 实有8" in ticket.problem and ticket.previous_status == "备用"
    # A second ticket while out of service still remembers 备用.
    second = fleet.open_repair(VEHICLE, vid, "警灯不亮")
    assert fleet.repair(second).previous_status == "备用"
    first = outcome.repair_id
    fleet.start_repair(first, "修理厂", version=fleet.repair(first).version)
    assert (
        fleet.resolve_repair(first, "补齐水带", cost=320, version=fleet.repair(first).version) == ""
    )
    assert fleet.vehicle(vid).status == "维修"
    fixed = fleet.resolve_repair(
        second, "更换灯泡", done_by="王五", version=fleet.repair(second).version
    )
    assert fixed == "备用"
    assert fleet.vehicle(vid).status == "备用"
    fleet.close_repair(second, fleet.repair(second).version)
    with pytest.raises(ValidationError):
        fleet.close_repair(second, fleet.repair(second).version)
    assert fleet.repairs() == []
    history = fleet.history(VEHICLE, vid)
    kinds = [h.what for h in history]
    assert "检查" in kinds and "维修" in kinds and "修改" in kinds
    assert fleet.check(outcome.check_id).reviewer == "李四"


def test_equipment_test_moves_due_date_and_failure_takes_out_of_service(any_database):
    fleet = Fleet(any_database)
    eid = fleet.save_equipment(
        EquipmentData("SD-1", "水带", "水带", manufactured_on=dt.date(2020, 1, 1), status="备用")
    )
    c = fleet.new_check(EQUIPMENT, eid, on=TODAY)
    c.inspector = "张三"
    fleet.record_check(c)
    e = fleet.equipment(eid)
    assert e.last_test_on == TODAY and e.next_due == add_months(TODAY, 12)
    c = fleet.new_check(EQUIPMENT, eid, on=TODAY)
    c.inspector = "张三"
    c.results[0].outcome = "不合格"
    out = fleet.record_check(c)
    assert fleet.equipment(eid).status == "维修"
    version = fleet.repair(out.repair_id).version
    assert fleet.resolve_repair(out.repair_id, "更换接口", version=version) == "备用"


def test_templates_are_editable_per_vehicle_and_category(database):
    fleet = Fleet(database)
    vid = _vehicle(fleet)
    from db.fleet import TemplateItemData
    from db.fleet import vehicle_target

    assert fleet.template(vehicle_target(vid))[0].text == "燃油存量"
    fleet.save_template("vehicle", [TemplateItemData("共用项目")])
    assert [t.text for t in fleet.template(vehicle_target(vid))] == ["共用项目"]
    fleet.save_template(vehicle_target(vid), [TemplateItemData("本车项目", "value", "MPa")])
    assert [t.text for t in fleet.new_check(VEHICLE, vid).results][:1] == ["本车项目"]
    fleet.reset_template(vehicle_target(vid))
    assert fleet.template(vehicle_target(vid))[0].text == "共用项目"
    assert fleet.template("呼吸器")[1].unit == "MPa"
    with pytest.raises(ValidationError):
        fleet.save_template("水带", [TemplateItemData("")])


def test_validation_and_archive(database):
    fleet = Fleet(database)
    with pytest.raises(ValidationError) as err:
        fleet.save_equipment(EquipmentData("", "", ""))
    assert set(err.value.problems) >= {"code", "name", "category"}
    made, tested = dt.date(2020, 5, 1), dt.date(2019, 3, 1)
    with pytest.raises(ValidationError) as err:
        fleet.save_equipment(EquipmentData("QP-1", "气瓶", "气瓶", "", made, last_test_on=tested))
    assert err.value.problems == {"last_test_on": "上次检验日期 2019-03-01 早于生产日期 2020-05-01"}
    vid = _vehicle(fleet)
    with pytest.raises(ValidationError):
        fleet.save_vehicle(VehicleData("渝A·12345"))
    c = fleet.new_check(VEHICLE, vid)
    c.inspector = "张三"
    fleet.record_check(c)
    assert fleet.delete_vehicle(vid, fleet.vehicle(vid).version) == "archived"
    assert fleet.vehicles() == []
    other = fleet.save_vehicle(VehicleData("渝A·99999"))
    assert fleet.delete_vehicle(other, fleet.vehicle(other).version) == "deleted"


def _checked(fleet: Fleet, table: str, target_id: int) -> None:
    check = fleet.new_check(table, target_id)
    check.inspector = "张三"
    fleet.record_check(check)


def test_restore_brings_an_archived_vehicle_back_and_says_so_in_its_history(database):
    fleet = Fleet(database)
    vid = _vehicle(fleet)
    _checked(fleet, VEHICLE, vid)
    assert fleet.delete_vehicle(vid, fleet.vehicle(vid).version) == "archived"
    fleet.restore_vehicle(vid, fleet.vehicle(vid).version)
    assert [v.plate for v in fleet.vehicles()] == ["渝A·12345"]
    changes = [h.what for h in fleet.history(VEHICLE, vid) if h.what != "检查"]
    assert sorted(changes) == sorted(["新增", "归档", "恢复"])  # stamped to the second
    fleet.restore_vehicle(
        vid, fleet.vehicle(vid).version
    )  # already in use: nothing to do, nothing written
    assert [h.what for h in fleet.history(VEHICLE, vid)].count("恢复") == 1
    with pytest.raises(NotFoundError):
        fleet.restore_vehicle(vid + 100, 1)


def test_restore_is_refused_while_a_record_in_use_has_the_same_plate_or_number(database):
    fleet = Fleet(database)
    vid = _vehicle(fleet)
    _checked(fleet, VEHICLE, vid)
    fleet.delete_vehicle(vid, fleet.vehicle(vid).version)
    with database.transaction() as s:  # written before plates were kept in one form
        s.add(Vehicle(plate="渝A12345"))
    with pytest.raises(ValidationError) as err:
        fleet.restore_vehicle(vid, fleet.vehicle(vid).version)
    assert err.value.problems["plate"].startswith("不能恢复“渝A·12345”：在用车辆“渝A12345”")
    assert fleet.vehicle(vid).archived

    old = fleet.save_equipment(EquipmentData("SD-001", "65mm水带", "水带"))
    _checked(fleet, EQUIPMENT, old)
    fleet.delete_equipment(old, fleet.equipment(old).version)
    twin = fleet.save_equipment(EquipmentData("sd-001", "65mm水带", "水带"))
    with pytest.raises(ValidationError) as err:
        fleet.restore_equipment(old, fleet.equipment(old).version)
    assert "在用器材“sd-001”的编号与它相同" in err.value.problems["code"]
    assert fleet.equipment(old).archived
    version = fleet.equipment(twin).version
    fleet.save_equipment(EquipmentData("SD-002", "65mm水带", "水带", id=twin, version=version))
    fleet.restore_equipment(old, fleet.equipment(old).version)
    assert not fleet.equipment(old).archived


def test_insurance_and_annual_inspection_are_due_items(any_database):
    from db.due import OVERDUE
    from db.due import SOON
    from db.due import collect

    fleet = Fleet(any_database)
    vid = _vehicle(fleet)
    v = fleet.vehicle(vid)
    v.insurance_due = TODAY + dt.timedelta(days=10)
    v.inspection_due = TODAY - dt.timedelta(days=3)
    fleet.save_vehicle(v)
    day = dt.timedelta(days=1)
    items = {(i.what, i.due, i.state) for i in collect(any_database, TODAY) if i.register == "车辆"}
    assert ("保险到期", TODAY + 10 * day, SOON) in items
    assert ("年检到期", TODAY - 3 * day, OVERDUE) in items
    items = {i.what for i in collect(any_database, TODAY, within=5)}
    assert "年检到期" in items and "保险到期" not in items


def test_demo_vehicles_have_insurance_and_inspection_dates(database):
    from db.due import collect
    from db.fleet import demo as fleet_demo

    fleet_demo.build(database, TODAY)
    vehicles = Fleet(database).vehicles()
    assert all(v.insurance_due and v.inspection_due for v in vehicles)
    assert all(
        (v.insurance_due - TODAY).days > 0 and (v.inspection_due - TODAY).days > 0 for v in vehicles
    )
    due = [
        (i.subject, i.what)
        for i in collect(database, TODAY, 30)
        if i.what in ("保险到期", "年检到期")
    ]
    assert due == [("渝B·F1119", "保险到期")]


def test_equipment_pages_carry_plates_and_join_up_in_every_order(any_database):
    """The register page: rows in the chosen order (ties by id), the truck's plate on items
    stowed on it, and consecutive pages that make up the whole filtered list."""
    fleet = Fleet(any_database)
    truck = _vehicle(fleet)
    for i in range(23):
        fleet.save_equipment(
            EquipmentData(
                f"EQ-{(i * 7) % 23:03d}",
                f"器材{i % 5}",
                "水带" if i % 3 else "呼吸器",
                location=f"库房{i % 4}",
                vehicle_id=truck if i % 4 == 0 else None,
                compartment="右1" if i % 4 == 0 else "",
                last_test_on=None if i % 6 == 0 else dt.date(2024, 1 + i % 12, 1),
            )
        )
    gone = []
    for code in ("EQ-007", "EQ-014"):  # checked once, then deleted: archived, not shown
        item = next(e for e in fleet.equipment_list() if e.code == code)
        check = fleet.new_check(EQUIPMENT, item.id)
        check.inspector = "张三"
        fleet.record_check(check)
        assert fleet.delete_equipment(item.id, fleet.equipment(item.id).version) == "archived"
        gone.append(item.id)
    everything = fleet.equipment_list()
    assert len(everything) == 21 and not {e.id for e in everything} & set(gone)
    assert {e.vehicle_plate for e in everything} == {"渝A·12345", ""}
    assert fleet.equipment_page(filter=EquipmentFilter(include_archived=True)).total == 23
    filters = [
        (None, lambda e: True),
        (EquipmentFilter(), lambda e: True),  # the whole register, counted without its flag
        (EquipmentFilter(category="水带"), lambda e: e.category == "水带"),
        (EquipmentFilter(text="EQ-01"), lambda e: "EQ-01" in e.code),
    ]
    for sort in ("code", "name", "location", "next_due"):
        for descending in (False, True):
            for filt, keep in filters:
                pages = [
                    fleet.equipment_page(o, 5, sort, descending, filt) for o in range(0, 25, 5)
                ]
                got = [e for p in pages for e in p.rows]
                shown = sorted((e for e in everything if keep(e)), key=lambda e: e.id)
                assert {p.total for p in pages} == {len(shown)}
                assert sorted(e.id for e in got) == [e.id for e in shown]
                if sort != "next_due":  # (where empty dates go differs between databases)
                    shown.sort(key=lambda e: getattr(e, sort), reverse=descending)
                    assert [e.id for e in got] == [e.id for e in shown]
                dates = [e.next_due for e in got if e.next_due is not None]
                if sort == "next_due":
                    assert dates == sorted(dates, reverse=descending)
                for e in got:
                    assert e.vehicle_plate == ("渝A·12345" if e.vehicle_id == truck else "")


def test_an_odometer_below_the_last_reading_is_a_warning_not_a_refusal(database):
    fleet = Fleet(database)
    vid = fleet.save_vehicle(VehicleData("渝A·54321", mileage_km=5000.0))
    check = fleet.new_check(VEHICLE, vid)
    check.inspector = "张三"
    assert fleet.check_warnings(check) == {}  # the last reading itself
    check.mileage_km = 5200.0
    assert fleet.check_warnings(check) == {}
    check.mileage_km = 500.0
    assert "低于上次记录的 5000 km" in fleet.check_warnings(check)["mileage_km"]
    assert fleet.validate_check(check) == {}
    fleet.record_check(check)
    assert fleet.vehicle(vid).mileage_km == 5000.0
