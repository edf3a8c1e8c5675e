"""The main window: a navigation column and one page per register.

The window is shown before the database is open, so this module loads only the few Qt classes
of the empty window. The pages, their models and dialogs (and Qt's large ``Qt`` namespace)
load in :meth:`MainWindow.attach`, once the window is on the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QModelIndex

    from db.duty import Ledger


def window_title(town: str, demo: bool = False) -> str:
    """石门镇 — 救援台账, 高楼镇（演示数据） — 救援台账, or 救援台账 while no town is set. It
    ends with the program's name, which Qt would otherwise append to the title bar again."""
    name = QCoreApplication.translate("MainWindow", "救援台账")
    place = town.strip() + (
        QCoreApplication.translate("MainWindow", "（演示数据）") if demo else ""
    )
    return f"{place} — {name}" if place else name


# The navigation's width, the most a longer language widens it to, and what an item needs
# beside its text (the style sheet's padding and a little air).
NAV_WIDTH, NAV_MAX_WIDTH, NAV_ITEM_PADDING = 150, 200, 36


class MainWindow(QMainWindow):
    """The window. It can be shown before the database is open (``ledger=None``): it then says
    so, and :meth:`attach` fills in the pages — the window appears at once on a cold start.

    Signals:
        reopen: a backup was restored; the program opens the database again in a new window.
    """

    reopen = Signal()
    DAILY_BACKUP_DELAY_MS = 3000  # after start-up, so the first screens are not slowed

    def __init__(self, ledger: Ledger | None = None, demo: bool = False):
        super().__init__()
        self.demo = demo
        self.first_start_dialog: QWidget | None = None  # 首次设置, while a new database is set up
        self.setWindowTitle(window_title("", demo))
        self._fit_screen()
        self.nav_model = QStandardItemModel(self)
        self.nav = QListView(self)
        self.nav.setObjectName("nav")
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setFixedWidth(NAV_WIDTH)
        # longer titles (in English) widen it up to NAV_MAX_WIDTH, then wrap, never cut off
        # (its horizontal scroll bar is turned off with the first page: Qt's Qt namespace,
        # which that needs, loads after the window shows)
        self.nav.setWordWrap(True)
        self.nav.setResizeMode(QListView.ResizeMode.Adjust)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        self.help_topics: dict[str, str] = {}  # page key → its user guide page
        self.help_window: QWidget | None = None
        self._rows: dict[str, int] = {}
        self._group = ""
        self.loading = QLabel(self.tr("正在打开数据库…"), self)
        self.loading.setObjectName("pageTitle")
        self.stack.addWidget(self.loading)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        from widgets.remember import remember_geometry

        remember_geometry(self, "window")
        if ledger is not None:
            self.attach(ledger)

    def _fit_screen(self) -> None:
        """Start at 1200×760, or smaller to fit the screen (its taskbar and a frame off, as
        widgets.fit.available takes them; that module is loaded after the window shows)."""
        from PySide6.QtWidgets import QApplication

        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry().size()
        self.resize(min(1200, room.width() - 16), min(760, room.height() - 40))

    def install_dialog_habits(self) -> None:
        """From now on every dialog is kept on the screen and gets the Windows keys (Ctrl+S, Esc
        asking, focus in the first field). Done once the window is on the screen: the two
        application-wide watchers see every event, which slows the window's first showing."""
        from PySide6.QtWidgets import QApplication

        from widgets import dialogkeys
        from widgets import fit

        app = QApplication.instance()
        if isinstance(app, QApplication):
            fit.install(app)
            dialogkeys.install(app)

    def attach(self, ledger: Ledger) -> None:
        """Build the pages on an open ledger."""
        self.install_dialog_habits()
        from desktop.common.access import set_access
        from desktop.common.navigation import domain_pages
        from desktop.common.navigation import record_pages
        from desktop.services import Services
        from desktop.shell.audit import AuditPage
        from desktop.shell.home import HomePage
        from desktop.shell.settings import SettingsPage

        self.ledger = ledger
        self.services = services = Services(ledger)
        set_access(services.may, services.refusal)  # before any page marks its buttons
        self.show_town()
        self.home = HomePage(services, self)
        self.settings_page = SettingsPage(services, self)
        self.add_page("home", self.tr("首页"), self.home)
        self.record_pages = record_pages()
        for declared in domain_pages():
            page = declared.build(services, self)
            title, group = (
                QCoreApplication.translate("Navigation", t)
                for t in (declared.title, declared.group)
            )
            self.add_page(declared.key, title, page, group, declared.help)
            if hasattr(page, "changed"):
                page.changed.connect(self.refresh_all)
        # the duty pages the home page's shortcuts, 首次设置 and the 打印 menu open
        self.roster, self.members, self.calls, self.handovers = (
            self.pages[key] for key in ("roster", "members", "calls", "handovers")
        )
        self.audit_page = AuditPage(services.db, self)
        self.add_page("audit", self.tr("修改记录"), self.audit_page, self.tr("系统"))
        self.add_page("settings", self.tr("设置"), self.settings_page, self.tr("系统"))
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        self.nav.selectionModel().currentChanged.connect(self._on_nav)
        self.show_page("home")

        self.settings_page.rules_changed.connect(self.refresh_all)
        self.settings_page.restore_requested.connect(self.restore_backup)
        self.settings_page.signed_in.connect(self._show_operator)
        self.settings_page.saved.connect(self.show_town)
        self.home.open_roster.connect(lambda: self.show_page("roster"))
        self.home.open_record.connect(self.open_record)
        self.audit_page.open_record.connect(self.open_record)
        self.home.new_call.connect(lambda: (self.show_page("calls"), self.calls.add()))
        self.home.new_handover.connect(lambda: (self.show_page("handovers"), self.handovers.add()))
        self._menus()
        self.stack.currentChanged.connect(self._fill_edit_menu)
        self._fill_edit_menu()
        self._show_operator()
        from desktop.shell.audit_check import AuditCheck

        self.audit_check = AuditCheck(self, ledger.db)
        self.audit_check.start_later()

    def first_start(self) -> None:
        """Open 首次设置 over the window (a new database); once done, the town in the title,
        the team on its page and the roster page to make the first roster on."""
        from desktop.shell.first_start import FirstStartDialog

        dialog = FirstStartDialog(self.ledger, self)
        self.first_start_dialog = dialog
        dialog.accepted.connect(self._set_up)
        dialog.rejected.connect(self.members.reload)  # a roster may have been imported
        dialog.open()

    def _set_up(self) -> None:
        self.show_town()
        self.settings_page.reload()
        self.members.reload()
        self.roster.reload()
        self.refresh_all()
        self.show_page("roster")

    def show_town(self) -> None:
        """The title names the town (see :func:`window_title`)."""
        self.setWindowTitle(window_title(self.ledger.settings()["town"], self.demo))

    def _show_operator(self) -> None:
        """The status bar's lasting words: which database (本机数据, 演示数据, 服务器 …) and who."""
        from PySide6.QtWidgets import QLabel

        from desktop.shell.about import database_words

        if getattr(self, "where_label", None) is None:
            self.where_label = QLabel(self)
            self.where_label.setObjectName("where_label")
            self.statusBar().addPermanentWidget(self.where_label)
        words = database_words(self.ledger.db.url, self.demo)
        self.where_label.setText(
            self.tr("{database}　操作人：{operator}").format(
                database=words, operator=self.operator_text()
            )
        )

    def operator_text(self) -> str:
        """The operator, with the role when someone signed in (王主任（管理员）)."""
        from db.access import role_label
        from desktop.common.words import db_text

        db = self.ledger.db
        return f"{db.operator}（{db_text(role_label(db.role))}）" if db.role else db.operator

    # ----- backups -------------------------------------------------------------------------
    def start_daily_backup(self) -> None:
        """Today's automatic backup, in the background a moment after start-up."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(self.DAILY_BACKUP_DELAY_MS, self._daily_backup)

    def _daily_backup(self) -> None:
        from db.backup import daily_backup
        from widgets.tasks import run_task

        database = self.ledger.db

        def done(result) -> None:  # type: ignore[no-untyped-def]
            if result is not None:
                done_text = self.tr("已自动备份：{name}").format(name=result.path.name)
                text = "　".join([done_text, *result.warnings])
                self.statusBar().showMessage(text, 0 if result.warnings else 15000)

        def failed(exc: Exception) -> None:
            self.statusBar().showMessage(self.tr("今天的自动备份未完成：{error}").format(error=exc))

        self._backup_task = run_task(
            self, self.tr("自动备份"), lambda _p, _c: daily_backup(database), done, failed,
            show_progress=False,
        )  # fmt: skip

    def restore_backup(self, path: Path) -> None:
        """Close the database, restore ``path`` into it (a safety copy first), open it again."""
        from PySide6.QtWidgets import QMessageBox

        from db.errors import LedgerError
        from db.restore import restore
        from desktop.common.words import error_text
        from widgets.tasks import run_task

        database = self.ledger.db
        user, role = database.user, database.role

        def signed_in(who) -> None:  # type: ignore[no-untyped-def]
            if role is not None and user is not None:
                who.sign_in(user, role)  # the clerk signed in to this window

        def work(progress, _cancelled):  # type: ignore[no-untyped-def]
            database.dispose()
            return restore(
                path, database.url, database.data_dir, operator=database.operator,
                progress=progress, authorise=signed_in,
            )  # fmt: skip

        def done(result) -> None:  # type: ignore[no-untyped-def]
            safety = (
                self.tr("\n恢复前的数据库已备份到：{path}").format(path=result.safety)
                if result.safety
                else ""
            )
            QMessageBox.information(
                self,
                self.tr("恢复备份"),
                self.tr("已从备份恢复。{safety}\n{chain}\n\n现在重新打开数据库。").format(
                    safety=safety, chain=result.chain
                ),
            )
            self.reopen.emit()

        def failed(exc: Exception) -> None:
            text = (
                error_text(exc)
                if isinstance(exc, LedgerError)
                else self.tr("恢复未完成，数据库没有改动。")
            )
            QMessageBox.warning(self, self.tr("恢复备份"), text)

        def cancelled() -> None:  # a restore cannot stop halfway: wait for it, then reopen
            self._restore_task.wait()
            self.reopen.emit()

        self._restore_task = run_task(
            self,
            self.tr("恢复备份"),
            work,
            done,
            failed,
            label=self.tr("正在恢复备份…"),
            on_cancelled=cancelled,
        )

    # ----- pages ---------------------------------------------------------------------------
    def add_page(
        self, key: str, title: str, page: QWidget, group: str = "", help_topic: str = ""
    ) -> None:
        """Add a page to the stack and the navigation, under a group heading; F1 on it opens
        the page's own ``help_topic`` attribute, else ``help_topic`` here, else 开始使用."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QStandardItem

        if not self.pages:
            self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if group and group != self._group:
            header = QStandardItem(group)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(None, Qt.ItemDataRole.UserRole)
            font = header.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            header.setFont(font)
            header.setForeground(Qt.GlobalColor.gray)
            self.nav_model.appendRow(header)
        self._group = group
        item = QStandardItem(title)
        item.setData(key, Qt.ItemDataRole.UserRole)
        self.nav_model.appendRow(item)
        self._rows[key] = item.row()
        self._fit_nav(title)
        self.stack.addWidget(page)
        self.pages[key] = page
        self.help_topics[key] = getattr(page, "help_topic", "") or help_topic or "start"

    def _fit_nav(self, title: str) -> None:
        """Widen the navigation (up to NAV_MAX_WIDTH) so that ``title`` shows on one line."""
        from PySide6.QtWidgets import QStyle

        self.nav.ensurePolished()
        scrollbar = self.nav.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = self.nav.fontMetrics().horizontalAdvance(title) + NAV_ITEM_PADDING + scrollbar
        if wanted > self.nav.width():
            self.nav.setFixedWidth(min(NAV_MAX_WIDTH, wanted))

    def current_help(self) -> str:
        """The user guide page of the page shown."""
        for key, page in self.pages.items():
            if page is self.stack.currentWidget():
                return self.help_topics[key]
        return "start"

    def show_help(self) -> None:
        """帮助 → 使用说明 (F1): the guide, on the page of the page shown."""
        from desktop.shell.help import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        assert isinstance(self.help_window, HelpWindow)
        self.help_window.show_topic(self.current_help())

    def show_page(self, key: str) -> None:
        self.nav.setCurrentIndex(self.nav_model.index(self._rows[key], 0))
        self.stack.setCurrentWidget(self.pages[key])

    def _on_nav(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from PySide6.QtCore import Qt

        key = current.data(Qt.ItemDataRole.UserRole)
        if key in self.pages:
            page = self.pages[key]
            if hasattr(page, "reload"):
                page.reload()
            self.stack.setCurrentWidget(page)

    # The page that lists each kind of record named by a due item.
    def open_record(self, table: str, record_id: int) -> None:
        """Go to the page of a record (from the home page's due list) and select it there."""
        key = self.record_pages.get(table)
        if key not in self.pages:
            return
        self.show_page(key)
        page = self.pages[key]
        select = getattr(page, "select_record", None)
        if callable(select):
            select(table, record_id)

    def _fill_edit_menu(self, *_args: object) -> None:
        """The 编辑 menu lists the keys of the page shown, and only its: an action of a page
        left in the menu would answer its key on every page."""
        from desktop.common.keys import page_actions

        self.edit_menu.clear()
        self.edit_menu.addAction(self.undo_action)
        actions = page_actions(self.stack.currentWidget())
        if actions:
            self.edit_menu.addSeparator()
        self.edit_menu.addActions(actions)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Keep the window's size and place for the next start."""
        from widgets.remember import save_geometry

        save_geometry(self, "window")
        super().closeEvent(event)

    def _after_undo(self) -> None:
        """After 撤销: the page shown and the home page read the database again."""
        reload = getattr(self.stack.currentWidget(), "reload", None)
        if callable(reload):
            reload()
        self.refresh_all()

    def refresh_all(self) -> None:
        self.home.reload()

    def print_report(self, bulletin: bool = False) -> None:
        """打印 → 工作总结… (a period, default the 今冬明春 campaign) or 月度通报… (a month)."""
        from desktop.shell.report_dialog import open_report

        open_report(self, self.ledger.db, bulletin=bulletin)

    def _menus(self) -> None:
        from PySide6.QtGui import QAction
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QMessageBox

        from desktop.duty.pages import print_handover
        from desktop.shell.about import about_text

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件"))
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.edit_menu = bar.addMenu(self.tr("编辑"))
        from desktop.shell.undo import UndoAction

        self.undo_action = UndoAction(self, self.ledger.db, self._after_undo)
        self.addAction(self.undo_action)  # Ctrl+Z on every page
        print_menu = bar.addMenu(self.tr("打印"))
        duty = self.services.duty
        for text, slot in (
            (self.tr("本月值班表…"), self.roster.print_roster),
            (self.tr("当班交接班记录…"), lambda: print_handover(duty, self.handovers)),
            (self.tr("空白交接班记录…"), lambda: print_handover(duty, self.handovers, True)),
            (self.tr("工作总结…"), self.print_report),
            (self.tr("月度通报…"), lambda: self.print_report(bulletin=True)),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            print_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("帮助"))
        guide = QAction(self.tr("使用说明"), self)
        guide.setShortcut(QKeySequence("F1"))
        guide.setToolTip(self.tr("使用说明（F1）"))
        guide.triggered.connect(self.show_help)
        help_menu.addAction(guide)
        self.help_action = guide
        about = QAction(self.tr("关于救援台账"), self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self, self.tr("关于救援台账"), about_text(self.ledger.db, self.demo)
            )
        )
        help_menu.addAction(about)
