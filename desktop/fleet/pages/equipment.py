"""装备器材: the big equipment register, read page by page from SQL as the clerk scrolls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from db.due import DueStyle
from db.fleet import EQUIPMENT
from db.fleet import EQUIPMENT_CATEGORIES
from db.fleet import EQUIPMENT_STATUSES
from db.fleet import EquipmentData
from db.fleet import EquipmentFilter
from db.fleet import Fleet
from desktop.common import printing
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.access import guard_saving
from desktop.common.paged_register import PagedRegisterPage
from desktop.common.restore import ARCHIVED
from desktop.common.restore import ARCHIVED_BACKGROUND
from desktop.common.words import db_text
from widgets import palette
from widgets.columns import Column
from widgets.columns import field

if TYPE_CHECKING:
    from desktop.services import Services

STATUS_COLOURS = {
    "维修": palette.ERROR_FILL,
    "停用": palette.WARNING_FILL,
    "报废": "#e0e0e0",
    "备用": "#e3f2fd",
}


def _place(e: EquipmentData) -> str:
    if e.vehicle_plate:
        return f"{e.vehicle_plate} {e.compartment}".strip()
    return e.location


def _date_colour(e: EquipmentData, day: dt.date | None, style: DueStyle, within: int) -> str | None:
    """Red once past, orange within ``within`` days; nothing for scrapped or archived items."""
    return None if e.status == "报废" or e.archived else style.colour(day, within=within)


def columns(style: Callable[[], DueStyle]) -> list[Column]:
    """The register's columns; ``style()`` is the due style the page last read."""
    return [
        field("code", QCoreApplication.translate("fleet.pages.equipment", "编号"), 90),
        field(
            "name", QCoreApplication.translate("fleet.pages.equipment", "名称"), 140, tooltip=True
        ),
        Column(
            lambda e: db_text(e.category),
            QCoreApplication.translate("fleet.pages.equipment", "类别"),
            width=90,
            sort="category",
            tooltip=True,
        ),
        Column(
            "spec",
            QCoreApplication.translate("fleet.pages.equipment", "规格型号"),
            width=120,
            tooltip=True,
        ),
        Column(
            _place,
            QCoreApplication.translate("fleet.pages.equipment", "存放位置"),
            width=130,
            sort="location",
            tooltip=True,
        ),
        Column(
            lambda e: ARCHIVED if e.archived else db_text(e.status),
            QCoreApplication.translate("fleet.pages.equipment", "状态"),
            width=105,
            sort="status",
            background=lambda e: (
                ARCHIVED_BACKGROUND if e.archived else STATUS_COLOURS.get(e.status)
            ),
        ),
        field(
            "last_test_on",
            QCoreApplication.translate("fleet.pages.equipment", "上次检验"),
            90,
            kind="date",
        ),
        _due_column(
            "next_due",
            QCoreApplication.translate("fleet.pages.equipment", "下次检验"),
            style,
            lambda d: d.soon_days,
        ),
        _due_column(
            "retire_on",
            QCoreApplication.translate("fleet.pages.equipment", "到期报废"),
            style,
            lambda d: d.retire_soon_days,
        ),
    ]


def _due_column(
    key: str, header: str, style: Callable[[], DueStyle], within: Callable[[DueStyle], int]
) -> Column:
    """A date the item is due by (``key``), coloured by ``style()`` and its ``within`` window."""
    return field(
        key,
        header,
        90,
        kind="date",
        foreground=lambda e: _date_colour(e, getattr(e, key), style(), within(style())),
    )


