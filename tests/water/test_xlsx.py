"""Excel round trip of the water-source register and the inspection records; bad cells are
reported where they are and nothing is written."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import text

from db.shared_models import AuditLog
from db.water import WaterBook
from db.xlsx import ImportRejected
from db.xlsx import export_register
from db.xlsx import import_register
from tests.water.helpers import DAY
from tests.water.helpers import hydrant
from tests.water.helpers import pool
from tests.water.helpers import river
from tests.xlsx.helpers import counts
from tests.xlsx.helpers import sheet

TABLES = ("water_source", "inspection", "water_repair")
HEAD = [
    "编号", "名称", "类型", "设置形式", "地址", "所属村社", "经度", "纬度", "坐标系", "水源归属",
    "联系电话", "管网形式", "管网直径", "静压MPa", "储水量m3", "有无枯水期", "枯水期", "可用状态",
    "建成日期", "备注",
]  # fmt: skip
INSPECTION_HEAD = ["水源编号", "检查日期", "检查人", "检查类型", "结果", "问题", "处理情况"]


def good_row(code="XHS-101", **kw):
    row = {
        "编号": code, "名称": "正街消火栓", "类型": "市政消火栓", "设置形式": "地上式",
        "地址": "正街12号", "所属村社": "高楼社区", "经度": 105.931, "纬度": 29.801,
        "坐标系": "WGS84", "水源归属": "县自来水公司", "联系电话": "023-45678901",
        "管网形式": "环状", "管网直径": "DN150", "静压MPa": 0.32, "可用状态": "可用",
        "建成日期": "2019-05-01",
    }  # fmt: skip
    row.update(kw)
    return [row.get(h) for h in HEAD]


def test_round_trip(database, tmp_path):
    book = WaterBook(database)
    hydrant(book, "XHS-001")
    pool(book, "SC-001")
    river(book, "TR-001")
    out = tmp_path / "out.xlsx"
    assert export_register(database, "water-sources", out) == 3
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header == HEAD
    before = counts(database, *TABLES)
    report = import_register(database, "water-sources", out)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    assert counts(database, *TABLES) == before
    # a new row and a change
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    ws.append(good_row())
    ws.cell(4, HEAD.index("静压MPa") + 1, 0.25)  # XHS-001 (rows by code) was 0.3
    wb.save(out)
    report = import_register(database, "water-sources", out)
    assert (report.added, report.updated, report.unchanged) == (1, 1, 2)
    new = book.source_by_code("XHS-101")
    assert new.details == {"network": "环状", "pipe_dn": 150, "static_mpa": 0.32}
    assert new.built_on == dt.date(2019, 5, 1) and new.lon_wgs == 105.931
    old = book.source_by_code("XHS-001")
    assert old.details["static_mpa"] == 0.25 and old.details["outlets"] == "1×DN100+2×DN65"
    assert old.version == 2
    assert book.source_by_code("TR-001").dry_months == "12,1,2"
    with database.read() as s:
        actions = dict(
            s.execute(
                select(AuditLog.action, func.count())
                .where(AuditLog.table_name == "water_source")
                .group_by(AuditLog.action)
            ).all()
        )
    assert actions == {"insert": 4, "update": 1}


@pytest.mark.parametrize(
    "rows, column, message",
    [
        ([good_row("A-1"), good_row("A-1")], "编号", "与第 3 行重复"),
        ([good_row(纬度=200)], "纬度", "超出范围"),
        ([good_row(**{"静压MPa": "abc"})], "静压MPa", "不是数字"),
        ([good_row(设置形式="河")], "设置形式", "只能是"),
        ([good_row(有无枯水期="是", 枯水期="")], "枯水期", "请填写枯水期"),
        ([good_row(联系电话="1")], "联系电话", "电话太短，至少 3 位"),
        ([good_row(联系电话="12a")], "联系电话", "只能包含数字"),
    ],
)
def test_bad_input_writes_nothing(database, tmp_path, rows, column, message):
    hydrant(WaterBook(database), "XHS-001")
    before = counts(database, *TABLES)
    path = sheet(tmp_path / "bad.xlsx", HEAD, [good_row("OK-1"), *rows])
    with pytest.raises(ImportRejected) as err:
        import_register(database, "water-sources", path)
    lines = err.value.lines()
    assert any(f":{column}: " in line and message in line for line in lines), lines
    assert counts(database, *TABLES) == before


def test_inspections_import_moves_due_dates_and_opens_repairs(database, tmp_path):
    book = WaterBook(database)
    a = hydrant(book, "XHS-001")
    b = pool(book, "SC-001")
    path = sheet(
        tmp_path / "ins.xlsx",
        INSPECTION_HEAD,
        [
            ["XHS-001", "2025-05-10", "刘建国", "检查", "合格", "", ""],
            ["XHS-001", "2025-06-10", "刘建国", "巡查", "合格", "", ""],
            ["SC-001", "2025-06-01", "陈志强", "检查", "不合格", "取水口堵塞", "已通知学校"],
        ],
    )
    report = import_register(database, "inspections", path)
    assert report.added == 3
    assert book.source(a).last_inspected_on == DAY
    assert book.source(a).next_due == dt.date(2025, 7, 10)
    assert book.source(b).status == "故障"
    [repair] = book.repairs(b)
    assert repair.problem == "取水口堵塞" and repair.status == "待报修"
    # exported and imported again: nothing new
    out = tmp_path / "out.xlsx"
    assert export_register(database, "inspections", out) == 3
    before = counts(database, *TABLES)
    again = import_register(database, "inspections", out)
    assert (again.added, again.unchanged) == (0, 3)
    assert counts(database, *TABLES) == before


@pytest.mark.parametrize(
    ("bad", "where", "says"),
    [
        (["XHS-999", "2025-05-10", "刘建国", "检查", "合格", "", ""], ":3:水源编号: ", "XHS-999"),
        (["XHS-001", "2025-06-10", "", "巡查", "合格", "", ""], ":3:检查人: ", "检查人"),
    ],
    ids=["unknown source", "no inspector"],
)
def test_a_bad_inspection_row_writes_nothing(database, tmp_path, bad, where, says):
    hydrant(WaterBook(database), "XHS-001")
    before = counts(database, *TABLES)
    path = sheet(
        tmp_path / "ins.xlsx",
        INSPECTION_HEAD,
        [["XHS-001", "2025-05-10", "刘建国", "检查", "合格", "", ""], bad],
    )
    with pytest.raises(ImportRejected) as err:
        import_register(database, "inspections", path)
    assert any(where in line and says in line for line in err.value.lines())
    assert counts(database, *TABLES) == before


def test_imported_new_source_is_due_until_first_inspected(database, tmp_path):
    import_register(database, "water-sources", sheet(tmp_path / "new.xlsx", HEAD, [good_row()]))
    book = WaterBook(database)
    x = book.source_by_code("XHS-101")
    assert x.last_inspected_on is None and x.next_due == dt.date.today()


def test_bulk_insert_audits_each_new_source_under_its_own_id(any_database, tmp_path):
    database = any_database
    book = WaterBook(database)
    hydrant(book, code="XHS-001")  # an id already taken before the import
    path = sheet(tmp_path / "w.xlsx", HEAD, [good_row(f"XHS-{n:03d}") for n in range(2, 40)])
    import_register(database, "water-sources", path)
    with database.read() as s:
        codes = dict(s.execute(text("SELECT id, code FROM water_source")).all())
        audits = s.scalars(
            select(AuditLog).where(
                AuditLog.table_name == "water_source", AuditLog.action == "insert"
            )
        ).all()
    assert len(codes) == 39 and len(audits) == 39
    for audit in audits:
        assert json.loads(audit.after)["code"] == codes[audit.record_id]
