"""战备时段 → 全国两会会期…: an admin enters a year's published dates; the preset follows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.duty.sessions import SessionDialog
from desktop.duty.sessions import SessionsDialog
from widgets.table import ROW_ROLE


def _select_year(dialog: SessionsDialog, year: int) -> None:
    proxy = dialog.table.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(ROW_ROLE).year == year:
            dialog.table.view.selectRow(r)
            return
    raise AssertionError(f"{year} not listed")


def test_entering_a_year_moves_its_preset_period(qtbot, make_window, ledger, on_modal):
    ledger.preload_campaign(2027)
    window = make_window()
    window.show_page("periods")
    seen: dict[str, object] = {}

    def fill(form: SessionDialog) -> None:
        form.form.editor("end").set_date(dt.date(2028, 3, 1))  # before the start: refused
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
        seen["error"] = form.form.errors().get("end")
        form.form.editor("end").set_date(dt.date(2028, 3, 12))
        form.form.editor("source").setText("全国人大常委会决定")
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    def table(dialog: SessionsDialog) -> None:
        assert isinstance(dialog, SessionsDialog)
        _select_year(dialog, 2028)
        seen["status"] = dialog.table.current_row().status
        on_modal(fill, kind=SessionDialog)
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
        seen["after"] = next(r for r in dialog.ledger.two_sessions(2028, 2028))
        dialog.reject()

    on_modal(table, kind=SessionsDialog)
    qtbot.mouseClick(window.pages["periods"].extra["全国两会会期…"], Qt.MouseButton.LeftButton)

    assert seen["status"] == "待核对"
    assert seen["error"]
    after = seen["after"]
    assert after.office and after.confirmed and after.end == dt.date(2028, 3, 12)  # type: ignore[attr-defined]
    shown = [p for p in window.pages["periods"].table.visible_rows() if p.name == "全国两会"]
    assert [(p.start, p.end) for p in shown if p.start.year == 2028] == [
        (dt.date(2028, 3, 4), dt.date(2028, 3, 12))
    ]
