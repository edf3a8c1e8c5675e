"""The import preview: every row with its status, bad cells and their problems, unknown words
with a drop-down; corrections and mappings make the file importable; 导入 writes exactly those
rows (and the synonym) at once, a cancelled or closed preview writes nothing."""

from __future__ import annotations

import datetime as dt
import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget
from sqlalchemy import func
from sqlalchemy import select

from db.duty import MemberData
from db.duty.models import Member
from db.shared_models import AuditLog
from db.shared_models import VocabEntry
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.vocab import Vocab
from db.xlsx import ImportOptions
from db.xlsx import import_register
from db.xlsx import read_file
from desktop.common import excel
from desktop.common.import_dialog import ImportPreviewDialog
from desktop.common.import_model import BAD_BG
from desktop.common.import_model import CHANGED_BG
from desktop.common.import_model import TYPED_BG
from desktop.common.import_model import BadRowsProxy
from desktop.common.import_model import PreviewTableModel
from desktop.common.import_model import ProblemListModel
from desktop.common.import_service import FileImport
from tests.gui.helpers import open_import_preview
from tests.xlsx.helpers import sheet

HEADERS = ["姓名", "职务", "联系电话", "可任带班领导", "驾驶员", "入队日期", "备注"]
ROWS = [
    ["宋春来", "队长", "13911112222", "是", "是", dt.date(2019, 3, 1), ""],  # 队员 → 队长
    ["韩雪", "卫生员", "13933334444", "可以", "否", "2021年13月45日", ""],  # two bad cells
    ["李四", "队员", "13933334445", "否", "否", "2021-01-01", ""],  # new
]


def book(path, rows, headers=HEADERS):
    return sheet(path, headers, rows)


def counts(database):
    with database.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t)) for t in (Member, AuditLog, VocabEntry)
        )


def problems_shown(dialog):
    return [dialog.problems.index(i).data() for i in range(dialog.problems.rowCount())]


def column(dialog, c):
    return [dialog.proxy.index(r, c).data() for r in range(dialog.proxy.rowCount())]


def cell(dialog, number, header):
    model = dialog.model
    return dialog.proxy.mapFromSource(model.index(model.position(number), model.column_of(header)))


def wait_checked(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.checking(), timeout=20_000)


def edit(qtbot, dialog, number, header, text):
    """Double-click the cell, type ``text`` into its editor, Enter."""
    index = cell(dialog, number, header)
    dialog.view.scrollTo(index)
    viewport, at = dialog.view.viewport(), dialog.view.visualRect(index).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    editor = dialog.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: dialog.view.state() != QAbstractItemView.State.EditingState)


@pytest.fixture
def members_file(tmp_path, ledger):
    ledger.save_member(MemberData(name="宋春来", role="队员", phone="13911112222"))
    return book(tmp_path / "队员.xlsx", ROWS)


@pytest.fixture
def preview(qtbot, monkeypatch, make_window, members_file):
    """The members page's 导入… with ``members_file`` chosen, once it has been checked."""
    window = make_window()
    window.show_page("members")
    return open_import_preview(qtbot, monkeypatch, window.pages["members"], members_file)


