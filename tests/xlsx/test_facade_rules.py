"""An import refuses a row on the rules the window's dialog applies, in the dialog's words: each
register's Excel check hands the record a row would save to its facade's validation. Each case
is one row that breaks one rule; the problem stands on that cell, worded as the facade words it
for the same record, and nothing is written."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from db.drills import DrillBook
from db.drills import SiteData
from db.engine import Database
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet.models import Equipment
from db.water import WaterBook
from db.water import WaterSourceData
from db.xlsx import ImportRejected
from db.xlsx import import_register
from db.xlsx.registers.common import cell_problems
from tests.drills import rule_cases as drills
from tests.duty import rule_cases as duty
from tests.fleet import rule_cases as fleet
from tests.supplies import rule_cases as supplies
from tests.water import rule_cases as water
from tests.xlsx.helpers import counts
from tests.xlsx.helpers import read
from tests.xlsx.helpers import xlsx

CASES = [*duty.CASES, *drills.CASES, *fleet.CASES, *supplies.CASES, *water.CASES]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.register}-{c.column}" for c in CASES])
def test_an_import_refuses_what_the_dialog_refuses_in_its_words(database, tmp_path, case):
    if case.prepare is not None:
        case.prepare(database)
    path = xlsx(tmp_path / f"{case.register}.xlsx", case.sheet)
    before = counts(database)
    with pytest.raises(ImportRejected) as err:
        import_register(database, case.register, path)
    assert [(p.row, p.column, p.message) for p in err.value.problems] == [
        (2, case.column, case.rules(database)(case.record)[case.field])
    ]
    assert counts(database) == before


def legacy_extinguisher(database: Database) -> None:
    """An extinguisher stored before 灭火剂类型 was a field: no agent."""
    fleet = Fleet(database)
    item = fleet.save_equipment(EquipmentData("MHQ-101", "灭火器", "灭火器", agent="干粉"))
    with database.transaction() as s:
        s.execute(update(Equipment).where(Equipment.id == item).values(agent=""))


def site_with_coordinates(database: Database) -> None:
    DrillBook(database).save_site(SiteData("镇中心小学", lon=106.55, lat=29.56))


def hydrant_with_coordinates(database: Database) -> None:
    WaterBook(database).save_source(
        WaterSourceData("XHS-001", "中山路消火栓", "市政消火栓", "地上式", lon=106.55, lat=29.56)
    )


# fmt: off
UPDATES = [
    ("equipment", legacy_extinguisher, [["编号", "名称", "类别", "上次检验日期"], ["MHQ-101", "灭火器", "灭火器", "2024-01-01"]]),
    ("sites", site_with_coordinates, [["名称", "经度"], ["镇中心小学", 106.56]]),
    ("water-sources", hydrant_with_coordinates, [["编号", "名称", "类型", "经度"], ["XHS-001", "中山路消火栓", "市政消火栓", 106.56]]),
]
# fmt: on


@pytest.mark.parametrize(("register", "stored", "sheet"), UPDATES, ids=[u[0] for u in UPDATES])
def test_an_update_is_checked_only_on_the_columns_it_writes(
    database, tmp_path, register, stored, sheet
):
    """A sheet that updates a record on file leaves the columns it lacks as they are: the
    rules' findings on those (a legacy item without its agent, a latitude kept on file) are
    not the clerk's to correct, and the update goes in."""
    stored(database)
    report = import_register(database, register, xlsx(tmp_path / f"{register}.xlsx", sheet))
    assert (report.added, report.updated) == (0, 1)


@pytest.mark.parametrize(
    ("register", "sheet", "column"),
    [
        ("members", [["职务", "电话"], ["队员", "13900000000"], ["队员", ""]], "姓名"),
        ("sites", [["地址", "人数"], ["中心街1号", 800]], "名称"),
        ("water-sources", [["编号", "名称"], ["XHS-009", "新街消火栓"]], "类型"),
    ],
)
def test_a_missing_required_column_is_said_once(database, tmp_path, register, sheet, column):
    with pytest.raises(ImportRejected) as err:
        import_register(database, register, xlsx(tmp_path / f"{register}.xlsx", sheet))
    assert [(p.row, p.column) for p in err.value.problems] == [(1, column)]


@pytest.mark.parametrize(
    ("new", "kept"),
    [
        (True, {"date": "日期不对", "people": "缺人员", "owner": "无"}),
        (False, {"date": "日期不对", "owner": "无"}),
    ],
)
def test_which_findings_of_the_rules_a_row_is_shown(tmp_path, new, kept):
    """On the cells the sheet has; not on a cell that did not parse, nor on a required column
    it lacks; on a column it lacks only for a new record; a field no column writes stays
    (it becomes the row's problem)."""
    path = xlsx(
        tmp_path / "probe.xlsx", [["队员姓名", "日期", "数量"], ["张三", "2026-01-01", "几个"]]
    )
    sheet = read(path)
    [row] = sheet.rows
    found = {"date": "日期不对", "count": "数量不对", "people": "缺人员", "owner": "无"}
    assert cell_problems(sheet, row, found, {}, new) == kept
    named = {"person": "请填写姓名"}  # the name column's field under another name
    assert cell_problems(sheet, row, named, {"person": "name"}, new) == {"name": "请填写姓名"}
