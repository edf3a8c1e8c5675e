"""Map labels avoid each other: on the demo town's crowded centre no two label boxes overlap,
none covers a mark, all stay inside the frame; labels that fit nowhere are dropped and counted."""

from __future__ import annotations

import datetime as dt
import itertools

from reportlab.graphics.shapes import String
from reportlab.lib.units import mm

from db.drills import demo as drills_demo
from db.geo import to_wgs84
from db.pdf.base import LANDSCAPE
from db.pdf.base import PORTRAIT
from db.pdf.labels import Placed
from db.pdf.labels import Wanted
from db.pdf.labels import inside
from db.pdf.labels import overlaps
from db.pdf.labels import place_labels
from db.water import demo as water_demo
from db.water.forms.map import MapSite
from db.water.forms.map import MapSource
from db.water.forms.map import map_drawing
from db.water.forms.map import map_frame
from db.water.forms.map import map_labels
from tests.water.helpers import east
from tests.water.helpers import north

SIZES = [
    (LANDSCAPE.width, LANDSCAPE.height - 40 * mm),  # 消防水源分布图
    (PORTRAIT.width, PORTRAIT.width * 1.15),  # the coverage report's map
]


def assert_apart(placed: list[Placed], frame) -> None:
    for a, b in itertools.combinations(placed, 2):
        assert not overlaps(a.box, b.box), (a.text, b.text)
    for label in placed:
        assert inside(label.box, frame), label.text


def demo_map() -> tuple[list[MapSource], list[MapSite]]:
    """The demo town's map as ``--demo`` draws it, read from the demo's own lists (no
    database to fill): its sources with their coordinates in WGS84, its key sites."""
    day = dt.date(2026, 6, 1)
    sources = [
        MapSource(*to_wgs84(x.lon, x.lat, x.crs), x.code, x.type, x.status, "", x.available_on(day))
        for x in water_demo._hydrants() + water_demo._others()
        if x.lon is not None and x.lat is not None
    ]
    sources += [
        MapSource(lon, lat, code, "取水点", "可用")
        for code, _, _, lon, lat, _ in water_demo.INTAKES
    ]
    sites = [MapSite(row[4], row[5], row[0]) for row in drills_demo.SITES]
    return sources, sites


def test_demo_map_labels_do_not_overlap():
    sources, sites = demo_map()
    assert len(sources) > 30 and len(sites) > 5
    for width, height in SIZES:
        frame = map_frame(sources, sites, width, height)
        assert frame is not None
        placed, dropped = map_labels(sources, sites, frame)
        assert_apart(placed, frame.box)
        assert not dropped and len(placed) == len(sources) + len(sites)
        # no label over any point's mark
        marks = [frame.place(p.lon, p.lat) for p in [*sources, *sites]]
        for label in placed:
            assert not [m for m in marks if overlaps(label.box, (*m, *m))], label.text


def test_a_crowd_gets_leader_lines_or_is_dropped_and_counted():
    crowd = [
        MapSource(east(3 * (i % 6)), north(3 * (i // 6)), f"XHS-{i:03d}", "市政消火栓", "可用")
        for i in range(36)
    ]
    far = [MapSource(east(900), north(600), "SC-001", "消防水池", "可用")]
    sources = crowd + far
    frame = map_frame(sources, [], 400, 300)
    assert frame is not None
    placed, dropped = map_labels(sources, [], frame)
    assert_apart(placed, frame.box)
    assert any(p.leader for p in placed) and dropped
    assert len(placed) + len(dropped) == len(sources)
    drawn = [s.text for s in map_drawing(sources, [], 400, 300).contents if isinstance(s, String)]
    assert f"另有 {len(dropped)} 处标注因过密未显示" in drawn
    assert "XHS-000" in drawn and "SC-001" in drawn  # the first asked for, and the one alone


def test_place_labels_tries_the_other_sides_before_giving_up():
    frame = (0.0, 0.0, 100.0, 100.0)
    right_edge = Wanted("东边缘", 98, 50, 6, 2)
    placed, dropped = place_labels([right_edge], frame)
    assert not dropped and placed[0].box[2] <= 98  # to the left: the right is outside
    walled = (0.0, 0.0, 100.0, 100.0)
    placed, dropped = place_labels([Wanted("无处可放", 50, 50, 6, 2)], frame, [walled])
    assert not placed and dropped
