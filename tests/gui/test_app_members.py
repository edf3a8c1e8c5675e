"""队员 page: adding a member through the dialog, and a bad phone that keeps it open."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.duty.dialogs import MemberDialog


def click_nav(qtbot, window, title: str) -> None:
    model = window.nav_model
    row = next(r for r in range(model.rowCount()) if model.item(r).text() == title)
    rect = window.nav.visualRect(model.index(row, 0))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def table_texts(page) -> list[list[str]]:
    proxy = page.table.proxy
    return [
        [proxy.index(r, c).data() or "" for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def pressed_ok(qtbot, dialog: QDialog, field: str, ledger) -> dict[str, object]:
    """Press 确定 and say what the clerk sees: whether the dialog is still open, the message
    under ``field`` and whether it shows, and how many members are saved."""
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(type(dialog.form.row(field).error_label), f"{field}_error")
    return {
        "open": dialog.isVisible(),
        "error": error.text(),
        "error_shown": not error.isHidden(),
        "saved": len(ledger.members()),
    }


def test_add_member_through_dialog(qtbot, make_window, ledger, on_modal):
    window = make_window()
    click_nav(qtbot, window, "队员")
    assert window.stack.currentWidget() is window.pages["members"]
    seen = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        seen["title"] = dialog.windowTitle()
        dialog.form.editor("name").setText("林小雨")
        qtbot.keyClicks(dialog.form.editor("phone"), "13912345678")
        qtbot.mouseClick(
            dialog.form.editor("can_lead"),
            Qt.MouseButton.LeftButton,
            pos=QPoint(4, dialog.form.editor("can_lead").height() // 2),
        )
        seen["can_lead"] = dialog.form.value("can_lead")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["result"] = dialog.result()

    on_modal(fill)
    qtbot.mouseClick(window.pages["members"].add_button, Qt.MouseButton.LeftButton)

    assert seen == {"title": "新增队员", "can_lead": True, "result": QDialog.DialogCode.Accepted}
    [member] = ledger.members()
    assert (member.name, member.phone, member.can_lead, member.role) == (
        "林小雨",
        "13912345678",
        True,
        "队员",
    )
    [row] = table_texts(window.pages["members"])
    assert row[:4] == ["林小雨", "队员", "13912345678", "✓"]


def test_bad_phone_keeps_dialog_open_with_inline_error(qtbot, make_window, ledger, on_modal):
    window = make_window()
    window.show_page("members")
    seen = {}

    def fill(dialog: QDialog) -> None:
        dialog.form.editor("name").setText("林小雨")
        qtbot.keyClicks(dialog.form.editor("phone"), "abc")
        seen.update(
            pressed_ok(qtbot, dialog, "phone", ledger),
            name=dialog.form.value("name"),
            phone=dialog.form.value("phone"),
            focus=dialog.focusWidget() is dialog.form.editor("phone"),
        )
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    on_modal(fill)
    qtbot.mouseClick(window.pages["members"].add_button, Qt.MouseButton.LeftButton)

    assert seen["open"] is True
    assert "电话只能包含数字" in seen["error"] and seen["error_shown"]
    assert (seen["name"], seen["phone"]) == ("林小雨", "abc")
    assert seen["focus"]
    assert seen["saved"] == 0
    assert ledger.members() == []
    assert table_texts(window.pages["members"]) == []


def test_a_note_over_2000_characters_is_refused_beside_the_field(
    qtbot, make_window, ledger, on_modal
):
    window = make_window()
    window.show_page("members")
    note = "情况说明" * 600  # 2,400 characters
    seen = {}

    def fill(dialog: QDialog) -> None:
        dialog.form.editor("name").setText("林小雨")
        dialog.form.editor("notes").setPlainText(note)
        seen.update(
            pressed_ok(qtbot, dialog, "notes", ledger),
            notes=dialog.form.value("notes"),
        )
        dialog.form.editor("notes").setPlainText(note[:2000])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["then"] = dialog.result()

    on_modal(fill)
    qtbot.mouseClick(window.pages["members"].add_button, Qt.MouseButton.LeftButton)

    assert seen["open"] is True and seen["error_shown"]
    assert seen["error"] == "不能超过 2,000 个字（现在 2,400 个字），请删减后再保存"
    assert seen["notes"] == note and seen["saved"] == 0
    assert seen["then"] == QDialog.DialogCode.Accepted
    [member] = ledger.members()
    assert member.notes == note[:2000]
