"""The tables of 物资储备's tabs after the first: batches with their expiry, shortfalls,
expiring batches, open loans and the movement journal (each built when first shown)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from db.due import DueStyle
from desktop.common.words import db_text
from widgets import palette
from widgets.table import Column
from widgets.table import FilterableTable


def number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class ReminderTables(QWidget):
    """The base of :class:`desktop.supplies.pages.SuppliesPage`: its tabs' table builders,
    reading the page's day and rule windows (``today``, ``soon``, ``later``, ``due_style``)."""

    today: dt.date
    soon: int
    later: int
    due_style: DueStyle

    def give_back(self, loan: Any) -> None:
        """Book the return of ``loan`` (the page's)."""
        raise NotImplementedError

    def _batches_table(self) -> FilterableTable:
        return self._batch_table([Column("unit", self.tr("单位"))])

    def _shortfalls_table(self) -> FilterableTable:
        table = FilterableTable(
            [
                Column("name", self.tr("物资名称"), width=160),
                Column("category", self.tr("类别"), width=90),
                Column("location", self.tr("存放位置"), width=140),
                Column("quota", self.tr("储备定额"), "int", width=95, formatter=number),
                Column("balance", self.tr("库存"), "int", width=65, formatter=number),
                Column(lambda s: s.short, self.tr("缺口"), "int", width=65, formatter=number),
                Column("unit", self.tr("单位")),
            ]
        )
        table.model.set_row_colors(foreground=lambda _s: palette.ERROR)
        return table

    def _expiring_table(self) -> FilterableTable:
        return self._batch_table(
            [Column("unit", self.tr("单位"), width=45), Column("location", self.tr("存放位置"))]
        )

    def _batch_table(self, more: list[Column]) -> FilterableTable:
        """Batches with their expiry, coloured by how soon they expire; ``more`` columns after."""
        table = FilterableTable(
            [
                Column("supply_name", self.tr("物资名称"), width=160),
                Column("batch", self.tr("批次号"), width=110),
                Column("expires_on", self.tr("有效期至"), "date", width=100),
                Column(
                    lambda b: self._days_left(b.expires_on), self.tr("剩余天数"), "int", width=80
                ),
                Column("balance", self.tr("数量"), "int", width=70, formatter=number),
                *more,
            ]
        )
        table.model.set_row_colors(background=lambda b: self._expiry_colour(b.expires_on))
        return table

    def _loans_table(self) -> FilterableTable:
        table = FilterableTable(
            [
                Column("borrower", self.tr("借用人/单位"), width=130),
                Column("supply_name", self.tr("物资名称"), width=150),
                Column("lent_on", self.tr("借出日期"), "date", width=100),
                Column("due_back", self.tr("应还日期"), "date", width=100),
                Column(
                    lambda ln: ln.outstanding,
                    self.tr("未还数量"),
                    "int",
                    width=75,
                    formatter=number,
                ),
                Column("unit", self.tr("单位"), width=45),
                Column("handler", self.tr("经办人")),
            ]
        )
        table.model.set_row_colors(
            foreground=lambda ln: self.due_style.overdue_colour if ln.overdue(self.today) else None
        )
        table.activated.connect(lambda row: self.give_back(row))
        return table

    def _moves_table(self) -> FilterableTable:
        return FilterableTable(
            [
                Column("moved_on", self.tr("日期"), "date", width=100),
                Column("supply_name", self.tr("物资名称"), width=150),
                Column("kind", self.tr("类型"), width=90, formatter=db_text),
                Column("quantity", self.tr("数量"), "int", width=70, formatter=lambda v: f"{v:+g}"),
                Column("balance_after", self.tr("结存"), "int", width=70, formatter=number),
                Column("batch", self.tr("批次"), width=90),
                Column("borrower", self.tr("领用/借用人"), width=110),
                Column("handler", self.tr("经办人"), width=70),
                Column("note", self.tr("备注")),
            ]
        )

    def _days_left(self, day: dt.date | None) -> int | None:
        return None if day is None else (day - self.today).days

    def _expiry_colour(self, day: dt.date | None) -> str | None:
        left = self._days_left(day)
        if left is None or left > self.later:
            return None
        style = self.due_style
        if left < 0:
            return style.overdue_background
        return style.soon_background if left <= self.soon else style.later_background
