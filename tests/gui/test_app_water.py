"""水源台账: inspection with a failed item → 故障 and a repair → closing it → 可用; the source
dialog's type switch; bad input that writes nothing; the SQL-paged model; printing."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from PySide6.QtCore import Qt

from db.due import DueStyle
from db.water import WaterBook
from db.water import WaterFilter
from db.water import WaterSourceData
from desktop.water.check import InspectionDialog
from desktop.water.dialogs import SourceDialog
from desktop.water.pages.sources import columns
from desktop.water.repairs import FIXED
from desktop.water.repairs import RepairsDialog
from tests.gui.helpers import open_paged
from tests.gui.helpers import select_paged
from widgets.paged import PagedTableModel

LON, LAT = 105.93, 29.80


def hydrant(book: WaterBook, code: str, village: str = "高楼社区", **kw) -> int:
    return book.save_source(
        WaterSourceData(
            code,
            kw.pop("name", f"消火栓{code}"),
            "市政消火栓",
            "地上式",
            village=village,
            lon=kw.pop("lon", LON),
            lat=kw.pop("lat", LAT),
            owner="县自来水公司",
            details={"network": "环状", "pipe_dn": 150, "static_mpa": 0.3},
            **kw,
        )
    )


@pytest.fixture
def book(database) -> WaterBook:
    return WaterBook(database)


def test_failed_inspection_marks_source_broken_and_closing_the_repair_restores_it(
    qtbot, make_window, book, on_modal, messages
):
    sid = hydrant(book, "XHS-001")
    window = make_window()
    window.show_page("water")
    page = window.pages["water"]
    select_paged(page, lambda x: x.code == "XHS-001")

    seen = {}

    def fill(dialog):
        assert isinstance(dialog, InspectionDialog)
        dialog.form.editor("inspectors").setText("张三、李四")
        model = dialog.model
        static = next(n for n, it in enumerate(model.items) if it.text == "静压")
        assert not dialog.warning.isVisibleTo(dialog)
        model.setData(model.index(static, 2), "0.08")  # below ≥0.14 MPa
        seen["banner"] = dialog.warning.text()
        seen["visible"] = dialog.warning.isVisibleTo(dialog)
        seen["ok"] = dialog.ok_button.text()
        dialog.after.editor("reported_to").setText("县自来水公司高楼供水站")
        qtbot.mouseClick(dialog.rest_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(fill)
    page.inspect("检查")

    assert seen["visible"] and "故障" in seen["banner"] and "静压" in seen["banner"]
    assert seen["ok"] == "保存并报修"
    assert book.source(sid).status == "故障"
    [repair] = book.repairs(sid, open_only=True)
    assert repair.reported_to == "县自来水公司高楼供水站" and "静压" in repair.problem
    assert any("故障" in t for t in messages.texts("warning"))
    assert page.model.rows[0].status == "故障"  # the register reloaded

    def close(step):
        step.form.editor("step").setCurrentIndex(step.form.editor("step").findData(FIXED))
        step.form.editor("note").setPlainText("更换压力表，放水后静压0.32 MPa")
        qtbot.mouseClick(step.ok_button, Qt.MouseButton.LeftButton)

    repairs = RepairsDialog(page, book, book.source(sid))
    qtbot.addWidget(repairs)
    on_modal(close)
    repairs.advance()
    assert repairs.touched
    assert book.source(sid).status == "可用"
    assert book.repairs(sid, open_only=True) == []
    assert "可用" in repairs.state.text()


def test_type_switch_keeps_common_fields_and_shows_the_types_fields(qtbot, book):
    dialog = SourceDialog(None, book, None)
    qtbot.addWidget(dialog)
    dialog.form.editor("code").setText("SC-009")
    dialog.form.editor("name").setText("学校消防水池")
    details = dialog.details
    assert "static_mpa" in details.form().names() and "volume_m3" not in details.form().names()
    details.form().row("static_mpa").setter("0.3")

    combo = dialog.form.editor("type")
    combo.setCurrentIndex(combo.findData("消防水池"))
    assert dialog.details_box.title() == "消防水池参数"
    assert {"volume_m3", "refill_h", "lift_m"} <= set(details.form().names())
    assert "static_mpa" not in details.form().names()
    assert dialog.form.value("code") == "SC-009" and dialog.form.value("name") == "学校消防水池"
    details.form().row("volume_m3").setter("300")
    details.form().row("lift_m").setter("3.5")

    combo.setCurrentIndex(combo.findData("天然水源"))
    assert details.form().value("lift_m") == "3.5"  # a field both types have follows along
    assert "has_dry_season" in details.form().names()

    combo.setCurrentIndex(combo.findData("消防水池"))
    assert details.form().value("volume_m3") == "300"  # what was typed is kept
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = book.source_by_code("SC-009")
    assert saved.type == "消防水池" and saved.details["volume_m3"] == 300
    assert "static_mpa" not in saved.details


def test_bad_input_shows_inline_messages_and_writes_nothing(qtbot, book, database):
    hydrant(book, "XHS-001")
    dialog = SourceDialog(None, book, None)
    qtbot.addWidget(dialog)
    dialog.form.editor("code").setText("XHS-001")  # used already
    dialog.form.editor("name").setText("新消火栓")
    dialog.form.editor("lon").setText("105.93")
    dialog.form.editor("lat").setText("200")
    dialog.details.form().row("static_mpa").setter("abc")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0  # one 确定 shows all three problems
    assert "超出范围" in dialog.form.errors()["lat"]
    assert "已被另一个水源使用" in dialog.form.errors()["code"]
    assert "静压应填数字" in dialog.details.form().errors()["static_mpa"]
    assert book.page().total == 1

    sid = book.source_by_code("XHS-001").id
    check = InspectionDialog(None, book, sid)
    qtbot.addWidget(check)
    static = next(n for n, it in enumerate(check.model.items) if it.text == "静压")
    check.model.setData(check.model.index(static, 2), "abc")
    qtbot.mouseClick(check.ok_button, Qt.MouseButton.LeftButton)
    assert check.result() == 0
    assert check.items_error.isVisibleTo(check) and "静压应填数字" in check.items_error.text()
    assert check.form.errors()["inspectors"] == "请填写检查人"  # at once, as a vehicle check
    assert book.inspections(sid) == []
    assert book.source(sid).status == "可用"


def test_paged_model_reads_pages_sorts_and_filters_in_sql(qtmodeltester, qtbot, make_window, book):
    for i in range(70):
        hydrant(book, f"XHS-{i:03d}", village="高楼社区" if i % 2 else "石龙村")
    page = open_paged(make_window(), "water", 30)
    assert page.model.rowCount() == 30 and page.model.total == 70
    assert page.total_label.text() == "共 70 处"
    page.model.fetchMore()
    assert page.model.rowCount() == 60

    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.rows[0].code == "XHS-069" and page.model.rowCount() == 30

    page.village.setCurrentIndex(page.village.findData("石龙村"))
    assert page.model.total == 35 and {x.village for x in page.model.rows} == {"石龙村"}
    page.text.setText("XHS-06")
    page.apply_filter()
    assert [x.code for x in page.model.rows] == [
        "XHS-068",
        "XHS-066",
        "XHS-064",
        "XHS-062",
        "XHS-060",
    ]
    page.due.setCurrentIndex(page.due.findData("overdue"))
    assert page.model.total == 0
    page.due.setCurrentIndex(0)
    qtmodeltester.check(page.model)  # last: the tester reads every page while it checks


def test_paged_model_alone(qtmodeltester, book):
    for i in range(12):
        hydrant(book, f"XHS-{i:03d}")

    def fetch(offset, limit, key, descending):
        p = book.page(offset, limit, key, WaterFilter(), descending)
        return p.rows, p.total

    model = PagedTableModel(columns({}, DueStyle), fetch, page_size=5)
    model.reload()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 12
    qtmodeltester.check(model)


def test_register_and_checklist_print_as_pdf(
    offered, qtbot, monkeypatch, make_window, book, messages
):
    hydrant(book, "XHS-001", village="石龙村")
    window = make_window()
    window.show_page("water")
    page = window.pages["water"]
    actions = {a.text(): a for a in page.print_menu.actions()}

    actions["水源台账（全部，A4横向）…"].trigger()
    qtbot.waitUntil(lambda: len(offered) == 1, timeout=15_000)
    select_paged(page, lambda x: x.code == "XHS-001")
    actions["所选水源的检查表（已填）…"].trigger()
    qtbot.waitUntil(lambda: len(offered) == 2, timeout=15_000)

    (name1, pdf1), (name2, pdf2) = ((o.name, o.pdf) for o in offered)
    assert name1.startswith("消防水源台账") and pdf1.startswith(b"%PDF")
    register = pypdf.PdfReader(io.BytesIO(pdf1))
    assert register.pages[0].mediabox.width > register.pages[0].mediabox.height  # landscape
    assert "XHS-001" in register.pages[0].extract_text()
    assert "XHS-001" in name2
    assert "消火栓" in pypdf.PdfReader(io.BytesIO(pdf2)).pages[0].extract_text()
    assert messages.shown == []


def test_opening_the_register_reads_it_once(make_window, book, monkeypatch):
    """The window reloads the page it opens: the page's own reload on being shown (for
    changes made on another page) does not read it a second time."""
    hydrant(book, "XHS-001")
    window = make_window()
    page = window.pages["water"]
    reads = []
    real = page.book.page
    monkeypatch.setattr(page.book, "page", lambda *a, **k: reads.append(a) or real(*a, **k))
    for _ in range(2):
        window.show_page("water")
        assert page.isVisible() and len(reads) == 1
        assert page.model.rows[0].code == "XHS-001"
        window.show_page("home")
        reads.clear()
    hydrant(book, "XHS-002")  # changed elsewhere while the page is hidden
    page.hide()
    page.show()  # shown again without the window reloading it first: read on show
    assert len(reads) == 1 and [x.code for x in page.model.rows] == ["XHS-001", "XHS-002"]


def test_history_lists_a_flow_test_with_its_readings(database):
    from db.water import FlowTestData
    from desktop.water.history import history_rows

    book = WaterBook(database)
    sid = hydrant(book, "XF-9")
    day = dt.date(2026, 11, 20)
    test = book.record_flow_test(FlowTestData(sid, 0.45, 0.30, 0.10, 63.5, day))
    [row] = [r for r in history_rows(book, sid) if "L/s" in r.text]
    assert row.text == (
        f"静压 0.45 / 残压 0.3 / 皮托 0.1 MPa，出水口 63.5 mm："
        f"实测 {test.flow_lps:.1f} L/s，0.14 MPa 时 {test.rated_lps:.1f} L/s"
    )
