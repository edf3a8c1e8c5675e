"""An extinguisher's 灭火剂类型 is a field of its own; every interval comes from the rule of that
agent (GA 95-2007): 水基 and 泡沫 first serviced after 3 years then yearly and scrapped at 6,
干粉/洁净气体 after 5 then every 2 and scrapped at 10, 二氧化碳 the same but scrapped at 12."""

from __future__ import annotations

import datetime as dt

import pytest

from db.errors import ValidationError
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet import agent_of
from db.rules import Rules
from db.xlsx import ImportRejected
from db.xlsx import import_register
from tests.xlsx.helpers import xlsx

MADE = dt.date(2020, 1, 1)


@pytest.mark.parametrize(
    "text,agent",
    [
        ("MFZ/ABC4", "干粉"),
        ("MFT/ABC35", "干粉"),
        ("MF4", "干粉"),
        ("MPZ/6", "泡沫"),
        ("MP9", "泡沫"),
        ("MSZ/3", "水基"),
        ("ms/6", "水基"),
        ("MT3", "二氧化碳"),
        ("MTZ/5", "二氧化碳"),
        ("MTT24", "二氧化碳"),
        ("MJ/4", "洁净气体"),
        ("水基型泡沫灭火器", "泡沫"),
        ("二氧化碳", "二氧化碳"),
        ("七氟丙烷", "洁净气体"),
        ("干粉", "干粉"),
        ("手提式灭火器", None),
        ("MXYZ", None),
    ],
)
def test_words_and_model_codes_name_the_agent(text, agent):
    assert agent_of(text) == agent


@pytest.mark.parametrize(
    "agent,tested,due,retire",
    [
        ("水基", None, dt.date(2023, 1, 1), dt.date(2026, 1, 1)),
        ("泡沫", None, dt.date(2023, 1, 1), dt.date(2026, 1, 1)),
        ("二氧化碳", None, dt.date(2025, 1, 1), dt.date(2032, 1, 1)),
        ("水基", dt.date(2024, 6, 1), dt.date(2025, 6, 1), dt.date(2026, 1, 1)),
        ("泡沫", dt.date(2024, 6, 1), dt.date(2025, 6, 1), dt.date(2026, 1, 1)),
        ("二氧化碳", dt.date(2024, 6, 1), dt.date(2026, 6, 1), dt.date(2032, 1, 1)),
        ("干粉", None, dt.date(2025, 1, 1), dt.date(2030, 1, 1)),
        ("洁净气体", dt.date(2025, 3, 1), dt.date(2027, 3, 1), dt.date(2030, 1, 1)),
    ],
)
def test_the_agent_decides_every_interval(database, agent, tested, due, retire):
    fleet = Fleet(database)
    eid = fleet.save_equipment(
        EquipmentData(
            "MH-1",
            "手提式灭火器",
            "灭火器",
            "MFZ/ABC4",  # the spec says 干粉: the field wins
            MADE,
            last_test_on=tested,
            agent=agent,
        )
    )
    e = fleet.equipment(eid)
    assert (e.agent, e.next_due, e.retire_on) == (agent, due, retire)


def test_an_extinguisher_needs_its_agent_and_a_rule_edit_moves_only_that_agent(database):
    fleet = Fleet(database)
    with pytest.raises(ValidationError) as err:
        fleet.save_equipment(EquipmentData("MH-1", "手提式灭火器", "灭火器", "MFZ/ABC4", MADE))
    assert "灭火剂类型" in err.value.problems["agent"]
    foam = fleet.save_equipment(
        EquipmentData("MP-1", "泡沫灭火器", "灭火器", "", MADE, agent="泡沫")
    )
    co2 = fleet.save_equipment(
        EquipmentData("MT-1", "二氧化碳灭火器", "灭火器", "", MADE, agent="二氧化碳")
    )
    hose = fleet.save_equipment(EquipmentData("SD-1", "水带", "水带", agent="干粉"))
    assert fleet.equipment(hose).agent == ""  # only an extinguisher has an agent
    Rules(database).set("equipment.灭火器.泡沫.life_years", "8")
    assert fleet.equipment(foam).retire_on == dt.date(2028, 1, 1)
    assert fleet.equipment(co2).retire_on == dt.date(2032, 1, 1)


def test_import_reads_the_agent_column_and_its_codes_with_the_name_only_as_default(
    database, tmp_path
):
    header = ["编号", "名称", "类别", "规格型号", "灭火剂类型", "生产日期"]
    rows = [
        header,
        ["MS-1", "手提式灭火器", "灭火器", "6L", "MSZ/6", "2020-01-01"],
        ["MP-1", "手提式灭火器", "灭火器", "", "泡沫", "2020-01-01"],
        ["MT-1", "手提式灭火器", "灭火器", "", "MT3", "2020-01-01"],
        ["MP-2", "手提式灭火器", "灭火器", "MPZ/9", "", "2020-01-01"],  # default: from the spec
        ["SD-1", "水带", "水带", "", "", "2020-01-01"],
    ]
    import_register(database, "equipment", xlsx(tmp_path / "e.xlsx", rows))
    fleet = Fleet(database)
    got = {e.code: (e.agent, e.next_due, e.retire_on) for e in fleet.equipment_list()}
    assert got["MS-1"] == ("水基", dt.date(2023, 1, 1), dt.date(2026, 1, 1))
    assert got["MP-1"] == ("泡沫", dt.date(2023, 1, 1), dt.date(2026, 1, 1))
    assert got["MT-1"] == ("二氧化碳", dt.date(2025, 1, 1), dt.date(2032, 1, 1))
    assert got["MP-2"][0] == "泡沫"
    assert got["SD-1"][0] == ""
    bad = xlsx(tmp_path / "bad.xlsx", [header, ["MX-1", "灭火器", "灭火器", "", "蓝色", ""]])
    with pytest.raises(ImportRejected) as info:
        import_register(database, "equipment", bad)
    (problem,) = info.value.problems
    assert problem.column == "灭火剂类型" and "蓝色" in problem.message


def test_an_update_without_the_agent_column_keeps_the_stored_agent(database, tmp_path):
    fleet = Fleet(database)
    fleet.save_equipment(EquipmentData("MH-1", "手提式灭火器", "灭火器", "", MADE, agent="泡沫"))
    header = ["编号", "名称", "类别", "存放位置"]
    rows = [
        header,
        ["MH-1", "手提式灭火器", "灭火器", "二楼"],
        ["MH-2", "手提式灭火器", "灭火器", ""],
    ]
    with pytest.raises(ImportRejected) as info:  # a new extinguisher needs its agent
        import_register(database, "equipment", xlsx(tmp_path / "e.xlsx", rows))
    assert [(p.row, p.column) for p in info.value.problems] == [(3, "灭火剂类型")]
    import_register(database, "equipment", xlsx(tmp_path / "e.xlsx", rows[:2]))
    item = fleet.equipment_by_code("MH-1")
    assert (item.location, item.agent) == ("二楼", "泡沫")
