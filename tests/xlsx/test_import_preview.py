"""The import preview and dry run: every row's fate with nothing written; a corrected cell and a
mapped word make the file good; the import then writes it all (and the synonym) at once.
Supplies whose 数量 differs from the ledger are refused unless the stock is to be adjusted."""

from __future__ import annotations

import pytest
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import text

from db.duty import Ledger
from db.duty import MemberData
from db.duty.models import Member
from db.shared_models import AuditLog
from db.shared_models import VocabEntry
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.vocab import Vocab
from db.water.models import WaterSource
from db.xlsx import ImportOptions
from db.xlsx import ImportRejected
from db.xlsx import check_file
from db.xlsx import import_register
from db.xlsx import read_file
from tests.xlsx.helpers import xlsx


def counts(database):
    with database.read() as s:
        return (
            s.scalar(select(func.count()).select_from(AuditLog)),
            s.scalar(select(func.count()).select_from(VocabEntry)),
            s.scalar(text("SELECT count(*) FROM water_source")),
        )


@pytest.fixture
def water_file(database, tmp_path):
    import_register(
        database,
        "water-sources",
        xlsx(tmp_path / "old.xlsx", [["编号", "名称", "类型"], ["A-1", "旧名", "消火栓"]]),
    )
    return xlsx(
        tmp_path / "水源.xlsx",
        [
            ["编号", "名称", "类型", "静压MPa"],
            ["A-1", "新名", "消火栓", 0.3],
            ["A-2", "粮站", "消防龙头", None],
            ["A-3", "学校", "水池", "零点三"],
            ["A-4", "河边", "河流", None],
        ],
    )


def test_preview_gives_every_row_its_fate_and_writes_nothing(database, water_file):
    before = counts(database)
    read = read_file("water-sources", water_file)
    preview = check_file(database, read)
    assert not preview.ok
    assert [(p.row, p.column) for p in preview.problems] == [(3, "类型"), (4, "静压MPa")]
    outcomes = {n: (o.status, o.changes) for n, o in preview.report.outcomes.items()}
    assert outcomes[2][0] == "更新" and outcomes[2][1]["name"] == ("旧名", "新名")
    assert outcomes[5] == ("新增", {})
    assert 3 not in outcomes and 4 not in outcomes
    word = next(w for w in preview.words if w.written == "消防龙头")
    assert (word.vocab, word.key, word.rows, word.new) == ("water.type", "type", [3], False)
    assert word.suggestions[0] == "市政消火栓"
    assert {r.number: r.raw["static_mpa"] for r in preview.sheet.rows}[4] == "零点三"
    assert counts(database) == before
    assert [(p.row, p.column) for p in check_file(database, read).problems] == [
        (3, "类型"),
        (4, "静压MPa"),
    ]  # the file as read is left as it was


def test_corrections_and_mappings_then_one_import(database, water_file):
    read = read_file("water-sources", water_file)
    options = ImportOptions(
        corrections={(4, "static_mpa"): ""}, mappings={("water.type", "消防龙头"): "市政消火栓"}
    )
    preview = check_file(database, read, options)
    assert preview.ok, preview.problems
    assert {n: o.status for n, o in preview.report.outcomes.items()} == {
        2: "更新",
        3: "新增",
        4: "新增",
        5: "新增",
    }
    assert counts(database)[1:] == (0, 1)
    report = import_register(database, "water-sources", water_file, options=options, read=read)
    assert (report.added, report.updated) == (3, 1)
    with database.read() as s:
        got = {w.code: (w.name, w.type) for w in s.scalars(select(WaterSource))}
    assert got["A-2"] == ("粮站", "市政消火栓") and got["A-1"] == ("新名", "市政消火栓")
    assert Vocab(database).terms("water.type").resolve("消防龙头").value == "市政消火栓"


def test_a_rejected_import_keeps_no_mapping(database, water_file):
    options = ImportOptions(mappings={("water.type", "消防龙头"): "市政消火栓"})
    with pytest.raises(ImportRejected):
        import_register(database, "water-sources", water_file, options=options)
    assert counts(database)[1:] == (0, 1)


def test_dry_run_reports_counts_and_writes_nothing(any_database, tmp_path):
    database = any_database
    Ledger(database).save_member(MemberData(name="甲一"))
    path = xlsx(tmp_path / "m.xlsx", [["姓名", "职务"], ["甲一", "队长"], ["乙二", "驾驶员"]])
    before = counts(database)
    report = import_register(database, "members", path, dry_run=True)
    assert (report.added, report.updated) == (1, 1)
    assert "已在“职务”中新增：驾驶员" in report.notices
    assert counts(database) == before
    with database.read() as s:
        assert s.scalars(select(Member.name)).all() == ["甲一"]


def test_supplies_whose_count_differs_need_adjust_stock(any_database, tmp_path):
    database = any_database
    first = xlsx(tmp_path / "a.xlsx", [["名称", "单位", "数量"], ["编织袋", "条", 540]])
    import_register(database, "supplies", first)
    counted = xlsx(tmp_path / "b.xlsx", [["名称", "单位", "数量"], ["编织袋", "条", 500]])
    with pytest.raises(ImportRejected) as err:
        import_register(database, "supplies", counted)
    ((problem,),) = [err.value.problems]
    assert (problem.row, problem.column) == (2, "数量")
    assert "与账面结存 540条 不符（相差 -40）" in problem.message
    assert "--adjust-stock" in problem.message
    assert problem.solved_by == "adjust_stock"  # the window's preview offers 按实盘调整库存
    report = import_register(
        database, "supplies", counted, options=ImportOptions(adjust_stock=True)
    )
    assert "盘点调整：编织袋 -40条（账面 540 → 实盘 500）" in report.notices
    with database.read() as s:
        assert s.scalar(select(Supply.balance)) == 500
        moves = s.execute(select(StockMove.kind, StockMove.quantity)).all()
    assert [tuple(m) for m in moves] == [("入库", 540), ("盘点调整", -40)]
