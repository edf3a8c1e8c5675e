"""水源台账: every fire water source, read page by page from SQL as the clerk scrolls."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from db.due import DueStyle
from db.water import WaterBook
from db.water import WaterFilter
from db.water import WaterSourceData
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.access import guard_saving
from desktop.common.paged_register import PagedRegisterPage
from desktop.common.words import db_text
from desktop.water import common as wc
from widgets.columns import Column
from widgets.columns import field

if TYPE_CHECKING:
    from desktop.services import Services


def _coordinates(x: WaterSourceData) -> str:
    if x.lon is None or x.lat is None:
        return ""
    return f"{x.lon:.5f}, {x.lat:.5f}"


def columns(flow: dict[str, str], style: Callable[[], DueStyle]) -> list[Column]:
    """The register's columns; ``style()`` is the due style the page last read."""
    return [
        field("code", QCoreApplication.translate("water.pages.sources", "编号"), 75),
        field("name", QCoreApplication.translate("water.pages.sources", "名称"), 160, tooltip=True),
        Column(
            lambda x: db_text(x.type),
            QCoreApplication.translate("water.pages.sources", "类型"),
            width=105,
            sort="type",
        ),
        Column(
            lambda x: db_text(x.form),
            QCoreApplication.translate("water.pages.sources", "形式"),
            width=90,
        ),
        field("village", QCoreApplication.translate("water.pages.sources", "所属村社"), 90),
        Column(
            "address",
            QCoreApplication.translate("water.pages.sources", "地址"),
            width=160,
            tooltip=True,
        ),
        Column(
            wc.status_text,
            QCoreApplication.translate("water.pages.sources", "可用状态"),
            width=130,
            sort="status",
            background=wc.status_background,
            align=Qt.AlignmentFlag.AlignCenter,
        ),
        field(
            "flow_class",
            QCoreApplication.translate("water.pages.sources", "流量等级"),
            64,
            background=lambda x: flow.get(x.flow_class),
            align=Qt.AlignmentFlag.AlignCenter,
        ),
        field(
            "last_inspected_on",
            QCoreApplication.translate("water.pages.sources", "上次检查"),
            90,
            kind="date",
        ),
        field(
            "next_due",
            QCoreApplication.translate("water.pages.sources", "下次检查"),
            90,
            kind="date",
            foreground=lambda x: None if x.archived else style().colour(x.next_due),
        ),
        Column(
            "owner",
            QCoreApplication.translate("water.pages.sources", "水源归属"),
            width=120,
            tooltip=True,
        ),
        Column(
            _coordinates, QCoreApplication.translate("water.pages.sources", "经度, 纬度"), width=150
        ),
    ]


DUE_CHOICES = (
    (QT_TRANSLATE_NOOP("WaterPage", "全部（不论到期）"), None),
    (QT_TRANSLATE_NOOP("WaterPage", "{days}天内到期和已超期"), "due"),  # 即将到期 of the rules
    (QT_TRANSLATE_NOOP("WaterPage", "只看已超期"), "overdue"),
)


