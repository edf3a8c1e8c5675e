"""The campaign report as a workbook (the project's Excel engine: text cells never run as
formulas, written beside the target and moved into place when complete).

Sheets: 总体情况 (every figure), 逐月情况 (the month-by-month table), then one sheet per
section with its figures and the lists behind them. Numbers are number cells; rates are
percentages (0.857 shown as 85.7%).
"""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from db.report.data import MONTH_COLUMNS
from db.report.data import PERCENT_COLUMNS
from db.report.data import Number
from db.report.data import Report
from db.report.data import Section
from db.xlsx.cells import display_width
from db.xlsx.writer import _put
from db.xlsx.writer import save_workbook

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
PERCENT = "0.0%"


def _number(value: Number, percent: bool) -> Any:
    if value is None:
        return None
    return value / 100.0 if percent else value


class _Sheet:
    """Rows written one after another, remembering each column's widest text."""

    def __init__(self, ws: Any):
        self.ws = ws
        self.row = 0
        self.widths: dict[int, int] = {}

    def put(
        self, values: list[Any], font: Font | None = None, percent: Collection[int] = ()
    ) -> None:
        self.row += 1
        for col, value in enumerate(values, start=1):
            cell = _put(self.ws, self.row, col, value)
            if font is not None:
                cell.font = font
            if col in percent and value is not None:
                cell.number_format = PERCENT
            if value is not None and font is not TITLE:
                width = display_width(str(value)) if isinstance(value, str) else 8
                self.widths[col] = max(self.widths.get(col, 0), width)

    def skip(self) -> None:
        self.row += 1

    def finish(self) -> None:
        for col, width in self.widths.items():
            self.ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 60)
        self.ws.page_setup.paperSize = self.ws.PAPERSIZE_A4
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True


def _figures(sheet: _Sheet, s: Section) -> None:
    sheet.put(["项目", "数量", "单位"], BOLD)
    for label, value in s.figures.items():
        unit = s.units.get(label, "")
        sheet.put(
            [label, _number(value, unit == "%"), "" if unit == "%" else unit],
            percent={2} if unit == "%" else set(),
        )


def write_report(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write ``report`` to ``path`` (.xlsx)."""
    workbook = Workbook()
    ws = workbook.active
    ws.title = "总体情况"
    overview = _Sheet(ws)
    overview.put([report.title], TITLE)
    overview.put([f"统计期：{report.period_text}"])
    overview.skip()
    overview.put(["工作", "项目", "数量", "单位"], BOLD)
    for s in report.sections:
        for label, value in s.figures.items():
            unit = s.units.get(label, "")
            overview.put(
                [
                    s.title.split("、", 1)[-1],
                    label,
                    _number(value, unit == "%"),
                    "" if unit == "%" else unit,
                ],
                percent={3} if unit == "%" else set(),
            )
    overview.finish()

    months = _Sheet(workbook.create_sheet("逐月情况"))
    months.put(["月份", *MONTH_COLUMNS], BOLD)
    percent = {i for i, c in enumerate(MONTH_COLUMNS, start=2) if c in PERCENT_COLUMNS}
    for m in report.months:
        months.put(
            [m.label, *(_number(m.values[c], c in PERCENT_COLUMNS) for c in MONTH_COLUMNS)],
            percent=percent,
        )
    months.ws.freeze_panes = "B2"
    months.finish()

    for s in report.sections:
        sheet = _Sheet(workbook.create_sheet(s.title.split("、", 1)[-1][:31]))
        sheet.put([s.title], TITLE)
        _figures(sheet, s)
        if s.note:
            sheet.put([s.note])
        for item in s.lists:
            sheet.skip()
            sheet.put([f"{item.title}（{len(item.rows)}）"], BOLD)
            sheet.put(["序号", *item.headers], BOLD)
            for i, row in enumerate(item.rows, 1):
                sheet.put([i, *row])
            if not item.rows:
                sheet.put(["", item.empty])
        sheet.finish()
    target = Path(path)
    save_workbook(workbook, target)
    return target


__all__ = ["write_report"]
