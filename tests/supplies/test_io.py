"""Supplies and stock moves: Excel round trips, bad moves writing nothing, moves already booked
left alone; PDF text; the print commands."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func
from sqlalchemy import select

from db.shared_models import AuditLog
from db.supplies import Supplies
from db.supplies import demo as supplies_demo
from db.supplies import forms
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.xlsx import ImportRejected
from db.xlsx import export_register
from db.xlsx import import_register
from desktop.cli.main import main
from tests.xlsx.helpers import xlsx

TODAY = dt.date.today()


def sheet(path, headers, rows):
    return xlsx(path, [headers, *rows])


def counts(database):
    with database.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t)) for t in (Supply, StockMove, AuditLog)
        )


def text(data: bytes) -> str:
    import io

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def demo(database):
    supplies_demo.build(database, TODAY)
    return database


def test_supplies_round_trip(demo, tmp_path):
    before = counts(demo)
    path = tmp_path / "supplies.xlsx"
    assert export_register(demo, "supplies", path) > 0
    report = import_register(demo, "supplies", path)
    assert report.added == 0 and report.updated == 0
    assert counts(demo) == before


def test_stock_moves_round_trip_into_a_fresh_database(demo, tmp_path, monkeypatch):
    path = tmp_path / "moves.xlsx"
    export_register(demo, "stock-moves", path)
    supplies = tmp_path / "supplies.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["名称", "单位", "储备定额"])
    for sp in Supplies(demo).supplies():
        wb.active.append([sp.name, sp.unit, sp.quota])
    wb.save(supplies)
    from db.engine import open_database

    fresh = open_database(data_dir=tmp_path / "fresh", operator="测试员")
    try:
        import_register(fresh, "supplies", supplies)
        import_register(fresh, "stock-moves", path)
        want = {s.name: s.balance for s in Supplies(demo).supplies()}
        assert {s.name: s.balance for s in Supplies(fresh).supplies()} == want
        assert [ln.borrower for ln in Supplies(fresh).loans()] == ["高楼村村委会"]
    finally:
        fresh.dispose()


def test_bad_stock_moves_write_nothing(demo, tmp_path):
    before = counts(demo)
    path = sheet(
        tmp_path / "bad.xlsx",
        ["日期", "物资名称", "类型", "数量", "经办人", "领用人", "应还日期", "备注"],
        [
            [TODAY, "铁锹", "出库", 50, "王", "", None, ""],
            [TODAY, "铁锹", "出库", 50, "王", "", None, ""],  # 40 left: refused
            [TODAY, "不存在的物资", "入库", 5, "王", "", None, ""],
        ],
    )
    with pytest.raises(ImportRejected) as err:
        import_register(demo, "stock-moves", path)
    message = str(err.value)
    assert "第3行" in message and "此时库存 40把" in message
    assert "没有“不存在的物资”" in message
    assert counts(demo) == before


def balances(database):
    return {s.name: s.balance for s in Supplies(database).supplies()}


def test_stock_moves_export_then_import_changes_nothing(demo, tmp_path):
    before, held = counts(demo), balances(demo)
    path = tmp_path / "moves.xlsx"
    rows = export_register(demo, "stock-moves", path)
    report = import_register(demo, "stock-moves", path)
    assert (report.added, report.unchanged) == (0, rows)
    assert balances(demo) == held and counts(demo) == before
    supplies = tmp_path / "supplies.xlsx"
    export_register(demo, "supplies", supplies)
    report = import_register(demo, "supplies", supplies)
    assert (report.added, report.updated) == (0, 0)
    assert balances(demo) == held and counts(demo) == before


def test_stock_moves_books_only_the_rows_beyond_those_already_booked(demo, tmp_path):
    headers = ["日期", "物资名称", "类型", "数量", "经办人", "领用人", "应还日期", "备注"]
    move = [TODAY, "铁锹", "入库", 3, "王", "", None, "补充"]
    import_register(demo, "stock-moves", sheet(tmp_path / "one.xlsx", headers, [move]))
    held = balances(demo)["铁锹"]
    path = sheet(
        tmp_path / "three.xlsx",
        headers,
        [move, [TODAY, "铁锹", "出库", held + 1, "王", "", None, ""], move],
    )
    with pytest.raises(ImportRejected) as err:  # the new 出库 still meets the balance check
        import_register(demo, "stock-moves", path)
    assert f"此时库存 {held:g}把" in str(err.value)
    path = sheet(tmp_path / "three.xlsx", headers, [move, move, move])
    report = import_register(demo, "stock-moves", path)
    assert (report.added, report.unchanged) == (2, 1)
    assert balances(demo)["铁锹"] == held + 6
    with demo.read() as s:
        notes = s.scalars(select(StockMove.note).where(StockMove.note == "补充")).all()
    assert len(notes) == 3


def test_pdfs_show_the_records(demo):
    supplies = text(forms.supply_register_pdf(demo))
    assert "救生衣" in supplies and "储备定额" in supplies
    take = text(forms.stocktake_pdf(demo))
    assert "实盘数量" in take and "编织袋（防汛沙袋）" in take


def test_print_commands(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    args = ["--data-dir", str(tmp_path / "data"), "--demo", "print"]
    for form in ("supply-register", "stocktake"):
        out = tmp_path / f"{form}.pdf"
        assert main([*args, form, "-o", str(out)]) == 0, capsys.readouterr().err
        assert out.read_bytes().startswith(b"%PDF")


def test_a_move_cell_that_did_not_read_has_only_its_own_problem(demo, tmp_path):
    path = sheet(
        tmp_path / "lend.xlsx",
        ["日期", "物资名称", "类型", "数量", "领用人"],
        [[TODAY, "铁锹", "借出", 2, "高" * 61]],
    )
    with pytest.raises(ImportRejected) as err:
        import_register(demo, "stock-moves", path)
    problems = err.value.problems
    assert [(p.row, p.column) for p in problems] == [(2, "领用人")]
    assert "借用人" not in problems[0].message
