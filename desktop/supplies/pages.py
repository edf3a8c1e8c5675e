"""物资储备: balances against the reserve quota, batches and expiry, loans, every movement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING
from typing import Any
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.due import DueStyle
from db.errors import LedgerError
from db.supplies import IN
from db.supplies import LEND
from db.supplies import OUT
from db.supplies import SCRAP
from db.supplies import Supplies
from db.supplies import SupplyData
from db.supplies import SupplyFilter
from desktop.common import excel
from desktop.common import printing
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.keys import focus_search
from desktop.common.keys import page_keys
from desktop.common.restore import ARCHIVED_BACKGROUND
from desktop.common.restore import RestoreButton
from desktop.common.restore import delete_message
from desktop.common.words import error_text
from desktop.supplies.dialogs import MoveDialog
from desktop.supplies.dialogs import ReturnDialog
from desktop.supplies.dialogs import SupplyDialog
from desktop.supplies.tabs import ReminderTables
from desktop.supplies.tabs import number
from widgets import palette
from widgets.forms import hint_label
from widgets.heading import page_title
from widgets.lazy import LazyWidget
from widgets.paged_table import PagedTable
from widgets.table import Column
from widgets.table import FilterableTable

if TYPE_CHECKING:
    from desktop.services import Services


def amount(
    key: str | Callable[[SupplyData], Any],
    header: str,
    width: int,
    sort: str,
    foreground: Callable[[SupplyData], str | None] | None = None,
) -> Column:
    """A quantity column of the register, sorted in SQL by ``sort``."""
    return Column(
        key, header, "int", width=width, formatter=number, foreground=foreground, sort=sort
    )


def _short_red(s: SupplyData) -> str | None:
    """Red while a supply in the reserve is below its quota (an archived one is not)."""
    return palette.ERROR if s.short > 0 and not s.archived else None


def _supply_background(s: SupplyData) -> str | None:
    if s.archived:
        return ARCHIVED_BACKGROUND
    return palette.ERROR_BACKGROUND if s.short > 0 else None


class _TabTable:
    """The table of the tab named like the attribute (``page.loans``: the 借用 tab's), built on
    first use."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = name

    def __get__(self, page: SuppliesPage, owner: type | None = None) -> FilterableTable:
        return page._table_of(self.key)


class SuppliesPage(ReminderTables):
    changed = Signal()

    def __init__(self, stock: Supplies, parent: QWidget | None = None):
        super().__init__(parent)
        self.stock = stock
        self.today = dt.date.today()
        self.soon, self.later = 0, 0  # the expiry windows: read by reload()
        self.due_style = DueStyle.defaults()  # the rule table's colours: read by reload()
        title = page_title(self.tr("物资储备"), self)
        # The tabs after the first build their tables when first shown or used (a faster
        # opening); their rows wait in _rows until then.
        self._tabs: dict[str, LazyWidget] = {}
        self._rows: dict[QWidget, list[Any]] = {}
        self._stale: set[str] = set()
        self._supplies_started = False
        self.tabs = QTabWidget(self)
        self.tabs.currentChanged.connect(lambda _i: self._load_current_tab())
        self.supplies = self._supplies_table()
        self.tabs.addTab(self.supplies, self.tr("物资"))
        for key, title_text, build in (
            ("batches", self.tr("批次与有效期"), self._batches_table),
            ("shortfalls", self.tr("短缺"), self._shortfalls_table),
            ("expiring", self.tr("临期"), self._expiring_table),
            ("loans", self.tr("未归还借用"), self._loans_table),
            ("moves", self.tr("出入库流水"), self._moves_table),
        ):
            tab = LazyWidget(lambda parent, build=build: self._built(parent, build()), self)
            self._tabs[key] = tab
            self.tabs.addTab(tab, title_text)
        self.tabs.setCornerWidget(self._archived_corner())
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(self._buttons())
        self.legend = hint_label(parent=self)
        layout.addWidget(self.legend)
        layout.addWidget(self.tabs, 1)
        page_keys(
            self,
            self.supplies.view,
            add=self.buttons[self.tr("新增物资…")],
            edit=self.buttons[self.tr("编辑物资…")],
            delete=self.buttons[self.tr("删除物资")],
            find=lambda: focus_search(self.supplies.filter_edit),
            print=self.print_button,
            export=self.excel.export_button,
            refresh=self.reload,
        )
        self.reload()

    # --- the tables -------------------------------------------------------------------
    def _supplies_table(self) -> PagedTable:
        """The register, read a page at a time: sorted and filtered in SQL."""
        columns = [
            Column("name", self.tr("物资名称"), width=160, sort="name"),
            Column("category", self.tr("类别"), width=90, sort="category"),
            Column("unit", self.tr("单位"), width=45, sort="unit"),
            Column("location", self.tr("存放位置"), width=140, sort="location"),
            amount("quota", self.tr("储备定额"), 95, "quota"),
            amount("balance", self.tr("库存"), 65, "balance", foreground=_short_red),
            amount(
                lambda s: None if s.archived else s.short or None,
                self.tr("缺口"),
                65,
                "short",
                foreground=_short_red,
            ),
            amount(lambda s: s.on_loan or None, self.tr("借出未还"), 75, "on_loan"),
            Column("notes", self.tr("备注"), sort="notes"),
        ]
        # The row's colour (short: red, archived: grey) under every cell.
        columns = [replace(c, background=_supply_background) for c in columns]
        table = PagedTable(columns, self._supplies_page, parent=self)
        table.activated.connect(lambda row: self.edit_supply(row))
        return table

    def _supplies_page(
        self, text: str, offset: int, limit: int, key: str, descending: bool
    ) -> tuple[list[SupplyData], int]:
        shown = SupplyFilter(text, include_archived=self.archived.isChecked())
        page = self.stock.supplies_page(offset, limit, key, descending, shown)
        return page.rows, page.total

    def _built(self, tab: QWidget, table: FilterableTable) -> FilterableTable:
        """A tab's table, just built, with the rows waiting for it."""
        table.set_rows(self._rows.get(tab, []))
        return table

    def _table_of(self, key: str) -> FilterableTable:
        if key in self._stale:
            self._load(key)
        return cast(FilterableTable, self._tabs[key].content())

    batches = _TabTable()
    shortfalls = _TabTable()
    expiring = _TabTable()
    loans = _TabTable()
    moves = _TabTable()

    def _fill(self, key: str, rows: list[Any]) -> None:
        """The rows of a tab's table: set now if it is built, else when it is."""
        tab = self._tabs[key]
        self._rows[tab] = rows
        if tab.is_built():
            self._table_of(key).set_rows(rows)

    def _current_table(self) -> FilterableTable | None:
        page = self.tabs.currentWidget()
        if isinstance(page, LazyWidget):
            page = page.content()
        return page if isinstance(page, FilterableTable) else None

    def _archived_corner(self) -> QWidget:
        """含已归档 and 恢复, beside the tabs: archived supplies are listed in 物资 (grey)."""
        corner = QWidget(self.tabs)
        self.archived = QCheckBox(self.tr("含已归档"), corner)
        self.archived.setToolTip(self.tr("在“物资”表中列出已归档的物资（灰色行）"))
        self.archived.toggled.connect(self._show_archived)
        self.restore_button = RestoreButton(
            corner,
            self.tr("物资储备"),
            self.supplies.current_row,
            self.archived.isChecked,
            lambda s: self.stock.restore_supply(s.id, s.version),
        )
        self.restore_button.restored.connect(self._after_change)
        self.restore_button.follow(self.supplies.view)
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(self.archived)
        row.addWidget(self.restore_button)
        return corner

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, Callable[[], None]]] = [
            (self.tr("入库…"), lambda: self.book(IN)),
            (self.tr("出库…"), lambda: self.book(OUT)),
            (self.tr("借出…"), lambda: self.book(LEND)),
            (self.tr("归还…"), lambda: self.give_back(None)),
            (self.tr("报废…"), lambda: self.book(SCRAP)),
            (self.tr("盘点…"), self.stocktake),
            (self.tr("新增物资…"), lambda: self.edit_supply(None, new=True)),
            (self.tr("编辑物资…"), lambda: self.edit_supply(None)),
            (self.tr("删除物资"), self.delete_supply),
        ]
        for text, action in actions:
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, a=action: a())
            row.addWidget(button)
            self.buttons[text] = button
            guard(RECORDS, button)
        self.buttons[self.tr("入库…")].setObjectName("primary")
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_menu = QMenu(self.print_button)
        for text, slot in (
            (self.tr("物资储备台账…"), self.print_register),
            (self.tr("盘点表（空白实盘栏）…"), self.print_count_sheet),
            (self.tr("战备状态报告…"), self.print_readiness),
        ):
            self.print_menu.addAction(text).triggered.connect(lambda _=False, s=slot: s())
        self.print_button.setMenu(self.print_menu)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.excel = excel.ExcelButtons(
            self, ["supplies", "stock-moves"], lambda: self.stock.db, self.reload
        )
        self.more = self.excel.add_to(row)
        self.more.take(*(self.buttons[self.tr(t)] for t in ("报废…", "盘点…", "删除物资")))
        self.more.take(self.excel.import_button)
        return row

    # --- data -----------------------------------------------------------------------
    def reload(self) -> None:
        self.today = dt.date.today()
        self.soon, self.later = self.stock.expiry_windows()
        self.due_style = DueStyle.load(self.stock.db)  # the office may have changed the rules
        self._load_supplies()
        # The other tabs read their rows when first shown (a faster opening); their titles
        # say how many rows wait there.
        self._stale = set(self._tabs)
        self._load_current_tab()
        counts = self.stock.reminder_counts(self.later, self.today)
        titles = (self.tr("短缺"), self.tr("临期"), self.tr("未归还借用"))
        for i, (name, count) in enumerate(zip(titles, counts, strict=True), start=2):
            self.tabs.setTabText(
                i, self.tr("{name}（{count}）").format(name=name, count=count) if count else name
            )
        self.legend.setText(
            self.tr(
                "库存低于储备定额的整行标红；临期批次按“到期提醒”的底色标出：已过期、{soon} 天内、{later} 天内各一色；逾期未还的借用红字。流水显示最近 500 笔。"
            ).format(soon=self.soon, later=self.later)
        )

    def _load_supplies(self) -> None:
        if self._supplies_started:
            self.supplies.reload()
        else:  # the first page, in the category order the office keeps
            self._supplies_started = True
            self.supplies.start((1, Qt.SortOrder.AscendingOrder))
        self.restore_button.refresh()

    def _show_archived(self, shown: bool) -> None:
        if shown:
            self.tabs.setCurrentWidget(self.supplies)  # where archived supplies are listed
        self._load_supplies()

    def _load_current_tab(self) -> None:
        page = self.tabs.currentWidget()
        for key in [k for k in self._stale if self._tabs[k] is page]:
            self._load(key)

    def _load(self, key: str) -> None:
        """Read the rows of the tab ``key`` (once after each reload)."""
        self._stale.discard(key)
        read = {
            "batches": lambda: self.stock.batches(in_stock=True),
            "shortfalls": self.stock.shortfalls,
            "expiring": lambda: self.stock.expiring(self.later, self.today),
            "loans": self.stock.loans,
            "moves": lambda: list(self.stock.moves_page(0, 500).rows),
        }[key]
        self._fill(key, read())

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def selected_supply(self) -> SupplyData | None:
        if self.tabs.currentWidget() is self.supplies:
            row: Any = self.supplies.current_row()
            return row
        table = self._current_table()
        row = table.current_row() if table is not None else None
        sid = getattr(row, "supply_id", None)
        try:
            return None if sid is None else self.stock.supply(sid)
        except LedgerError:  # deleted on another PC since the tab was read
            return None

    # --- actions ----------------------------------------------------------------------
    def book(self, kind: str) -> None:
        if not self.stock.supplies_page(0, 1).total:
            QMessageBox.information(
                self, self.tr("物资储备"), self.tr("还没有物资，请先点“新增物资…”。")
            )
            return
        dialog = MoveDialog(self, self.stock, kind, self.selected_supply())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def give_back(self, loan: Any) -> None:
        if loan is None and self.tabs.currentWidget() is self._tabs["loans"]:
            loan = self.loans.current_row()
        if not self.stock.loans():
            QMessageBox.information(self, self.tr("归还"), self.tr("目前没有未归还的借用。"))
            return
        if ReturnDialog(self, self.stock, loan).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def stocktake(self) -> None:
        from desktop.supplies.stocktake import StocktakeDialog

        dialog = StocktakeDialog(self, self.stock)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None:
            n = len(dialog.result_.differences)
            QMessageBox.information(
                self,
                self.tr("盘点"),
                self.tr("盘点已登记：{n} 项与账面不一致，已记“盘点调整”。").format(n=n)
                if n
                else self.tr("盘点已登记：实盘与账面一致，无需调整。"),
            )
            self._after_change()

    def edit_supply(self, row: Any, new: bool = False) -> None:
        supply = None if new else (row or self.selected_supply())
        if supply is None and not new:
            QMessageBox.information(
                self, self.tr("物资储备"), self.tr("请先在“物资”表中选中一种物资。")
            )
            return
        if SupplyDialog(self, self.stock, supply).exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def delete_supply(self) -> None:
        supply = self.selected_supply()
        if supply is None or supply.id is None:
            QMessageBox.information(
                self, self.tr("物资储备"), self.tr("请先在“物资”表中选中一种物资。")
            )
            return
        if (
            QMessageBox.question(
                self, self.tr("物资储备"), self.tr("确定删除“{name}”吗？").format(name=supply.name)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            result = self.stock.delete_supply(supply.id, supply.version)
        except LedgerError as exc:
            QMessageBox.warning(self, self.tr("物资储备"), error_text(exc))
            return
        message = delete_message(
            result, self.tr("{name} 有出入库记录").format(name=supply.name), self.archived.text()
        )
        if message:
            QMessageBox.information(self, self.tr("物资储备"), message)
        self._after_change()

    # --- printing ------------------------------------------------------------------------
    def _print(self, title: str, builder: str, filename: str) -> None:
        """Print the form that ``builder`` ("module:function") makes from the database."""
        printing.print_form(self, title, builder, filename, self.stock.db)

    def print_register(self) -> None:
        self._print(
            self.tr("物资储备台账"),
            "db.supplies.forms:supply_register_pdf",
            f"物资储备台账-{self.today}.pdf",
        )

    def print_count_sheet(self) -> None:
        self._print(
            self.tr("物资盘点表"), "db.supplies.forms:stocktake_pdf", f"物资盘点表-{self.today}.pdf"
        )

    def print_readiness(self) -> None:
        self._print(
            self.tr("战备状态报告"),
            "db.fleet.forms:readiness_pdf",
            f"战备状态报告-{self.today}.pdf",
        )


def make_page(services: Services, parent: QWidget) -> SuppliesPage:
    return SuppliesPage(services.supplies, parent)
