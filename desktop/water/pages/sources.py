"""水源台账: every fire water source, read page by page from SQL as the clerk scrolls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.due import DueStyle
from db.errors import LedgerError
from db.water import WaterBook, WaterFilter, WaterSourceData
from desktop.common import excel
from desktop.common.restore import RestoreButton, archived_note
from desktop.water import common as wc
from widgets.columns import Column
from widgets.paged import PagedTableModel, PagedTableView

if TYPE_CHECKING:
    from desktop.services import Services


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _coordinates(x: WaterSourceData) -> str:
    if x.lon is None or x.lat is None:
        return ""
    return f"{x.lon:.5f}, {x.lat:.5f}"


def columns(flow: dict[str, str], style: Callable[[], DueStyle]) -> list[Column]:
    """The register's columns; ``style()`` is the due style the page last read."""
    return [
        Column(lambda x: x.code, "编号", width=90, sort="code"),
        Column(lambda x: x.name, "名称", width=160, sort="name", tooltip=True),
        Column(lambda x: x.type, "类型", width=80, sort="type"),
        Column(lambda x: x.form, "形式", width=60),
        Column(lambda x: x.village, "所属村社", width=90, sort="village"),
        Column(lambda x: x.address, "地址", width=160, tooltip=True),
        Column(
            wc.status_text,
            "可用状态",
            width=90,
            sort="status",
            background=wc.status_background,
            align=Qt.AlignmentFlag.AlignCenter,
        ),
        Column(
            lambda x: x.flow_class,
            "流量等级",
            width=64,
            sort="flow_class",
            background=lambda x: flow.get(x.flow_class),
            align=Qt.AlignmentFlag.AlignCenter,
        ),
        Column(
            lambda x: _date(x.last_inspected_on), "上次检查", width=90, sort="last_inspected_on"
        ),
        Column(
            lambda x: _date(x.next_due),
            "下次检查",
            width=90,
            sort="next_due",
            foreground=lambda x: None if x.archived else style().colour(x.next_due),
        ),
        Column(lambda x: x.owner, "水源归属", width=120, tooltip=True),
        Column(_coordinates, "经度, 纬度", width=150),
    ]


DUE_CHOICES = (
    ("全部（不论到期）", None),
    ("{days}天内到期和已超期", "due"),  # the 即将到期 window of the rule table
    ("只看已超期", "overdue"),
)


