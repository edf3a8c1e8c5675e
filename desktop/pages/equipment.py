"""装备器材: the big equipment register, read page by page from SQL as the clerk scrolls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.equipment_models import EQUIPMENT_CATEGORIES, EQUIPMENT_STATUSES
from db.errors import LedgerError
from db.fleet import EQUIPMENT, EquipmentData, EquipmentFilter, Fleet
from desktop import printing

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE = QColor("#c62828")
SOON = QColor("#ef6c00")
STATUS_COLOURS = {"维修": "#ffcdd2", "停用": "#ffe0b2", "报废": "#e0e0e0", "备用": "#e3f2fd"}
DUE_SOON_DAYS = 30


def _place(e: EquipmentData) -> str:
    if e.vehicle_plate:
        return f"{e.vehicle_plate} {e.compartment}".strip()
    return e.location


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


# (header, sort key or None, value, width)
COLUMNS: list[tuple[str, str | None, Callable[[EquipmentData], Any], int]] = [
    ("编号", "code", lambda e: e.code, 90),
    ("名称", "name", lambda e: e.name, 140),
    ("类别", "category", lambda e: e.category, 70),
    ("规格型号", None, lambda e: e.spec, 120),
    ("存放位置", "location", _place, 130),
    ("状态", "status", lambda e: e.status, 50),
    ("上次检验", "last_test_on", lambda e: _date(e.last_test_on), 90),
    ("下次检验", "next_due", lambda e: _date(e.next_due), 90),
    ("到期报废", "retire_on", lambda e: _date(e.retire_on), 90),
]


class EquipmentPageModel(QAbstractTableModel):
    """Rows come from ``Fleet.equipment_page`` a page at a time (``fetchMore``); sorting and
    filtering are done in SQL, so 20,000 items open as fast as 20."""

    totalChanged = Signal(int)

    def __init__(self, fleet: Fleet, page_size: int = 200, parent: QWidget | None = None):
        super().__init__(parent)
        self.fleet = fleet
        self.page_size = page_size
        self.filter = EquipmentFilter()
        self.sort_key = "code"
        self.descending = False
        self.rows: list[EquipmentData] = []
        self.total = 0
        self.today = dt.date.today()

    # --- loading ------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self.today = dt.date.today()
        page = self.fleet.equipment_page(
            0, self.page_size, self.sort_key, self.descending, self.filter
        )
        self.rows, self.total = list(page.rows), page.total
        self.endResetModel()
        self.totalChanged.emit(self.total)

    def set_filter(self, f: EquipmentFilter) -> None:
        self.filter = f
        self.reload()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self.fleet.equipment_page(
            len(self.rows), self.page_size, self.sort_key, self.descending, self.filter
        )
        rows = page.rows[: max(0, self.total - len(self.rows))]
        if not rows:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        self.sort_key = COLUMNS[column][1] or "code"
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0] if 0 <= section < len(COLUMNS) else None
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        e = self.rows[index.row()]
        header = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][2](e)
        if role == ROW_ROLE:
            return e
        if role == Qt.ItemDataRole.ForegroundRole and e.status != "报废":
            day = (
                e.next_due
                if header == "下次检验"
                else e.retire_on
                if header == "到期报废"
                else None
            )
            if day is not None:
                if day < self.today:
                    return OVERDUE
                horizon = DUE_SOON_DAYS if header == "下次检验" else 365
                if (day - self.today).days <= horizon:
                    return SOON
        if role == Qt.ItemDataRole.BackgroundRole and header == "状态":
            colour = STATUS_COLOURS.get(e.status)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and header in ("名称", "规格型号", "存放位置"):
            return COLUMNS[index.column()][2](e) or None
        return None

    def row_at(self, row: int) -> EquipmentData | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class EquipmentPage(QWidget):
    changed = Signal()

    def __init__(self, fleet: Fleet, parent: QWidget | None = None):
        super().__init__(parent)
        self.fleet = fleet
        title = QLabel(self.tr("装备器材"), self)
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr(
                "检验日期和报废日期按“设置”中的类别规则自动计算：红色为已超期，"
                "橙色为30天内需检验或一年内到期报废。双击一行可编辑。"
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5b6b7b")
        self.model = EquipmentPageModel(fleet, parent=self)
        self._buttons()
        self._filters()
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, column in enumerate(COLUMNS):
            self.view.setColumnWidth(i, column[3])
        self.view.doubleClicked.connect(lambda _i: self.edit())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(self.button_row)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.view, 1)
        self.model.totalChanged.connect(self._show_total)
        self.model.reload()

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
        self.due_only = QCheckBox(self.tr("只看30天内需检验和已超期"), self)
        self.archived = QCheckBox(self.tr("含已归档"), self)
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
        row.addStretch(1)
        row.addWidget(self.total_label)
        self.filter_row = row

    # --- behaviour --------------------------------------------------------------------
    def current_filter(self) -> EquipmentFilter:
        due = (
            dt.date.today() + dt.timedelta(days=DUE_SOON_DAYS)
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
        self.model.set_filter(self.current_filter())

    def reload(self) -> None:
        current = self.current_item()
        self.model.reload()
        if current is not None:
            for row, e in enumerate(self.model.rows):
                if e.id == current.id:
                    self.view.selectRow(row)
                    break

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
        from desktop.fleet_dialogs import EquipmentDialog

        if EquipmentDialog(self, self.fleet, None).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def edit(self) -> None:
        from desktop.fleet_dialogs import EquipmentDialog

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
            QMessageBox.information(
                self, "装备器材", f"{item.code} 有检查或维修记录，已归档（勾选“含已归档”可查看）。"
            )
        self._after_change()

    def check(self) -> None:
        from desktop.check_dialog import run_check

        item = self._need_item()
        if (
            item is not None
            and item.id is not None
            and run_check(self, self.fleet, EQUIPMENT, item.id)
        ):
            self._after_change()

    def history(self) -> None:
        from desktop.fleet_dialogs import HistoryDialog

        item = self._need_item()
        if item is not None and item.id is not None:
            entries = self.fleet.history(EQUIPMENT, item.id)
            HistoryDialog(self, f"器材履历：{item.code} {item.name}", entries).exec()

    def print_register(self) -> None:
        database = self.fleet.db

        def build() -> bytes:
            from db.equipment_reports import equipment_register_pdf

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
            from db.equipment_reports import inspection_pdf

            return inspection_pdf(database, category, blank=blank)

        name = category.replace("/", "、")
        suffix = "-空白" if blank else ""
        printing.print_document(self, f"{category}检验表", build, f"{name}检验表{suffix}.pdf")


def make_page(window: Any) -> EquipmentPage:
    return EquipmentPage(Fleet(window.ledger.db), window)
