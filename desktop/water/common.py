"""What the water pages share: status colours, the flow-class scheme, printing entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from db.water import SOURCE_TYPES
from db.water import STATUSES
from desktop.common import printing
from desktop.common.restore import ARCHIVED
from desktop.common.restore import ARCHIVED_BACKGROUND
from desktop.common.words import db_text
from widgets import palette

if TYPE_CHECKING:
    from db.water import WaterBook
    from db.water import WaterSourceData

__all__ = ["SOURCE_TYPES", "STATUSES"]

#: Light backgrounds for the 可用状态 cell (the text stays readable).
STATUS_BACKGROUND = {
    "故障": palette.ERROR_FILL,
    "维修中": palette.WARNING_FILL,
    "停用": "#e0e0e0",
    "撤除": "#bdbdbd",
}
DRY_BACKGROUND = "#fff3c4"  # 可用 but in its dry season today
HYDRANT_LIKE = ("市政消火栓", "消防水鹤")


def status_text(x: WaterSourceData, today: dt.date | None = None) -> str:
    """可用状态, with 枯水期 added when a usable natural source is dry today; 已归档 for a
    source taken out of the register."""
    if x.archived:
        return ARCHIVED
    day = today or dt.date.today()
    if x.status == "可用" and not x.available_on(day):
        return QCoreApplication.translate("water.common", "可用（枯水期）")
    return db_text(x.status)


def status_background(x: WaterSourceData, today: dt.date | None = None) -> str | None:
    if x.archived:
        return ARCHIVED_BACKGROUND
    if x.status == "可用" and not x.available_on(today or dt.date.today()):
        return DRY_BACKGROUND
    return STATUS_BACKGROUND.get(x.status)


def flow_colours(book: WaterBook) -> dict[str, str]:
    """Class → colour in the office's scheme (rule water.flow_colour_scheme)."""
    return book.flow_colours()


def print_checklist(parent: QWidget, book: WaterBook, hydrant: bool, code: str | None) -> None:
    """The hydrant or pool/natural checklist: blank (``code`` None) or the source's latest."""
    chinese = "市政消火栓检查表" if hydrant else "消防水池/天然水源检查表"  # the file's name
    title = (
        QCoreApplication.translate("water.common", "市政消火栓检查表")
        if hydrant
        else QCoreApplication.translate("water.common", "消防水池/天然水源检查表")
    )
    name = f"{chinese.replace('/', '、')}-{code or '空白'}.pdf"
    printing.print_form(parent, title, "db.water.forms:checklist_pdf", name, book.db, hydrant, code)


def print_register(parent: QWidget, book: WaterBook, village: str | None) -> None:
    title = (
        QCoreApplication.translate("water.common", "消防水源台账（{village}）").format(
            village=village
        )
        if village
        else QCoreApplication.translate("water.common", "消防水源台账")
    )
    chinese = f"消防水源台账（{village}）" if village else "消防水源台账"  # the file's name
    name = f"{chinese}-{dt.date.today()}.pdf"
    printing.print_form(parent, title, "db.water.forms:register_pdf", name, book.db, village)


def add_print_entries(
    menu: QMenu,
    parent: QWidget,
    book: WaterBook,
    current: Callable[[], WaterSourceData | None],
    village: Callable[[], str | None],
) -> None:
    """The 打印 menu of the register and of the source dialog."""

    def filled() -> None:
        x = current()
        if x is None:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("water.common", "打印"),
                QCoreApplication.translate("water.common", "请先选中一处水源。"),
            )
            return
        print_checklist(parent, book, x.type in HYDRANT_LIKE, x.code)

    def by_village() -> None:
        name = village()
        if not name:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("water.common", "打印"),
                QCoreApplication.translate(
                    "water.common", "请先在“全部村社”处选择一个村（社区），或选中该村的一处水源。"
                ),
            )
            return
        print_register(parent, book, name)

    entries: list[tuple[str, Callable[[], None]]] = [
        (QCoreApplication.translate("water.common", "所选水源的检查表（已填）…"), filled),
        (
            QCoreApplication.translate("water.common", "空白市政消火栓检查表…"),
            lambda: print_checklist(parent, book, True, None),
        ),
        (
            QCoreApplication.translate("water.common", "空白消防水池/天然水源检查表…"),
            lambda: print_checklist(parent, book, False, None),
        ),
        (
            QCoreApplication.translate("water.common", "水源台账（全部，A4横向）…"),
            lambda: print_register(parent, book, None),
        ),
        (QCoreApplication.translate("water.common", "水源台账（本村社）…"), by_village),
    ]
    for text, slot in entries:
        menu.addAction(text).triggered.connect(lambda _=False, s=slot: s())
