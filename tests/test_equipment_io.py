"""Excel round trips and bad input writing nothing; PDF text; the print commands."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from db import equipment_reports
from db.equipment_demo import build_equipment
from db.fleet.models import Equipment, Vehicle
from db.models import AuditLog
from db.supplies import Supplies
from db.supplies.models import StockMove, Supply
from db.xlsx import ImportRejected, export_register, import_register
from desktop.cli.main import main

TODAY = dt.date.today()


def sheet(path, headers, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def counts(database):
    with database.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (Vehicle, Equipment, Supply, StockMove, AuditLog)
        )


def text(data: bytes) -> str:
    import io

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def demo(database):
    build_equipment(database, TODAY)
    return database


def test_round_trip_every_register(demo, tmp_path):
    before = counts(demo)
    for register in ("vehicles", "equipment", "supplies"):
        path = tmp_path / f"{register}.xlsx"
        assert export_register(demo, register, path) > 0
        report = import_register(demo, register, path)
        assert report.added == 0 and report.updated == 0, register
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


def test_unknown_vehicle_in_equipment_is_an_error_on_that_cell(demo, tmp_path):
    before = counts(demo)
    path = sheet(
        tmp_path / "eq.xlsx",
        [
            "编号",
            "名称",
            "类别",
            "规格型号",
            "生产日期",
            "存放位置",
            "所属车辆",
            "状态",
            "上次检验日期",
        ],
        [["NEW-1", "水带", "水带", "", "2024-01-01", "库", "渝Z·00000", "在用", None]],
    )
    with pytest.raises(ImportRejected) as err:
        import_register(demo, "equipment", path)
    assert err.value.problems[0].row == 2 and err.value.problems[0].column == "所属车辆"
    assert counts(demo) == before


def test_import_new_equipment_computes_dates(database, tmp_path):
    path = sheet(
        tmp_path / "eq.xlsx",
        ["编号", "名称", "类别", "生产日期", "上次检验日期"],
        [["QP-9", "气瓶", "气瓶", "2015-05-01", "2023-03-01"]],
    )
    import_register(database, "equipment", path)
    with database.read() as s:
        e = s.scalar(select(Equipment))
        assert (e.next_due, e.retire_on) == (dt.date(2026, 3, 1), dt.date(2030, 5, 1))


def test_pdfs_show_the_records(demo):
    filled = text(equipment_reports.vehicle_check_pdf(demo, "渝B·F1119"))
    assert "消防车辆例行检查表" in filled and "渝B·F1119" in filled and "65mm水带" in filled
    assert "下次一级保养" in filled and "空气呼吸器气瓶压力" in filled
    blank = text(equipment_reports.vehicle_check_pdf(demo, "渝B·F2119", blank=True))
    assert "消火栓扳手" not in blank or "右侧" in blank
    assert "检查人" in blank and "复核人" in blank and "带班领导" in blank
    register = text(equipment_reports.equipment_register_pdf(demo))
    assert "装备器材台账" in register and "HX-001" in register
    supplies = text(equipment_reports.supply_register_pdf(demo))
    assert "救生衣" in supplies and "储备定额" in supplies
    take = text(equipment_reports.stocktake_pdf(demo))
    assert "实盘数量" in take and "编织袋（防汛沙袋）" in take
    ready = text(equipment_reports.readiness_pdf(demo, TODAY))
    assert "物资储备缺口" in ready and "救生衣" in ready and "BE-002" in ready
    sheet_text = text(equipment_reports.inspection_pdf(demo, "呼吸器"))
    assert "呼吸器检查表" in sheet_text and "HX-001" in sheet_text


def test_print_commands(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    args = ["--data-dir", str(tmp_path / "data"), "--demo", "print"]
    for form in (
        ["vehicle-check", "--vehicle", "渝B·F1119"],
        ["vehicle-check", "--blank", "--vehicle", "渝B·F3119"],
        ["equipment-register"],
        ["supply-register"],
        ["stocktake"],
        ["readiness"],
    ):
        out = tmp_path / f"{form[0]}-{len(form)}.pdf"
        assert main([*args, *form, "-o", str(out)]) == 0, capsys.readouterr().err
        assert out.read_bytes().startswith(b"%PDF")
    missing = main([*args, "vehicle-check", "--vehicle", "渝Z·0", "-o", str(tmp_path / "x.pdf")])
    assert missing != 0 and "渝Z·0" in capsys.readouterr().err
    none = main(
        [
            *args,
            "vehicle-check",
            "--vehicle",
            "渝B·F1119",
            "--date",
            "2001-01-01",
            "-o",
            str(tmp_path / "y.pdf"),
        ]
    )
    assert none != 0 and not (tmp_path / "y.pdf").exists()


def test_demo_vehicle_check_fits_one_page_blank_and_filled(tmp_path):
    from pypdf import PdfReader

    from desktop.cli.main import main

    data = str(tmp_path / "d")
    for extra in (["--blank"], []):
        out = tmp_path / f"check{len(extra)}.pdf"
        assert (
            main(
                [
                    "--demo",
                    "--data-dir",
                    data,
                    "print",
                    "vehicle-check",
                    *extra,
                    "--vehicle",
                    "渝B·F1119",
                    "-o",
                    str(out),
                ]
            )
            == 0
        )
        reader = PdfReader(out)
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        assert "检查人" in text and "随车器材清点" in text


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