def test_every_row_with_its_status_highlights_and_problems(qtbot, preview, database):
    dialog = preview
    before = counts(database)
    assert dialog.isVisible()
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["状态", *HEADERS]
    assert column(dialog, 0) == ["更新", "有误", "新增"]
    assert [dialog.model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == [2, 3, 4]
    assert dialog.counts_label.text() == "新增 1，更新 1，未变 0，有误 1"
    assert "已在“职务”中新增：卫生员" in dialog.notices_label.text()

    role = cell(dialog, 2, "职务")
    assert role.data() == "队员 → 队长"
    assert role.data(Qt.ItemDataRole.BackgroundRole) == CHANGED_BG
    assert "台账中原为：队员，导入后为：队长" in role.data(Qt.ItemDataRole.ToolTipRole)
    date = cell(dialog, 3, "入队日期")
    assert date.data() == "2021年13月45日"
    assert date.data(Qt.ItemDataRole.BackgroundRole) == BAD_BG
    assert "不存在" in date.data(Qt.ItemDataRole.ToolTipRole)
    assert cell(dialog, 3, "姓名").data(Qt.ItemDataRole.BackgroundRole) is None
    assert cell(dialog, 4, "姓名").data() == "李四"
    assert cell(dialog, 4, "职务").data() == "队员"  # a new row has no "before"
    assert cell(dialog, 4, "职务").data(Qt.ItemDataRole.BackgroundRole) is None

    shown = problems_shown(dialog)
    assert len(shown) == 2
    assert shown[0].startswith("第3行「可任带班领导」：“可以”不是 是/否")
    assert shown[1].startswith("第3行「入队日期」：日期“2021年13月45日”不存在")
    assert not dialog.import_button.isEnabled()

    # each unknown word has a drop-down: a rule vocabulary waits for a choice
    yes = dialog.words.combo("yesno", "可以")
    assert yes.currentText() == "— 请选择 —" and yes.currentData() is None
    assert [yes.itemText(i) for i in range(yes.count()) if yes.itemData(i)] == ["是", "否"]
    role_word = dialog.words.combo("member.role", "卫生员")
    assert role_word.currentText() == "作为新词加入"
    assert "队员" in [role_word.itemText(i) for i in range(role_word.count())]
    assert dialog.words.label("yesno", "可以").text() == "可任带班领导「可以」（第3行）"

    # a click on a problem selects its cell
    view = dialog.problem_view
    second = dialog.problems.index(1)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(second).center()
    )
    assert dialog.view.currentIndex() == date
    assert dialog.view.selectionModel().isSelected(date)

    # 只看有误的行
    qtbot.mouseClick(dialog.only_bad, Qt.MouseButton.LeftButton)
    assert column(dialog, 0) == ["有误"]
    qtbot.mouseClick(dialog.only_bad, Qt.MouseButton.LeftButton)
    assert dialog.proxy.rowCount() == 3
    assert counts(database) == before


