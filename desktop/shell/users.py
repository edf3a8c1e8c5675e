"""登录 and 设置 → 用户: the sign-in dialog and the admin's list of users.

Both talk to the database only through :class:`db.users.Users`. The login dialog never waits
in the window: after repeated wrong passwords it says how many seconds are left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.access import ROLES
from db.errors import LedgerError
from db.users import UserData
from db.users import Users
from desktop.common.words import db_text
from desktop.common.words import error_text
from widgets.closebox import close_box
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.table import Column
from widgets.table import FilterableTable

LAST_USER_KEY = "login/last_user"


def role_items() -> list[tuple[str, str]]:
    """(name in the window's language, role) of each role."""
    return [(db_text(label), key) for key, label in ROLES.items()]


def login_settings() -> QSettings:
    """Where the last user's name is kept (the program's QSettings; tests use their own)."""
    return QSettings()


def password_fields(form: Form, label: str | None = None) -> tuple[QLineEdit, QLineEdit]:
    """A password and its repetition, not echoed."""
    label = label or QCoreApplication.translate("shell.users", "密码")
    first = form.line_edit("password", label, max_length=200)
    again = form.line_edit(
        "again", QCoreApplication.translate("shell.users", "再输入一次"), max_length=200
    )
    for edit in (first, again):
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return first, again


def same_passwords(values: dict[str, Any]) -> dict[str, str]:
    """The repetition matches (the password's own rules are checked by ``Users``)."""
    if values.get("password") != values.get("again"):
        return {"again": QCoreApplication.translate("shell.users", "两次输入的密码不一致")}
    return {}


class LoginDialog(FormDialog):
    """用户名 and 密码; accepted once ``users.sign_in`` succeeds (``self.user``).

    The name last signed in is remembered in ``settings`` (QSettings) and filled in.
    """

    def __init__(
        self,
        users: Users,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        name: str | None = None,
    ):
        self.users = users
        self.settings = settings if settings is not None else login_settings()
        self.user: UserData | None = None
        super().__init__(parent, title=self.tr("登录 — 救援台账"), save=self._sign_in)
        self.ok_button.setText(self.tr("登录"))
        self.cancel_button.setText(self.tr("退出"))
        self.setMinimumWidth(380)
        remembered = name or str(self.settings.value(LAST_USER_KEY, "") or "")
        self.name_edit.setText(remembered)
        (self.password_edit if remembered else self.name_edit).setFocus()

    def build_form(self, form: Form) -> None:
        hint = QLabel(self.tr("本数据库已设置用户，请用自己的用户名和密码登录。"), self)
        hint.setWordWrap(True)
        self.layout().insertWidget(0, hint)
        self.name_edit = form.line_edit("name", self.tr("用户名"), max_length=64)
        self.password_edit = form.line_edit("password", self.tr("密码"), max_length=200)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

    def validate(self) -> dict[str, str]:
        values = self.values()
        problems = {}
        if not values["name"]:
            problems["name"] = self.tr("请填写用户名")
        if not self.password_edit.text():
            problems["password"] = self.tr("请填写密码")
        return problems

    def _sign_in(self, values: dict[str, Any]) -> UserData:
        try:
            self.user = self.users.sign_in(values["name"], self.password_edit.text(), wait=False)
        except LedgerError:
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            raise
        self.settings.setValue(LAST_USER_KEY, self.user.name)
        return self.user


def sign_in(users: Users, parent: QWidget | None = None, name: str | None = None) -> bool:
    """Ask for a login when users exist; whether the program may go on."""
    if not users.any():
        return True
    return LoginDialog(users, parent, name=name).exec() == QDialog.DialogCode.Accepted


def user_history(dialog: FormDialog, users: Users, user: UserData) -> None:
    """The user's 历史 tab (read lazily: the login dialog of this module opens at start)."""
    from desktop.common.history import add_history_tab

    add_history_tab(dialog, users.db, "app_user", user.id)


class UserDialog(FormDialog):
    """添加用户: name, role and password (twice)."""

    def __init__(self, users: Users, parent: QWidget | None = None):
        self.users = users
        super().__init__(parent, title=self.tr("添加用户"), save=self._save_user)
        self.setMinimumWidth(380)

    def build_form(self, form: Form) -> None:
        self.name_edit = form.line_edit("name", self.tr("用户名"), max_length=64)
        first = not self.users.any()
        form.combo("role", self.tr("角色"), role_items(), value="admin" if first else "clerk")
        if first:
            note = QLabel(self.tr("第一个用户必须是管理员；添加后，打开程序需要登录。"), self)
            note.setWordWrap(True)
            self.layout().insertWidget(0, note)
        password_fields(form)

    def validate(self) -> dict[str, str]:
        values = self.values()
        problems = self.users.validate(values["name"], values["role"], values["password"])
        return {**problems, **same_passwords(values)}

    def _save_user(self, values: dict[str, Any]) -> UserData:
        return self.users.add(values["name"], values["role"], values["password"])


class PasswordDialog(FormDialog):
    """重设密码 for one user."""

    def __init__(self, users: Users, user: UserData, parent: QWidget | None = None):
        self.users, self.user = users, user
        super().__init__(
            parent,
            title=self.tr("重设“{name}”的密码").format(name=user.name),
            save=self._save_password,
        )
        user_history(self, users, user)

    def build_form(self, form: Form) -> None:
        password_fields(form, self.tr("新密码"))

    def validate(self) -> dict[str, str]:
        values = self.values()
        problem = self.users.password_problem(values["password"], self.user.name)
        return {"password": problem} if problem else same_passwords(values)

    def _save_password(self, values: dict[str, Any]) -> UserData:
        return self.users.set_password(self.user.name, values["password"], self.user.version)


class RoleDialog(FormDialog):
    """修改角色 of one user."""

    def __init__(self, users: Users, user: UserData, parent: QWidget | None = None):
        self.users, self.user = users, user
        super().__init__(
            parent, title=self.tr("修改“{name}”的角色").format(name=user.name), save=self._save_role
        )
        user_history(self, users, user)

    def build_form(self, form: Form) -> None:
        form.combo("role", self.tr("角色"), role_items(), value=self.user.role)

    def _save_role(self, values: dict[str, Any]) -> UserData:
        return self.users.set_role(self.user.name, values["role"], self.user.version)


class UsersDialog(QDialog):
    """设置 → 用户: every user with role and state; add, role, password, disable/enable.

    ``signed_in`` is called after the first user is added (the window now has an admin)."""

    def __init__(
        self,
        users: Users,
        parent: QWidget | None = None,
        signed_in: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.users = users
        self._signed_in = signed_in
        self.setWindowTitle(self.tr("用户"))
        self.resize(640, 420)
        hint = QLabel(
            self.tr(
                "查看员：查看、打印、导出；办事员：另可录入、修改、删除和导入记录；"
                "管理员：另可修改设置、规则、词表、用户和恢复备份。没有用户时不需要登录。"
            ),
            self,
        )
        hint.setWordWrap(True)
        self.table = FilterableTable(
            [
                Column("name", self.tr("用户名"), width=140),
                Column("role_label", self.tr("角色"), width=80),
                Column("state", self.tr("状态"), width=70),
                Column(lambda u: str(u.failed_logins or ""), self.tr("连续输错"), width=70),
            ],
            parent=self,
        )
        self.table.model.set_row_colors(foreground=lambda u: "#888888" if u.disabled else None)
        self.table.activated.connect(lambda _row: self.change_role())
        self.add_button = QPushButton(self.tr("添加用户…"), self)
        self.add_button.setObjectName("primary")
        self.role_button = QPushButton(self.tr("修改角色…"), self)
        self.password_button = QPushButton(self.tr("重设密码…"), self)
        self.disable_button = QPushButton(self.tr("停用"), self)
        self.enable_button = QPushButton(self.tr("启用"), self)
        row = QHBoxLayout()
        for button, slot in (
            (self.add_button, self.add),
            (self.role_button, self.change_role),
            (self.password_button, self.reset_password),
            (self.disable_button, lambda: self.set_disabled(True)),
            (self.enable_button, lambda: self.set_disabled(False)),
        ):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close = close_box(self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        keep = self.table.current_row()
        self.table.set_rows(self.users.list())
        if keep is not None:
            self.table.select_row(keep)

    def _selected(self) -> UserData | None:
        user = self.table.current_row()
        if user is None:
            QMessageBox.information(self, self.tr("用户"), self.tr("请先在表格中选中一个用户。"))
        return user

    def add(self) -> None:
        first = not self.users.any()
        if UserDialog(self.users, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()
            if first and self._signed_in is not None:
                self._signed_in()

    def change_role(self) -> None:
        user = self._selected()
        if user and RoleDialog(self.users, user, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def reset_password(self) -> None:
        user = self._selected()
        if user and PasswordDialog(self.users, user, self).exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(
                self, self.tr("用户"), self.tr("已重设“{name}”的密码。").format(name=user.name)
            )
            self.reload()

    def set_disabled(self, disabled: bool) -> None:
        user = self._selected()
        if user is None:
            return
        try:
            self.users.set_disabled(user.name, disabled, user.version)
        except LedgerError as exc:
            QMessageBox.warning(self, self.tr("用户"), error_text(exc))
        self.reload()
