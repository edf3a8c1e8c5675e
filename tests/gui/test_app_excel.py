"""导入… on the members page: the file opens in a preview; a good file lands in the register once
导入 is pressed, a bad one lists its cells and cannot be imported."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from desktop.common.import_dialog import ImportPreviewDialog
from tests.gui.helpers import open_import_preview
from tests.xlsx.helpers import sheet

HEADERS = ("姓名", "职务", "联系电话", "可任带班领导", "驾驶员", "入队日期", "备注")


def write_xlsx(path, rows) -> None:
    sheet(path, HEADERS, rows)


def test_import_members_from_excel(qtbot, tmp_path, monkeypatch, make_window, ledger, messages):
    path = tmp_path / "队员.xlsx"
    write_xlsx(
        path,
        [
            ("宋春来", "队长", "13911112222", "是", "是", dt.date(2019, 3, 1), ""),
            ("韩雪", "队员", "13933334444", "否", "否", dt.date(2021, 9, 15), "卫生员"),
        ],
    )
    window = make_window()
    window.show_page("members")
    page = window.pages["members"]

    dialog = open_import_preview(qtbot, monkeypatch, page, path)
    assert ledger.members() == []  # nothing is written by the preview
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    members = {m.name: m for m in ledger.members()}
    assert set(members) == {"宋春来", "韩雪"}
    assert members["宋春来"].can_lead and members["宋春来"].role == "队长"
    assert members["韩雪"].joined_on == dt.date(2021, 9, 15) and members["韩雪"].notes == "卫生员"
    [(kind, title, text)] = messages.shown
    assert (kind, title) == ("information", "导入队员")
    assert "新增 2" in text
    assert {r.name for r in page.table.visible_rows()} == {"宋春来", "韩雪"}


def test_bad_date_lists_the_cell_and_imports_nothing(
    qtbot, tmp_path, monkeypatch, make_window, ledger, messages
):
    path = tmp_path / "队员-有误.xlsx"
    write_xlsx(
        path,
        [
            ("宋春来", "队长", "13911112222", "是", "是", dt.date(2019, 3, 1), ""),
            ("韩雪", "队员", "13933334444", "否", "否", "2021年13月45日", ""),
        ],
    )
    window = make_window()
    page = window.pages["members"]

    dialog = open_import_preview(qtbot, monkeypatch, page, path)

    assert dialog.windowTitle() == "导入队员 — 预览"
    shown = [dialog.problems.index(i).data() for i in range(dialog.problems.rowCount())]
    assert len(shown) == 1 and shown[0].startswith("第3行「入队日期」：日期“2021年13月45日”不存在")
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert messages.shown == []
    assert ledger.members() == []


def test_every_register_has_import_export_and_template_on_its_page(qtbot, make_window):
    from db.xlsx import REGISTERS

    window = make_window()
    found: dict[str, str] = {}
    for key, page in window.pages.items():
        excel = getattr(page, "excel", None)
        if excel is None:
            continue
        texts = [b.text() for b in excel.buttons]
        assert texts == ["导入…", "导出Excel…", "空白模板…"], key
        for register in excel.registers:
            found[register] = key
    assert set(found) == set(REGISTERS)
    assert found["water-sources"] == found["inspections"] == "water"
    assert found["supplies"] == found["stock-moves"] == "supplies"


def test_water_page_imports_sources_from_its_menu(
    qtbot, tmp_path, monkeypatch, make_window, messages
):
    window = make_window()
    window.show_page("water")
    page = window.pages["water"]
    menu = page.excel.import_button.menu()
    menu.aboutToShow.emit()  # the titles are read when the menu opens
    assert [a.text() for a in menu.actions()] == ["消防水源台账", "水源检查记录"]
    path = tmp_path / "水源.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["编号", "名称", "类型", "可用状态"])
    book.active.append(["XHS-900", "新街消火栓", "室外消火栓", "完好"])
    book.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: page.findChild(ImportPreviewDialog) is not None, timeout=10_000)
    dialog = page.findChild(ImportPreviewDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.checking(), timeout=10_000)
    assert dialog.preview.ok and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with page.book.db.read() as s:
        row = s.execute(text("SELECT type, status FROM water_source WHERE code='XHS-900'"))
        assert tuple(row.one()) == ("市政消火栓", "可用")
    assert [kind for kind, _, _ in messages.shown] == ["information"]
