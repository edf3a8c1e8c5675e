"""打印 → 工作总结… / 月度通报…: the period dialog, a refused period kept on screen, the PDF
handed to the print offer and the workbook written by 导出Excel…."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from db.drills import DrillBook
from db.drills import DrillData
from desktop.shell.report_dialog import ReportDialog


def _menu_action(window, text):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "打印")
    return next(a for a in menu.actions() if a.text() == text)


def test_the_summary_prints_the_campaign_and_refuses_a_backward_period(
    offered, qtbot, make_window, ledger, team, on_modal, messages, tmp_path, monkeypatch
):
    members = team(4, leaders=1)
    book = DrillBook(ledger.db)
    did = book.save_drill(
        DrillData("冬季疏散演练", "熟悉演练", dt.datetime(2024, 12, 10, 9, 0), "小学")
    )
    book.set_attendance(
        did, book.drill(did).version, {members[0].id: "出席", members[1].id: "缺席"}
    )
    window = make_window()
    seen: dict[str, object] = {}

    def fill(dialog):
        assert isinstance(dialog, ReportDialog)
        dialog.form.editor("start").set_date(dt.date(2025, 3, 31))
        dialog.form.editor("end").set_date(dt.date(2024, 11, 1))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.form.errors()
        assert dialog.isVisible()  # refused: nothing printed, the dates kept
        assert dialog.form.value("start") == dt.date(2025, 3, 31)
        out = tmp_path / "总结.xlsx"
        dialog.form.editor("start").set_date(dt.date(2024, 11, 1))
        dialog.form.editor("end").set_date(dt.date(2025, 3, 31))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(messages.shown), timeout=30_000)
        seen["xlsx"] = out
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(fill, kind=ReportDialog)
    _menu_action(window, "工作总结…").trigger()
    qtbot.waitUntil(lambda: bool(offered), timeout=30_000)
    assert seen["error"] == {"end": "结束日期不能早于开始日期"}
    wb = openpyxl.load_workbook(seen["xlsx"])
    drills = {r[0]: r[1] for r in wb["演练与整改"].iter_rows(values_only=True) if r[0]}
    assert drills["演练次数"] == 1 and drills["参演率"] == 0.5
    [(parent, pdf, name, title)] = offered
    assert parent is window and name == "工作总结-2024-11-01至2025-03-31.pdf"
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "2024—2025年度今冬明春火灾防控工作总结" in text and "冬季疏散演练" in text


def test_the_bulletin_prints_one_page_for_the_chosen_month(offered, qtbot, make_window, on_modal):
    window = make_window()

    def fill(dialog):
        dialog.month_picker.set_month(2025, 1)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(fill, kind=ReportDialog)
    _menu_action(window, "月度通报…").trigger()
    qtbot.waitUntil(lambda: bool(offered), timeout=30_000)
    [(_parent, pdf, name, _title)] = offered
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert name == "工作通报-2025-01.pdf" and len(reader.pages) == 1
    assert "2025年1月应急救援工作通报" in reader.pages[0].extract_text()