def test_mapping_and_correcting_make_it_importable_then_exactly_those_rows(
    qtbot, preview, database, ledger, messages
):
    dialog = preview
    page = dialog.parent()
    members, audits, words = counts(database)

    yes = dialog.words.combo("yesno", "可以")
    yes.setCurrentIndex(yes.findData("是"))
    wait_checked(qtbot, dialog)
    assert len(problems_shown(dialog)) == 1
    assert dialog.options.mappings == {("yesno", "可以"): "是"}
    assert not dialog.import_button.isEnabled()

    edit(qtbot, dialog, 3, "入队日期", "2021-09-15")
    assert cell(dialog, 3, "入队日期").data() == "2021-09-15"  # shown as typed at once
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert dialog.options.corrections == {(3, "joined_on"): "2021-09-15"}
    assert column(dialog, 0) == ["更新", "新增", "新增"]
    assert dialog.counts_label.text() == "新增 2，更新 1，未变 0，有误 0"
    assert problems_shown(dialog) == []
    # what the clerk chose and typed is kept across checks
    assert dialog.words.combo("yesno", "可以").currentText() == "是"
    assert (
        cell(dialog, 3, "入队日期")
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("文件中原为：2021年13月45日")
    )
    assert counts(database) == (members, audits, words)  # still nothing written

    qtbot.mouseClick(dialog.recheck_button, Qt.MouseButton.LeftButton)
    wait_checked(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    [(kind, title, text)] = messages.shown
    assert (kind, title) == ("information", "导入队员")
    assert text.startswith("共读取 3 行：新增 2，更新 1，替换 0，未变 0。")
    assert "已记下：可任带班领导「可以」即“是”，下次导入自动识别" in text
    got = {m.name: m for m in ledger.members()}
    assert set(got) == {"宋春来", "韩雪", "李四"}
    assert got["宋春来"].role == "队长" and got["宋春来"].can_lead
    assert got["韩雪"].joined_on == dt.date(2021, 9, 15) and got["韩雪"].can_lead
    assert got["韩雪"].role == "卫生员"
    assert Vocab(database).terms("yesno").resolve("可以").value == "是"  # the office's synonym
    assert "卫生员" in Vocab(database).terms("member.role").values
    after = counts(database)
    assert after[0] == members + 2 and after[1] > audits and after[2] == words + 2
    assert {r.name for r in page.table.visible_rows()} == {"宋春来", "韩雪", "李四"}


@pytest.mark.parametrize("how", ["取消", "Escape"])
def test_a_closed_preview_writes_nothing(qtbot, preview, database, how, messages):
    dialog = preview
    before = counts(database)
    yes = dialog.words.combo("yesno", "可以")
    yes.setCurrentIndex(yes.findData("是"))
    wait_checked(qtbot, dialog)
    edit(qtbot, dialog, 3, "入队日期", "2021-09-15")
    wait_checked(qtbot, dialog)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        if how == "取消":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asks first: a cell was typed
    assert [t for t in messages.texts("question") if "放弃" in t] == (
        [] if how == "取消" else ["有未保存的修改，确定放弃吗？"]
    )
    assert counts(database) == before
    assert Vocab(database).terms("yesno").resolve("可以").value is None


def test_cancel_while_the_workbook_is_opened_shows_no_preview_and_writes_nothing(
    qtbot, monkeypatch, make_window, members_file, database
):
    opening, release = threading.Event(), threading.Event()
    real_read = FileImport.read

    def slow_read(self, options, progress, cancelled):
        opening.set()
        release.wait(10)  # a big workbook being opened: cancelled() is not asked meanwhile
        return real_read(self, options, progress, cancelled)

    monkeypatch.setattr(FileImport, "read", slow_read)
    window = make_window()
    page = window.pages["members"]
    before = counts(database)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(members_file), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert opening.wait(5)
    qtbot.waitUntil(lambda: page.findChild(QProgressDialog) is not None, timeout=5000)
    progress = page.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    assert progress.labelText() == "正在读取 队员.xlsx…"
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert not progress.isVisible()  # closed at once, the worker still opening
    release.set()
    qtbot.wait(300)
    assert page.findChild(ImportPreviewDialog) is None
    assert counts(database) == before


def test_supplies_whose_count_differs_offer_the_stock_adjustment(
    qtbot, database, tmp_path, messages
):
    first = book(tmp_path / "a.xlsx", [["编织袋", "条", 540]], ["名称", "单位", "数量"])
    import_register(database, "supplies", first)
    counted = book(
        tmp_path / "b.xlsx", [["编织袋", "条", 500], ["救生衣", "件", 20]], ["名称", "单位", "数量"]
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    done = []
    excel.preview_file(parent, "supplies", database, counted, lambda: done.append(True))
    qtbot.waitUntil(lambda: parent.findChild(ImportPreviewDialog) is not None, timeout=10_000)
    dialog = parent.findChild(ImportPreviewDialog)
    wait_checked(qtbot, dialog)
    assert column(dialog, 0) == ["有误", "新增"]
    assert cell(dialog, 3, "数量").data() == "20"  # new: no "0 → 20"
    assert "与账面结存 540条 不符" in problems_shown(dialog)[0]
    assert dialog.adjust_stock.isVisible() and not dialog.adjust_stock.isChecked()
    assert dialog.adjust_stock.text() == "按实盘调整库存（记盘点调整）"
    assert not dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.adjust_stock, Qt.MouseButton.LeftButton)
    assert dialog.options.adjust_stock
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    assert column(dialog, 0) == ["更新", "新增"]
    assert cell(dialog, 2, "数量").data() == "540 → 500"
    assert "盘点调整：编织袋 -40条（账面 540 → 实盘 500）" in dialog.notices_label.text()
    assert dialog.adjust_stock.isVisible()  # still there to be unticked
    with database.read() as s:
        assert s.scalars(select(Supply.balance)).all() == [540]  # nothing written yet

    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done == [True]
    with database.read() as s:
        assert s.execute(select(Supply.name, Supply.balance)).all() == [
            ("编织袋", 500),
            ("救生衣", 20),
        ]
        moves = s.execute(select(StockMove.kind, StockMove.quantity)).all()
    assert [tuple(m) for m in moves] == [("入库", 540), ("盘点调整", -40), ("入库", 20)]


def test_a_month_for_dates_without_a_year(qtbot, database, tmp_path, ledger):
    path = book(
        tmp_path / "请假.xlsx",
        [["宋春来", "3月2日", "3月4日", "事假"]],
        ["姓名", "开始日期", "结束日期", "事由"],
    )
    ledger.save_member(MemberData(name="宋春来"))
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    excel.preview_file(parent, "leave", database, path, lambda: None)
    qtbot.waitUntil(lambda: parent.findChild(ImportPreviewDialog) is not None, timeout=10_000)
    dialog = parent.findChild(ImportPreviewDialog)
    wait_checked(qtbot, dialog)
    assert any("没有年份" in text for text in problems_shown(dialog))
    assert dialog.month_box.isVisible()
    dialog.options.corrections[(2, "reason")] = "病假"  # typed earlier: kept by the re-read
    qtbot.keyClicks(dialog.month_edit, "2027-03")
    qtbot.mouseClick(dialog.month_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.options.month == "2027-03", timeout=10_000)
    wait_checked(qtbot, dialog)
    assert problems_shown(dialog) == []
    assert dialog.import_button.isEnabled()
    assert cell(dialog, 2, "事由").data() == "病假"
    assert column(dialog, 0) == ["新增"]


def test_an_unreadable_file_is_a_sentence(qtbot, database, tmp_path, messages):
    path = tmp_path / "坏.xlsx"
    path.write_bytes(b"not a workbook at all")
    parent = QWidget()
    qtbot.addWidget(parent)
    handle = excel.preview_file(parent, "members", database, path, lambda: None)
    qtbot.waitUntil(lambda: not handle.is_running(), timeout=10_000)
    [(kind, title, text)] = messages.shown
    assert (kind, title) == ("warning", "导入队员")
    assert text.startswith("无法读取“坏.xlsx”：")
    assert "Traceback" not in text and "::" not in text
    assert parent.findChild(ImportPreviewDialog) is None


def test_an_import_refused_at_the_last_moment_keeps_the_preview_open(
    qtbot, preview, database, monkeypatch, messages
):
    from db.errors import LedgerError

    dialog = preview
    yes = dialog.words.combo("yesno", "可以")
    yes.setCurrentIndex(yes.findData("是"))
    wait_checked(qtbot, dialog)
    edit(qtbot, dialog, 3, "入队日期", "2021-09-15")
    wait_checked(qtbot, dialog)  # the re-check the edit starts (after a pause) is over
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)
    before = counts(database)

    def refuse(self, sheet, options, progress, cancelled):
        raise LedgerError("数据库正忙，请稍后再试")

    monkeypatch.setattr(FileImport, "write", refuse)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message_label.isVisible, timeout=10_000)
    assert dialog.message_label.text() == "没有导入：数据库正忙，请稍后再试"
    assert dialog.isVisible() and messages.shown == []
    wait_checked(qtbot, dialog)
    # the re-check that follows keeps the reason on screen
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == "没有导入：数据库正忙，请稍后再试"
    assert dialog.options.corrections == {(3, "joined_on"): "2021-09-15"}
    assert counts(database) == before


