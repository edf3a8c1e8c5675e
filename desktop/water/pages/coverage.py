"""覆盖分析: each key site with its nearest usable water sources; gaps first and in red."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.water import CoverageReport
from db.water import CoverageRow
from db.water import NearSource
from db.water import WaterBook
from desktop.common import printing
from desktop.common.keys import page_keys
from desktop.common.words import joined
from widgets import palette
from widgets.dates import OptionalDateEdit
from widgets.forms import hint_label
from widgets.heading import page_title
from widgets.table import Column
from widgets.table import FilterableTable

if TYPE_CHECKING:
    from desktop.services import Services

GAP = palette.ERROR_FILL
COVERED = palette.OK_FILL


def _near(row: CoverageRow, n: int) -> NearSource | None:
    return row.nearest[n] if len(row.nearest) > n else None


def _near_text(row: CoverageRow, n: int, names: bool = True) -> str:
    s = _near(row, n)
    if s is None:
        return ""
    return (
        QCoreApplication.translate(
            "water.pages.coverage", "{code} {name}（{distance_m:.0f} 米）"
        ).format(code=s.code, name=s.name, distance_m=s.distance_m)
        if names
        else QCoreApplication.translate(
            "water.pages.coverage", "{code}（{distance_m:.0f} 米）"
        ).format(code=s.code, distance_m=s.distance_m)
    )


class CoveragePage(QWidget):
    def __init__(self, book: WaterBook, parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        self.report: CoverageReport | None = None
        title = page_title(self.tr("覆盖分析"), self)
        self.hint = hint_label(parent=self)
        self.radius = QDoubleSpinBox(self)
        self.radius.setRange(10, 5000)
        self.radius.setDecimals(0)
        self.radius.setSingleStep(10)
        self.radius.setSuffix(self.tr(" 米"))
        self.radius.setValue(book.protection_radius())
        self.day = OptionalDateEdit(dt.date.today(), parent=self)
        self.gaps_only = QCheckBox(self.tr("只看缺口"), self)
        self.run_button = QPushButton(self.tr("重新计算"), self)
        self.run_button.setObjectName("primary")
        self.print_button = QPushButton(self.tr("打印覆盖报告…"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("coverage_summary")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("保护半径"), self))
        row.addWidget(self.radius)
        row.addWidget(QLabel(self.tr("按日期（枯水期不算可用）"), self))
        row.addWidget(self.day)
        row.addWidget(self.gaps_only)
        row.addWidget(self.run_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.table = FilterableTable(
            [
                Column(
                    lambda r: self.tr("已覆盖") if r.covered else self.tr("缺口"),
                    self.tr("结果"),
                    width=60,
                    background=lambda r: COVERED if r.covered else GAP,
                ),
                Column("site_name", self.tr("重点场所"), width=170),
                Column("village", self.tr("所属村（社区）"), width=110),
                Column(
                    lambda r: _near(r, 0).distance_m if _near(r, 0) else None,
                    self.tr("最近距离"),
                    "int",
                    width=80,
                    formatter=lambda v: "" if v is None else self.tr("{v:.0f} 米").format(v=v),
                ),
                Column(lambda r: _near_text(r, 0), self.tr("最近的可用水源"), width=230),
                Column(lambda r: _near_text(r, 1, names=False), self.tr("第二近"), width=140),
                Column(lambda r: _near_text(r, 2, names=False), self.tr("第三近")),
            ],
            parent=self,
        )
        self.table.model.set_row_colors(
            foreground=lambda r: None if r.covered else palette.ERROR_DARK
        )
        self.missing = hint_label(parent=self)
        self.spacing_title = QLabel(self)
        self.spacing_title.setObjectName("coverage_spacing")
        self.spacing_table = FilterableTable(
            [
                Column("site_name", self.tr("重点场所"), width=170),
                Column(lambda g: f"{g.a_code} {g.a_name}", self.tr("消火栓甲"), width=200),
                Column(lambda g: f"{g.b_code} {g.b_name}", self.tr("消火栓乙"), width=200),
                Column(
                    "distance_m",
                    self.tr("间距"),
                    "int",
                    width=80,
                    formatter=lambda v: self.tr("{v:.0f} 米").format(v=v),
                ),
                Column(lambda g: self.tr("≤{v:g} 米").format(v=g.rule_m), self.tr("规定")),
            ],
            parent=self,
        )
        self.spacing_table.setMaximumHeight(170)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.spacing_title)
        layout.addWidget(self.spacing_table)
        self.run_button.clicked.connect(self.reload)
        self.radius.editingFinished.connect(self.reload)
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.gaps_only.toggled.connect(self.show_rows)
        self.print_button.clicked.connect(self.print_report)
        page_keys(self, print=self.print_button, refresh=self.run_button)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        radius = self.radius.value()
        self.hint.setText(
            self.tr(
                "每个有坐标的重点场所，列出{value1:g}米内最近的3处可用水源（状态“可用”且不在枯水期）。{radius:g}米内没有可用水源的场所为缺口，排在最前并标红。默认半径取自“设置”中的规则（消火栓保护半径 {protection_radius:g} 米）。"
            ).format(
                value1=radius * 4, radius=radius, protection_radius=self.book.protection_radius()
            )
        )
        self.report = self.book.coverage(radius, self.day.date() or dt.date.today())
        self.show_rows()

    def show_rows(self) -> None:
        report = self.report
        if report is None:
            return
        rows = sorted(report.rows, key=lambda r: (r.covered, r.village, r.site_name))
        if self.gaps_only.isChecked():
            rows = [r for r in rows if not r.covered]
        self.table.set_rows(rows)
        gaps = len(report.gaps)
        self.summary.setText(
            self.tr("重点场所 {count} 处：已覆盖 {value1} 处，").format(
                count=len(report.rows), value1=len(report.rows) - gaps
            )
            + (
                palette.span(
                    self.tr("缺口 {gaps} 处").format(gaps=gaps), palette.ERROR_DARK, bold=True
                )
                if gaps
                else self.tr("没有缺口")
            )
        )
        missing = report.without_coordinates
        self.missing.setText(
            self.tr("没有坐标、无法分析的场所：")
            + joined(missing)
            + self.tr("（在“重点场所”中补填经纬度）")
            if missing
            else ""
        )
        self.show_spacing(report)

    def show_spacing(self, report: CoverageReport) -> None:
        """The hydrant pairs around the sites farther apart than the rule (GB 50974 §7.2.5)."""
        rule, gaps = report.spacing_rule_m, report.spacing
        self.spacing_table.set_rows(gaps)
        self.spacing_table.setVisible(bool(gaps))
        self.spacing_title.setText(
            palette.span(
                self.tr(
                    "消火栓间距超过{rule:g}米 {count} 处（GB 50974-2014 §7.2.5，保护半径内相邻在用消火栓）"
                ).format(rule=rule, count=len(gaps)),
                palette.ERROR_DARK,
                bold=True,
            )
            if gaps
            else self.tr("保护半径内相邻在用消火栓的间距均不超过{rule:g}米").format(rule=rule)
        )

    def print_report(self) -> None:
        day = self.day.date() or dt.date.today()
        printing.print_form(
            self,
            self.tr("重点场所水源覆盖报告"),
            "db.water.forms:coverage_pdf",
            f"水源覆盖报告-{day}.pdf",
            self.book.db,
            self.radius.value(),
            day,
        )


def make_page(services: Services, parent: QWidget) -> CoveragePage:
    return CoveragePage(services.water, parent)
