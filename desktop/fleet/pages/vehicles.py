"""车辆: the fleet register with each service's next due date, checks, history and printing."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from db.due import DueStyle
from db.fleet import VEHICLE
from db.fleet import VEHICLE_KINDS
from db.fleet import Fleet
from db.fleet import VehicleRow
from db.rules import Rules
from desktop.common import printing
from desktop.common.register import RegisterPage
from desktop.common.register import RegisterSpec
from desktop.common.restore import ARCHIVED
from desktop.common.restore import ARCHIVED_BACKGROUND
from desktop.common.restore import delete_message
from desktop.common.words import db_text
from widgets import palette
from widgets.table import Column

if TYPE_CHECKING:
    from desktop.services import Services

STATUS_COLOURS = {
    "执勤": palette.OK_FILL,
    "备用": "#e3f2fd",
    "维修": palette.ERROR_FILL,
    "报废": "#e0e0e0",
}
SHORT = {
    "例行检查": QT_TRANSLATE_NOOP("fleet.pages.vehicles", "例行"),
    "一级保养": QT_TRANSLATE_NOOP("fleet.pages.vehicles", "一级保养"),
    "二级保养": QT_TRANSLATE_NOOP("fleet.pages.vehicles", "二级保养"),
    "水泵测试": QT_TRANSLATE_NOOP("fleet.pages.vehicles", "水泵测试"),
}


def due_colour(row: VehicleRow, kind: str, style: DueStyle, soon_days: int) -> str | None:
    """Red once past; orange within ``soon_days`` (the daily check: only when past)."""
    if row.vehicle.status == "报废" or row.vehicle.archived:
        return None
    return style.colour(row.dues[kind].due, within=soon_days if kind != "例行检查" else -1)


def _due_text(due: dt.date | None) -> str:
    if due is None:
        return "—"
    return (
        QCoreApplication.translate("fleet.pages.vehicles", "{due} 已超期").format(due=due)
        if due < dt.date.today()
        else due.isoformat()
    )


def _due_column(kind: str, page: VehiclesPage) -> Column:
    return Column(
        lambda r: r.dues[kind].due,
        QCoreApplication.translate("fleet.pages.vehicles", "下次{SHORT}").format(
            SHORT=QCoreApplication.translate("fleet.pages.vehicles", SHORT[kind])
        ),
        "date",
        width=130 if kind != "例行检查" else 120,
        formatter=_due_text,
        foreground=lambda r: due_colour(r, kind, page.due_style, page.soon_days),
    )


class VehiclesPage(RegisterPage):
    def __init__(self, fleet: Fleet, parent: QWidget | None = None):
        self.fleet = fleet
        self._read_rules()
        super().__init__(self._spec(), parent)

    def _read_rules(self) -> None:
        self.due_style = DueStyle.load(self.fleet.db)
        self.soon_days = int(Rules(self.fleet.db).number("vehicle.soon_days"))

    def reload(self) -> None:
        self._read_rules()  # the office may have changed the rules
        super().reload()

    def _spec(self) -> RegisterSpec:
        from desktop.fleet.dialogs import VehicleDialog

        fleet = self.fleet

        def delete(row: VehicleRow) -> str | None:
            v = row.vehicle
            assert v.id is not None
            result = fleet.delete_vehicle(v.id, v.version)
            return delete_message(
                result,
                self.tr("{plate} 有检查或维修记录").format(plate=v.plate),
                self.archived.text(),
            )

        columns = [
            Column(lambda r: r.vehicle.plate, self.tr("车牌号"), width=100),
            Column(
                # the usual types (VehicleDialog's VEHICLE_TYPES) translated, a typed one as is
                lambda r: QCoreApplication.translate("VehicleDialog", r.vehicle.type or ""),
                self.tr("车型"),
                width=100,
                tooltip=True,
            ),
            Column(
                lambda r: ARCHIVED if r.vehicle.archived else db_text(r.vehicle.status),
                self.tr("状态"),
                width=80,
                align=None,
                background=lambda r: (
                    ARCHIVED_BACKGROUND
                    if r.vehicle.archived
                    else STATUS_COLOURS.get(r.vehicle.status)
                ),
            ),
        ]
        columns += [_due_column(kind, self) for kind in VEHICLE_KINDS]
        columns += [
            Column(lambda r: r.open_repairs or "", self.tr("未结维修单"), "int", width=100),
            Column(
                lambda r: self.tr("{count} 项").format(count=len(r.vehicle.kit)),
                self.tr("随车器材"),
                width=70,
            ),
        ]
        return RegisterSpec(
            title=self.tr("车辆"),
            columns=columns,
            load=lambda archived: fleet.vehicle_rows(include_archived=archived),
            dialog=lambda parent, row: VehicleDialog(
                parent, fleet, row.vehicle if row is not None else None
            ),
            delete=delete,
            describe=lambda r: r.vehicle.plate,
            register="vehicles",
            empty=self.tr("还没有车辆：点“新增…”登记车辆，或点“导入…”导入车辆台账。"),
            database=fleet.db,
            archived_toggle=True,
            restore=lambda r: fleet.restore_vehicle(r.vehicle.id, r.vehicle.version),
            is_archived=lambda r: r.vehicle.archived,
            extra_buttons=[(self.tr("检查…"), self.check), (self.tr("履历"), self.history)],
            more=(self.tr("履历"),),
            menus=[
                (
                    self.tr("打印"),
                    [
                        (self.tr("本车最近一次检查记录…"), lambda: self.print_check(blank=False)),
                        (self.tr("本车空白例行检查表…"), lambda: self.print_check(blank=True)),
                        (self.tr("战备状态报告…"), lambda: print_readiness(self, self.fleet.db)),
                    ],
                )
            ],
            hint=self.tr(
                "红色日期为已超期，橙色为两周内到期。例行检查每日交接班及出车归队后进行；"
                "检查有不合格项时车辆自动转为“维修”并开具维修单。"
            ),
        )

    def _current(self) -> VehicleRow | None:
        row: Any = self.table.current_row()
        if row is None:
            QMessageBox.information(self, self.tr("车辆"), self.tr("请先在表格中选中一辆车。"))
        return row

    def check(self) -> None:
        from desktop.fleet.check import run_check

        row = self._current()
        if row is None or row.vehicle.id is None:
            return
        if run_check(self, self.fleet, VEHICLE, row.vehicle.id):
            self.reload()
            self.changed.emit()

    def history(self) -> None:
        from desktop.fleet.dialogs import HistoryDialog

        row = self._current()
        if row is None or row.vehicle.id is None:
            return
        entries = self.fleet.history(VEHICLE, row.vehicle.id)
        HistoryDialog(
            self, self.tr("车辆履历：{plate}").format(plate=row.vehicle.plate), entries
        ).exec()

    def print_check(self, blank: bool) -> None:
        row = self._current()
        if row is None:
            return
        plate = row.vehicle.plate
        if not blank and not self.fleet.last_check(VEHICLE, row.vehicle.id or 0):
            QMessageBox.information(
                self,
                self.tr("打印"),
                self.tr("{plate} 还没有检查记录，可先打印空白表到现场填写。").format(plate=plate),
            )
            return

        def build() -> bytes:
            from db.fleet.forms import vehicle_check_pdf

            return vehicle_check_pdf(self.fleet.db, plate, blank=blank)

        suffix = "空白" if blank else "记录"
        printing.print_document(
            self, self.tr("消防车辆例行检查表"), build, f"消防车辆例行检查表-{plate}-{suffix}.pdf"
        )


def print_readiness(parent: QWidget, database: Any) -> None:
    printing.print_form(
        parent,
        QCoreApplication.translate("fleet.pages.vehicles", "战备状态报告"),
        "db.fleet.forms:readiness_pdf",
        f"战备状态报告-{dt.date.today()}.pdf",
        database,
    )


def make_page(services: Services, parent: QWidget) -> VehiclesPage:
    return VehiclesPage(services.fleet, parent)
