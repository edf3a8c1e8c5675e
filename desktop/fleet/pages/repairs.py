"""维修: repair tickets across vehicles and equipment, pushed one step at a time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from db.fleet import VEHICLE
from db.fleet import Fleet
from db.fleet import RepairData
from desktop.common.columns import status_column
from desktop.common.register import RegisterPage
from desktop.common.register import RegisterSpec
from widgets import palette
from widgets.table import Column

if TYPE_CHECKING:
    from desktop.services import Services

STATUS_COLOURS = {
    "待维修": palette.ERROR_FILL,
    "维修中": palette.WARNING_FILL,
    "已修复": palette.OK_FILL,
    "已关闭": "#eeeeee",
}


def _money(value: float | None) -> str:
    return "" if value is None else f"{value:,.2f}"


class RepairsPage(RegisterPage):
    def __init__(self, fleet: Fleet, parent: QWidget | None = None):
        self.fleet = fleet
        super().__init__(self._spec(), parent)

    def _spec(self) -> RegisterSpec:
        fleet = self.fleet
        return RegisterSpec(
            title=self.tr("维修"),
            columns=[
                Column("opened_on", self.tr("报修日期"), "date", width=95),
                Column(
                    lambda r: self.tr("车辆") if r.target_table == VEHICLE else self.tr("器材"),
                    self.tr("对象"),
                    width=80,
                ),
                Column("subject", self.tr("车辆/器材"), width=150),
                status_column(self.tr("状态"), STATUS_COLOURS),
                Column(
                    lambda r: (
                        (dt.date.today() - r.opened_on).days
                        if r.status in ("待维修", "维修中")
                        else None
                    ),
                    self.tr("已停用天数"),
                    "int",
                    width=80,
                ),
                Column("problem", self.tr("故障情况"), width=300),
                Column("assigned_to", self.tr("维修人/单位"), width=100),
                Column("cost", self.tr("费用(元)"), "int", width=80, formatter=_money),
                Column("resolved_on", self.tr("修复日期"), "date", width=95),
                Column("resolution", self.tr("维修情况")),
            ],
            load=lambda closed: fleet.repairs(open_only=not closed),
            dialog=self._repair_dialog,
            describe=lambda r: r.subject,
            add_text="",
            empty=self.tr("还没有维修单：车辆或器材检查有不合格项时，会自动开具维修单。"),
            edit_text=self.tr("推进…"),
            archived_toggle=True,
            archived_text=self.tr("显示已修复和已关闭"),
            hint=self.tr(
                "检查不合格会自动开具维修单，车辆/器材同时转为“维修”。"
                "流程：待维修 → 维修中 → 已修复（恢复执勤/在用）→ 已关闭。选中一张单子点“推进…”。"
            ),
        )

    def _repair_dialog(self, parent: QWidget, row: RepairData | None) -> Any:
        from desktop.fleet.dialogs import RepairDialog

        if row is None or row.id is None:
            return _Nothing(parent)
        ticket = self.fleet.repair(row.id)
        if ticket.status == "已关闭":
            QMessageBox.information(
                parent, self.tr("维修"), self.tr("这张维修单已关闭，无需再推进。")
            )
            return _Nothing(parent)
        dialog = RepairDialog(parent, self.fleet, ticket)
        dialog.accepted.connect(lambda: self._resolved(dialog))
        return dialog

    def _resolved(self, dialog: Any) -> None:
        if dialog.outcome:
            QMessageBox.information(
                self,
                self.tr("维修"),
                self.tr("{subject} 已修复，状态恢复为“{outcome}”。").format(
                    subject=dialog.ticket.subject, outcome=dialog.outcome
                ),
            )


class _Nothing(QDialog):
    def exec(self) -> int:
        return QDialog.DialogCode.Rejected.value


def make_page(services: Services, parent: QWidget) -> RepairsPage:
    return RepairsPage(services.fleet, parent)
