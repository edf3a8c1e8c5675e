"""Hydrant spacing around the key sites (GB 50974-2014 §7.2.5): facade, CLI and print."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from db.drills import DrillBook
from db.drills import SiteData
from db.geo import Point
from db.rules import Rules
from db.water import RepairData
from db.water import WaterBook
from db.water import forms
from db.water.spacing import long_edges
from db.water.spacing import spanning_edges
from desktop.cli.main import main
from tests.water.helpers import DAY
from tests.water.helpers import LAT
from tests.water.helpers import LON
from tests.water.helpers import east
from tests.water.helpers import hydrant
from tests.water.helpers import north
from tests.water.helpers import pool

RADIUS = 300  # wide enough to hold the whole row of hydrants below


def row_of_hydrants(book: WaterBook) -> None:
    """Hydrants 100 m, 100 m and 300 m apart along a street through the site; between the last
    two, two broken hydrants and a pool that must not close the gap."""
    DrillBook(book.db).save_site(SiteData("高楼小学", "学校", lon=LON, lat=LAT))
    for code, x in (("XHS-001", -250), ("XHS-002", -150), ("XHS-003", -50), ("XHS-004", 250)):
        hydrant(book, code, lon=east(x))
    for code, x in (("XHS-005", 50), ("XHS-006", 150)):
        broken = hydrant(book, code, lon=east(x))
        book.open_repair(RepairData(broken, "漏水", DAY))
    pool(book, "SC-001")  # at the site itself: not a hydrant
    hydrant(book, "XHS-009", lon=east(2000), lat=north(500))  # far away: not in the check


def test_spanning_tree_links_each_point_to_its_nearest_neighbour():
    points = [Point(i, east(x), LAT) for i, x in enumerate((0, 400, 100, 200))]
    edges = spanning_edges(points)
    assert sorted(round(d) for d, _, _ in edges) == [100, 100, 200]
    assert [(a.id, b.id) for _, a, b in long_edges(points, 120)] == [(3, 1)]
    assert spanning_edges(points[:1]) == []


@pytest.fixture
def book(any_database) -> WaterBook:
    return WaterBook(any_database)


def test_one_gap_and_only_in_service_hydrants_count(book):
    row_of_hydrants(book)
    report = book.coverage(RADIUS, on=DAY)
    assert report.spacing_rule_m == 120
    assert len(report.spacing) == 1
    gap = report.spacing[0]
    assert (gap.site_name, {gap.a_code, gap.b_code}) == ("高楼小学", {"XHS-003", "XHS-004"})
    assert abs(gap.distance_m - 300) < 0.5 and gap.rule_m == 120
    # once the broken hydrants are repaired they close the gap
    for r in book.repairs(open_only=True):
        book.close_repair(r.id, "更换阀门", DAY, version=r.version)
    assert book.coverage(RADIUS, on=DAY).spacing == []


def test_the_rule_value_decides(book):
    row_of_hydrants(book)
    rules = Rules(book.db)
    rules.set("water.hydrant_spacing_m", "350")
    assert book.coverage(RADIUS, on=DAY).spacing == []
    rules.set("water.hydrant_spacing_m", "90")
    report = book.coverage(RADIUS, on=DAY)
    assert sorted(round(g.distance_m) for g in report.spacing) == [100, 100, 300]
    assert {g.rule_m for g in report.spacing} == {90}


def test_cli_and_printed_report_list_the_gap(database, tmp_path, capsys):
    row_of_hydrants(WaterBook(database))
    with pdfplumber.open(io.BytesIO(forms.coverage_pdf(database, RADIUS, DAY))) as pdf:
        text = "".join("".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "消火栓间距超过120米" in text
    assert "XHS-003" in text and "XHS-004" in text and "300米" in text and "≤120米" in text
    assert "填报人" in text and "单位负责人" in text  # the signature lines stay
    database.dispose()
    args = ["--data-dir", str(tmp_path / "data"), "coverage", "--radius", str(RADIUS)]
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr()
    gaps = [line for line in out.out.splitlines() if "间距" in line]
    assert gaps == ["高楼小学\t消火栓间距超过120米\tXHS-003–XHS-004\t300米\t规则≤120米"]
    assert "消火栓间距超过 120 米 1 处" in out.err
