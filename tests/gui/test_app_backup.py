"""设置 → 备份与恢复, the daily backup at start, and the dialog for a missing database."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton

from db.backup import backup_now
from db.backup import backups
from db.backup import second_folder
from db.duty import Ledger
from db.duty import MemberData
from db.engine import open_database
from desktop import gui
from desktop.shell.backup_dialog import BackupDialog
from desktop.shell.window import MainWindow


def test_dialog_lists_backs_up_sets_the_second_folder_and_asks_for_a_restore(
    qtbot, database, tmp_path, monkeypatch
):
    backup_now(database, "daily")
    asked = []
    dialog = BackupDialog(database, asked.append, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.table.model.rowCount() == 1
    dialog.backup()
    qtbot.waitUntil(lambda: dialog._task is None, timeout=20000)
    assert dialog.table.model.rowCount() == 2 and "已备份到" in dialog.message.text()
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    dialog.choose_second()
    assert second_folder(database) == stick and str(stick) in dialog.second.text()
    newest = backups(database)[0]
    dialog.table.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_selected()
    assert asked == [newest.path]


def test_window_restores_and_opens_the_database_again(qtbot, database, monkeypatch):
    Ledger(database).save_member(MemberData(name="备份里有"))
    made = backup_now(database)
    Ledger(database).save_member(MemberData(name="备份后才加"))
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    with qtbot.waitSignal(window.reopen, timeout=30000):
        window.restore_backup(made.path)
    assert "已从备份恢复" in told[0] and "恢复前的数据库已备份到" in told[0]
    again = open_database(database.url, database.data_dir)
    assert [m.name for m in Ledger(again).members()] == ["备份里有"]
    again.dispose()


def test_daily_backup_runs_after_start(qtbot, database, monkeypatch):
    monkeypatch.setattr(MainWindow, "DAILY_BACKUP_DELAY_MS", 0)
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    window.start_daily_backup()
    qtbot.waitUntil(lambda: len(backups(database)) == 1, timeout=20000)
    qtbot.waitUntil(lambda: "已自动备份" in window.statusBar().currentMessage(), timeout=20000)
    assert backups(database)[0].kind == "daily"


def click_later(text: str) -> None:
    """Press the button ``text`` of the message box that is about to open."""

    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.findChildren(QPushButton):
                    if button.text() == text:
                        button.click()
                        return
        QTimer.singleShot(50, click)

    QTimer.singleShot(50, click)


def backed_up_then_lost(tmp_path: Path, admin: str | None = None) -> None:
    """The data folder's database, holding member 甲 (and the administrator ``admin``, whose
    password is 正确的密码1, signed in), backed up and then deleted."""
    from db.users import Users

    db = open_database(data_dir=tmp_path)
    if admin is not None:
        Users(db).add(admin, "admin", "正确的密码1")
        Users(db).sign_in(admin, "正确的密码1")
    Ledger(db).save_member(MemberData(name="甲"))
    backup_now(db, "daily")
    db.dispose()
    (tmp_path / "rescue-ledger.sqlite3").unlink()


def test_missing_database_offers_restore_from_the_newest_backup(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    backed_up_then_lost(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    args = argparse.Namespace(db=None, data_dir=str(tmp_path), demo=False, operator="测试员")
    shown = []
    real_exec = QMessageBox.exec

    def exec_(box):  # type: ignore[no-untyped-def]
        shown.append(box.text())
        return real_exec(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    click_later("恢复")
    assert gui.attach(window, args)
    assert "最新的备份" in shown[0] and "每日自动" in shown[0] and "--yes" not in shown[0]
    assert [m.name for m in window.ledger.members()] == ["甲"]
    window.ledger.db.dispose()


def test_missing_database_quit_creates_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    open_database(data_dir=tmp_path).dispose()
    (tmp_path / "rescue-ledger.sqlite3").unlink()
    window = MainWindow()
    qtbot.addWidget(window)
    args = argparse.Namespace(db=None, data_dir=str(tmp_path), demo=False, operator="测试员")
    click_later("退出")
    assert not gui.attach(window, args)
    assert not (tmp_path / "rescue-ledger.sqlite3").exists()


def test_a_clerk_sees_restore_and_the_second_folder_greyed_out(qtbot, database, monkeypatch):
    from argon2 import PasswordHasher

    from db.users import Users

    monkeypatch.setattr(
        "db.users.make_hasher", lambda: PasswordHasher(time_cost=1, memory_cost=1024)
    )
    users = Users(database)
    users.add("王主任", "admin", "admin-pass-1")
    users.add("李干事", "clerk", "clerk-pass-2")
    database.sign_in("李干事", "clerk")
    dialog = BackupDialog(database, lambda _path: None, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert len(dialog.admin_buttons) == 4
    assert not any(b.isEnabled() for b in dialog.admin_buttons)
    assert "无权限" in dialog.admin_buttons[0].toolTip()
    database.sign_in("王主任", "admin")
    dialog = BackupDialog(database, lambda _path: None, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert all(b.isEnabled() for b in dialog.admin_buttons)


def test_missing_database_restore_signs_in_as_an_admin_of_the_backup(qtbot, tmp_path, monkeypatch):
    from desktop.shell import users as user_dialogs

    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    backed_up_then_lost(tmp_path, admin="王主任")
    window = MainWindow()
    qtbot.addWidget(window)
    args = argparse.Namespace(
        db=None, data_dir=str(tmp_path), demo=False, operator=None, user="王主任"
    )
    logins = []

    def login(users, parent=None, name=None):  # type: ignore[no-untyped-def]
        logins.append(name)
        users.sign_in(name, "正确的密码1")  # the login dialog's own step
        return True

    monkeypatch.setattr(user_dialogs, "sign_in", login)
    click_later("恢复")
    assert gui.attach(window, args)
    assert logins == ["王主任", "王主任"]  # on the backup, then on the restored database
    assert [m.name for m in window.ledger.members()] == ["甲"]
    window.ledger.db.dispose()
