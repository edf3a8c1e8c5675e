"""Templates that teach: drop-downs with the office's own values, a 填写说明 sheet with every
column and an example row, sized columns, a frozen header; exports get an autofilter. A filled-in
template imports as it is."""

from __future__ import annotations

import openpyxl

from db.vocab import Vocab
from db.xlsx import export_register
from db.xlsx import import_register
from db.xlsx import write_template


def validations(ws):
    return {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}


def list_values(wb, formula):
    sheet, cells = formula.split("!")
    first, last = cells.replace("$", "").split(":")
    ws = wb[sheet.strip("'")]
    return [c.value for row in ws[first:last] for c in row]


def test_template_has_drop_downs_a_guide_and_an_example(database, tmp_path):
    Vocab(database).add("site.type", "农家乐")
    path = tmp_path / "场所模板.xlsx"
    write_template("sites", path, database)
    wb = openpyxl.load_workbook(path)
    data, guide, lists = wb.worksheets
    assert (data.title, guide.title, lists.title) == ("重点场所台账", "填写说明", "可选值")
    assert lists.sheet_state == "hidden"
    headers = [c.value for c in data[1]]
    assert headers[:2] == ["名称", "类型"]
    assert data.freeze_panes == "A2"
    assert data.max_row == 1  # no example on the data sheet
    found = validations(data)
    assert set(found) == {"B2:B1001", "G2:G1001"}  # 类型, 坐标系
    types = list_values(wb, found["B2:B1001"])
    assert types[0] == "学校" and "农家乐" in types
    assert list_values(wb, found["G2:G1001"]) == ["WGS84", "GCJ-02"]
    assert data.column_dimensions["I"].width >= 14  # 联系电话 fits a phone number
    rows = {r[0].value: [c.value for c in r[:5]] for r in guide.iter_rows(min_row=4) if r[0].value}
    phone = next(v for k, v in rows.items() if k.startswith("联系电话"))
    assert phone[1:] == [None, "文字，最多 40 字", None, "13800000000"]
    name = next(v for k, v in rows.items() if k.startswith("名称"))
    assert name[1] == "必填"
    kind = next(v for k, v in rows.items() if k.startswith("类型"))
    assert "农家乐" in kind[3] and "新词" in kind[2]
    assert any(
        v and str(v).endswith("（示例）") for r in guide.iter_rows() for v in (c.value for c in r)
    )


def test_a_filled_template_imports_and_exports_get_a_filter(database, tmp_path):
    path = tmp_path / "队员模板.xlsx"
    write_template("members", path, database)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    ws.append(["张三", "队员", "13800000000", "是", "否", "2026-01-05", ""])
    wb.save(path)
    report = import_register(database, "members", path)
    assert report.added == 1
    out = tmp_path / "导出.xlsx"
    export_register(database, "members", out)
    exported = openpyxl.load_workbook(out).worksheets[0]
    assert exported.auto_filter.ref == "A1:G2"