class EquipmentPage(PagedRegisterPage):
    """装备器材: its columns, filters (类别, 状态, 到期), dialogs, checks, history and forms."""

    title, noun, unit = (
        QT_TRANSLATE_NOOP("EquipmentPage", "装备器材"),
        QT_TRANSLATE_NOOP("EquipmentPage", "一件器材"),
        QT_TRANSLATE_NOOP("EquipmentPage", "件"),
    )
    empty_text = QT_TRANSLATE_NOOP(
        "EquipmentPage", "还没有器材：点“新增…”登记，或点“导入…”导入器材台账。"
    )
    search_hint = QT_TRANSLATE_NOOP("EquipmentPage", "查找编号、名称、规格或位置…")
    registers = ("equipment",)
    archived_text = QT_TRANSLATE_NOOP("EquipmentPage", "{code} 有检查或维修记录")

    def __init__(self, fleet: Fleet, parent: QWidget | None = None):
        self.fleet = fleet
        super().__init__(fleet.db, parent)

    def make_columns(self) -> list[Column]:
        return columns(lambda: self.due_style)

    def action_buttons(self) -> list[QPushButton]:
        self.check_button = QPushButton(self.tr("检验/检查…"), self)
        self.history_button = QPushButton(self.tr("履历"), self)
        self.check_button.clicked.connect(self.check)
        self.history_button.clicked.connect(self.history)
        guard(RECORDS, self.check_button)
        return [self.check_button, self.history_button]

    def fill_print_menu(self, menu: QMenu) -> None:
        for text, slot in (
            (self.tr("器材台账（全部）…"), self.print_register),
            (self.tr("本类检验表（列出本类器材）…"), lambda: self.print_inspection(blank=False)),
            (self.tr("本类空白检验表…"), lambda: self.print_inspection(blank=True)),
        ):
            menu.addAction(text).triggered.connect(lambda _=False, s=slot: s())

    def filter_widgets(self) -> list[QWidget]:
        self.category = QComboBox(self)
        self.category.addItem(self.tr("全部类别"), None)
        for c in EQUIPMENT_CATEGORIES:
            self.category.addItem(db_text(c), c)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("全部状态"), None)
        for s in EQUIPMENT_STATUSES:
            self.status.addItem(db_text(s), s)
        self.due_only = QCheckBox(self)
        return [self.category, self.status, self.due_only]

    # --- behaviour --------------------------------------------------------------------
    def fetch(self, offset: int, limit: int, key: str, descending: bool) -> tuple[Any, int]:
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

    def show_rules(self) -> None:
        """The hint and the 到期 check box name the windows the rule table gives."""
        soon, retire = self.due_style.soon_days, self.due_style.retire_soon_days
        self.hint.setText(
            self.tr(
                "检验日期和报废日期按“设置”中的类别规则自动计算：红色为已超期，"
                "橙色为{soon}天内需检验或{retire}天内到期报废。双击一行可编辑。"
            ).format(soon=soon, retire=retire)
        )
        self.due_only.setText(self.tr("只看{soon}天内需检验和已超期").format(soon=soon))

    def open_record(self, record_id: int | None) -> bool:
        from desktop.fleet.dialogs import EquipmentDialog

        fresh = self.fleet.equipment(record_id) if record_id is not None else None
        dialog = guard_saving(EquipmentDialog(self, self.fleet, fresh))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def delete_record(self, row: EquipmentData) -> str | None:
        assert row.id is not None
        return self.fleet.delete_equipment(row.id, row.version)

    def restore_record(self, row: EquipmentData) -> None:
        assert row.id is not None
        self.fleet.restore_equipment(row.id, row.version)

    def check(self) -> None:
        from desktop.fleet.check import run_check

        item = self.need_current()
        if (
            item is not None
            and item.id is not None
            and run_check(self, self.fleet, EQUIPMENT, item.id)
        ):
            self._after_change()

    def history(self) -> None:
        from desktop.fleet.dialogs import HistoryDialog

        item = self.need_current()
        if item is not None and item.id is not None:
            entries = self.fleet.history(EQUIPMENT, item.id)
            HistoryDialog(
                self,
                self.tr("器材履历：{code} {name}").format(code=item.code, name=item.name),
                entries,
            ).exec()

    def print_register(self) -> None:
        printing.print_form(
            self,
            self.tr("装备器材台账"),
            "db.fleet.forms:equipment_register_pdf",
            f"装备器材台账-{dt.date.today()}.pdf",
            self.fleet.db,
        )

    def print_inspection(self, blank: bool) -> None:
        category = self.category.currentData()
        if category is None:
            item = self.current()
            category = item.category if item is not None else None
        if category is None:
            QMessageBox.information(
                self, self.tr("打印"), self.tr("请先在“全部类别”处选择一个类别（或选中一件器材）。")
            )
            return
        database = self.fleet.db

        def build() -> bytes:
            from db.fleet.forms import inspection_pdf

            return inspection_pdf(database, category, blank=blank)

        name = category.replace("/", "、")
        suffix = "-空白" if blank else ""
        printing.print_document(
            self,
            self.tr("{category}检验表").format(category=db_text(category)),
            build,
            f"{name}检验表{suffix}.pdf",
        )


def make_page(services: Services, parent: QWidget) -> EquipmentPage:
    return EquipmentPage(services.fleet, parent)