class WaterPage(PagedRegisterPage):
    """水源台账: its columns, filters (类型, 状态, 村社, 到期), dialogs, checks and forms."""

    title, noun, unit = (
        QT_TRANSLATE_NOOP("WaterPage", "水源台账"),
        QT_TRANSLATE_NOOP("WaterPage", "一处水源"),
        QT_TRANSLATE_NOOP("WaterPage", "处"),
    )
    empty_text = QT_TRANSLATE_NOOP(
        "WaterPage", "还没有水源：点“新增…”逐处登记，或点“导入…”导入水源台账。"
    )
    search_hint = QT_TRANSLATE_NOOP("WaterPage", "查找编号、名称、地址或村社…")
    registers = ("water-sources", "inspections")
    archived_text = QT_TRANSLATE_NOOP("WaterPage", "{code} 已有检查或维修记录")
    reload_on_show = True  # another page (普查, 地图) may have changed a source

    def __init__(self, book: WaterBook, parent: QWidget | None = None):
        self.book = book
        super().__init__(book.db, parent)

    def make_columns(self) -> list[Column]:
        return columns(wc.flow_colours(self.book), lambda: self.due_style)

    # --- layout ---------------------------------------------------------------------------
    def action_buttons(self) -> list[QPushButton]:
        self.check_button = QPushButton(self.tr("检查/保养"), self)
        check_menu = QMenu(self.check_button)
        check_menu.addAction(self.tr("检查…")).triggered.connect(lambda: self.inspect("检查"))
        check_menu.addAction(self.tr("巡查…")).triggered.connect(lambda: self.inspect("巡查"))
        check_menu.addAction(self.tr("保养（除锈、注油、清淤、补水）…")).triggered.connect(
            lambda: self.inspect("保养")
        )
        self.check_button.setMenu(check_menu)
        self.flow_button = QPushButton(self.tr("流量测试…"), self)
        self.repair_button = QPushButton(self.tr("维修…"), self)
        self.flow_button.clicked.connect(self.flow_test)
        self.repair_button.clicked.connect(self.repairs)
        guard(RECORDS, self.check_button, self.flow_button)
        return [self.check_button, self.flow_button, self.repair_button]

    def more_buttons(self) -> list[QPushButton]:
        return [self.flow_button]  # once a year per hydrant; 更多 keeps the row narrow

    def fill_print_menu(self, menu: QMenu) -> None:
        wc.add_print_entries(menu, self, self.book, self.current, self._print_village)

    def filter_widgets(self) -> list[QWidget]:
        self.type = QComboBox(self)
        self.type.addItem(self.tr("全部类型"), None)
        for t in wc.SOURCE_TYPES:
            self.type.addItem(db_text(t), t)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), None)
        self.status.addItem(self.tr("今天可用（不含枯水期）"), "available")
        self.status.addItem(self.tr("今天不可用（含枯水期）"), "unavailable")
        for s in wc.STATUSES:
            self.status.addItem(db_text(s), s)
        self.village = QComboBox(self)
        self.due = QComboBox(self)
        for text, value in DUE_CHOICES:
            self.due.addItem(self.tr(text).format(days=self.due_style.soon_days), value)
        self.before_reload()  # the villages
        return [self.type, self.status, self.village, self.due]

    def before_reload(self) -> None:
        """The 村社 choices: the villages of the register, keeping the one picked."""
        keep = self.village.currentData()
        blocked = self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("全部村社"), None)
        for name in self.book.villages():
            self.village.addItem(name, name)
        index = self.village.findData(keep)
        self.village.setCurrentIndex(max(0, index))
        self.village.blockSignals(blocked)

    # --- data ------------------------------------------------------------------------------
    def fetch(self, offset: int, limit: int, key: str, descending: bool) -> tuple[Any, int]:
        page = self.book.page(offset, limit, key, self.filter, descending)
        return page.rows, page.total

    def current_filter(self) -> WaterFilter:
        status = self.status.currentData()
        available = {"available": True, "unavailable": False}.get(status)
        return WaterFilter(
            text=self.text.text(),
            type=self.type.currentData(),
            status=None if available is not None else status,
            village=self.village.currentData(),
            due=self.due.currentData(),
            within=self.due_style.soon_days,
            available=available,
            include_archived=self.archived.isChecked(),
        )

    def show_rules(self) -> None:
        """The hint and the 到期 filter name the 即将到期 window the rule table gives."""
        days = self.due_style.soon_days
        self.hint.setText(
            self.tr(
                "下次检查日期按“设置”中的检查间隔自动计算：红色为已超期，橙色为{days}天内到期。"
                "检查发现不合格时水源自动转为“故障”并开具维修单。双击一行查看或编辑。"
            ).format(days=days)
        )
        for i, (text, _value) in enumerate(DUE_CHOICES):
            self.due.setItemText(i, self.tr(text).format(days=days))

    def _print_village(self) -> str | None:
        village = self.village.currentData()
        if village:
            return str(village)
        x = self.current()
        return x.village if x is not None and x.village else None

    # --- actions ---------------------------------------------------------------------------
    def open_record(self, record_id: int | None) -> bool:
        from desktop.water.dialogs import SourceDialog

        source = self.book.source(record_id) if record_id is not None else None
        dialog = guard_saving(SourceDialog(self, self.book, source))
        dialog.exec()
        return dialog.result() == QDialog.DialogCode.Accepted or dialog.touched

    def delete_record(self, row: WaterSourceData) -> str | None:
        assert row.id is not None
        return self.book.delete_source(row.id, row.version)

    def restore_record(self, row: WaterSourceData) -> None:
        assert row.id is not None
        self.book.restore_source(row.id, row.version)

    def inspect(self, kind: str) -> None:
        from desktop.water.check import run_inspection

        x = self.need_current()
        if x is not None and x.id is not None and run_inspection(self, self.book, x.id, kind):
            self._after_change()

    def flow_test(self) -> None:
        from desktop.water.flow import FlowTestDialog

        x = self.need_current()
        if x is None or x.id is None:
            return
        if FlowTestDialog(self, self.book, x).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def repairs(self) -> None:
        from desktop.water.repairs import RepairsDialog

        x = self.need_current()
        if x is None or x.id is None:
            return
        dialog = RepairsDialog(self, self.book, x)
        dialog.exec()
        if dialog.touched:
            self._after_change()


def make_page(services: Services, parent: QWidget) -> WaterPage:
    return WaterPage(services.water, parent)