class WaterPage(QWidget):
    changed = Signal()

    def __init__(self, book: WaterBook, parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        self.filter = WaterFilter()
        self._shown = False
        self._fresh = False  # read while hidden, just before being shown
        title = QLabel(self.tr("水源台账"), self)
        title.setObjectName("pageTitle")
        self.due_style = DueStyle.load(book.db)
        self.hint = hint = QLabel(self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5b6b7b")
        self.model = PagedTableModel(
            columns(wc.flow_colours(book), lambda: self.due_style), self._fetch, parent=self
        )
        self._buttons()
        self._filters()
        self._show_rules()
        self.view = PagedTableView(self.model, self)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.restore_button.follow(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(self.button_row)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.view, 1)
        self.model.totalChanged.connect(self._show_total)
        self.view.start()  # reads the first page, once

    # --- layout ---------------------------------------------------------------------------
    def _buttons(self) -> None:
        self.add_button = QPushButton(self.tr("新增…"), self)
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("编辑…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
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
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_menu = QMenu(self.print_button)
        wc.add_print_entries(self.print_menu, self, self.book, self.current, self._print_village)
        self.print_button.setMenu(self.print_menu)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.remove)
        self.flow_button.clicked.connect(self.flow_test)
        self.repair_button.clicked.connect(self.repairs)
        row = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.check_button,
            self.flow_button,
            self.repair_button,
            self.print_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        self.excel = excel.ExcelButtons(
            self, ["water-sources", "inspections"], lambda: self.book.db, self.reload
        )
        self.excel.add_to(row)
        self.button_row = row

    def _filters(self) -> None:
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("查找编号、名称、地址或村社…"))
        self.text.setClearButtonEnabled(True)
        self.find_button = QPushButton(self.tr("查找"), self)
        self.type = QComboBox(self)
        self.type.addItem(self.tr("全部类型"), None)
        for t in wc.SOURCE_TYPES:
            self.type.addItem(t, t)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), None)
        self.status.addItem(self.tr("今天可用（不含枯水期）"), "available")
        self.status.addItem(self.tr("今天不可用（含枯水期）"), "unavailable")
        for s in wc.STATUSES:
            self.status.addItem(s, s)
        self.village = QComboBox(self)
        self.due = QComboBox(self)
        for text, value in DUE_CHOICES:
            self.due.addItem(text.format(days=self.due_style.soon_days), value)
        self.archived = QCheckBox(self.tr("含已归档"), self)
        self.restore_button = RestoreButton(
            self,
            "水源台账",
            self.current,
            self.archived.isChecked,
            lambda x: self.book.restore_source(x.id),
        )
        self.restore_button.restored.connect(self._after_change)
        self.total_label = QLabel(self)
        self._fill_villages()
        self.text.returnPressed.connect(self.apply_filter)
        self.text.textChanged.connect(lambda t: self.apply_filter() if not t else None)
        self.find_button.clicked.connect(self.apply_filter)
        for combo in (self.type, self.status, self.village, self.due):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.archived.toggled.connect(self.apply_filter)
        row = QHBoxLayout()
        row.addWidget(self.text, 2)
        row.addWidget(self.find_button)
        for w in (self.type, self.status, self.village, self.due, self.archived):
            row.addWidget(w)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.total_label)
        self.filter_row = row

    def _fill_villages(self) -> None:
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
    def _fetch(self, offset: int, limit: int, key: str, descending: bool) -> tuple[Any, int]:
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

    def showEvent(self, event: QShowEvent) -> None:
        """Another page (普查, 地图) may have changed a source: read the first page again,
        unless it was read just before being shown (the window reloads the page it opens)."""
        super().showEvent(event)
        if self._shown and not self._fresh:
            self.reload()
        self._shown, self._fresh = True, False

    def apply_filter(self) -> None:
        self.filter = self.current_filter()
        self.model.reload()
        self.restore_button.refresh()

    def _show_rules(self) -> None:
        """The hint and the 到期 filter name the 即将到期 window the rule table gives."""
        days = self.due_style.soon_days
        self.hint.setText(
            self.tr(
                "下次检查日期按“设置”中的检查间隔自动计算：红色为已超期，橙色为{days}天内到期。"
                "检查发现不合格时水源自动转为“故障”并开具维修单。双击一行查看或编辑。"
            ).format(days=days)
        )
        for i, (text, _value) in enumerate(DUE_CHOICES):
            self.due.setItemText(i, text.format(days=days))

    def reload(self) -> None:
        current = self.current()
        self.due_style = DueStyle.load(self.book.db)  # the office may have changed the rules
        self._show_rules()
        self._fill_villages()
        self.model.reload()
        self._fresh = not self.isVisible()
        if current is not None:
            for row, x in enumerate(self.model.rows):
                if x.id == current.id:
                    self.view.selectRow(row)
                    break
        self.restore_button.refresh()

    def _show_total(self, total: int) -> None:
        self.total_label.setText(self.tr("共 {n} 处").format(n=total))

    def current(self) -> WaterSourceData | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _need(self) -> WaterSourceData | None:
        x = self.current()
        if x is None:
            QMessageBox.information(self, "水源台账", "请先在表格中选中一处水源。")
        return x

    def _print_village(self) -> str | None:
        village = self.village.currentData()
        if village:
            return str(village)
        x = self.current()
        return x.village if x is not None and x.village else None

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    # --- actions ---------------------------------------------------------------------------
    def add(self) -> None:
        from desktop.water.dialogs import SourceDialog

        if SourceDialog(self, self.book, None).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def edit(self) -> None:
        x = self._need()
        if x is not None and x.id is not None:
            self.open_source(x.id)

    def open_source(self, source_id: int) -> None:
        from desktop.water.dialogs import SourceDialog

        dialog = SourceDialog(self, self.book, self.book.source(source_id))
        dialog.exec()
        if dialog.result() == QDialog.DialogCode.Accepted or dialog.touched:
            self._after_change()

    def remove(self) -> None:
        x = self._need()
        if x is None or x.id is None:
            return
        answer = QMessageBox.question(self, "水源台账", f"确定删除“{x.code} {x.name}”吗？")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.book.delete_source(x.id, x.version)
        except LedgerError as exc:
            QMessageBox.warning(self, "水源台账", str(exc))
            return
        if result == "archived":
            note = archived_note(self.archived.text())
            QMessageBox.information(self, "水源台账", f"{x.code} 已有检查或维修记录，{note}。")
        self._after_change()

    def inspect(self, kind: str) -> None:
        from desktop.water.check import run_inspection

        x = self._need()
        if x is not None and x.id is not None and run_inspection(self, self.book, x.id, kind):
            self._after_change()

    def flow_test(self) -> None:
        from desktop.water.flow import FlowTestDialog

        x = self._need()
        if x is None or x.id is None:
            return
        if FlowTestDialog(self, self.book, x).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def repairs(self) -> None:
        from desktop.water.repairs import RepairsDialog

        x = self._need()
        if x is None or x.id is None:
            return
        dialog = RepairsDialog(self, self.book, x)
        dialog.exec()
        if dialog.touched:
            self._after_change()


def make_page(services: Services, parent: QWidget) -> WaterPage:
    return WaterPage(services.water, parent)
