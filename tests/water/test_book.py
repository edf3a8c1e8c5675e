"""The water facade: register, due dates, dry season, inspections, repairs, flow tests,
surveys and coverage (on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from db.drills import DrillBook
from db.drills import SiteData
from db.errors import NotFoundError
from db.errors import ValidationError
from db.geo import wgs84_to_gcj02
from db.rules import Rules
from db.water import FIELDS_BY_TYPE
from db.water import FlowTestData
from db.water import RepairData
from db.water import SurveyData
from db.water import WaterBook
from db.water import WaterFilter
from db.water import WaterSourceData
from db.water import field_value
from tests.water.helpers import DAY
from tests.water.helpers import LAT
from tests.water.helpers import LON
from tests.water.helpers import east
from tests.water.helpers import hydrant
from tests.water.helpers import north
from tests.water.helpers import pool
from tests.water.helpers import river


@pytest.fixture
def book(any_database) -> WaterBook:
    return WaterBook(any_database)


def test_fields_by_type_describe_each_type():
    keys = {t: [f.key for f in specs] for t, specs in FIELDS_BY_TYPE.items()}
    assert "static_mpa" in keys["市政消火栓"] and "form" in keys["市政消火栓"]
    assert "volume_m3" in keys["消防水池"] and "static_mpa" not in keys["消防水池"]
    assert {"has_dry_season", "dry_months", "turnaround"} <= set(keys["天然水源"])
    static = next(f for f in FIELDS_BY_TYPE["市政消火栓"] if f.key == "static_mpa")
    assert (static.label, static.kind, static.unit) == ("静压", "number", "MPa")


def test_save_converts_coordinates_and_keeps_details(book):
    lon, lat = wgs84_to_gcj02(LON, LAT)
    sid = hydrant(book, lon=lon, lat=lat, crs="GCJ-02")
    x = book.source(sid)
    assert x.crs == "GCJ-02" and x.lon == lon
    assert abs(x.lon_wgs - LON) < 1e-6 and abs(x.lat_wgs - LAT) < 1e-6
    assert x.details["static_mpa"] == 0.3 and x.details["pipe_dn"] == 150
    spec = next(f for f in FIELDS_BY_TYPE["市政消火栓"] if f.key == "form")
    assert field_value(x, spec) == "地上式"
    assert x.created_by == "测试员"


def test_bad_input_is_refused_with_field_messages(book):
    hydrant(book, "XHS-001")
    with pytest.raises(ValidationError) as err:
        hydrant(book, "XHS-001", name="另一个")
    assert "已被另一个水源使用" in err.value.problems["code"]
    with pytest.raises(ValidationError) as err:
        hydrant(book, "XHS-002", lat=200.0)
    assert "lat" in err.value.problems
    bad = WaterSourceData("XHS-003", "坏静压", "市政消火栓", details={"static_mpa": "abc"})
    with pytest.raises(ValidationError) as err:
        book.save_source(bad)
    assert "静压应填数字" in err.value.problems["details.static_mpa"]
    assert book.page().total == 1


def test_archive_when_there_is_history(book):
    plain = pool(book, "SC-009")
    assert book.delete_source(plain, book.source(plain).version) == "deleted"
    sid = hydrant(book)
    book.record_inspection(book.new_inspection(sid, on=DAY, inspectors="刘建国"))
    assert book.delete_source(sid, book.source(sid).version) == "archived"
    assert book.page().total == 0
    assert book.page(filters=WaterFilter()).total == 0  # the page's own (blank) filter
    assert len(book.page(filters=WaterFilter(include_archived=True)).rows) == 1
    assert book.page(filters=WaterFilter(include_archived=True)).total == 1


def test_restore_brings_a_source_back_unless_one_in_use_has_its_code(book):
    sid = hydrant(book, "XHS-001")
    book.record_inspection(book.new_inspection(sid, on=DAY, inspectors="刘建国"))
    book.delete_source(sid, book.source(sid).version)
    twin = hydrant(book, "ｘｈｓ-001", name="新消火栓")
    with pytest.raises(ValidationError) as err:
        book.restore_source(sid, book.source(sid).version)
    assert err.value.problems["code"].startswith("不能恢复“XHS-001”：在用水源“ｘｈｓ-001”")
    assert book.source(sid).archived
    with pytest.raises(NotFoundError):
        book.restore_source(sid + twin + 100, 1)
    book.delete_source(twin, book.source(twin).version)  # no history: deleted
    book.restore_source(sid, book.source(sid).version)
    assert [x.code for x in book.page().rows] == ["XHS-001"]


def test_archived_sources_stay_out_of_every_filter_and_total(book):
    """Each filter (and the plain register, paged deep) counts and lists the live sources
    only, in the chosen order; 含已归档 brings the archived ones back."""
    ids = {}
    for i in range(12):
        village = "石龙村" if i % 2 else "高楼社区"
        make = pool if i % 3 == 0 else hydrant
        code = f"{'SC' if make is pool else 'XHS'}-{i:03d}"
        ids[code] = make(book, code, village=village, status="故障" if i % 4 == 1 else "可用")
    for code in ("XHS-001", "SC-006", "XHS-010"):  # with history: deleting archives them
        book.record_inspection(book.new_inspection(ids[code], on=DAY, inspectors="刘建国"))
        assert book.delete_source(ids[code], book.source(ids[code]).version) == "archived"
    archived = {ids["XHS-001"], ids["SC-006"], ids["XHS-010"]}
    everything = book.sources(WaterFilter(include_archived=True))
    live = [x for x in everything if x.id not in archived]
    soon, month = dt.date.today(), dt.timedelta(days=30)
    checks = [
        (WaterFilter(), lambda x: True),
        (WaterFilter(type="消防水池"), lambda x: x.type == "消防水池"),
        (WaterFilter(village="石龙村"), lambda x: x.village == "石龙村"),
        (WaterFilter(status="故障"), lambda x: x.status == "故障"),
        (
            WaterFilter(type="市政消火栓", status="可用"),
            lambda x: x.type == "市政消火栓" and x.status == "可用",
        ),
        (WaterFilter(available=True, today=DAY), lambda x: x.status == "可用"),
        (WaterFilter(text="XHS-01"), lambda x: "XHS-01" in x.code),
        (WaterFilter(due="due", today=soon), lambda x: x.next_due and x.next_due <= soon + month),
    ]
    for filters, keep in checks:
        for sort in ("code", "village", "status"):
            wanted = sorted((x for x in live if keep(x)), key=lambda x: x.id)
            wanted.sort(key=lambda x: getattr(x, sort))
            pages = [book.page(o, 4, sort, filters) for o in range(0, 12, 4)]
            assert {p.total for p in pages} == {len(wanted)}, (filters, sort)
            assert [x.id for p in pages for x in p.rows] == [x.id for x in wanted], (filters, sort)
    shown = book.page(0, 50, "code", WaterFilter(include_archived=True, village="石龙村"))
    assert {x.id for x in shown.rows} >= {ids["XHS-001"]} and shown.total == 6


def test_due_dates_per_type_and_rule_edit(book, any_database):
    h, p, r = hydrant(book), pool(book), river(book)
    for sid in (h, p, r):
        book.record_inspection(book.new_inspection(sid, on=DAY, inspectors="刘建国"))
    assert book.source(h).next_due == dt.date(2025, 7, 10)
    assert book.source(p).next_due == dt.date(2025, 7, 10)
    assert book.source(r).next_due == dt.date(2026, 6, 10)
    assert book.source(h).last_inspected_on == DAY
    Rules(any_database).set("water.hydrant_check_months", "3")
    assert book.source(h).next_due == dt.date(2025, 9, 10)
    assert book.source(p).next_due == dt.date(2025, 7, 10)
    today = dt.date(2025, 8, 1)
    overdue = book.page(filters=WaterFilter(due="overdue", today=today))
    assert [x.id for x in overdue.rows] == [p]
    due = book.page(filters=WaterFilter(due="due", today=today, within=45))
    assert {x.id for x in due.rows} == {h, p}


def test_dry_season_availability_by_date(book):
    r = river(book, months="12-2")
    x = book.source(r)
    assert x.dry_months == "12,1,2"
    assert not x.available_on(dt.date(2025, 1, 15))
    assert x.available_on(dt.date(2025, 6, 15))
    hydrant(book)
    winter = book.page(filters=WaterFilter(available=True, today=dt.date(2025, 12, 5)))
    assert [s.type for s in winter.rows] == ["市政消火栓"]
    summer = book.page(filters=WaterFilter(available=True, today=dt.date(2025, 7, 5)))
    assert summer.total == 2
    with pytest.raises(ValidationError):
        river(book, "TR-002", months="13")


def test_failed_item_marks_source_broken_and_opens_repair(book):
    sid = hydrant(book)
    data = book.new_inspection(sid, on=DAY, inspectors="刘建国")
    data.inspectors = "刘建国、陈志强"
    static = next(i for i in data.items if i.text == "静压")
    static.value = "0.10"  # below 0.14 MPa: fails though ticked 合格
    out = book.record_inspection(data)
    assert out.result == "不合格" and out.failed == ["静压 0.10MPa"]
    assert out.source_status == "故障" and out.repair_id is not None
    repair = book.repair(out.repair_id)
    assert repair.status == "待报修" and repair.reported_to == "县自来水公司"
    assert repair.deadline == DAY + dt.timedelta(days=15)
    saved = book.inspection(out.inspection_id)
    assert saved.problems == "静压 0.10MPa"
    assert next(i for i in saved.items if i.text == "静压").outcome == "不合格"
    book.advance_repair(out.repair_id, "已报修", book.repair(out.repair_id).version)
    book.advance_repair(out.repair_id, "维修中", book.repair(out.repair_id).version)
    assert book.source(sid).status == "维修中"
    assert book.repairs(open_only=True)[0].id == out.repair_id
    version = book.repair(out.repair_id).version
    book.close_repair(out.repair_id, "更换阀门", DAY + dt.timedelta(days=5), version=version)
    assert book.source(sid).status == "可用"
    assert book.repairs(open_only=True) == []


def test_maintenance_is_logged_as_an_inspection(book):
    sid = hydrant(book)
    data = book.new_inspection(sid, kind="保养", on=DAY, inspectors="刘建国")
    assert [i.text for i in data.items][:2] == ["除锈", "注油（阀杆、螺纹）"]
    out = book.record_inspection(data)
    assert out.result == "合格"
    assert book.inspections(sid)[0].kind == "保养"


def test_flow_test_stores_the_class(book):
    sid = hydrant(book)
    out = book.record_flow_test(FlowTestData(sid, 0.45, 0.30, 0.10, 63.5, DAY))
    assert out.flow_class in ("AA", "A", "B", "C") and out.rated_lps > out.flow_lps > 0
    assert book.source(sid).flow_class == out.flow_class
    assert out.colour.startswith("#")
    assert book.page(sort="flow_class").rows[0].flow_class == out.flow_class


def test_flow_colours_follow_the_office_scheme(book, any_database):
    assert book.flow_colours() == {c: book.flow_colour(c) for c in ("AA", "A", "B", "C")}
    assert book.flow_colours()["B"] == "#f58231"  # NFPA unless the office chose otherwise
    Rules(any_database).set("water.flow_colour_scheme", "AWWA")
    assert book.flow_colours() == {"AA": "#7fc8f8", "A": "#3cb44b", "B": "#ffe119", "C": "#e6194b"}
    assert book.flow_colour("B") == "#ffe119" and book.flow_colour("") == ""


def test_open_repair_by_hand(book):
    sid = pool(book)
    rid = book.open_repair(RepairData(sid, "池壁渗漏", DAY, "高楼中学"))
    assert book.source(sid).status == "故障"
    book.close_repair(rid, version=book.repair(rid).version)
    assert book.source(sid).status == "可用"


def test_survey_progress_and_summary(book):
    a = hydrant(book, "XHS-001", village="高楼社区")
    b = hydrant(book, "XHS-002", village="高楼社区")
    c = river(book, "TR-001", village="龙溪村")
    hydrant(book, "XHS-003", village="新华村")
    sid = book.start_survey(
        SurveyData(
            "2025年夏季水源普查",
            DAY,
            DAY + dt.timedelta(days=30),
            "刘建国",
            villages=["高楼社区", "龙溪村"],
        )
    )
    sheet = book.survey_sheet(sid)
    assert list(sheet) == ["高楼社区", "龙溪村"]
    assert [r.source.code for r in sheet["高楼社区"]] == ["XHS-001", "XHS-002"]
    assert book.progress(sid) == (0, 3)
    ok = book.new_inspection(a, on=DAY, inspectors="刘建国")
    book.record_survey_result(sid, ok)
    bad = book.new_inspection(b, on=DAY, inspectors="刘建国")
    bad.items[1].outcome = "不合格"  # 埋压
    book.record_survey_result(sid, bad)
    assert book.progress(sid) == (2, 3)
    assert book.survey(sid).villages == ["高楼社区", "龙溪村"]
    summary = book.close_survey(sid, DAY + dt.timedelta(days=3))
    assert (summary.done, summary.total) == (2, 3)
    assert summary.by_status == {"可用": 1, "故障": 1}
    assert summary.by_problem == {"无埋压、圈占、遮挡，周围无障碍物": 1}
    assert summary.by_village["高楼社区"] == (2, 2, 1)
    assert summary.survey.status == "已完成" and "不合格 1 处" in summary.survey.summary
    assert book.inspections(a)[0].kind == "普查"
    with pytest.raises(ValidationError):
        book.record_survey_result(sid, book.new_inspection(c, on=DAY, inspectors="刘建国"))


def test_coverage_with_known_geometry(book, any_database):
    drills = DrillBook(any_database)
    covered = drills.save_site(SiteData("高楼小学", "学校", lon=LON, lat=LAT))
    gap = drills.save_site(SiteData("敬老院", "养老院", lon=east(2000), lat=LAT))
    glon, glat = wgs84_to_gcj02(east(5000), LAT)
    gcj = drills.save_site(SiteData("农贸市场", "农贸市场", lon=glon, lat=glat, crs="GCJ-02"))
    drills.save_site(SiteData("无坐标的厂", "工厂企业"))
    hydrant(book, "XHS-001", lat=north(100))
    hydrant(book, "XHS-002", lon=east(2000), lat=north(200))
    hydrant(book, "XHS-003", lon=east(5000), lat=north(100))
    broken = hydrant(book, "XHS-004", lon=east(2000), lat=north(50))
    book.open_repair(RepairData(broken, "漏水", DAY))
    report = book.coverage(on=DAY)
    assert report.radius_m == 150
    by_id = {r.site_id: r for r in report.rows}
    assert by_id[covered].covered and abs(by_id[covered].nearest[0].distance_m - 100) < 1
    assert not by_id[gap].covered
    assert by_id[gap].nearest[0].code == "XHS-002"  # the broken one is not counted
    assert abs(by_id[gap].nearest[0].distance_m - 200) < 1
    assert by_id[gcj].covered and abs(by_id[gcj].nearest[0].distance_m - 100) < 1
    assert [r.site_id for r in report.gaps] == [gap]
    assert report.without_coordinates == ["无坐标的厂"]
    assert book.coverage(radius_m=250, on=DAY).gaps == []


def test_dry_river_leaves_a_gap_in_winter(book, any_database):
    DrillBook(any_database).save_site(SiteData("龙溪村委", "其他", lon=LON, lat=LAT))
    river(book, lat=north(80))
    assert book.coverage(on=dt.date(2025, 7, 1)).gaps == []
    assert len(book.coverage(on=dt.date(2025, 1, 10)).gaps) == 1


def test_due_lists_inspections_repairs_and_gaps(book, any_database):
    from db.due import collect

    DrillBook(any_database).save_site(SiteData("敬老院", "养老院", lon=LON, lat=LAT))
    sid = hydrant(book, lat=north(500))
    data = book.new_inspection(sid, on=dt.date(2025, 1, 5), inspectors="刘建国")
    data.items[0].outcome = "不合格"
    book.record_inspection(data)
    items = [i for i in collect(any_database, dt.date(2025, 3, 1)) if i.register == "水源"]
    whats = " ".join(i.what for i in items)
    assert "检查" in whats and "维修（待报修）" in whats and "150 米内无可用消防水源" in whats
    assert all(i.state in ("已逾期", "待处理") for i in items)


def test_page_sorts_filters_and_counts(book):
    for n in range(12):
        hydrant(book, f"XHS-{n:03d}", village="高楼社区" if n % 2 else "新华村")
    pool(book, "SC-001", village="新华村")
    page = book.page(0, 5, "code", WaterFilter(village="新华村"))
    assert page.total == 7 and len(page.rows) == 5
    assert page.rows[0].code == "SC-001"
    assert book.page(0, 5, "code", WaterFilter(type="消防水池")).total == 1
    assert book.page(0, 50, "code", WaterFilter(text="XHS-01")).total == 2
    desc = book.page(0, 3, "code", descending=True)
    assert desc.rows[0].code == "XHS-011"
    assert set(book.villages()) == {"新华村", "高楼社区"}


def test_photos_are_attached_to_the_source(book, tmp_path):
    sid = hydrant(book)
    photo = tmp_path / "hydrant.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    added = book.add_photo(sid, str(photo), "正面")
    assert [p.id for p in book.photos(sid)] == [added.id]
    assert added.owner_table == "water_source" and added.path.exists()
    assert book.delete_source(sid, book.source(sid).version) == "deleted"
    assert not added.path.exists()


def test_never_inspected_source_is_due_from_the_day_it_was_registered(book, any_database):
    from db.due import OVERDUE
    from db.due import collect

    today = dt.date.today()
    h, p = hydrant(book), pool(book)
    book.record_inspection(book.new_inspection(p, on=today, inspectors="刘建国"))
    assert book.source(h).next_due == today
    later = today + dt.timedelta(days=10)
    overdue = book.page(filters=WaterFilter(due="overdue", today=later))
    assert [x.id for x in overdue.rows] == [h]
    assert [
        x.id for x in book.page(filters=WaterFilter(due="due", today=today, within=5)).rows
    ] == [h]
    items = [i for i in collect(any_database, later, 5) if i.register == "水源"]
    assert [(i.subject, i.what, i.due, i.state) for i in items] == [
        ("消火栓XHS-001（XHS-001）", "检查", today, OVERDUE)
    ]
    book.delete_source(
        h, book.source(h).version
    )  # no history: deleted; an archived one is filtered out as before
    assert book.page(filters=WaterFilter(due="overdue", today=later)).total == 0


def test_upgrade_makes_never_inspected_sources_due(tmp_path, monkeypatch):
    from alembic import command
    from sqlalchemy import text

    from db.engine import open_database
    from db.migrate import alembic_config

    def downgrade(database, revision):  # type: ignore[no-untyped-def]
        cfg = alembic_config()
        with database.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)

    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    # Records written by today's program, then the schema taken back to 0006 (the release
    # before 0007): the facade writes today's tables, so it cannot write a 0006 database.
    old = open_database(data_dir=tmp_path)
    book = WaterBook(old)
    h, p = hydrant(book), pool(book)
    book.record_inspection(book.new_inspection(p, on=DAY, inspectors="刘建国"))
    downgrade(old, "0006")
    with old.engine.begin() as s:  # as the previous release stored them
        s.execute(text("update water_source set next_due = null, created_at = '2025-03-04 09:00:00'"
                       f" where id = {h}"))  # fmt: skip
    old.dispose()
    db = open_database(data_dir=tmp_path)
    try:
        book = WaterBook(db)
        assert book.source(h).next_due == dt.date(2025, 3, 4)
        assert book.source(p).next_due == dt.date(2025, 7, 10)
    finally:
        db.dispose()


@pytest.mark.parametrize("sort", ["code", "name", "next_due", "village"])
@pytest.mark.parametrize("descending", [False, True])
def test_text_search_pages_in_the_same_order_as_the_register(book, sort, descending):
    for n in range(9):
        hydrant(book, f"XHS-{n:03d}", village="高楼社区" if n % 3 else "新华村")
    pool(book, "SC-001", village="新华村")
    everything = book.page(0, 50, sort, WaterFilter(), descending).rows
    expected = [x.code for x in everything if "XHS" in x.code]
    found = book.page(0, 50, sort, WaterFilter(text="xhs"), descending)
    assert found.total == 9 and [x.code for x in found.rows] == expected
    assert [
        x.code for x in book.page(3, 4, sort, WaterFilter(text="XHS"), descending).rows
    ] == expected[3:7]


def test_dry_seasons_typed_the_way_people_write_them(book):
    for number, (written, stored) in enumerate(
        (("11月至次年3月", "11,12,1,2,3"), ("十二月至二月", "12,1,2"), ("1、2、3月", "1,2,3"))
    ):
        made = river(book, code=f"TR-{number}", months=written)
        assert book.source(made).dry_months == stored, written


def test_an_inspection_names_its_inspector_and_shows_every_problem_at_once(book):
    sid = hydrant(book)
    data = book.new_inspection(sid, on=DAY)
    data.deadline = DAY - dt.timedelta(days=1)
    problems = book.validate_inspection(data)
    assert problems["inspectors"] == "请填写检查人" and "deadline" in problems
    with pytest.raises(ValidationError):
        book.record_inspection(data)
    assert book.inspections(sid) == []


def test_a_code_in_use_is_among_the_first_problems(book):
    hydrant(book, "XHS-001")
    data = WaterSourceData("XHS-001", "", "市政消火栓", lat=200.0, lon=105.9)
    problems = book.validate_source(data)
    assert {"code", "name", "lat"} <= set(problems)
    assert "已被另一个水源使用" in problems["code"]
