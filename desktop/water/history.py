"""Tabs of the source dialog: photos (thumbnails) and the history of checks, repairs, tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from db.water import WaterBook
from db.water import WaterSourceData
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.photos import PhotoBox
from widgets import palette
from widgets.boxes import column
from widgets.boxes import row
from widgets.table import Column
from widgets.table import FilterableTable

FAILED_TEXT = palette.ERROR


class PhotoTab(PhotoBox):
    """The source's photos as thumbnails: 添加照片…, 打开 (the system viewer), 删除."""

    def __init__(self, parent: QWidget, book: WaterBook, source_id: int | None):
        super().__init__(
            parent,
            files=lambda: book.photos(source_id) if source_id else [],
            add=lambda p: book.add_photo(source_id or 0, str(p)),
            remove=book.remove_photo,
            ready=lambda: source_id is not None,
            note=QCoreApplication.translate(
                "PhotoTab",
                "水源全貌、标志牌、取水口等照片。添加时会复制一份保存到本程序的数据文件夹。"
                "双击照片用系统的看图程序打开。",
            ),
        )
        self.book = book
        self.source_id = source_id
        self.add_button.setObjectName("primary")
        self.reload()


@dataclass
class HistoryRow:
    on: dt.date
    what: str  # 检查/巡查/保养/普查, 维修, 流量测试
    result: str
    text: str
    who: str


def history_rows(book: WaterBook, source_id: int) -> list[HistoryRow]:
    rows: list[HistoryRow] = []
    for i in book.inspections(source_id):
        text = i.problems or (
            QCoreApplication.translate("water.history", "全部合格") if i.result == "合格" else ""
        )
        if i.follow_up:
            text = (
                QCoreApplication.translate("water.history", "{text}；处理：{follow_up}").format(
                    text=text, follow_up=i.follow_up
                )
                if text
                else QCoreApplication.translate("water.history", "处理：{follow_up}").format(
                    follow_up=i.follow_up
                )
            )
        rows.append(HistoryRow(i.inspected_on, i.kind, i.result, text, i.inspectors))
    for r in book.repairs(source_id):
        text = r.problem
        if r.reported_to:
            text += QCoreApplication.translate(
                "water.history", "（报修：{reported_to}，期限 {value1}）"
            ).format(reported_to=r.reported_to, value1=r.deadline or "—")
        if r.resolution:
            text += f"；{r.resolution.replace(chr(10), '；')}"
        rows.append(
            HistoryRow(
                r.opened_on,
                QCoreApplication.translate("water.history", "维修"),
                r.status,
                text,
                r.reported_to,
            )
        )
    for t in book.flow_tests(source_id):
        text = QCoreApplication.translate(
            "water.history",
            "静压 {static_mpa:g} / 残压 {residual_mpa:g} / 皮托 {pitot_mpa:g} MPa，出水口 {outlet_mm:g} mm：实测 {flow_lps:.1f} L/s，0.14 MPa 时 {rated_lps:.1f} L/s",
        ).format_map(vars(t))
        rows.append(
            HistoryRow(
                t.tested_on,
                QCoreApplication.translate("water.history", "流量测试"),
                QCoreApplication.translate("water.history", "{flow_class} 级").format(
                    flow_class=t.flow_class
                ),
                text,
                t.testers,
            )
        )
    rows.sort(key=lambda h: h.on, reverse=True)
    return rows


class HistoryTab(QWidget):
    """Inspections, repairs and flow tests of the source, newest first, and the three actions."""

    changed = Signal()

    def __init__(self, parent: QWidget, book: WaterBook, source: WaterSourceData):
        super().__init__(parent)
        self.book = book
        self.source = source
        self.table = FilterableTable(
            [
                Column("on", self.tr("日期"), "date", width=95),
                Column("what", self.tr("类别"), width=70),
                Column("result", self.tr("结果/状态"), width=80),
                Column("text", self.tr("内容"), width=460),
                Column("who", self.tr("检查人/单位")),
            ],
            parent=self,
        )
        self.table.model.set_row_colors(
            foreground=lambda h: FAILED_TEXT if h.result in ("不合格", "待报修", "已报修") else None
        )
        self.check_button = QPushButton(self.tr("检查…"), self)
        self.upkeep_button = QPushButton(self.tr("保养…"), self)
        self.flow_button = QPushButton(self.tr("流量测试…"), self)
        self.repair_button = QPushButton(self.tr("维修…"), self)
        guard(RECORDS, self.check_button, self.upkeep_button, self.flow_button, self.repair_button)
        buttons = row(
            self.check_button, self.upkeep_button, self.flow_button, self.repair_button, 1
        )
        column(buttons, (self.table, 1), parent=self)
        self.check_button.clicked.connect(lambda: self.inspect("检查"))
        self.upkeep_button.clicked.connect(lambda: self.inspect("保养"))
        self.flow_button.clicked.connect(self.flow_test)
        self.repair_button.clicked.connect(self.repairs)
        self.reload()

    def reload(self) -> None:
        sid = self.source.id
        self.table.set_rows(history_rows(self.book, sid) if sid is not None else [])

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    def inspect(self, kind: str) -> None:
        from desktop.water.check import run_inspection

        if self.source.id is not None and run_inspection(self, self.book, self.source.id, kind):
            self._done()

    def flow_test(self) -> None:
        from desktop.water.flow import FlowTestDialog

        if FlowTestDialog(self, self.book, self.source).exec() == QDialog.DialogCode.Accepted:
            self._done()

    def repairs(self) -> None:
        from desktop.water.repairs import RepairsDialog

        dialog = RepairsDialog(self, self.book, self.source)
        dialog.exec()
        if dialog.touched:
            self._done()