def test_models_pass_the_model_tester(qtmodeltester, qtbot, database, members_file):
    sheet = read_file("members", members_file)
    from db.xlsx import check_file

    preview = check_file(database, sheet)
    corrections: dict = {}
    model = PreviewTableModel(sheet, corrections)
    qtmodeltester.check(model)
    model.set_result(preview.problems, preview.report.outcomes, preview.sheet.rows)
    qtmodeltester.check(model)
    proxy = BadRowsProxy()
    proxy.setSourceModel(model)
    proxy.set_only_bad(True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    problems = ProblemListModel()
    problems.set_problems(preview.problems)
    qtmodeltester.check(problems)
    assert model.setData(model.index(1, model.column_of("入队日期")), "2021-09-15")
    assert corrections == {(3, "joined_on"): "2021-09-15"}
    assert model.pending()


def test_ten_thousand_rows_show_without_a_widget_per_row(qtbot, database, tmp_path):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("队员")
    ws.append(HEADERS)
    for i in range(10_000):
        ws.append([f"队员{i:05d}", "队员", f"139{i:08d}", "否", "否", "2020-01-01", ""])
    path = tmp_path / "万人.xlsx"
    wb.save(path)
    sheet = read_file("members", path)
    parent = QWidget()
    qtbot.addWidget(parent)
    service = FileImport(database, "members", path)
    dialog = ImportPreviewDialog(parent, service, sheet, ImportOptions(), "导入队员")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.proxy.rowCount() == 10_000
    assert dialog.counts_label.text() == "共 10000 行，正在检查…"
    assert cell(dialog, 10_001, "姓名").data() == "队员09999"
    assert len(dialog.findChildren(QWidget)) < 150  # nothing per row
    assert not dialog.import_button.isEnabled()
    wait_checked(qtbot, dialog)
    assert dialog.counts_label.text() == "新增 10000，更新 0，未变 0，有误 0"
    assert dialog.import_button.isEnabled()
    dialog.reject()
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0


def test_a_page_previews_into_the_database_its_register_names(
    qtbot, database, monkeypatch, tmp_path
):
    """A register page hands its own database to the preview; it does not ask the window."""
    from desktop.common.register import RegisterPage
    from desktop.common.register import RegisterSpec

    path = book(tmp_path / "队员.xlsx", ROWS[2:])
    spec = RegisterSpec("队员", [], lambda _archived: [], register="members", database=database)
    page = RegisterPage(spec)  # no main window around it
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(ImportPreviewDialog) is not None, timeout=10_000)
    dialog = page.findChild(ImportPreviewDialog)
    assert dialog.service.database is database
    wait_checked(qtbot, dialog)
    assert column(dialog, 0) == ["新增"]


