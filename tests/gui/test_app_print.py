"""打印值班表… and the duty pages' buttons: the PDF is built off the UI thread and handed to the print
offer; 载入冬春预设 adds the campaign's periods."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtCore import Qt

YEAR, MONTH = 2025, 6


def test_print_roster_hands_the_month_pdf_to_the_print_offer(
    offered, qtbot, monkeypatch, make_window, team, ledger, messages
):
    members = team(8, leaders=2)
    ledger.save_settings({"town": "青石镇"})
    assert ledger.generate_month(YEAR, MONTH).ok
    window = make_window()
    window.show_page("roster")
    page = window.roster
    page.picker.set_month(YEAR, MONTH)

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered), timeout=15_000)

    [(parent, pdf, name, title)] = offered
    assert parent is page
    assert (name, title) == ("值班表-2025-06.pdf", "2025年6月值班表")
    assert pdf.startswith(b"%PDF")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "青石镇" in text
    leader = ledger.month(YEAR, MONTH).days[page.model.date_at(0)].leader
    assert next(mb.name for mb in members if mb.id == leader) in text
    assert messages.shown == []


def test_blank_handover_and_campaign_buttons_of_the_duty_pages(
    offered, qtbot, monkeypatch, make_window, ledger, messages
):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (2025, True))
    window = make_window()

    window.show_page("handovers")
    qtbot.mouseClick(window.handovers.extra["打印空白表…"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered), timeout=15_000)
    [(parent, pdf, name, title)] = offered
    assert parent is window and name == "值班交接班记录-空白.pdf" and pdf.startswith(b"%PDF")

    window.show_page("periods")
    qtbot.mouseClick(window.pages["periods"].extra["载入冬春预设…"], Qt.MouseButton.LeftButton)
    assert {"春节", "元旦"} <= {p.name for p in ledger.periods()}
    assert len(window.pages["periods"].table.visible_rows()) == len(ledger.periods())
    assert "已载入" in messages.texts("information")[0]
