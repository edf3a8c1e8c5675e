"""水源地图, 覆盖分析 and 普查: items drawn, a click opens the source, a gap listed, a survey
result entered, the coverage report printed."""

from __future__ import annotations

import io
import math

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from db.drills import DrillBook
from db.drills import SiteData
from db.geo import EARTH_RADIUS_M
from db.water import SurveyData
from db.water import WaterBook
from db.water import WaterSourceData
from desktop.water import dialogs as water_dialogs
from desktop.water.check import InspectionDialog

LON, LAT = 105.93, 29.80
M_PER_DEG = EARTH_RADIUS_M * math.pi / 180


def east(metres: float) -> float:
    return LON + metres / (M_PER_DEG * math.cos(math.radians(LAT)))


def north(metres: float) -> float:
    return LAT + metres / M_PER_DEG


@pytest.fixture
def book(database) -> WaterBook:
    """Three hydrants along a street, one pool without coordinates; two key sites: one 60 m
    from a hydrant, one 2 km away (a gap)."""
    book = WaterBook(database)
    for n in range(3):
        book.save_source(
            WaterSourceData(
                f"XHS-00{n + 1}",
                f"正街{n + 1}号消火栓",
                "市政消火栓",
                "地上式",
                village="高楼社区",
                lon=east(n * 100),
                lat=LAT,
            )
        )
    book.save_source(WaterSourceData("SC-001", "中学消防水池", "消防水池", village="石龙村"))
    sites = DrillBook(database)
    sites.save_site(SiteData("中心小学", "学校", village="高楼社区", lon=LON, lat=north(60)))
    sites.save_site(
        SiteData("竹木厂", "工厂企业", village="石龙村", lon=east(2000), lat=north(2000))
    )
    return book


def test_map_draws_every_placed_source_and_site_and_a_click_opens_the_source(
    qtbot, monkeypatch, make_window, book
):
    opened = []

    def fake_exec(dialog):
        opened.append(dialog.source.code)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(water_dialogs.SourceDialog, "exec", fake_exec)
    window = make_window()
    window.show_page("water_map")
    page = window.pages["water_map"]
    assert len(page.source_items) == 3  # the pool has no coordinates
    assert len(page.site_items) == 2 and len(page.circles) == 2
    assert "水源 3 处，重点场所 2 处" in page.count_label.text()

    gap = [item for item in page.site_items.values() if item.brush().color().name() == "#c62828"]
    assert len(gap) == 1  # 竹木厂 is a gap, drawn red

    page.colour_by.setCurrentIndex(page.colour_by.findData("status"))
    assert len(page.source_items) == 3
    assert page.view.legend[0][0] == "可用"

    before = page.view.scale_now()
    page.view.zoom(2.0)
    assert page.view.scale_now() == pytest.approx(before * 2)

    sid = book.source_by_code("XHS-002").id
    item = page.source_items[sid]
    page.view.centerOn(item)
    pos = page.view.mapFromScene(item.scenePos())
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert opened == ["XHS-002"]


def test_coverage_page_lists_the_gap_first_and_follows_the_radius(qtbot, make_window, book):
    window = make_window()
    window.show_page("water_coverage")
    page = window.pages["water_coverage"]
    assert page.radius.value() == 150
    rows = page.table.visible_rows()
    assert [r.site_name for r in rows] == ["竹木厂", "中心小学"]
    assert not rows[0].covered and rows[1].covered
    assert rows[1].nearest[0].code == "XHS-001"
    assert "缺口 1 处" in page.summary.text()
    index = page.table.proxy.index(0, 0)
    assert index.data() == "缺口"

    page.radius.setValue(40)  # 60 m is now too far
    page.reload()
    assert "缺口 2 处" in page.summary.text()
    page.gaps_only.setChecked(True)
    assert len(page.table.visible_rows()) == 2


def test_coverage_report_prints(offered, qtbot, monkeypatch, make_window, book):
    window = make_window()
    window.show_page("water_coverage")
    qtbot.mouseClick(window.pages["water_coverage"].print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered), timeout=15_000)
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(offered[0].pdf)).pages)
    assert "竹木厂" in text and "中心小学" in text


def test_survey_page_enters_a_result_and_shows_progress(
    offered, qtbot, monkeypatch, make_window, book, on_modal, messages
):
    survey_id = book.start_survey(SurveyData("冬季普查", inspectors="张三"))
    window = make_window()
    window.show_page("water_survey")
    page = window.pages["water_survey"]
    assert page.current_survey().id == survey_id
    assert page.progress.value() == 0 and page.progress.maximum() == 4
    villages = [page.sheet.item(r, 0).text() for r in range(page.sheet.rowCount())]
    assert villages == ["石龙村　0/1", "高楼社区　0/3"]

    head = page.sheet.index(1, 0)
    page.tree.setCurrentIndex(page.sheet.index(0, 0, head))

    def fill(dialog):
        assert isinstance(dialog, InspectionDialog) and dialog.survey_id == survey_id
        dialog.form.editor("inspectors").setText("张三")
        qtbot.mouseClick(dialog.rest_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(fill)
    page.enter()
    assert page.progress.value() == 1
    assert page.sheet.item(1, 0).text() == "高楼社区　1/3"
    assert book.progress(survey_id) == (1, 4)

    page.close_survey()  # 结束 → yes; 现在打印普查报告吗 → yes
    assert book.survey(survey_id).status == "已完成"
    assert not page.enter_button.isEnabled()
    assert "应查 4 处，已查 1 处" in messages.texts("question")[-1]
    qtbot.waitUntil(lambda: bool(offered), timeout=15_000)
    assert offered[0].name == "冬季普查-普查报告.pdf" and offered[0].pdf.startswith(b"%PDF")


def test_coverage_page_lists_hydrants_too_far_apart(qtbot, make_window, book):
    from db.rules import Rules

    window = make_window()
    window.show_page("water_coverage")
    page = window.pages["water_coverage"]
    assert "均不超过120米" in page.spacing_title.text()
    assert page.spacing_table.isHidden()
    Rules(book.db).set("water.hydrant_spacing_m", "90")  # the street's hydrants are 100 m apart
    page.reload()
    # XHS-003 is 209 m from the school, outside its 150 m surroundings: one pair is left
    assert "消火栓间距超过90米 1 处" in page.spacing_title.text()
    rows = page.spacing_table.visible_rows()
    assert [(r.site_name, r.a_code, r.b_code, round(r.distance_m)) for r in rows] == [
        ("中心小学", "XHS-001", "XHS-002", 100)
    ]


def test_map_register_and_checklist_print(offered, qtbot, make_window, book):
    import datetime as dt

    from desktop.water import common

    window = make_window()
    window.show_page("water_map")
    window.pages["water_map"].print_map()
    common.print_register(window, book, "高楼社区")
    common.print_checklist(window, book, True, "XHS-001")
    qtbot.waitUntil(lambda: len(offered) == 3, timeout=15_000)
    today = dt.date.today()
    assert sorted(o.name for o in offered) == sorted(
        [
            f"消防水源分布图-{today}.pdf",
            f"消防水源台账（高楼社区）-{today}.pdf",
            "市政消火栓检查表-XHS-001.pdf",
        ]
    )
    texts = [
        "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(o.pdf)).pages)
        for o in offered
    ]
    assert all("XHS-001" in text for text in texts)
