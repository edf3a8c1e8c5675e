"""Dialogs of the supply reserve: the supply itself, a move (入库/出库/借出/报废), a return.

Refused moves come back from db.supplies with the current balance; the message shows under the
quantity and what was typed stays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from db.supplies import IN
from db.supplies import LEND
from db.supplies import RETURN
from db.supplies import SCRAP
from db.supplies import LoanRow
from db.supplies import MoveData
from db.supplies import Supplies
from db.supplies import SupplyData
from desktop.common.forms import typed_record
from desktop.common.history import add_history_tab
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.record_dialog import RecordDialog

FRACTIONAL_UNITS = ("L", "升", "kg", "千克", "公斤", "吨", "米", "m", "立方米", "m³")
TITLES = {
    IN: QT_TRANSLATE_NOOP("MoveDialog", "入库"),
    "出库": QT_TRANSLATE_NOOP("MoveDialog", "出库（领用）"),
    LEND: QT_TRANSLATE_NOOP("MoveDialog", "借出"),
    SCRAP: QT_TRANSLATE_NOOP("MoveDialog", "报废"),
    RETURN: QT_TRANSLATE_NOOP("MoveDialog", "归还"),
}


def quantity_edit(form: Form, name: str, label: str, value: float, unit: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(form)
    # as wide as the other fields, so that a refusal beside it (the balance) shows in full
    spin.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    spin.setRange(0, 10_000_000)
    spin.setValue(value)
    set_unit(spin, unit)
    form.add_field(name, label, spin, spin.value, lambda v: spin.setValue(float(v or 0)))
    return spin


def set_unit(spin: QDoubleSpinBox, unit: str) -> None:
    """Whole numbers for counted things (件、箱…), decimals for litres, kilograms, metres."""
    value = spin.value()
    spin.setDecimals(2 if unit.strip() in FRACTIONAL_UNITS else 0)
    spin.setValue(value)
    spin.setSuffix(f" {unit}" if unit else "")


class GrowingFormDialog(FormDialog):
    """Grows to show a long inline message in full (a refusal states the current balance)."""

    def show_problems(self, problems: Mapping[str, str]) -> None:
        super().show_problems(problems)
        self.layout().activate()
        self.resize(
            self.width(), max(self.height(), self.layout().totalHeightForWidth(self.width()))
        )


class SupplyDialog(RecordDialog[SupplyData]):
    def __init__(self, parent: QWidget, stock: Supplies, supply: SupplyData | None):
        self.stock = stock
        self.supply = supply or SupplyData()
        super().__init__(
            parent,
            title=self.tr("编辑物资") if supply else self.tr("新增物资"),
            check=self.stock.validate_supply,
            store=self.stock.save_supply,
        )
        add_history_tab(self, stock.db, "supply", self.supply.id)
        self.resize(440, 0)

    def build_form(self, form: Form) -> None:
        sp = self.supply
        categories = sorted({s.category for s in self.stock.supplies() if s.category})
        form.line_edit("name", self.tr("物资名称"), text=sp.name, max_length=80)
        form.combo("category", self.tr("类别"), categories, value=sp.category, editable=True)
        form.line_edit(
            "unit",
            self.tr("单位"),
            text=sp.unit,
            placeholder=self.tr("件、箱、桶、袋…"),
            max_length=10,
        )
        form.line_edit("location", self.tr("存放位置"), text=sp.location, max_length=80)
        quantity_edit(form, "quota", self.tr("储备定额"), sp.quota, sp.unit)
        form.multiline("notes", self.tr("备注"), text=sp.notes, rows=2)
        if sp.id is None:
            form.editor("category").setCurrentIndex(-1)  # type: ignore[attr-defined]

    def _data(self, v: dict[str, Any]) -> SupplyData:
        return typed_record(SupplyData, v, self.supply, category=v["category"] or "")


class MoveDialog(GrowingFormDialog):
    """入库 / 出库 / 借出 / 报废 of one supply."""

    def __init__(self, parent: QWidget, stock: Supplies, kind: str, supply: SupplyData | None):
        self.stock = stock
        self.kind = kind
        self.supply = supply
        self.supplies = stock.supplies()
        super().__init__(
            parent,
            title=self.tr("{kind}登记").format(
                kind=QCoreApplication.translate("MoveDialog", TITLES.get(kind, kind))
            ),
            save=self._store,
        )
        self.resize(460, 0)

    def build_form(self, form: Form) -> None:
        items = [
            (
                self.tr("{name}（现有 {balance:g}{unit}）").format(
                    name=s.name, balance=s.balance, unit=s.unit
                ),
                s.id,
            )
            for s in self.supplies
        ]
        combo = form.combo("supply_id", self.tr("物资"), items)
        if self.supply is not None:
            combo.setCurrentIndex(combo.findData(self.supply.id))
        else:
            combo.setCurrentIndex(-1)
            combo.setPlaceholderText(self.tr("请选择物资"))
        unit = self.supply.unit if self.supply else ""
        self.quantity = quantity_edit(form, "quantity", self.tr("数量"), 0, unit)
        combo.currentIndexChanged.connect(self._unit_changed)
        form.date_edit("moved_on", self.tr("日期"), value=dt.date.today())
        if self.kind == IN:
            form.line_edit(
                "batch", self.tr("批次号"), placeholder=self.tr("没有可不填"), max_length=40
            )
            form.date_edit("expires_on", self.tr("有效期至"), value=None, optional=True)
        if self.kind == LEND:
            form.line_edit("borrower", self.tr("借用人/单位"), max_length=60)
            form.date_edit(
                "due_back",
                self.tr("应还日期"),
                value=dt.date.today() + dt.timedelta(days=7),
                optional=True,
            )
        elif self.kind == "出库":
            form.line_edit("borrower", self.tr("领用人/单位"), max_length=60)
        form.line_edit("handler", self.tr("经办人"), text=self.stock.db.operator, max_length=40)
        form.line_edit("note", self.tr("备注"), max_length=200)

    def _unit_changed(self) -> None:
        sid = self.form.value("supply_id")
        unit = next((s.unit for s in self.supplies if s.id == sid), "")
        set_unit(self.quantity, unit)

    def _data(self, v: dict[str, Any]) -> MoveData:
        return MoveData(
            v["supply_id"],
            self.kind,
            v["quantity"],
            v["moved_on"],
            batch=v.get("batch", ""),
            expires_on=v.get("expires_on"),
            handler=v["handler"],
            borrower=v.get("borrower", ""),
            due_back=v.get("due_back"),
            note=v["note"],
        )

    def _store(self, v: dict[str, Any]) -> list[int]:
        return self.stock.move(self._data(v))


class ReturnDialog(GrowingFormDialog):
    """归还: pick an open loan; the quantity defaults to what is still out."""

    def __init__(self, parent: QWidget, stock: Supplies, loan: LoanRow | None = None):
        self.stock = stock
        self.loans = stock.loans()
        self.loan = loan
        super().__init__(parent, title=self.tr("归还登记"), save=self._store)
        self.resize(520, 0)

    def build_form(self, form: Form) -> None:
        items = [
            (
                (
                    self.tr(
                        "{borrower} 借 {supply_name} {outstanding:g}{unit}（{lent_on} 借出，应还 {due_back}）"
                    )
                    if ln.due_back
                    else self.tr(
                        "{borrower} 借 {supply_name} {outstanding:g}{unit}（{lent_on} 借出）"
                    )
                ).format(**vars(ln), outstanding=ln.outstanding),
                ln.id,
            )
            for ln in self.loans
        ]
        combo = form.combo("loan_id", self.tr("借出记录"), items)
        if self.loan is not None:
            combo.setCurrentIndex(combo.findData(self.loan.id))
        elif not items:
            combo.setPlaceholderText(self.tr("没有未归还的借用"))
        self.quantity = quantity_edit(form, "quantity", self.tr("归还数量"), 0, "")
        form.date_edit("moved_on", self.tr("归还日期"), value=dt.date.today())
        form.line_edit("handler", self.tr("经办人"), text=self.stock.db.operator, max_length=40)
        form.line_edit(
            "note", self.tr("备注"), placeholder=self.tr("如有损坏或短少请注明"), max_length=200
        )
        combo.currentIndexChanged.connect(self._loan_changed)
        self._loan_changed()

    def _loan_changed(self) -> None:
        lid = self.form.value("loan_id")
        loan = next((ln for ln in self.loans if ln.id == lid), None)
        if loan is not None:
            set_unit(self.quantity, loan.unit)
            self.quantity.setValue(loan.outstanding)

    def validate(self) -> dict[str, str]:
        v = self.values()
        if v["loan_id"] is None:
            return {"loan_id": self.tr("请选择要归还的借出记录")}
        if v["quantity"] <= 0:
            return {"quantity": self.tr("数量应大于0")}
        return {}

    def _store(self, v: dict[str, Any]) -> list[int]:
        return self.stock.return_loan(
            v["loan_id"], v["quantity"], on=v["moved_on"], handler=v["handler"], note=v["note"]
        )
