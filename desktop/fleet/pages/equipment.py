"""装备器材: the big equipment register, read page by page from SQL as the clerk scrolls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
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
from db.fleet import (
    EQUIPMENT,
    EQUIPMENT_CATEGORIES,
    EQUIPMENT_STATUSES,
    EquipmentData,
    EquipmentFilter,
    Fleet,
)
from desktop.common import excel, printing
from desktop.common.restore import ARCHIVED, ARCHIVED_BACKGROUND, RestoreButton, archived_note
from widgets.columns import Column
from widgets.paged import PagedTableModel, PagedTableView

if TYPE_CHECKING:
    from desktop.services import Services

STATUS_COLOURS = {"维修": "#ffcdd2", "停用": "#ffe0b2", "报废": "#e0e0e0", "备用": "#e3f2fd"}


def _place(e: EquipmentData) -> str:
    if e.vehicle_plate:
        return f"{e.vehicle_plate} {e.compartment}".strip()
    return e.location


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _date_colour(e: EquipmentData, day: dt.date | None, style: DueStyle, within: int) -> str | None:
    """Red once past, orange within ``within`` days; nothing for scrapped or archived items."""
    return None if e.status == "报废" or e.archived else style.colour(day, within=within)


def columns(style: Callable[[], DueStyle]) -> list[Column]:
    """The register's columns; ``style()`` is the due style the page last read."""
    return [
        Column(lambda e: e.code, "编号", width=90, sort="code"),
        Column(lambda e: e.name, "名称", width=140, sort="name", tooltip=True),
        Column(lambda e: e.category, "类别", width=70, sort="category"),
        Column(lambda e: e.spec, "规格型号", width=120, tooltip=True),
        Column(_place, "存放位置", width=130, sort="location", tooltip=True),
        Column(
            lambda e: ARCHIVED if e.archived else e.status,
            "状态",
            width=50,
            sort="status",
            background=lambda e: (
                ARCHIVED_BACKGROUND if e.archived else STATUS_COLOURS.get(e.status)
            ),
        ),
        Column(lambda e: _date(e.last_test_on), "上次检验", width=90, sort="last_test_on"),
        Column(
            lambda e: _date(e.next_due),
            "下次检验",
            width=90,
            sort="next_due",
            foreground=lambda e: _date_colour(e, e.next_due, style(), style().soon_days),
        ),
        Column(
            lambda e: _date(e.retire_on),
            "到期报废",
            width=90,
            sort="retire_on",
            foreground=lambda e: _date_colour(e, e.retire_on, style(), style().retire_soon_days),
        ),
    ]


