"""装备器材 page: SQL-side pages as the view scrolls, filters; printing from the fleet pages."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest

from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet import VehicleData
from db.supplies import Supplies
from db.supplies import SupplyData
from desktop.fleet.pages.equipment import EquipmentPage
from tests.gui.helpers import open_paged

TODAY = dt.date.today()


@pytest.fixture
def fleet(database) -> Fleet:
    fleet = Fleet(database)
    for i in range(60):
        fleet.save_equipment(
            EquipmentData(f"SD-{i:03d}", "65mm水带", "水带", last_test_on=TODAY, location="器材库")
        )
    for i in range(45):
        old = TODAY.replace(year=TODAY.year - 3, day=1)
        fleet.save_equipment(
            EquipmentData(
                f"MH-{i:03d}",
                "手提式灭火器",
                "灭火器",
                "干粉 MFZ/ABC4",
                last_test_on=old,
                agent="干粉",
            )
        )
    return fleet


def codes(model) -> list[str]:
    return [e.code for e in model.rows]


def test_pages_load_as_needed_and_filters_run_in_sql(make_window, fleet):
    page = open_paged(make_window(), "equipment", 40)
    assert page.model.rowCount() == 40 and page.model.total == 105
    assert page.total_label.text() == "共 105 件"
    assert page.model.canFetchMore()
    page.model.fetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 105 and not page.model.canFetchMore()
    assert codes(page.model)[:2] == ["MH-000", "MH-001"]

    page.category.setCurrentIndex(page.category.findData("水带"))
    assert page.model.total == 60 and {e.category for e in page.model.rows} == {"水带"}
    page.text.setText("SD-05")
    page.apply_filter()
    assert codes(page.model) == [f"SD-05{i}" for i in range(10)]

    page.text.setText("")
    page.category.setCurrentIndex(0)
    page.due_only.setChecked(True)
    assert page.model.total == 45 and all(e.code.startswith("MH") for e in page.model.rows)
    overdue = page.model.index(0, 7)
    assert overdue.data(0) == page.model.rows[0].next_due.isoformat()
    assert page.model.data(overdue, 9).name() == "#c62828"  # ForegroundRole: red

    page.due_only.setChecked(False)
    page.view.sortByColumn(0, page.view.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    assert codes(page.model)[0] == "SD-059"


def test_equipment_model(qtmodeltester, qtbot, fleet):
    page = EquipmentPage(fleet)
    qtbot.addWidget(page)
    model = page.model
    model.page_size = 30
    model.reload()
    qtmodeltester.check(model)
    model.fetchMore()
    qtmodeltester.check(model)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_printing_from_the_fleet_pages(offered, qtbot, monkeypatch, make_window, database):
    fleet = Fleet(database)
    fleet.save_vehicle(VehicleData("渝B·P100"))
    Supplies(database).save_supply(SupplyData("防汛沙袋", "防汛物资", "条", quota=500))
    window = make_window()
    window.show_page("vehicles")
    vehicles = window.pages["vehicles"]
    vehicles.table.view.selectRow(0)
    [blank] = [a for a in vehicles.menus["打印"].actions() if a.text() == "本车空白例行检查表…"]
    blank.trigger()
    qtbot.waitUntil(lambda: len(offered) == 1, timeout=15_000)
    name, pdf = offered[0].name, offered[0].pdf
    assert name == "消防车辆例行检查表-渝B·P100-空白.pdf"
    text = pdf_text(pdf)
    assert "消防车辆例行检查表" in text and "渝B·P100" in text

    window.show_page("supplies")
    supplies = window.pages["supplies"]
    supplies.print_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: len(offered) == 2, timeout=15_000)
    assert "防汛沙袋" in pdf_text(offered[1].pdf)


def test_register_readiness_and_count_sheet_print_from_their_pages(
    offered, qtbot, make_window, database
):
    from desktop.fleet.pages.vehicles import print_readiness
    from desktop.supplies.stocktake import StocktakeDialog

    Fleet(database).save_equipment(EquipmentData("SD-001", "65mm水带", "水带"))
    Supplies(database).save_supply(SupplyData("防汛沙袋", "防汛物资", "条", quota=500))
    window = make_window()
    window.show_page("equipment")
    window.pages["equipment"].print_register()
    print_readiness(window, database)
    dialog = StocktakeDialog(window, Supplies(database))
    qtbot.addWidget(dialog)
    dialog.print_sheet()
    qtbot.waitUntil(lambda: len(offered) == 3, timeout=15_000)
    names = sorted(o.name for o in offered)
    assert names == sorted(
        f"{n}-{TODAY}.pdf" for n in ("装备器材台账", "战备状态报告", "物资盘点表")
    )
    texts = {o.name.split("-")[0]: pdf_text(o.pdf) for o in offered}
    assert "SD-001" in texts["装备器材台账"] and "防汛沙袋" in texts["物资盘点表"]
    assert "车辆装备物资战备情况报告" in texts["战备状态报告"]
