"""重点场所 and 应急预案 pages: a bad latitude stays in the dialog; a revision keeps the old
version readable; plan files are copied in, opened from the copy, removed with their record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from db.drills import DrillBook
from db.drills import PlanData
from db.drills import SiteData
from desktop.common import attachments as attachments_dialog
from desktop.common.attachments import AttachmentsDialog
from desktop.drills.dialogs.plans import ReviseDialog
from desktop.drills.dialogs.plans import VersionsDialog
from desktop.drills.dialogs.sites import SiteDialog

LEFT = Qt.MouseButton.LeftButton


def select_first(qtbot, page) -> None:
    view = page.table.view
    qtbot.mouseClick(
        view.viewport(), LEFT, pos=view.visualRect(page.table.proxy.index(0, 1)).center()
    )


def extra_button(page, text: str):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def test_site_dialog_refuses_latitude_200_and_keeps_what_was_typed(
    qtbot, make_window, ledger, on_modal
):
    window = make_window()
    window.show_page("sites")
    page = window.pages["sites"]
    seen = {}

    def fill(dialog: SiteDialog) -> None:
        dialog.form.editor("name").setText("高楼镇中心小学")
        qtbot.keyClicks(dialog.form.editor("lon"), "105.93")
        qtbot.keyClicks(dialog.form.editor("lat"), "200")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        error = dialog.findChild(QLabel, "lat_error")
        seen.update(
            open=dialog.isVisible(),
            error=error.text(),
            shown=not error.isHidden(),
            typed=(dialog.form.value("name"), dialog.form.value("lon"), dialog.form.value("lat")),
            focus=dialog.focusWidget() is dialog.form.editor("lat"),
        )
        dialog.form.editor("lat").setText("29.81")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        seen["closed"] = not dialog.isVisible()

    on_modal(fill)
    qtbot.mouseClick(page.add_button, LEFT)

    assert seen["open"] and seen["shown"] and "纬度应在 -90 到 90 之间" in seen["error"]
    assert seen["typed"] == ("高楼镇中心小学", "105.93", "200")
    assert seen["focus"] and seen["closed"]
    [site] = DrillBook(ledger.db).sites()
    assert (site.name, site.lon, site.lat, site.crs) == ("高楼镇中心小学", 105.93, 29.81, "WGS84")
    assert [r.name for r in page.table.visible_rows()] == ["高楼镇中心小学"]


def test_revision_creates_a_version_that_stays_readable(
    qtbot, make_window, ledger, on_modal, monkeypatch
):
    book = DrillBook(ledger.db)
    plan_id = book.save_plan(
        PlanData("敬老院灭火应急预案", type="灭火应急预案", author="刘建国", summary="第一版摘要")
    )
    window = make_window()
    window.show_page("plans")
    page = window.pages["plans"]
    select_first(qtbot, page)

    def revise(dialog: ReviseDialog) -> None:
        dialog.form.editor("trigger").setCurrentIndex(1)  # 应急指挥机构及其职责调整
        dialog.form.editor("reason").setPlainText("镇应急办主任调整")
        dialog.form.editor("approved_by").setText("镇长")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    on_modal(revise)
    qtbot.mouseClick(extra_button(page, "修订…"), LEFT)

    versions = book.versions(plan_id)
    assert [(v.number, v.trigger) for v in versions] == [
        (1, "初次编制"),
        (2, "应急指挥机构及其职责调整"),
    ]
    assert page.table.visible_rows()[0].version_no == 2
    # edit the plan after the revision: the new edition changes, the first stays as it was
    plan = book.plan(plan_id)
    plan.summary = "第二版摘要"
    book.save_plan(plan)
    shown = {}

    def look(dialog: VersionsDialog) -> int:
        rows = dialog.table.visible_rows()
        dialog.table.select_row(rows[0])
        shown["first"] = dialog.text.toPlainText()
        dialog.table.select_row(rows[1])
        shown["second"] = dialog.text.toPlainText()
        shown["read_only"] = dialog.text.isReadOnly()
        shown["editions"] = [dialog.table.proxy.index(r, 0).data() for r in range(2)]
        return 0

    monkeypatch.setattr(VersionsDialog, "exec", look)
    select_first(qtbot, page)
    qtbot.mouseClick(extra_button(page, "版本记录"), LEFT)

    assert "第1版" in shown["first"] and "摘要：第一版摘要" in shown["first"]
    assert "第2版" in shown["second"] and "摘要：第二版摘要" in shown["second"]
    assert "镇应急办主任调整" in shown["second"] and "批准人：镇长" in shown["second"]
    assert shown["read_only"] and shown["editions"] == ["第1版", "第2版"]
    assert page.table.proxy.index(0, 4).data() == "第2版"  # 版本


def test_plan_files_are_copied_opened_and_removed(
    qtbot, make_window, ledger, on_modal, messages, monkeypatch, tmp_path
):
    book = DrillBook(ledger.db)
    site = book.save_site(SiteData("高楼镇敬老院", "养老院"))
    plan_id = book.save_plan(
        PlanData(
            "敬老院灭火应急预案", status="已发布", issued_on=dt.date(2023, 1, 5), site_ids=[site]
        )
    )
    source = tmp_path / "敬老院预案.docx"
    source.write_bytes(b"plan text")
    monkeypatch.setattr(
        attachments_dialog.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], "")
    )
    opened = []
    monkeypatch.setattr(
        attachments_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    window = make_window()
    window.show_page("plans")
    page = window.pages["plans"]
    select_first(qtbot, page)
    seen = {}

    def files(dialog: AttachmentsDialog) -> None:
        qtbot.mouseClick(dialog.add_button, LEFT)
        [f] = dialog.table.visible_rows()
        seen["stored"] = f.path
        source.unlink()  # the original goes away; the copy stays
        dialog.table.select_row(f)
        qtbot.mouseClick(dialog.open_button, LEFT)
        seen["after_open"] = f.path.read_bytes()
        qtbot.mouseClick(dialog.remove_button, LEFT)
        seen["left"] = dialog.table.visible_rows()
        dialog.accept()

    on_modal(files)
    qtbot.mouseClick(extra_button(page, "附件…"), LEFT)

    stored = seen["stored"]
    assert stored.parent == ledger.db.data_dir / "attachments" and stored.suffix == ".docx"
    assert [u.toLocalFile() for u in opened] == [str(stored)]
    assert seen["after_open"] == b"plan text"
    assert seen["left"] == [] and not stored.exists()
    assert book.plan_files(plan_id) == []
    assert messages.texts("question") == ["确定删除附件“敬老院预案.docx”吗？"]
    # issued 2023-01-05, never evaluated: the evaluation was due 2026-01-05
    due = page.evaluation_due(book.plan(plan_id))
    assert due == dt.date(2026, 1, 5)
