"""From the supplies facade to printable sheets: the supply register with balances and the
stocktake count sheet (the readiness report, which covers the supplies too, is in
:mod:`db.fleet.forms`)."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.pdf.base import LANDSCAPE
from db.pdf.base import PORTRAIT
from db.pdf.table import TableSheet
from db.pdf.table import build_table_pdf
from db.settings import database_letterhead as letterhead
from db.supplies import Supplies


def _d(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def supply_register_pdf(database: Database) -> bytes:
    """The supply register with balances, quota, loans and the nearest expiry."""
    stock = Supplies(database)
    nearest: dict[int, dt.date] = {}
    for b in stock.batches(in_stock=True):
        if b.expires_on and b.supply_id is not None:
            nearest[b.supply_id] = min(nearest.get(b.supply_id, b.expires_on), b.expires_on)
    rows: list[list[object]] = []
    for i, sp in enumerate(stock.supplies(), 1):
        assert sp.id is not None
        rows.append(
            [
                str(i),
                sp.name,
                sp.category,
                sp.unit,
                sp.location,
                f"{sp.quota:g}",
                f"{sp.balance:g}",
                f"{sp.on_loan:g}" if sp.on_loan else "",
                f"{sp.short:g}" if sp.short else "",
                _d(nearest.get(sp.id)),
            ]
        )
    sheet = TableSheet(
        letterhead(database),
        "应急物资储备台账",
        [
            "序号",
            "物资名称",
            "类别",
            "单位",
            "存放位置",
            "储备定额",
            "库存",
            "借出未还",
            "缺口",
            "最近有效期",
        ],
        rows,
        [0.05, 0.17, 0.09, 0.06, 0.16, 0.09, 0.09, 0.09, 0.08, 0.12],
        layout=LANDSCAPE,
        subtitle=f"截至{dt.date.today().isoformat()}，共 {len(rows)} 种",
        signatures=["保管员", "审核人"],
        printed_on=dt.date.today(),
    )
    return build_table_pdf(sheet)


def stocktake_pdf(database: Database) -> bytes:
    """The stocktake count sheet: book balances printed, the count column left blank."""
    supplies = sorted(Supplies(database).supplies(), key=lambda s: (s.location, s.category, s.name))
    rows: list[list[object]] = [
        [str(i), sp.name, sp.unit, sp.location, f"{sp.balance:g}", "", "", ""]
        for i, sp in enumerate(supplies, 1)
    ]
    sheet = TableSheet(
        letterhead(database),
        "物资盘点表",
        ["序号", "物资名称", "单位", "存放位置", "账面数量", "实盘数量", "差异", "备注"],
        rows,
        [0.07, 0.24, 0.07, 0.18, 0.11, 0.11, 0.08, 0.14],
        layout=PORTRAIT,
        subtitle="盘点日期：\u00a0\u00a0\u00a0\u00a0年\u00a0\u00a0\u00a0\u00a0月\u00a0\u00a0\u00a0\u00a0日",
        signatures=["盘点人", "监盘人", "负责人"],
        note="说明：实盘数量按实际清点填写；差异＝实盘－账面，录入后由系统记为“盘点调整”。",
        printed_on=dt.date.today(),
        row_height=20,
    )
    return build_table_pdf(sheet)


__all__ = ["stocktake_pdf", "supply_register_pdf"]