class EquipmentPage(QWidget):
    changed = Signal()

    def __init__(self, fleet: Fleet, parent: QWidget | None = None):
        super().__init__(parent)
        self.fleet = fleet
        self.due_style = DueStyle.load(fleet.db)
        title = QLabel(self.tr("装备器材"), self)
        title.setObjectName("pageTitle")
        self.hint = hint = QLabel(self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5b6b7b")
        self.filter = EquipmentFilter()
        self.model = PagedTableModel(
            columns(lambda: self.due_style), self._fetch, sort_key="code", parent=self
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

    def _buttons(self) -> None:
        self.add_button = QPushButton(self.tr("新增…"), self)
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("编辑…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.check_button = QPushButton(self.tr("检验/检查…"), self)
        self.history_button = QPushButton(self.tr("履历"), self)
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_menu = QMenu(self.print_button)
        for text, slot in (
            ("器材台账（全部）…", self.print_register),
            ("本类检验表（列出本类器材）…", lambda: self.print_inspection(blank=False)),
            ("本类空白检验表…", lambda: self.print_inspection(blank=True)),
        ):
            self.print_menu.addAction(text).triggered.connect(lambda _=False, s=slot: s())
        self.print_button.setMenu(self.print_menu)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.remove)
        self.check_button.clicked.connect(self.check)
        self.history_button.clicked.connect(self.history)
        row = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.check_button,
            self.history_button,
            self.print_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        self.excel = excel.ExcelButtons(self, ["equipment"], lambda: self.fleet.db, self.reload)
        self.excel.add_to(row)
        self.button_row = row

    def _filters(self) -> None:
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("查找编号、名称、规格或位置…"))
        self.text.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("全部类别"), None)
        for c in EQUIPMENT_CATEGORIES:
            self.category.addItem(c, c)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), None)
        for s in EQUIPMENT_STATUSES:
            self.status.addItem(s, s)
        self.due_only = QCheckBox(self)
        self.archived = QCheckBox(self.tr("含已归档"), self)
        self.restore_button = RestoreButton(
            self,
            "装备器材",
            self.current_item,
            self.archived.isChecked,
            lambda e: self.fleet.restore_equipment(e.id),
        )
        self.restore_button.restored.connect(self._after_change)
        self.total_label = QLabel(self)
        self.text.returnPressed.connect(self.apply_filter)
        self.text.textChanged.connect(lambda t: self.apply_filter() if not t else None)
        self.find_button = QPushButton(self.tr("查找"), self)
        self.find_button.clicked.connect(self.apply_filter)
        for w in (self.category, self.status):
            w.currentIndexChanged.connect(self.apply_filter)
        for box in (self.due_only, self.archived):
            box.toggled.connect(self.apply_filter)
        row = QHBoxLayout()
        row.addWidget(self.text, 2)
        row.addWidget(self.find_button)
        row.addWidget(self.category)
        row.addWidget(self.status)
        row.addWidget(self.due_only)
        row.addWidget(self.archived)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.total_label)
        self.filter_row = row

    # --- behaviour --------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int, key: str, descending: bool) -> tuple[Any, int]:
        page = self.fleet.equipment_page(offset, limit, key, descending, self.filter)
        return page.rows, page.total

    def current_filter(self) -> EquipmentFilter:
        due = (
            dt.date.today() + dt.timedelta(days=self.due_style.soon_days)
            if self.due_only.isChecked()
            else None
        )
        return EquipmentFilter(
            text=self.text.text(),
            category=self.category.currentData(),
            status=self.status.currentData(),
            due_before=due,
            include_archived=self.archived.isChecked(),
        )

    def apply_filter(self) -> None:
        self.filter = self.current_filter()
        self.model.reload()
        self.restore_button.refresh()

    def _show_rules(self) -> None:
        """The hint and the 到期 check box name the windows the rule table gives."""
        soon, retire = self.due_style.soon_days, self.due_style.retire_soon_days
        self.hint.setText(
            self.tr(
                "检验日期和报废日期按“设置”中的类别规则自动计算：红色为已超期，"
                "橙色为{soon}天内需检验或{retire}天内到期报废。双击一行可编辑。"
            ).format(soon=soon, retire=retire)
        )
        self.due_only.setText(self.tr("只看{soon}天内需检验和已超期").format(soon=soon))

    def reload(self) -> None:
        current = self.current_item()
        self.due_style = DueStyle.load(self.fleet.db)  # the office may have changed the rules
        self._show_rules()
        self.model.reload()
        if current is not None:
            for row, e in enumerate(self.model.rows):
                if e.id == current.id:
                    self.view.selectRow(row)
                    break
        self.restore_button.refresh()

    def _show_total(self, total: int) -> None:
        self.total_label.setText(self.tr("共 {n} 件").format(n=total))

    def current_item(self) -> EquipmentData | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _need_item(self) -> EquipmentData | None:
        item = self.current_item()
        if item is None:
            QMessageBox.information(self, "装备器材", "请先在表格中选中一件器材。")
        return item

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def add(self) -> None:
        from desktop.fleet.dialogs import EquipmentDialog

        if EquipmentDialog(self, self.fleet, None).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def edit(self) -> None:
        from desktop.fleet.dialogs import EquipmentDialog

        item = self._need_item()
        if item is not None and item.id is not None:
            fresh = self.fleet.equipment(item.id)
            if EquipmentDialog(self, self.fleet, fresh).exec() == QDialog.DialogCode.Accepted:
                self._after_change()

    def remove(self) -> None:
        item = self._need_item()
        if item is None or item.id is None:
            return
        answer = QMessageBox.question(self, "装备器材", f"确定删除“{item.code} {item.name}”吗？")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.fleet.delete_equipment(item.id, item.version)
        except LedgerError as exc:
            QMessageBox.warning(self, "装备器材", str(exc))
            return
        if result == "archived":
            note = archived_note(self.archived.text())
            QMessageBox.information(self, "装备器材", f"{item.code} 有检查或维修记录，{note}。")
        self._after_change()

    def check(self) -> None:
        from desktop.fleet.check import run_check

        item = self._need_item()
        if (
            item is not None
            and item.id is not None
            and run_check(self, self.fleet, EQUIPMENT, item.id)
        ):
            self._after_change()

    def history(self) -> None:
        from desktop.fleet.dialogs import HistoryDialog

        item = self._need_item()
        if item is not None and item.id is not None:
            entries = self.fleet.history(EQUIPMENT, item.id)
            HistoryDialog(self, f"器材履历：{item.code} {item.name}", entries).exec()

    def print_register(self) -> None:
        database = self.fleet.db

        def build() -> bytes:
            from db.fleet.forms import equipment_register_pdf

            return equipment_register_pdf(database)

        printing.print_document(self, "装备器材台账", build, f"装备器材台账-{dt.date.today()}.pdf")

    def print_inspection(self, blank: bool) -> None:
        category = self.category.currentData()
        if category is None:
            item = self.current_item()
            category = item.category if item is not None else None
        if category is None:
            QMessageBox.information(
                self, "打印", "请先在“全部类别”处选择一个类别（或选中一件器材）。"
            )
            return
        database = self.fleet.db

        def build() -> bytes:
            from db.fleet.forms import inspection_pdf

            return inspection_pdf(database, category, blank=blank)

        name = category.replace("/", "、")
        suffix = "-空白" if blank else ""
        printing.print_document(self, f"{category}检验表", build, f"{name}检验表{suffix}.pdf")


def make_page(services: Services, parent: QWidget) -> EquipmentPage:
    return EquipmentPage(services.fleet, parent)
