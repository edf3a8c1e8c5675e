"""演练: a whole drill through the window, counted click by click, then its evidence pack."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from db.drills import DrillBook
from db.drills import PlanData
from db.drills import SiteData
from desktop.common import attachments as attachments_dialog
from desktop.drills.dialogs.findings import CloseFindingDialog
from desktop.drills.dialogs.findings import FindingDialog
from desktop.drills.workspace import DrillWorkspace
from tests.gui.helpers import LEFT
from tests.gui.helpers import Clicks


def site_and_plan(book: DrillBook) -> tuple[int, int]:
    site = book.save_site(SiteData("高楼镇中心小学", "学校", address="高楼镇学府路8号"))
    plan = book.save_plan(
        PlanData(
            "中心小学火灾现场处置方案",
            status="已发布",
            issued_on=dt.date.today() - dt.timedelta(days=400),
            site_ids=[site],
        )
    )
    return site, plan


def test_record_a_drill_in_few_clicks_then_close_a_finding_and_print_its_pack(
    offered, qtbot, make_window, team, ledger, on_modal, messages, monkeypatch, tmp_path
):
    members = team(20)
    book = DrillBook(ledger.db)
    site_id, plan_id = site_and_plan(book)
    window = make_window()
    assert window.stack.currentWidget() is window.home
    clicks = Clicks(qtbot)

    # ----- from the home page to a saved, scored drill ----------------------------------------
    def record(ws: DrillWorkspace) -> None:
        form = ws.plan_form
        form.editor("name").setText("中心小学熟悉演练")
        clicks.choose(form.editor("site_id"), "高楼镇中心小学")
        clicks.choose(form.editor("plan_id"), "中心小学火灾现场处置方案")
        clicks.tab(ws.tabs, 1)
        view = ws.attendance.view
        clicks.cell(view, ws.attendance.status_row(2))  # 出席 → 迟到
        clicks.cell(view, ws.attendance.status_row(4), times=2)  # → 迟到 → 缺席
        assert "出席 <b>18</b>" in ws.attendance.counts.text()
        clicks.tab(ws.tabs, 3)
        clicks.click(ws.evaluation.all_pass)
        assert ws.evaluation.form.value("conclusion") == "合格"
        ws.evaluation.form.editor("evaluators").setText("王建国、李明")
        clicks.click(ws.done_button)

    clicks.nav(window, "演练")
    page = window.pages["drills"]
    assert window.stack.currentWidget() is page
    on_modal(record)
    clicks.click(page.add_button)

    assert on_modal.handled and not on_modal.handled[-1].isVisible()
    assert clicks.count <= 30, clicks.count
    print(f"home → saved, scored drill with 20 attendees: {clicks.count} clicks")
    [drill] = book.drills()
    assert (drill.name, drill.kind, drill.status, drill.conclusion) == (
        "中心小学熟悉演练",
        "熟悉演练",
        "已评估",
        "合格",
    )
    assert drill.starts_at == dt.datetime.combine(dt.date.today(), dt.time(9, 0))
    assert (drill.site_id, drill.plan_id, drill.place) == (site_id, plan_id, "高楼镇学府路8号")
    assert drill.attendance_counts() == {"出席": 18, "迟到": 1, "缺席": 1}
    status = {a.name: a.status for a in drill.attendance}
    assert status[members[2].name] == "迟到" and status[members[4].name] == "缺席"
    assert [sc.rating for sc in drill.scores] == ["合格"] * 6
    assert drill.evaluators == "王建国、李明" and drill.evaluated_on == dt.date.today()
    assert [r.status for r in page.table.visible_rows()] == ["已评估"]
    assert messages.shown == []

    # ----- reopen: a photo, a finding taken to 已整改, the evidence pack -------------------------
    photo = tmp_path / "现场.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(photo))
    monkeypatch.setattr(
        attachments_dialog.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], "")
    )
    opened = []
    monkeypatch.setattr(
        attachments_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    seen = {}

    def finding(dialog: FindingDialog) -> None:
        dialog.form.editor("problem").setPlainText("二楼疏散指示灯不亮")
        dialog.form.editor("owner").setText("赵校长")
        dialog.form.editor("triggers_revision").setChecked(True)
        qtbot.mouseClick(dialog.ok_button, LEFT)

    def close(dialog: CloseFindingDialog) -> None:
        qtbot.mouseClick(dialog.ok_button, LEFT)  # no evidence yet: refused, stays open
        seen["refused"] = dialog.isVisible(), dialog.form.errors()
        dialog.form.editor("evidence").setPlainText("复查：指示灯已更换，照片存档")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    def reopen(ws: DrillWorkspace) -> None:
        assert ws.attendance.model.counts() == {"出席": 18, "迟到": 1, "缺席": 1}
        ws.tabs.setCurrentIndex(2)
        qtbot.mouseClick(ws.process.add_photo_button, LEFT)
        assert [f.original_name for f in ws.process.photo_model.files()] == ["现场.png"]
        ws.process.open_photo(ws.process.photo_model.index(0))
        ws.tabs.setCurrentIndex(4)
        tab = ws.findings
        on_modal(finding)
        qtbot.mouseClick(tab.add_button, LEFT)
        [row] = tab.table.visible_rows()
        tab.table.select_row(row)
        qtbot.mouseClick(tab.advance_button, LEFT)  # 待整改 → 整改中
        seen["middle"] = [f.status for f in tab.table.visible_rows()]
        tab.table.select_row(tab.table.visible_rows()[0])
        on_modal(close)
        qtbot.mouseClick(tab.advance_button, LEFT)  # 整改中 → 已整改
        ws.print_actions["pack"].trigger()
        qtbot.waitUntil(lambda: bool(offered), timeout=20_000)
        qtbot.mouseClick(ws.close_button, LEFT)

    view = page.table.view
    qtbot.mouseClick(
        view.viewport(), LEFT, pos=view.visualRect(page.table.proxy.index(0, 2)).center()
    )
    on_modal(reopen)
    qtbot.mouseClick(page.edit_button, LEFT)  # 打开…

    assert seen["middle"] == ["整改中"]
    refused_open, refused_errors = seen["refused"]
    assert refused_open and "evidence" in refused_errors
    [f] = book.findings()
    assert (f.problem, f.owner, f.status, f.closed_on) == (
        "二楼疏散指示灯不亮",
        "赵校长",
        "已整改",
        dt.date.today(),
    )
    assert f.evidence == "复查：指示灯已更换，照片存档"
    [task] = book.revision_tasks(plan_id)
    assert task.status == "待修订" and "二楼疏散指示灯不亮" in task.note
    assert len(opened) == 1 and opened[0].toLocalFile() != str(photo)
    [(_parent, pdf, name, _title)] = offered
    assert name == "中心小学熟悉演练-演练证据包.pdf"
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "中心小学熟悉演练" in text
    assert members[0].name in text
    assert messages.shown == []


def test_a_drill_with_twenty_attendees_graded_with_a_finding_and_its_pack_in_twenty(
    offered, qtbot, make_window, team, ledger, on_modal, messages
):
    """The measure of issue 12: home → a drill with 20 attendees, graded, one finding, its
    evidence pack printed, in at most 20 clicks and keys besides the typed text. Enter in the
    fields on the way (the name, the timeline's 回车添加) never closes the window."""
    team(20)
    book = DrillBook(ledger.db)
    window = make_window()
    clicks = Clicks(qtbot)
    seen: dict[str, object] = {}

    def finding(dialog: FindingDialog) -> None:
        dialog.form.editor("problem").setPlainText("二楼疏散指示灯不亮")
        dialog.form.editor("owner").setText("赵校长")
        clicks.click(dialog.ok_button)

    def record(ws: DrillWorkspace) -> None:
        name = ws.plan_form.editor("name")
        seen["focus"] = ws.focusWidget() is name
        name.setText("中心小学熟悉演练")
        clicks.key(name, Qt.Key.Key_Return)
        seen["open after Enter"] = ws.isVisible()
        clicks.tab(ws.tabs, 2)
        ws.process.text.setText("09:05 接警，队员集合完毕")
        clicks.key(ws.process.text, Qt.Key.Key_Return)  # 回车添加
        seen["timeline"] = [e.text for e in ws.process.events.visible_rows()]
        seen["open after timeline"] = ws.isVisible()
        clicks.tab(ws.tabs, 3)
        clicks.click(ws.evaluation.all_pass)
        ws.evaluation.form.editor("evaluators").setText("王建国、李明")
        clicks.tab(ws.tabs, 4)
        on_modal(finding)
        clicks.click(ws.findings.add_button)
        clicks.menu_entry(ws.print_button, ws.print_menu, ws.print_actions["pack"].text())
        qtbot.waitUntil(lambda: bool(offered), timeout=20_000)
        clicks.count += 1  # 保存 in the print offer (recorded here instead of shown)
        clicks.click(ws.done_button)

    clicks.nav(window, "演练")
    page = window.pages["drills"]
    on_modal(record)
    clicks.click(page.add_button)

    assert seen["focus"] and seen["open after Enter"] and seen["open after timeline"]
    assert seen["timeline"] == ["09:05 接警，队员集合完毕"]
    assert on_modal.handled and not on_modal.handled[0].isVisible()
    [drill] = book.drills()
    assert (drill.name, drill.status, drill.conclusion) == ("中心小学熟悉演练", "已评估", "合格")
    assert drill.attendance_counts() == {"出席": 20, "迟到": 0, "缺席": 0}
    [f] = book.findings()
    assert (f.problem, f.owner, f.drill_id) == ("二楼疏散指示灯不亮", "赵校长", drill.id)
    [(_parent, pdf, name, _title)] = offered
    assert name == "中心小学熟悉演练-演练证据包.pdf"
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "二楼疏散指示灯不亮" in text and "队员20" in text
    assert messages.shown == []
    assert clicks.count <= 20, clicks.count
    print(f"drill with 20 attendees, graded, one finding, pack printed: {clicks.count} clicks")
