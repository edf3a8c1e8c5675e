"""The main window: a navigation column and one page per register."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import printing
from desktop.pages import EXTRA_PAGES
from desktop.pages.register import RegisterPage, RegisterSpec
from widgets.table import Column

if TYPE_CHECKING:
    from db.ledger import Ledger

YES = "✓"


def _yes(value: bool) -> str:
    return YES if value else ""


class MainWindow(QMainWindow):
    """The window. It can be shown before the database is open (``ledger=None``): it then says
    so, and :meth:`attach` fills in the pages — the window appears at once on a cold start."""

    def __init__(self, ledger: Ledger | None = None, demo: bool = False):
        super().__init__()
        self.demo = demo
        self.setWindowTitle("救援台账" + ("（演示数据）" if demo else ""))
        self.resize(1200, 760)
        self.nav_model = QStandardItemModel(self)
        self.nav = QListView(self)
        self.nav.setObjectName("nav")
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        self._rows: dict[str, int] = {}
        self._group = ""
        self.loading = QLabel("正在打开数据库…", self)
        self.loading.setObjectName("pageTitle")
        self.stack.addWidget(self.loading)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        if ledger is not None:
            self.attach(ledger)

    def attach(self, ledger: Ledger) -> None:
        """Build the pages on an open ledger."""
        from desktop.pages.home import HomePage
        from desktop.pages.roster import RosterPage
        from desktop.pages.settings import SettingsPage

        self.ledger = ledger
        town = ledger.settings()["town"]
        self.setWindowTitle(f"救援台账 — {town}" + ("（演示数据）" if self.demo else ""))
        self.home = HomePage(ledger, self)
        self.roster = RosterPage(ledger, self)
        self.members = RegisterPage(self._member_spec(), self)
        self.leave = RegisterPage(self._leave_spec(), self)
        self.periods = RegisterPage(self._period_spec(), self)
        self.calls = RegisterPage(self._call_spec(), self)
        self.handovers = RegisterPage(self._handover_spec(), self)
        self.settings_page = SettingsPage(ledger, self)
        for key, title, page in (
            ("home", "首页", self.home),
            ("roster", "值班表", self.roster),
            ("members", "队员", self.members),
            ("leave", "请假", self.leave),
            ("periods", "战备时段", self.periods),
            ("calls", "来电记录", self.calls),
            ("handovers", "交接班", self.handovers),
        ):
            self.add_page(key, title, page, "值班备勤" if key != "home" else "")
        for group, key, title, factory in EXTRA_PAGES:
            module, name = factory.split(":")
            page = getattr(importlib.import_module(module), name)(self)
            self.add_page(key, title, page, group)
            if hasattr(page, "changed"):
                page.changed.connect(self.refresh_all)
        self.add_page("settings", "设置", self.settings_page, "系统")
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        self.nav.selectionModel().currentChanged.connect(self._on_nav)
        self.show_page("home")

        for page in (
            self.roster,
            self.members,
            self.leave,
            self.periods,
            self.calls,
            self.handovers,
        ):
            page.changed.connect(self.refresh_all)
        self.home.open_roster.connect(lambda: self.show_page("roster"))
        self.home.open_record.connect(self.open_record)
        self.home.new_call.connect(lambda: (self.show_page("calls"), self.calls.add()))
        self.home.new_handover.connect(lambda: (self.show_page("handovers"), self.handovers.add()))
        self._menus()
        self.statusBar().showMessage(
            f"数据库：{ledger.db.url.split('@')[-1]}　操作人：{ledger.db.operator}"
        )

    # ----- pages ---------------------------------------------------------------------------
    def add_page(self, key: str, title: str, page: QWidget, group: str = "") -> None:
        """Add a page to the stack and the navigation, under a group heading."""
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
        self.stack.addWidget(page)
        self.pages[key] = page

    def show_page(self, key: str) -> None:
        self.nav.setCurrentIndex(self.nav_model.index(self._rows[key], 0))
        self.stack.setCurrentWidget(self.pages[key])

    def _on_nav(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(Qt.ItemDataRole.UserRole)
        if key in self.pages:
            page = self.pages[key]
            if hasattr(page, "reload"):
                page.reload()
            self.stack.setCurrentWidget(page)

    # The page that lists each kind of record named by a due item.
    RECORD_PAGES = {
        "drill": "drills",
        "plan": "plans",
        "revision_task": "plans",
        "finding": "findings",
        "site": "water_coverage",
        "water_source": "water",
        "water_repair": "water",
        "vehicle": "vehicles",
        "equipment": "equipment",
        "repair_ticket": "repairs",
        "supply": "supplies",
        "stock_move": "supplies",
    }

    def open_record(self, table: str, record_id: int) -> None:
        """Go to the page of a record (from the home page's due list) and select it there."""
        key = self.RECORD_PAGES.get(table)
        if key not in self.pages:
            return
        self.show_page(key)
        page = self.pages[key]
        select = getattr(page, "select_record", None)
        if callable(select):
            select(table, record_id)

    def refresh_all(self) -> None:
        self.home.reload()

    # ----- registers -----------------------------------------------------------------------
    def _member_spec(self) -> RegisterSpec:
        from desktop import dialogs

        ledger = self.ledger

        def delete(m) -> str | None:  # type: ignore[no-untyped-def]
            result = ledger.delete_member(m.id, m.version)
            return (
                f"{m.name}有值班或请假记录，已归档（可勾选“显示已归档”查看）。"
                if result == "archived"
                else None
            )

        return RegisterSpec(
            title="队员",
            columns=[
                Column("name", "姓名", width=90),
                Column("role", "职务", width=70),
                Column("phone", "联系电话", width=120),
                Column(lambda m: _yes(m.can_lead), "可任带班领导", width=100),
                Column(lambda m: _yes(m.driver), "驾驶员", width=60),
                Column("joined_on", "入队日期", "date", width=100),
                Column("duty_count", "值班次数", "int", width=70),
                Column(lambda m: "已归档" if m.archived else "", "状态", width=60),
                Column("notes", "备注"),
            ],
            load=lambda archived: ledger.members(include_archived=archived),
            dialog=lambda parent, row: dialogs.MemberDialog(parent, ledger, row),
            delete=delete,
            describe=lambda m: m.name,
            register="members",
            archived_toggle=True,
            row_colour=lambda m: "#eeeeee" if m.archived else None,
        )

    def _leave_spec(self) -> RegisterSpec:
        from desktop import dialogs

        ledger = self.ledger
        return RegisterSpec(
            title="请假",
            columns=[
                Column("member_name", "姓名", width=90),
                Column("start", "开始日期", "date", width=100),
                Column("end", "结束日期", "date", width=100),
                Column(lambda lv: (lv.end - lv.start).days + 1, "天数", "int", width=50),
                Column("reason", "事由"),
            ],
            load=lambda _archived: ledger.leaves(),
            dialog=lambda parent, row: dialogs.LeaveDialog(parent, ledger, row),
            delete=lambda lv: ledger.delete_leave(lv.id),
            describe=lambda lv: f"{lv.member_name} {lv.start}—{lv.end}",
            register="leave",
            hint="请假期间不会被排班；已排的日期会在值班表中提示冲突。",
        )

    def _period_spec(self) -> RegisterSpec:
        from desktop import dialogs

        ledger = self.ledger
        levels = lambda: {lv.level: lv.name for lv in ledger.levels()}  # noqa: E731
        return RegisterSpec(
            title="战备时段",
            columns=[
                Column("name", "名称", width=100),
                Column("start", "开始日期", "date", width=100),
                Column("end", "结束日期", "date", width=100),
                Column(lambda p: levels().get(p.level, p.level), "等级", width=90),
                Column("min_staff", "每班最少值班员", "int", width=110),
                Column("note", "说明"),
            ],
            load=lambda _archived: ledger.periods(),
            dialog=lambda parent, row: dialogs.PeriodDialog(parent, ledger, row),
            delete=lambda p: ledger.delete_period(p.id),
            describe=lambda p: p.name,
            register="alert-periods",
            extra_buttons=[("载入冬春预设…", self.preload_campaign)],
            hint="元旦、春节、元宵节按农历和国家法定假日计算，全国两会按惯例预设，均可修改。",
        )

    def _call_spec(self) -> RegisterSpec:
        from desktop import dialogs

        ledger = self.ledger
        return RegisterSpec(
            title="来电记录",
            columns=[
                Column(
                    "at",
                    "时间",
                    "date",
                    width=130,
                    formatter=lambda v: f"{v:%Y-%m-%d %H:%M}" if v else "",
                ),
                Column("caller_unit", "来电单位", width=120),
                Column("caller_name", "姓名", width=70),
                Column("phone", "电话", width=110),
                Column("content", "内容", width=220),
                Column("action", "处理情况", width=200),
                Column("reported_to", "报告领导"),
            ],
            load=lambda _archived: ledger.calls(),
            dialog=lambda parent, row: dialogs.CallDialog(parent, ledger, row),
            delete=lambda c: ledger.delete_call(c.id),
            describe=lambda c: f"{c.at:%m-%d %H:%M} {c.caller_unit}",
            hint="接·报·传·跟：接到来电如实记录，重要情况立即报告带班领导并跟踪处理结果。",
        )

    def _handover_spec(self) -> RegisterSpec:
        from desktop import dialogs

        ledger = self.ledger
        return RegisterSpec(
            title="交接班",
            columns=[
                Column("duty_date", "值班日期", "date", width=100),
                Column(
                    "at",
                    "交接时间",
                    "date",
                    width=130,
                    formatter=lambda v: f"{v:%Y-%m-%d %H:%M}" if v else "",
                ),
                Column("handed_by", "交班人", width=80),
                Column("received_by", "接班人", width=80),
                Column(
                    lambda h: (
                        "正常" if h.phones_ok and h.radios_ok and h.vehicles_ready else "有异常"
                    ),
                    "设备车辆",
                    width=80,
                ),
                Column("open_items", "移交事项"),
            ],
            load=lambda _archived: ledger.handovers(),
            dialog=lambda parent, row: dialogs.HandoverDialog(parent, ledger, row),
            extra_buttons=[
                ("打印当班记录…", self.print_handover),
                ("打印空白表…", lambda: self.print_handover(blank=True)),
            ],
        )

    # ----- actions ---------------------------------------------------------------------------
    def preload_campaign(self) -> None:
        from db.calendar import campaign_start

        start = campaign_start(dt.date.today())
        year, ok = QInputDialog.getInt(
            self, "载入冬春预设", "今冬明春开始的年份（11月所在年份）：", start, 2000, 2100
        )
        if not ok:
            return
        added = self.ledger.preload_campaign(year)
        QMessageBox.information(
            self,
            "载入冬春预设",
            f"已载入 {added} 个战备时段（已有的不重复载入）。请核对日期，特别是全国两会会期。",
        )
        self.periods.reload()
        self.refresh_all()

    def print_handover(self, blank: bool = False) -> None:
        if blank:
            printing.print_document(
                self,
                "值班交接班记录（空白）",
                lambda: printing.handover_pdf(self.ledger, None),
                "值班交接班记录-空白.pdf",
            )
            return
        row = self.handovers.table.current_row()
        date = row.duty_date if row is not None else dt.date.today()
        printing.print_document(
            self,
            "值班交接班记录",
            lambda: printing.handover_pdf(self.ledger, date),
            f"值班交接班记录-{date}.pdf",
        )

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("文件")
        quit_action = QAction("退出", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        print_menu = bar.addMenu("打印")
        for text, slot in (
            ("本月值班表…", self.roster.print_roster),
            ("当班交接班记录…", self.print_handover),
            ("空白交接班记录…", lambda: self.print_handover(blank=True)),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            print_menu.addAction(action)
        help_menu = bar.addMenu("帮助")
        about = QAction("关于救援台账", self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self,
                "关于救援台账",
                "救援台账：综合应急救援队的值班备勤、演练、消防水源、车辆装备与物资台账。\n"
                f"数据库：{self.ledger.db.url.split('@')[-1]}",
            )
        )
        help_menu.addAction(about)
