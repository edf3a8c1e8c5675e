"""盘点…: every supply with its book balance and a column to type what was counted.

Only rows with a count are booked; a difference becomes a 盘点调整 move (one transaction).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.supplies import StocktakeResult
from db.supplies import Supplies
from db.supplies import SupplyData
from db.supplies import qty
from desktop.common import printing
from widgets import palette
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.forms import hint_label
from widgets.listmodel import ListTableModel
from widgets.listmodel import cell_flags

_Index = QModelIndex | QPersistentModelIndex
NAME, UNIT, PLACE, BOOK, COUNTED, DIFF = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("StocktakeModel", "物资名称"),
    QT_TRANSLATE_NOOP("StocktakeModel", "单位"),
    QT_TRANSLATE_NOOP("StocktakeModel", "存放位置"),
    QT_TRANSLATE_NOOP("StocktakeModel", "账面数量"),
    QT_TRANSLATE_NOOP("StocktakeModel", "实盘数量"),
    QT_TRANSLATE_NOOP("StocktakeModel", "差异"),
)


class StocktakeModel(ListTableModel):
    headers = HEADERS
    countsChanged = Signal()

    def __init__(self, supplies: list[SupplyData], parent: QWidget | None = None):
        super().__init__(parent)
        self.supplies = supplies
        self.counted: dict[int, float] = {}

    def row_count(self) -> int:
        return len(self.supplies)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return cell_flags(index, index.column() == COUNTED)

    def diff(self, sp: SupplyData) -> float | None:
        counted = self.counted.get(sp.id or 0)
        return None if counted is None else qty(counted - sp.balance)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.supplies):
            return None
        sp = self.supplies[index.row()]
        column = index.column()
        diff = self.diff(sp)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return sp.name
            if column == UNIT:
                return sp.unit
            if column == PLACE:
                return sp.location
            if column == BOOK:
                return f"{sp.balance:g}"
            if column == COUNTED:
                counted = self.counted.get(sp.id or 0)
                return "" if counted is None else f"{counted:g}"
            if column == DIFF:
                return "" if diff is None else ("0" if diff == 0 else f"{diff:+g}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= BOOK:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and column == COUNTED:
            return QColor("#fffde7")
        if role == Qt.ItemDataRole.ForegroundRole and column == DIFF and diff:
            return QColor(palette.ERROR if diff < 0 else palette.INFO)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COUNTED or role != Qt.ItemDataRole.EditRole:
            return False
        sp = self.supplies[index.row()]
        text = str(value).strip()
        if text == "":
            self.counted.pop(sp.id or 0, None)
        else:
            try:
                number = float(text)
            except ValueError:
                return False
            if number < 0:
                return False
            self.counted[sp.id or 0] = number
        self.dataChanged.emit(self.index(index.row(), COUNTED), self.index(index.row(), DIFF))
        self.countsChanged.emit()
        return True


class StocktakeDialog(FormDialog):
    def __init__(self, parent: QWidget, stock: Supplies):
        self.stock = stock
        super().__init__(parent, title=self.tr("盘点"), save=self._store)
        self.result_: StocktakeResult | None = None
        self.model = StocktakeModel(stock.supplies(), self)
        hint = hint_label(
            self.tr(
                "在“实盘数量”一栏填写清点到的数量（双击或直接输入），没清点的留空。"
                "确定后，与账面不一致的物资自动登记“盘点调整”。"
            ),
            self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((UNIT, 50), (PLACE, 150), (BOOK, 80), (COUNTED, 80), (DIFF, 70)):
            self.view.setColumnWidth(column, width)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, COUNTED))
        self.summary = QLabel(self)
        self.print_button = QPushButton(self.tr("打印盘点表…"), self)
        self.print_button.clicked.connect(self.print_sheet)
        self.button_box.addButton(self.print_button, self.button_box.ButtonRole.ActionRole)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretchFactor(self.form, 0)
        at = layout.indexOf(self.button_box)
        layout.insertWidget(at, hint)
        layout.insertWidget(at + 1, self.view, 3)
        layout.insertWidget(at + 2, self.summary)
        self.model.countsChanged.connect(self._summarise)
        self._summarise()
        self.resize(760, 600)

    def build_form(self, form: Form) -> None:
        form.date_edit("on", self.tr("盘点日期"), value=dt.date.today())
        form.line_edit("handler", self.tr("盘点人"), text=self.stock.db.operator, max_length=40)

    def _summarise(self) -> None:
        diffs = [d for sp in self.model.supplies if (d := self.model.diff(sp))]
        self.summary.setText(
            self.tr("已填 {n} 项，其中 {d} 项与账面不一致。").format(
                n=len(self.model.counted), d=len(diffs)
            )
        )

    def validate(self) -> dict[str, str]:
        if not self.model.counted:
            return {"counts": self.tr("还没有填写任何实盘数量。")}
        return {}

    def _store(self, v: dict[str, Any]) -> StocktakeResult:
        self.result_ = self.stock.stocktake(
            dict(self.model.counted), on=v["on"], handler=v["handler"], note="盘点"
        )
        return self.result_

    def print_sheet(self) -> None:
        printing.print_form(
            self,
            self.tr("物资盘点表"),
            "db.supplies.forms:stocktake_pdf",
            f"物资盘点表-{dt.date.today()}.pdf",
            self.stock.db,
        )
