"""Starting the window: Qt application, fonts, style, database, main window.

Everything before the window is shown loads only the Qt classes it uses (no ``Qt`` namespace,
no message box, no database code); ``tests/test_window_startup.py`` checks it."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontDatabase
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from db.paths import resource_path

APP_TITLE = "救援台账"


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """The program's own translations and Qt's (the buttons and labels of Qt's own file
    dialog, where the system has no native one) for ``language`` (default: the user's
    界面语言, desktop.language); the ones found. Qt's source texts are English, so for
    English only the program's own is loaded."""
    from desktop.common import words
    from desktop.language import chosen_language
    from desktop.language import locale_of
    from widgets import shown

    shown.install(words.shown)
    locale = locale_of(language or chosen_language())
    found = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("rescue_ledger", str(resource_path("i18n"))), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            found.append(translator)
    return found


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("RescueLedger")
    app.setApplicationDisplayName(APP_TITLE)
    app.setOrganizationName("RescueLedger")
    if not hasattr(app, "collector"):
        from widgets.collector import MainThreadCollector

        app.collector = MainThreadCollector(app)  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    install_translations(app)
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", APP_TITLE))
    apply_look(app)
    return app


def apply_look(app: QApplication) -> None:
    """The program's font (Microsoft YaHei, else the CJK font it ships), style sheet and icon."""
    families = QFontDatabase.families()
    if not any(f in families for f in ("Microsoft YaHei", "微软雅黑", "SimHei", "PingFang SC")):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if loaded:
            app.setFont(QFont(loaded[0], 10))
    else:
        app.setFont(QFont("Microsoft YaHei", 10))
    style = resource_path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resource_path("icons", "app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def open_ledger(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Open (create, migrate, for --demo fill) the database named by ``args``."""
    from db.duty import Ledger
    from db.engine import open_database

    database = open_database(args.db, args.data_dir, demo=args.demo, operator=args.operator)
    if args.demo:
        from db.demo import build

        build(database)
    return Ledger(database)


def run_gui(args: argparse.Namespace) -> int:
    """Show the window first, then open the database into it (a cold start feels instant)."""
    from desktop.shell.window import MainWindow

    app = make_app()
    window = MainWindow(demo=args.demo)
    window.show()
    app.processEvents()
    if not attach(window, args):
        return 1
    return app.exec()


def attach(window, args: argparse.Namespace) -> bool:  # type: ignore[no-untyped-def]
    """Open the database into ``window`` (a missing one: 恢复, 选择其他位置 or 退出), start
    today's backup, and open a new window after a restore; False when the clerk quits."""
    from db.access import ADMINISTER
    from db.errors import LedgerError
    from db.marker import MissingDatabaseError

    window.install_dialog_habits()  # before the first dialog: a missing database, the login
    while True:
        try:
            ledger = open_ledger(args)
            break
        except MissingDatabaseError as exc:
            from desktop.shell.missing import resolve_missing

            if not resolve_missing(window, exc, args):
                return False
        except LedgerError as exc:
            _cannot_open(window, exc)
            return False
    if not sign_in(window, ledger, args):
        return False
    window.attach(ledger)
    if not args.demo:
        if ledger.needs_first_start() and ledger.db.may(ADMINISTER):
            window.first_start()  # an admin's (or the one clerk's, before any user exists)
        window.start_daily_backup()
    window.reopen.connect(lambda: _reopen(window, args))
    return True


def sign_in(window, ledger, args: argparse.Namespace) -> bool:  # type: ignore[no-untyped-def]
    """When the database has users, the login (the window is already on the screen behind
    it), then the campaign's preset periods as the signed-in user; False on 退出."""
    from db.errors import LedgerError
    from db.users import Users
    from desktop.cli.main import preload_campaign
    from desktop.shell.users import sign_in as login

    if not login(Users(ledger.db), window, getattr(args, "user", None)):
        ledger.db.dispose()
        return False
    try:
        preload_campaign(ledger)
    except LedgerError as exc:
        _cannot_open(window, exc)
        return False
    return True


def _cannot_open(window, exc: Exception) -> None:  # type: ignore[no-untyped-def]
    """The message box of a database that could not be opened (its reason in a sentence)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(
        window,
        QCoreApplication.translate("MainWindow", APP_TITLE),
        QCoreApplication.translate("gui", "无法打开数据库：\n{exc}").format(exc=exc),
    )


def _reopen(old, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    """After a restore: the restored database in a new window, the old one closed."""
    from desktop.shell.window import MainWindow

    window = MainWindow(demo=args.demo)
    window.resize(old.size())
    window.show()
    old.close()
    old.deleteLater()
    _windows[:] = [window]
    if not attach(window, args):
        window.close()


_windows: list[object] = []  # the window opened after a restore, kept alive
