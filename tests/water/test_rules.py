"""Flow rating, dry seasons, coordinates and the grid index against known values."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from db.geo import GridIndex
from db.geo import Point
from db.geo import gcj02_to_wgs84
from db.geo import haversine_m
from db.geo import validate
from db.geo import wgs84_to_gcj02
from db.water.rules import available
from db.water.rules import dry_months
from db.water.rules import flow_class
from db.water.rules import flow_from_pitot
from db.water.rules import rate


def test_pitot_formula_matches_nfpa_291():
    # 2.5 in outlet, c = 0.9, 16 psi pitot → 29.83·0.9·6.25·4 = 671 gpm = 42.3 L/s
    q = flow_from_pitot(16 / 145.0377, 63.5, 0.9)
    assert q == pytest.approx(671.2 / 15.850323, rel=1e-3)


def test_rated_flow_and_class():
    # static 70 psi, residual 50 psi, 671 gpm → Q_R = 671·(50/20)^0.54 ≈ 1100 gpm → class A
    r = rate(70 / 145.0377, 50 / 145.0377, 16 / 145.0377, 63.5)
    assert r.rated_lps * 15.850323 == pytest.approx(1100, rel=0.01)
    assert r.flow_class == "A"
    assert flow_class(1500 / 15.850323) == "AA" and flow_class(499 / 15.850323) == "C"
    with pytest.raises(ValueError):
        rate(0.2, 0.3, 0.1, 63.5)


def test_dry_season_makes_source_unavailable_by_date():
    assert dry_months("12-2") == {12, 1, 2}
    assert dry_months("11，12、1") == {11, 12, 1}
    assert not available("可用", True, "12-2", dt.date(2027, 1, 15))
    assert available("可用", True, "12-2", dt.date(2027, 3, 1))
    assert not available("故障", False, "", dt.date(2027, 3, 1))
    with pytest.raises(ValueError):
        dry_months("13")


def test_gcj_round_trip_within_a_metre():
    lon, lat = 105.93, 29.80
    glon, glat = wgs84_to_gcj02(lon, lat)
    assert haversine_m(lon, lat, glon, glat) > 100  # the offset is real
    back = gcj02_to_wgs84(glon, glat)
    assert haversine_m(lon, lat, *back) < 0.5


def test_haversine_known_distance():
    # One degree of latitude ≈ 111.2 km
    assert haversine_m(105.0, 29.0, 105.0, 30.0) == pytest.approx(111_195, rel=1e-3)


def test_coordinate_validation():
    assert validate(105.9, 200, "WGS84") == {"lat": "纬度 200 超出范围（-90 到 90）"}
    assert "crs" in validate(105.9, 29.8, "BD09")


def test_grid_matches_brute_force():
    rng = random.Random(3)
    pts = [Point(i, 105.9 + rng.random() * 0.05, 29.78 + rng.random() * 0.05) for i in range(2000)]
    grid = GridIndex(pts, cell_m=150)
    for _ in range(50):
        lon, lat = 105.9 + rng.random() * 0.05, 29.78 + rng.random() * 0.05
        brute = sorted(p.id for p in pts if haversine_m(lon, lat, p.lon, p.lat) <= 150)
        assert sorted(p.id for _, p in grid.near(lon, lat, 150)) == brute


def test_pool_refill_wording_follows_gb_50974_4_3_3():
    """96 h applies only to pools over 2,000 m³ (§4.3.3), not to 'water-scarce areas'."""
    from db.water.checklists import POOL_ITEMS
    from db.water.data import FIELDS_BY_TYPE
    from db.water.data import POOL

    (line,) = [text for text, *_ in POOL_ITEMS if text.startswith("补水")]
    assert "48 h" in line and "大于2000 m³的不大于96 h" in line
    (refill,) = [f for f in FIELDS_BY_TYPE[POOL] if f.key == "refill_h"]
    assert "2000 m³" in refill.hint and "缺水" not in refill.hint
