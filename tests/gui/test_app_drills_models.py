"""The drills pages' own Qt models pass qtmodeltester; sign-in clicks cycle the status."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from db.drills import AttendanceData
from db.drills import DrillBook
from db.drills import DrillData
from db.drills import FindingData
from desktop.common.photos import PhotoModel
from desktop.drills.models import STATUS_COLUMN
from desktop.drills.models import AttendanceModel
from widgets.checklist import CheckListModel


def test_checklist_model(qtmodeltester):
    model = CheckListModel([("中心小学", 1), ("敬老院", 2), ("农贸市场", 3)], checked=[2])
    qtmodeltester.check(model)
    model.setData(model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked() == [1]
    model.set_checked([3, 1])
    assert model.checked() == [1, 3]


def test_attendance_model(qtmodeltester):
    model = AttendanceModel(
        [AttendanceData(i, f"队员{i:02d}", "出席", "", "队员") for i in range(1, 6)]
    )
    qtmodeltester.check(model)
    model.cycle(1)
    model.cycle(2)
    model.cycle(2)
    model.cycle(3)
    model.cycle(3)
    model.cycle(3)  # back to 出席
    assert [model.index(r, STATUS_COLUMN).data() for r in range(5)] == [
        "出席",
        "迟到",
        "缺席",
        "出席",
        "出席",
    ]
    assert model.counts() == {"出席": 3, "迟到": 1, "缺席": 1}
    assert model.setData(model.index(0, 4), "请假")
    assert not model.setData(model.index(0, STATUS_COLUMN), "请假")  # not a status
    model.set_all("缺席")
    assert set(model.statuses().values()) == {"缺席"} and model.notes()[1] == "请假"


def test_photo_model(qapp, qtmodeltester, database, tmp_path):
    book = DrillBook(database)
    drill_id = book.save_drill(DrillData("熟悉演练", starts_at=dt.datetime(2025, 5, 6, 9)))
    image = QImage(80, 60, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    image.save(str(tmp_path / "a.png"))
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    book.add_drill_photo(drill_id, tmp_path / "a.png", "集合")
    book.add_drill_photo(drill_id, tmp_path / "b.pdf")
    model = PhotoModel(book.drill_photos(drill_id))
    qtmodeltester.check(model)
    assert [model.index(r).data() for r in range(2)] == ["集合", "b.pdf"]
    assert not model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()


def test_findings_page_lists_open_first_and_overdue_in_red(make_window, ledger):
    book = DrillBook(ledger.db)
    drill_id = book.save_drill(DrillData("熟悉演练", starts_at=dt.datetime(2025, 5, 6, 9)))
    today = dt.date.today()
    done = book.save_finding(FindingData(drill_id, "已完成", deadline=today - dt.timedelta(9)))
    book.advance(done, version=book.finding(done).version)
    book.advance(done, today, "复查合格", version=book.finding(done).version)
    book.save_finding(FindingData(drill_id, "以后", deadline=today + dt.timedelta(30)))
    book.save_finding(FindingData(drill_id, "逾期", deadline=today - dt.timedelta(3)))
    window = make_window()
    window.show_page("findings")
    page = window.pages["findings"]
    assert [f.problem for f in page.table.visible_rows()] == ["逾期", "以后", "已完成"]
    colour = page.table.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert colour is not None and colour.name() == "#fde0dc"
    assert page.table.proxy.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_workspace_shows_problems_beside_fields_and_keeps_the_typing(qtbot, ledger, team):
    from desktop.drills.workspace import EVALUATION
    from desktop.drills.workspace import PLAN
    from desktop.drills.workspace import DrillWorkspace

    team(3)
    book = DrillBook(ledger.db)
    ws = DrillWorkspace(None, book, ledger, None)
    qtbot.addWidget(ws)
    ws.show()
    ws.plan_form.editor("organiser").setText("刘建国")
    ws.tabs.setCurrentIndex(EVALUATION)
    qtbot.mouseClick(ws.evaluation.all_pass, Qt.MouseButton.LeftButton)
    assert ws.evaluation.form.value("evaluators") == "刘建国"  # taken from the organiser
    qtbot.mouseClick(ws.done_button, Qt.MouseButton.LeftButton)  # no name yet

    assert ws.isVisible() and ws.tabs.currentIndex() == PLAN
    assert "name" in ws.plan_form.errors()
    assert ws.plan_form.value("organiser") == "刘建国" and book.drills() == []

    ws.plan_form.editor("name").setText("桌面推演")
    ws.evaluation.form.editor("evaluators").setText("")
    qtbot.mouseClick(ws.done_button, Qt.MouseButton.LeftButton)  # drill saved, score refused

    assert ws.isVisible() and ws.tabs.currentIndex() == EVALUATION
    assert "evaluators" in ws.evaluation.form.errors()
    [drill] = book.drills()
    assert drill.name == "桌面推演" and drill.status == "已实施"  # attendance went in
    ws.evaluation.form.editor("evaluators").setText("王海波")
    qtbot.mouseClick(ws.done_button, Qt.MouseButton.LeftButton)
    assert not ws.isVisible()
    assert book.drill(drill.id).status == "已评估"
