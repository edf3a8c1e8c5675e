"""Edit dialogs of the fleet: vehicle (with its kit list), equipment item, repair step, history.

Layout comes from widgets.forms; the rules live in db.fleet (the dialogs show its messages).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.fleet import AGENT_CATEGORY
from db.fleet import AGENTS
from db.fleet import EQUIPMENT_STATUSES
from db.fleet import VEHICLE_STATUSES
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet import HistoryEntry
from db.fleet import KitItemData
from db.fleet import RepairData
from db.fleet import VehicleData
from db.vocab import Vocab
from desktop.common.forms import typed_record
from desktop.common.history import add_history_tab
from desktop.common.words import db_text
from desktop.common.words import said_items
from widgets import palette
from widgets.closebox import close_box
from widgets.fit import scroll_form
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.listmodel import cell_flags
from widgets.record_dialog import RecordDialog
from widgets.table import Column
from widgets.table import FilterableTable

_Index = QModelIndex | QPersistentModelIndex
#: The usual vehicle types (stored in Chinese as shown in the Chinese window; a type may be typed).
VEHICLE_TYPES = (
    QT_TRANSLATE_NOOP("VehicleDialog", "水罐消防车"),
    QT_TRANSLATE_NOOP("VehicleDialog", "泡沫消防车"),
    QT_TRANSLATE_NOOP("VehicleDialog", "抢险救援车"),
    QT_TRANSLATE_NOOP("VehicleDialog", "森林消防车"),
    QT_TRANSLATE_NOOP("VehicleDialog", "皮卡/运兵车"),
    QT_TRANSLATE_NOOP("VehicleDialog", "其他"),
)


def number_edit(
    form: Form, name: str, label: str, value: float | None, suffix: str, decimals: int = 0
) -> QDoubleSpinBox:
    """A number field where 0 shown as "—" means "not filled in"."""
    spin = QDoubleSpinBox(form)
    spin.setRange(0, 10_000_000)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setSpecialValueText("—")
    spin.setValue(value or 0)
    form.add_field(name, label, spin, lambda: spin.value() or None, lambda v: spin.setValue(v or 0))
    return spin


class KitModel(QAbstractTableModel):
    """The editable kit list of a vehicle: name, compartment, expected quantity."""

    HEADERS = (
        QT_TRANSLATE_NOOP("KitModel", "器材名称"),
        QT_TRANSLATE_NOOP("KitModel", "存放位置（箱位）"),
        QT_TRANSLATE_NOOP("KitModel", "应有数量"),
    )

    def __init__(self, kit: list[KitItemData], parent: QWidget | None = None):
        super().__init__(parent)
        self.kit = [KitItemData(k.name, k.expected, k.compartment, k.id) for k in kit]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kit)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section]) if 0 <= section < 3 else None
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return cell_flags(index, editable=True)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.kit):
            return None
        k = self.kit[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (k.name, k.compartment, k.expected)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        k = self.kit[index.row()]
        if index.column() == 0:
            k.name = str(value).strip()
        elif index.column() == 1:
            k.compartment = str(value).strip()
        else:
            try:
                k.expected = max(0, int(value))
            except (TypeError, ValueError):
                return False
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self.kit), len(self.kit))
        self.kit.append(KitItemData("", 1, ""))
        self.endInsertRows()
        return len(self.kit) - 1

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.kit):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.kit[row]
            self.endRemoveRows()


class KitEditor(QWidget):
    """The kit table with 添加一行 / 删除所选行."""

    def __init__(self, kit: list[KitItemData], parent: QWidget | None = None):
        super().__init__(parent)
        self.model = KitModel(kit, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(1, 140)
        self.view.setColumnWidth(2, 70)
        self.view.setMinimumHeight(220)
        self.add_button = QPushButton(self.tr("添加一行"), self)
        self.remove_button = QPushButton(self.tr("删除所选行"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(
            lambda: self.model.remove(self.view.currentIndex().row())
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _add(self) -> None:
        row = self.model.add()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def kit(self) -> list[KitItemData]:
        return [k for k in self.model.kit if k.name.strip() or k.compartment.strip()]


class VehicleDialog(RecordDialog[VehicleData]):
    def __init__(self, parent: QWidget, fleet: Fleet, vehicle: VehicleData | None):
        self.fleet = fleet
        self.vehicle = vehicle or VehicleData()
        super().__init__(
            parent,
            title=self.tr("编辑车辆") if vehicle else self.tr("新增车辆"),
            check=fleet.validate_vehicle,
            store=fleet.save_vehicle,
        )
        scroll_form(self, reserve=170)  # the kit list makes it taller than a 768-high screen
        add_history_tab(self, fleet.db, "vehicle", self.vehicle.id)
        self.resize(560, 0)

    def build_form(self, form: Form) -> None:
        v = self.vehicle
        form.line_edit(
            "plate",
            self.tr("车牌号"),
            text=v.plate,
            placeholder=self.tr("例如 川A·12345"),
            max_length=20,
        )
        types = [(self.tr(t), t) for t in VEHICLE_TYPES]
        form.combo("type", self.tr("车型"), types, value=v.type, editable=True)
        form.combo("status", self.tr("状态"), said_items(VEHICLE_STATUSES), value=v.status)
        number_edit(form, "tank_l", self.tr("水罐容量"), v.tank_l, " L")
        number_edit(form, "foam_l", self.tr("泡沫容量"), v.foam_l, " L")
        number_edit(form, "pump_lps", self.tr("水泵流量"), v.pump_lps, " L/s", 1)
        form.date_edit("in_service_on", self.tr("启用日期"), value=v.in_service_on, optional=True)
        number_edit(form, "mileage_km", self.tr("里程"), v.mileage_km, " km")
        form.date_edit("insurance_due", self.tr("保险到期"), value=v.insurance_due, optional=True)
        form.date_edit("inspection_due", self.tr("年检到期"), value=v.inspection_due, optional=True)
        self.kit_editor = KitEditor(v.kit, form)
        form.add_field(
            "kit", self.tr("随车器材"), self.kit_editor, self.kit_editor.kit, lambda v: None
        )
        form.multiline("notes", self.tr("备注"), text=v.notes, rows=2)

    def _data(self, values: dict[str, Any]) -> VehicleData:
        kind, status = values["type"] or "", values["status"] or "执勤"
        return typed_record(VehicleData, values, self.vehicle, type=kind, status=status)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        merged: dict[str, str] = {}
        for key, message in problems.items():
            name = "kit" if key.startswith("kit.") else key
            merged[name] = f"{merged[name]}\n{message}" if name in merged else message
        super().show_problems(merged)


class EquipmentDialog(RecordDialog[EquipmentData]):
    def __init__(self, parent: QWidget, fleet: Fleet, item: EquipmentData | None):
        self.fleet = fleet
        self.item = item or EquipmentData()
        super().__init__(
            parent,
            title=self.tr("编辑器材") if item else self.tr("新增器材"),
            check=self.fleet.validate_equipment,
            store=self.fleet.save_equipment,
        )
        scroll_form(self, reserve=170)  # its dates and rules make it taller than 768 px
        add_history_tab(self, fleet.db, "equipment", self.item.id)
        self.resize(500, 0)

    def build_form(self, form: Form) -> None:
        e = self.item
        form.line_edit(
            "code", self.tr("编号"), text=e.code, placeholder=self.tr("例如 SD-001"), max_length=40
        )
        form.line_edit("name", self.tr("名称"), text=e.name, max_length=80)
        categories = Vocab(self.fleet.db).terms("equipment.category").values
        category = form.combo(
            "category", self.tr("类别"), said_items(categories), value=e.category, editable=True
        )
        form.line_edit(
            "spec", self.tr("规格型号"), text=e.spec, placeholder=self.tr("例如 MFZ/ABC4")
        )
        choices = [(self.tr("（非灭火器）"), ""), *said_items(AGENTS)]
        agent = form.combo("agent", self.tr("灭火剂类型"), choices, value=e.agent)
        agent.setToolTip(self.tr("灭火器的维修和报废年限按灭火剂类型取规则（GA 95）"))

        def follow(_text: str = "") -> None:  # only an extinguisher has an agent
            agent.setEnabled(form.value("category") == AGENT_CATEGORY)

        category.currentTextChanged.connect(follow)
        follow()
        form.date_edit(
            "manufactured_on", self.tr("生产日期"), value=e.manufactured_on, optional=True
        )
        form.date_edit("last_test_on", self.tr("上次检验日期"), value=e.last_test_on, optional=True)
        form.line_edit(
            "location",
            self.tr("存放位置"),
            text=e.location,
            placeholder=self.tr("例如 器材库、镇政府三楼"),
        )
        vehicles = [(self.tr("（不在车上）"), None)] + [
            (v.plate, v.id) for v in self.fleet.vehicles()
        ]
        form.combo("vehicle_id", self.tr("所属车辆"), vehicles, value=e.vehicle_id)
        if e.vehicle_id is None:
            form.editor("vehicle_id").setCurrentIndex(0)  # type: ignore[attr-defined]
        form.line_edit("compartment", self.tr("车上箱位"), text=e.compartment, max_length=40)
        form.combo("status", self.tr("状态"), said_items(EQUIPMENT_STATUSES), value=e.status)
        form.multiline("notes", self.tr("备注"), text=e.notes, rows=2)
        if e.id is not None:
            dates = QLabel(
                self.tr("下次检验：{value1}　　到期报废：{value2}　（按类别规则自动计算）").format(
                    value1=e.next_due or "—", value2=e.retire_on or "—"
                ),
                form,
            )
            dates.setStyleSheet(palette.MUTED_TEXT)
            form.add_field("dates", "", dates, lambda: None, lambda v: None)

    def _data(self, values: dict[str, Any]) -> EquipmentData:
        return typed_record(
            EquipmentData,
            values,
            self.item,
            category=values["category"] or "其他",
            status=values["status"] or "在用",
            agent=values["agent"] or "",
        )


NEXT_STEPS = {
    "待维修": [
        (QT_TRANSLATE_NOOP("RepairDialog", "开始维修（转为“维修中”）"), "start"),
        (QT_TRANSLATE_NOOP("RepairDialog", "直接登记修复"), "resolve"),
    ],
    "维修中": [
        (QT_TRANSLATE_NOOP("RepairDialog", "登记修复（转为“已修复”，恢复执勤/在用）"), "resolve")
    ],
    "已修复": [(QT_TRANSLATE_NOOP("RepairDialog", "验收关闭（转为“已关闭”）"), "close")],
}


class RepairDialog(FormDialog):
    """推进 a repair ticket one step: start, resolve (cost, who, what was done) or close."""

    def __init__(self, parent: QWidget, fleet: Fleet, ticket: RepairData):
        self.fleet = fleet
        self.ticket = ticket
        super().__init__(
            parent,
            title=self.tr("推进维修单：{subject}").format(subject=ticket.subject),
            save=self._store,
        )
        add_history_tab(self, fleet.db, "repair_ticket", ticket.id)
        self.resize(520, 0)
        self.outcome = ""

    def build_form(self, form: Form) -> None:
        t = self.ticket
        info = QLabel(
            self.tr("{subject}　报修于 {opened_on}\n{problem}").format(
                subject=t.subject, opened_on=t.opened_on, problem=t.problem
            ),
            form,
        )
        info.setWordWrap(True)
        form.add_field("info", self.tr("故障情况"), info, lambda: None, lambda v: None)
        status = QLabel(db_text(t.status), form)
        form.add_field("current", self.tr("当前状态"), status, lambda: None, lambda v: None)
        steps = [(self.tr(label), step) for label, step in NEXT_STEPS.get(t.status, [])]
        combo = form.combo("step", self.tr("下一步"), steps)
        form.line_edit("assigned_to", self.tr("维修人/单位"), text=t.assigned_to, max_length=40)
        number_edit(form, "cost", self.tr("费用"), t.cost, self.tr(" 元"), 2)
        form.date_edit("resolved_on", self.tr("修复日期"), value=t.resolved_on or dt.date.today())
        form.multiline("resolution", self.tr("维修情况"), text=t.resolution, rows=3)
        combo.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def _show_fields(self) -> None:
        step = self.form.value("step")
        for name in ("cost", "resolved_on", "resolution"):
            row = self.form.row(name)
            row.label.setVisible(step == "resolve")
            row.editor.parentWidget().setVisible(step == "resolve")
        for name in ("assigned_to",):
            row = self.form.row(name)
            row.label.setVisible(step in ("start", "resolve"))
            row.editor.parentWidget().setVisible(step in ("start", "resolve"))

    def _store(self, v: dict[str, Any]) -> None:
        t = self.ticket
        assert t.id is not None
        if v["step"] == "start":
            self.fleet.start_repair(t.id, v["assigned_to"], version=t.version)
        elif v["step"] == "resolve":
            self.outcome = self.fleet.resolve_repair(
                t.id,
                v["resolution"],
                done_by=v["assigned_to"],
                cost=v["cost"],
                resolved_on=v["resolved_on"],
                version=t.version,
            )
        elif v["step"] == "close":
            self.fleet.close_repair(t.id, t.version)


class HistoryDialog(QDialog):
    """履历: checks, repairs and changes to the record, newest first."""

    def __init__(self, parent: QWidget, title: str, entries: list[HistoryEntry]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 480)
        self.table = FilterableTable(
            [
                Column(
                    "at",
                    self.tr("日期"),
                    "date",
                    width=100,
                    formatter=lambda v: v.date().isoformat() if v else "",
                ),
                Column("what", self.tr("类别"), width=60),
                Column("text", self.tr("内容"), width=520),
                Column("who", self.tr("经办人")),
            ],
            parent=self,
        )
        self.table.set_rows(entries)
        self.table.model.set_row_colors(
            foreground=lambda h: palette.ERROR if "不合格" in h.text else None
        )
        buttons = close_box(self)
        layout = QVBoxLayout(self)
        if not entries:
            layout.addWidget(QLabel(self.tr("还没有检查、维修或修改记录。"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
