"""Form, OptionalDateEdit and FormDialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox

from widgets.dates import OptionalDateEdit
from widgets.forms import Form
from widgets.forms import FormDialog

OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class Problem(Exception):
    def __init__(self, problems):
        super().__init__("；".join(problems.values()))
        self.problems = problems


class PersonDialog(FormDialog):
    def build_form(self, form: Form) -> None:
        form.line_edit("name", "姓名", placeholder="必填")
        form.multiline("note", "备注")
        form.combo("kind", "类别", [("甲", 1), ("乙", 2)], value=2)
        form.checkbox("active", "在册", text="是", checked=True)
        form.date_edit("start", "开始日期", value=dt.date(2026, 11, 1))
        form.date_edit("end", "结束日期", optional=True)
        form.spin_box("hours", "时长", value=3, maximum=24, suffix=" 小时")

    def validate(self):
        problems = {}
        values = self.values()
        if not values["name"]:
            problems["name"] = "请填写姓名"
        if values["end"] is not None and values["end"] < values["start"]:
            problems["end"] = "结束日期早于开始日期"
        return problems


@pytest.fixture
def dialog(qtbot):
    dlg = PersonDialog(title="编辑")
    qtbot.addWidget(dlg)
    return dlg


def test_values_of_every_field_kind(dialog):
    assert dialog.values() == {
        "name": "",
        "note": "",
        "kind": 2,
        "active": True,
        "start": dt.date(2026, 11, 1),
        "end": None,
        "hours": 3,
    }
    dialog.form.set_values({"name": "张三", "end": dt.date(2026, 11, 30), "kind": 1})
    assert dialog.form.value("name") == "张三"
    assert dialog.form.value("end") == dt.date(2026, 11, 30)
    assert dialog.form.value("kind") == 1


def test_buttons_are_chinese(dialog):
    assert dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).text() == "确定"
    assert dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert dialog.windowTitle() == "编辑"


@OFFSCREEN_SHOW
def test_bad_field_keeps_dialog_open_with_typed_text(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    # QTest.keyClicks aborts on non-ASCII text (qasciikey assert): type ASCII, insert Chinese.
    qtbot.keyClicks(dialog.form.editor("note"), "night ")
    dialog.form.editor("note").insertPlainText("夜间出勤")
    dialog.form.row("end").editor.set_date(dt.date(2026, 10, 1))
    dialog.ok_button.click()

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.errors() == {"name": "请填写姓名", "end": "结束日期早于开始日期"}
    assert not dialog.form.row("name").error_label.isHidden()
    assert dialog.form.row("note").error_label.isHidden()
    assert dialog.focusWidget() is dialog.form.editor("name")
    assert dialog.form.value("note") == "night 夜间出勤"

    qtbot.keyClicks(dialog.form.editor("name"), "Li Si")
    dialog.form.row("end").editor.set_date(None)
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.form.errors() == {}
    assert dialog.values()["name"] == "Li Si"


def test_validator_callable_and_save_result(qtbot):
    saved = []

    def save(values):
        saved.append(values)
        return 42

    dlg = FormDialog(validator=lambda v: {} if v["n"] > 0 else {"n": "须大于0"}, save=save)
    qtbot.addWidget(dlg)
    dlg.form.spin_box("n", "数量")
    dlg.accept()
    assert dlg.form.errors() == {"n": "须大于0"} and not saved
    dlg.form.set_values({"n": 5})
    with qtbot.waitSignal(dlg.accepted):
        dlg.accept()
    assert saved == [{"n": 5}] and dlg.saved == 42


def test_save_problems_show_inline_and_dialog_stays(qtbot, dialog):
    def save(values):
        raise Problem({"name": "已有同名记录", "other": "别处的问题"})

    dialog._save = save
    dialog.form.set_values({"name": "张三"})
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.errors() == {"name": "已有同名记录"}
    assert dialog.message_label.text() == "别处的问题"
    assert dialog.form.value("name") == "张三"


def test_other_save_error_shows_message_at_top(qtbot, dialog):
    def save(values):
        raise RuntimeError("数据库正忙，请稍后再试")

    dialog._save = save
    dialog.form.set_values({"name": "张三"})
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.message_label.isHidden()
    assert dialog.message_label.text() == "数据库正忙，请稍后再试"
    assert dialog.form.errors() == {}

    dialog._save = lambda values: None
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.message_label.isHidden()


def test_form_set_errors_returns_unknown_fields(qtbot):
    form = Form()
    qtbot.addWidget(form)
    form.line_edit("a", "甲")
    assert form.set_errors({"a": "错", "zzz": "无此栏"}) == {"zzz": "无此栏"}
    assert form.editor("a").property("invalid") is True
    form.clear_errors()
    assert form.errors() == {} and form.editor("a").property("invalid") is False
    with pytest.raises(ValueError):
        form.line_edit("a", "again")


def test_optional_date_edit_none_box(qtbot):
    edit = OptionalDateEdit(dt.date(2026, 1, 5), optional=True)
    qtbot.addWidget(edit)
    assert edit.date() == dt.date(2026, 1, 5)
    with qtbot.waitSignal(edit.dateChanged) as blocker:
        edit.none_box.setChecked(True)
    assert blocker.args == [None] and edit.date() is None
    assert not edit.edit.isEnabled()
    assert edit.edit.calendarPopup()
    edit.set_date(dt.date(2026, 2, 1))
    assert edit.date() == dt.date(2026, 2, 1) and edit.edit.isEnabled()


def test_required_date_edit_defaults_to_today(qtbot):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.none_box is None
    assert edit.date() == dt.date.today()


def test_optional_date_shows_a_dash_and_restores_the_last_date(qtbot):
    edit = OptionalDateEdit(None, optional=True)
    qtbot.addWidget(edit)
    assert edit.date() is None and edit.edit.text() == "—"
    edit.none_box.setChecked(False)
    assert edit.date() == dt.date.today()
    edit.set_date(dt.date(2026, 5, 4))
    edit.none_box.setChecked(True)
    assert edit.edit.text() == "—"
    edit.none_box.setChecked(False)
    assert edit.date() == dt.date(2026, 5, 4)


@OFFSCREEN_SHOW
def test_messages_move_no_field_and_a_long_one_widens_nothing(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)

    def places():  # type: ignore[no-untyped-def]
        return {
            name: dialog.form.editor(name).mapTo(dialog, dialog.form.editor(name).rect().topLeft())
            for name in dialog.form.names()
        }

    before, size = places(), dialog.size()
    long = "结束日期早于开始日期，" * 12
    dialog.show_problems({"name": "请填写姓名", "end": long, "hours": "时长不对"})
    qtbot.wait(10)
    assert places() == before and dialog.size() == size
    assert dialog.form.errors()["end"] == long  # the whole text, its tooltip too
    assert dialog.form.row("end").error_label.toolTip() == long
    assert dialog.form.row("end").error_label.width() < dialog.width()
    dialog.clear_messages()
    qtbot.wait(10)
    assert places() == before and dialog.size() == size


def test_every_problem_shows_at_once(qtbot, dialog):
    dialog.form.set_values({"end": dt.date(2026, 10, 1)})
    dialog.accept()
    assert set(dialog.form.errors()) == {"name", "end"}
