"""The key-site register shows each site's nearest usable water source, and marks gaps."""

from __future__ import annotations

from db.drills import DrillBook
from db.drills import SiteData
from db.duty import Ledger
from db.water import WaterBook
from db.water.data import WaterSourceData
from desktop.shell.window import MainWindow

# 0.001° of latitude ≈ 111 m
SCHOOL = SiteData(name="中心小学", type="学校", lon=105.93, lat=29.80)
FACTORY = SiteData(name="竹木厂", type="工厂企业", lon=105.95, lat=29.80)


def test_sites_page_shows_nearest_source_and_gap(qtbot, database):
    book = DrillBook(database)
    book.save_site(SCHOOL)
    book.save_site(FACTORY)
    WaterBook(database).save_source(
        WaterSourceData(code="XHS-1", name="学府路消火栓", lon=105.93, lat=29.8009, form="地上式")
    )
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    window.show_page("sites")
    page = window.pages["sites"]
    column = next(i for i, c in enumerate(page.table.model.columns) if c.header == "最近可用水源")
    shown = {r.name: page.table.model.columns[column].value(r) for r in page.table.model.rows()}
    assert shown["中心小学"].startswith("XHS-1 学府路消火栓 100米")
    assert shown["竹木厂"].startswith("⚠ 缺口：")
