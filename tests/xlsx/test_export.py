"""Exported files and templates: canonical headers, real dates, and no formulas ever."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
from sqlalchemy import select

from db.duty.models import Member
from db.xlsx import REGISTERS
from db.xlsx import export_register
from db.xlsx import import_register
from db.xlsx import write_template
from tests.xlsx.helpers import ALERT_HEADERS
from tests.xlsx.helpers import MEMBER_HEADERS

TRICKY = [
    '=HYPERLINK("http://example.com","点此")',
    "=1+1",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "=cmd|' /C calc'!A0",
]


def sheet_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode()


def test_text_that_looks_like_a_formula_is_stored_as_text(database, tmp_path):
    with database.transaction() as s:
        for i, notes in enumerate(TRICKY):
            s.add(Member(name=f"=队员{i}" if i == 0 else f"队员{i}", notes=notes))
    path = tmp_path / "名册.xlsx"
    assert export_register(database, "members", path) == len(TRICKY)
    xml = sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    ws = openpyxl.load_workbook(path).active
    notes = [row[6] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert notes == TRICKY  # the user's text exactly, nothing prefixed
    assert all(ws.cell(r, 7).data_type == "s" for r in range(2, ws.max_row + 1))
    assert ws["A2"].value == "=队员0"

    report = import_register(database, "members", path)  # and it reads back as text
    assert report.unchanged == len(TRICKY) - 1
    assert report.updated == 1  # "\t=1+1": imports trim stray whitespace around a cell
    with database.read() as s:
        assert s.scalar(select(Member.notes).where(Member.name == "队员1")) == "=1+1"


def test_export_has_bold_frozen_headers_real_dates_and_fitting_widths(database, tmp_path):
    with database.transaction() as s:
        s.add(
            Member(
                name="欧阳明月",
                role="队长",
                phone="13800000001",
                can_lead=True,
                joined_on=dt.date(2021, 7, 1),
                notes="负责水源普查和车辆装备器材检查维护",
            )
        )
    path = tmp_path / "名册.xlsx"
    export_register(database, "members", path)
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == REGISTERS["members"].headers
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    joined = ws["F2"]
    assert joined.is_date and joined.value.date() == dt.date(2021, 7, 1)
    assert joined.number_format == "yyyy-mm-dd"
    assert [ws["D2"].value, ws["E2"].value] == ["是", "否"]
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert widths["G"] >= 2 * len("负责水源普查和车辆装备器材检查维护")  # CJK counts double
    assert widths["A"] >= 2 * len("欧阳明月")
    assert widths["D"] >= 2 * len("可任带班领导")


@pytest.mark.parametrize("register", list(REGISTERS))
def test_template_is_an_empty_sheet_with_canonical_headers(tmp_path, register):
    path = tmp_path / f"{register}.xlsx"
    write_template(register, path)
    ws = openpyxl.load_workbook(path).active
    assert ws.max_row == 1
    assert [c.value for c in ws[1]] == REGISTERS[register].headers


def test_exact_headers_of_the_four_registers():
    assert REGISTERS["members"].headers == MEMBER_HEADERS
    assert REGISTERS["leave"].headers == ["姓名", "开始日期", "结束日期", "事由"]
    assert REGISTERS["alert-periods"].headers == ALERT_HEADERS
    assert REGISTERS["duty"].headers == ["日期", "带班领导", "值班员", "备勤人员", "战备等级"]


def test_a_filled_template_imports(database, tmp_path):
    path = tmp_path / "t.xlsx"
    write_template("members", path)
    wb = openpyxl.load_workbook(path)
    wb.active.append(["孙八", "队员", "138 0000 0000", "√", "", "2024年1月2日", ""])
    wb.save(path)
    assert import_register(database, "members", path).added == 1


def test_export_replaces_an_existing_file_only_when_complete(database, tmp_path):
    folder = tmp_path / "导出"
    folder.mkdir()
    path = folder / "名册.xlsx"
    path.write_bytes(b"old")
    export_register(database, "members", path)
    assert openpyxl.load_workbook(path).active.max_row == 1
    assert [p.name for p in folder.iterdir()] == ["名册.xlsx"]  # no temporary file left
