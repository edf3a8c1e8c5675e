"""At start, a database file that is gone: 恢复 (the newest backup), 选择其他位置, or 退出."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from db.errors import LedgerError
from db.marker import MissingDatabaseError

TITLE = QT_TRANSLATE_NOOP("MissingDatabase", "找不到数据库")


def resolve_missing(parent: QWidget, exc: MissingDatabaseError, args: argparse.Namespace) -> bool:
    """Ask what to do about the missing database; True to try opening again (after a restore
    or with another data folder in ``args.data_dir``), False to quit."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MissingDatabase", TITLE),
        exc.window_text,
        parent=parent,
    )
    restore = None
    if exc.newest is not None:
        restore = box.addButton(
            QCoreApplication.translate("MissingDatabase", "恢复"), QMessageBox.ButtonRole.AcceptRole
        )
    choose = box.addButton(
        QCoreApplication.translate("MissingDatabase", "选择其他位置"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("MissingDatabase", "退出"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore and exc.newest is not None:
        return _restore(parent, exc, args)
    if clicked is choose:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("MissingDatabase", "选择数据库所在的数据文件夹")
        )
        if folder:
            args.data_dir = folder
            return True
        return resolve_missing(parent, exc, args)
    return False


def _restore(parent: QWidget, exc: MissingDatabaseError, args: argparse.Namespace) -> bool:
    from db.restore import restore

    assert exc.newest is not None
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        restore(
            exc.newest.path,
            args.db,
            args.data_dir,
            operator=args.operator,
            authorise=lambda backup: _sign_in_to(backup, parent, args),
        )
    except LedgerError as err:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("MissingDatabase", TITLE),
            QCoreApplication.translate("MissingDatabase", "恢复未完成：{err}").format(err=err),
        )
        return resolve_missing(parent, exc, args)
    finally:
        QApplication.restoreOverrideCursor()
    return True


def _sign_in_to(backup, parent: QWidget, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    """With the database gone, whoever restores signs in as one of the backup's users (an
    admin, when it has users); nothing to ask when it has none."""
    from db.users import Users
    from desktop.shell.users import sign_in

    QApplication.restoreOverrideCursor()
    try:
        if not sign_in(Users(backup), parent, getattr(args, "user", None)):
            raise LedgerError(QCoreApplication.translate("MissingDatabase", "没有登录，未恢复。"))
    finally:
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
