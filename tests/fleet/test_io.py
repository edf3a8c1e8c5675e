"""Vehicles and equipment: Excel round trips and bad input writing nothing; PDF text (the
readiness report too); the print commands."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.fleet import demo as fleet_demo
from db.fleet import forms
from db.fleet.models import Equipment
from db.supplies import demo as supplies_demo
from db.xlsx import ImportRejected
from db.xlsx import export_register
from db.xlsx import import_register
from desktop.cli.main import main
from tests.xlsx.helpers import counts
from tests.xlsx.helpers import sheet

TODAY = dt.date.today()


TABLES = ("vehicle", "equipment", "supply", "stock_move")


def text(data: bytes) -> str:
    import io

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def demo(database):
    fleet_demo.build(database, TODAY)
    supplies_demo.build(database, TODAY)  # the readiness report lists them too
    return database


def test_round_trip_every_register(demo, tmp_path):
    before = counts(demo, *TABLES)
    for register in ("vehicles", "equipment"):
        path = tmp_path / f"{register}.xlsx"
        assert export_register(demo, register, path) > 0
        report = import_register(demo, register, path)
        assert report.added == 0 and report.updated == 0, register
    assert counts(demo, *TABLES) == before


def test_unknown_vehicle_in_equipment_is_an_error_on_that_cell(demo, tmp_path):
    before = counts(demo, *TABLES)
    path = sheet(
        tmp_path / "eq.xlsx",
        ["编号", "名称", "类别", "生产日期", "存放位置", "所属车辆", "状态", "上次检验日期"],
        [["NEW-1", "水带", "水带", "2024-01-01", "库", "渝Z·00000", "在用", None]],
    )
    with pytest.raises(ImportRejected) as err:
        import_register(demo, "equipment", path)
    assert err.value.problems[0].row == 2 and err.value.problems[0].column == "所属车辆"
    assert counts(demo, *TABLES) == before


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
    filled = text(forms.vehicle_check_pdf(demo, "渝B·F1119"))
    assert "消防车辆例行检查表" in filled and "渝B·F1119" in filled and "65mm水带" in filled
    assert "下次一级保养" in filled and "空气呼吸器气瓶压力" in filled
    blank = text(forms.vehicle_check_pdf(demo, "渝B·F2119", blank=True))
    assert "消火栓扳手" not in blank or "右侧" in blank
    assert "检查人" in blank and "复核人" in blank and "带班领导" in blank
    register = text(forms.equipment_register_pdf(demo))
    assert "装备器材台账" in register and "HX-001" in register
    ready = text(forms.readiness_pdf(demo, TODAY))
    assert "物资储备缺口" in ready and "救生衣" in ready and "BE-002" in ready
    sheet_text = text(forms.inspection_pdf(demo, "呼吸器"))
    assert "呼吸器检查表" in sheet_text and "HX-001" in sheet_text


def test_print_commands(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    args = ["--data-dir", str(tmp_path / "data"), "--demo", "print"]
    for form in (
        ["vehicle-check", "--vehicle", "渝B·F1119"],
        ["vehicle-check", "--blank", "--vehicle", "渝B·F3119"],
        ["equipment-register"],
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
