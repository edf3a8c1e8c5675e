"""登录, 设置 → 用户, and the buttons each role may not use greyed out."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog

from db import access
from db.duty import Ledger
from db.duty import MemberData
from db.users import Users
from desktop import gui
from desktop.common.access import set_access
from desktop.shell.users import LAST_USER_KEY
from desktop.shell.users import LoginDialog
from desktop.shell.users import PasswordDialog
from desktop.shell.users import UserDialog
from desktop.shell.users import UsersDialog
from desktop.shell.window import MainWindow

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORDS = {"王主任": "admin-pass-1", "李干事": "clerk-pass-2", "赵科员": "viewer-pass-3"}


@pytest.fixture(autouse=True)
def _everything_allowed_after():
    """The window sets who is signed in for the whole program; later tests start open."""
    yield
    set_access(lambda _p: True, lambda _p: "无权限")


@pytest.fixture
def office(database) -> Users:
    users = Users(database, hasher=FAST)
    users.add("王主任", access.ADMIN, PASSWORDS["王主任"])
    users.add("李干事", access.CLERK, PASSWORDS["李干事"])
    users.add("赵科员", access.VIEWER, PASSWORDS["赵科员"])
    database.user = database.role = None  # nobody signed in yet
    return users


@pytest.fixture
def qsettings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "login.ini"), QSettings.Format.IniFormat)


def test_login_keeps_what_was_typed_and_remembers_the_user(qtbot, office, database, qsettings):
    dialog = LoginDialog(office, settings=qsettings)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == ""
    dialog.name_edit.setText("李干事")
    dialog.password_edit.setText("wrong-password")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "用户名或密码不正确" in dialog.message_label.text()
    assert dialog.name_edit.text() == "李干事" and database.role is None
    dialog.password_edit.setText(PASSWORDS["李干事"])
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (database.user, database.role, database.operator) == ("李干事", "clerk", "李干事")
    assert qsettings.value(LAST_USER_KEY) == "李干事"
    again = LoginDialog(office, settings=qsettings)
    qtbot.addWidget(again)
    assert again.name_edit.text() == "李干事"


def test_login_says_how_long_to_wait_instead_of_freezing(qtbot, database, qsettings):
    clock = [dt.datetime(2026, 12, 1, 9, 0, 0)]
    users = Users(database, hasher=FAST, clock=lambda: clock[0], sleep=pytest.fail)
    users.add("王主任", access.ADMIN, PASSWORDS["王主任"])
    dialog = LoginDialog(users, settings=qsettings, name="王主任")
    qtbot.addWidget(dialog)
    for _ in range(4):
        dialog.password_edit.setText("wrong-password")
        dialog.ok_button.click()
    assert "秒后再试" in dialog.message_label.text()
    assert dialog.password_edit.text() == "wrong-password"
    clock[0] += dt.timedelta(seconds=2)
    dialog.password_edit.setText(PASSWORDS["王主任"])
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def signed_in_window(qtbot, office, database, name: str) -> MainWindow:
    office.sign_in(name, PASSWORDS[name])
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_viewer_sees_write_buttons_greyed(qtbot, office, database):
    window = signed_in_window(qtbot, office, database, "赵科员")
    members = window.pages["members"]
    for button in (members.add_button, members.edit_button, members.delete_button):
        assert not button.isEnabled() and "无权限" in button.toolTip()
    assert not members.import_button.isEnabled()
    assert members.export_button.isEnabled() and members.template_button.isEnabled()
    assert not window.roster.generate_button.isEnabled()
    assert window.roster.print_button.isEnabled()
    settings = window.settings_page
    assert not settings.save_button.isEnabled() and not settings.users_button.isEnabled()
    assert not settings.level_button.isEnabled()
    dialog = members._dialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # opened to look, not to save
    members.restore_button.setEnabled(True)  # a page's own logic cannot bring it back
    assert not members.restore_button.isEnabled()
    assert "赵科员（查看员）" in window.where_label.text()


def test_clerk_keeps_records_but_not_the_settings(qtbot, office, database):
    window = signed_in_window(qtbot, office, database, "李干事")
    assert (
        window.pages["members"].add_button.isEnabled()
        and window.pages["members"].import_button.isEnabled()
    )
    assert window.roster.generate_button.isEnabled()
    settings = window.settings_page
    assert settings.level_button.isEnabled()
    for widget in (settings.save_button, settings.vocab_button, settings.users_button):
        assert not widget.isEnabled() and "需要管理员" in widget.toolTip()
    assert not settings.form.isEnabled()


def test_admin_has_every_button(qtbot, office, database):
    window = signed_in_window(qtbot, office, database, "王主任")
    settings = window.settings_page
    for widget in (settings.save_button, settings.vocab_button, settings.users_button):
        assert widget.isEnabled()
    assert window.pages["members"].add_button.isEnabled()


def test_users_dialog_first_admin_then_a_clerk(qtbot, database, messages):
    users = Users(database, hasher=FAST)
    signed: list[bool] = []
    dialog = UsersDialog(users, signed_in=lambda: signed.append(True))
    qtbot.addWidget(dialog)
    add = UserDialog(users, dialog)
    qtbot.addWidget(add)
    assert add.form.value("role") == "admin"
    add.name_edit.setText("王主任")
    add.form.editor("password").setText("admin-pass-1")
    add.form.editor("again").setText("admin-pass-X")
    add.ok_button.click()
    assert "不一致" in add.form.errors()["again"] and not users.any()
    add.form.editor("again").setText("admin-pass-1")
    add.ok_button.click()
    assert add.result() == QDialog.DialogCode.Accepted
    assert database.role == access.ADMIN  # the office now has its admin, signed in
    clerk = UserDialog(users, dialog)
    qtbot.addWidget(clerk)
    clerk.name_edit.setText("李干事")
    clerk.form.set_values({"role": "clerk"})
    clerk.form.editor("password").setText("clerk-pass-2")
    clerk.form.editor("again").setText("clerk-pass-2")
    clerk.ok_button.click()
    dialog.reload()
    assert [(u.name, u.role) for u in dialog.table.model.rows()] == [
        ("李干事", "clerk"),
        ("王主任", "admin"),
    ]
    dialog.table.select_row(dialog.table.model.rows()[1])
    dialog.set_disabled(True)
    assert any("至少要保留一个可用的管理员" in t for t in messages.texts("warning"))
    reset = PasswordDialog(users, users.get("李干事"), dialog)
    qtbot.addWidget(reset)
    reset.form.editor("password").setText("12")
    reset.form.editor("again").setText("12")
    reset.ok_button.click()
    assert "至少" in reset.form.errors()["password"]


def test_start_with_users_asks_for_a_login_first(qtbot, tmp_path, monkeypatch, office, database):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    asked: list[str] = []

    def answer(dialog: LoginDialog) -> int:
        asked.append(dialog.name_edit.text())
        dialog.password_edit.setText(PASSWORDS["李干事"])
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", answer)
    ini = QSettings(str(tmp_path / "login.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr("desktop.shell.users.login_settings", lambda: ini)  # never the user's
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr("db.users.make_hasher", lambda: FAST)
    args = argparse.Namespace(
        db=database.url, data_dir=str(tmp_path), demo=False, operator=None, user="李干事"
    )
    earlier = set(QApplication.topLevelWidgets())
    assert gui.run_gui(args) == 0
    assert asked == ["李干事"]
    (window,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in earlier
    ]
    qtbot.addWidget(window)
    assert window.ledger.db.user == "李干事" and ini.value(LAST_USER_KEY) == "李干事"
    assert window.first_start_dialog is None  # no town yet, but 首次设置 is an admin's
    window.ledger.save_member(MemberData(name="张三"))
    assert window.ledger.members()[0].name == "张三"

    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    attached: list[object] = []
    monkeypatch.setattr(MainWindow, "attach", lambda self, ledger: attached.append(ledger))
    gui.run_gui(args)  # 退出 at the login: no pages
    assert attached == []
