"""打印值班表…: the PDF is built off the UI thread and handed to the print offer."""

from __future__ import annotations

import io

import pypdf
from PySide6.QtCore import Qt

from desktop.common import printing

YEAR, MONTH = 2025, 6


def test_print_roster_hands_the_month_pdf_to_the_print_offer(
    qtbot, monkeypatch, make_window, team, ledger, messages
):
    members = team(8, leaders=2)
    ledger.save_settings({"town": "青石镇"})
    assert ledger.generate_month(YEAR, MONTH).ok
    offered = []
    monkeypatch.setattr(
        printing,
        "offer_print",
        lambda parent, pdf, name, title="": offered.append((parent, pdf, name, title)),
    )
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
