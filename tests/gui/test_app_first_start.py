"""首次设置: a new database opens it; from a fresh start to next month's roster as a PDF, counted
in clicks and keys (what is typed is not counted)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from db.duty import Ledger
from desktop import gui
from desktop.shell.window import MainWindow

MEMBERS = (("张建国", "13800000001"), ("李秀英", "13800000002"), ("王大力", "13800000003"))


class Interactions:
    """Clicks and keys as a clerk makes them on the real widgets, each counted; typed text is
    sent to the focused widget and not counted."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.count += 1
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def key(self, key: Qt.Key) -> None:
        self.count += 1
        self.qtbot.keyClick(QApplication.focusWidget(), key)

    def type(self, text: str) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None, f"nowhere to type {text!r}"
        for char in text:  # as an input method delivers it (QTest types ASCII only)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(QApplication.focusWidget(), event)

    def click_cell(self, table, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
        self.click(table.viewport(), table.cell_rect(row, column).center())


@pytest.fixture
def fresh_start(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The program started as a clerk starts it, on a data folder with no database yet."""
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    monkeypatch.delenv("RESCUE_LEDGER_DATA_DIR", raising=False)
    args = argparse.Namespace(
        db=None, data_dir=str(tmp_path / "data"), demo=False, operator="测试员", user=None
    )
    window = MainWindow(demo=False)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    assert gui.attach(window, args)
    yield window
    window.ledger.db.dispose()


def test_fresh_start_to_next_months_roster_pdf_in_at_most_15_interactions(
    qtbot, fresh_start, tmp_path, monkeypatch, on_modal
):
    window = fresh_start
    dialog = window.first_start_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "首次设置" and dialog.isVisible()
    assert window.windowTitle() == "救援台账"  # no town yet, and not the demo's
    do = Interactions(qtbot)

    # 首次设置: the town field has the focus; the other settings start filled in.
    do.type("石门镇")
    do.click(dialog.form.editor("duty_phone"))
    do.type("023-45601234")
    table = dialog.team
    for row, (name, phone) in enumerate(MEMBERS):
        do.click_cell(table, row, 0)
        do.type(name)
        do.key(Qt.Key.Key_Tab)
        do.type(phone)
    do.click_cell(table, 0, 2)  # 张建国 带班
    do.click_cell(table, 1, 3)  # 李秀英 驾驶员
    do.click(dialog.ok_button)
    assert not dialog.isVisible()
    assert window.windowTitle() == "石门镇 — 救援台账"
    assert window.stack.currentWidget() is window.roster

    # Next month's roster, generated and saved as a PDF.
    page = window.roster
    do.click(page.picker.next_button)
    seen = on_modal.handled
    on_modal(lambda box: do.click(box.buttons()[0]), 6000, QMessageBox)
    do.click(page.generate_button)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=60_000)
    saved = tmp_path / "下月值班表.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    from widgets.pdfpreview import PrintChoiceDialog

    def save(chooser: QWidget) -> None:
        assert isinstance(chooser, PrintChoiceDialog)
        do.click(chooser.choice_buttons["save"])
        assert chooser.saved == saved
        assert "已保存到" in chooser.saved_label.text()
        chooser.reject()  # the chooser stays open after a save; closing it is not counted

    on_modal(save, 6000, PrintChoiceDialog)
    do.click(page.print_button)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=60_000)
    print(f"interactions: {do.count}")
    assert do.count <= 15, f"{do.count} interactions"

    today = dt.date.today()
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    with pdfplumber.open(Path(saved)) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert f"石门镇综合应急救援队 {year}年{month}月 值班表" in text
    assert "023-45601234" in text
    for name, _phone in MEMBERS:
        assert name in text
    assert "高楼" not in text
    ledger = Ledger(window.ledger.db)
    assert [(m.name, m.can_lead, m.driver) for m in ledger.members()] == [
        ("张建国", True, False),
        ("李秀英", False, True),
        ("王大力", False, False),
    ]


def start_again(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The program closed and started again on the same data folder."""
    window.ledger.db.dispose()
    window.close()
    again = MainWindow(demo=False)
    qtbot.addWidget(again)
    again.show()
    args = argparse.Namespace(
        db=None, data_dir=str(tmp_path / "data"), demo=False, operator="测试员", user=None
    )
    assert gui.attach(again, args)
    return again


def test_later_leaves_the_program_usable_and_the_next_start_asks_again(
    qtbot, fresh_start, tmp_path
):
    window = fresh_start
    dialog = window.first_start_dialog
    dialog.form.editor("town").setText("石门镇")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    window.show_page("members")  # the pages work without a town
    assert window.stack.currentWidget() is window.pages["members"]
    assert Ledger(window.ledger.db).needs_first_start()
    again = start_again(qtbot, window, tmp_path)
    assert again.first_start_dialog is not None and again.first_start_dialog.isVisible()
    again.first_start_dialog.reject()
    again.ledger.db.dispose()


def test_enter_moves_on_and_every_problem_shows_at_once_with_nothing_written(qtbot, fresh_start):
    window = fresh_start
    dialog = window.first_start_dialog
    town = dialog.form.editor("town")
    town.setFocus()
    qtbot.keyClick(town, Qt.Key.Key_Return)  # Enter goes on to the next field, never 完成
    assert dialog.isVisible() and dialog.focusWidget() is dialog.form.editor("office")
    dialog.form.editor("duty_phone").setText("abcd")
    table = dialog.team
    table.set_row(0, ["张三", "电话找办公室"])
    table.set_row(1, ["张三", "13800000002", "是"])
    table.set_row(6, ["李四", "", "", "√"])  # far down: rows are added as needed
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.errors() == {
        "town": "请填写乡镇名称",
        "duty_phone": "值班电话只能包含数字、空格、+、-，例如 13800000000 或 023-45678901",
    }
    assert dialog.team_message.text().splitlines() == [
        "第 1 行：电话只能包含数字、空格、+、-，例如 13800000000 或 023-45678901",
        "第 2 行：与第 1 行同名，请加以区分（如 张伟(大)）",
    ]
    assert table.item(0, 1).toolTip().startswith("电话只能包含数字")
    assert table.item(1, 0).toolTip().startswith("与第 1 行同名")
    assert table.item(0, 0).toolTip() == ""
    assert table.text(0, 1) == "电话找办公室" and dialog.form.value("duty_phone") == "abcd"
    ledger = Ledger(window.ledger.db)
    assert ledger.needs_first_start() and ledger.members() == []
    assert window.windowTitle() == "救援台账"

    dialog.form.editor("town").setText("石门镇")
    dialog.form.editor("duty_phone").setText("")
    table.set_row(0, ["张三", "13800000001"])
    table.set_row(1, ["张三(小)", "13800000002", "是"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [(m.name, m.can_lead, m.driver) for m in ledger.members()] == [
        ("张三", False, False),
        ("张三(小)", True, False),
        ("李四", False, True),
    ]


def test_rows_copied_from_excel_paste_into_the_team_and_enter_starts_the_next_row(
    qtbot, fresh_start
):
    dialog = fresh_start.first_start_dialog
    table = dialog.team
    QApplication.clipboard().setText("赵六\t13900000001\t是\t\r\n钱七\t13900000002\t\t√\r\n")
    table.setFocus()
    table.setCurrentCell(1, 0)
    table.closePersistentEditor(table.cells.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [(m.name, m.phone, m.can_lead, m.driver) for m in table.members()] == [
        ("赵六", "13900000001", True, False),
        ("钱七", "13900000002", False, True),
    ]
    table.setCurrentCell(4, 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.currentRow() == 5)  # the editor commits first
    assert dialog.isVisible()
    assert (table.rowCount(), table.currentRow(), table.currentColumn()) == (6, 5, 0)


def test_the_offices_roster_file_comes_in_through_the_import_preview(
    qtbot, fresh_start, tmp_path, monkeypatch, messages
):
    import openpyxl

    from desktop.common.import_dialog import ImportPreviewDialog

    path = tmp_path / "花名册.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["石门镇综合应急救援队队员花名册"])
    sheet.append(["序号", "姓名", "职务", "联系电话", "带班领导"])
    sheet.append([1, "周一", "队长", "13700000001", "是"])
    sheet.append([2, "吴二", "队员", "13700000002", ""])
    book.save(path)
    dialog = fresh_start.first_start_dialog
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.findChild(QPushButton, "import_roster"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(ImportPreviewDialog) is not None, timeout=20_000)
    preview = dialog.findChild(ImportPreviewDialog)
    qtbot.waitUntil(preview.import_button.isEnabled, timeout=30_000)
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已登记 2 名队员" in dialog.on_file.text(), timeout=30_000)
    assert "周一、吴二" in dialog.on_file.text()
    dialog.form.editor("town").setText("石门镇")
    dialog.team.set_row(0, ["郑三", "13700000003"])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    members = Ledger(fresh_start.ledger.db).members()
    assert [(m.name, m.can_lead) for m in members] == [
        ("周一", True),
        ("吴二", False),
        ("郑三", False),
    ]
    assert fresh_start.members.table.model.rowCount() == 3