def test_the_collector_sweeps_less_often_while_any_task_runs():
    import gc

    from desktop.common.import_service import TASK_GC_THRESHOLD
    from desktop.common.import_service import fewer_collections

    before = gc.get_threshold()
    with fewer_collections():
        with fewer_collections():  # a check while the file is being re-read
            assert gc.get_threshold()[0] == max(before[0], TASK_GC_THRESHOLD)
        assert gc.get_threshold()[0] == max(before[0], TASK_GC_THRESHOLD)
    assert gc.get_threshold() == before


def test_a_word_on_many_rows_names_the_first_few():
    from desktop.common.import_words import _where

    assert _where([3]) == "（第3行）"
    assert _where([5, 3, 4]) == "（第3–5行）"
    assert _where([9, 509, 1009, 1509, 2009]) == "（第9、509、1009行等 5 行）"


def test_a_cell_typed_while_a_check_runs_is_checked_next(qtbot, preview, monkeypatch):
    dialog = preview
    gate, real, seen = threading.Event(), FileImport.check, []

    def slow_check(self, sheet, options, progress, cancelled):
        seen.append(dict(options.corrections))
        if len(seen) == 1:
            gate.wait(10)
        return real(self, sheet, options, progress, cancelled)

    monkeypatch.setattr(FileImport, "check", slow_check)
    qtbot.mouseClick(dialog.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    edit(qtbot, dialog, 3, "入队日期", "2021-09-15")  # the table answers while checking
    gate.set()  # the check that began before the cell was typed ends: it says nothing of it
    qtbot.wait(50)
    assert cell(dialog, 3, "入队日期").data(Qt.ItemDataRole.BackgroundRole) == TYPED_BG
    wait_checked(qtbot, dialog)
    assert seen == [{}, {(3, "joined_on"): "2021-09-15"}]
    assert len(problems_shown(dialog)) == 1  # only 可以 is left
    assert cell(dialog, 3, "入队日期").data(Qt.ItemDataRole.BackgroundRole) is None
