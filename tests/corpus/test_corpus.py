"""Every register imported from ledgers laid out as 高楼镇's office keeps them (tests/corpus/
ledgers.py): title rows, 序号, blank rows, signature blocks, a 说明 sheet, .xls/.et and CSV in
three encodings, the office's words and dates in every form. Each test reads the rows back from
the database; the files that must be refused give their exact problems and write nothing. Here
the people and duty registers and the vehicles, equipment and stock; the registers of places
(sites, plans, drills, water sources) are in test_corpus_places.py."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy import text

from db.duty.models import AlertPeriod
from db.duty.models import Leave
from db.duty.models import Member
from db.engine import Database
from db.fleet.models import Equipment
from db.fleet.models import Vehicle
from db.supplies.models import StockMove
from db.supplies.models import Supply
from db.supplies.models import SupplyBatch
from db.xlsx import REGISTERS
from db.xlsx import import_register
from db.xlsx.cells import normalize_plate
from tests.corpus.ledgers import CORPUS
from tests.corpus.ledgers import XLS_BOOKS
from tests.corpus.ledgers import XLS_DIR
from tests.corpus.reading import counts
from tests.corpus.reading import d
from tests.corpus.reading import day
from tests.corpus.reading import duty
from tests.corpus.reading import fetched
from tests.corpus.reading import load
from tests.corpus.reading import notice
from tests.corpus.reading import placed
from tests.corpus.reading import refused
from tests.corpus.reading import rows

# ---- the corpus itself --------------------------------------------------------------------------


def test_the_corpus_covers_every_register_in_every_format():
    assert len(CORPUS) >= 30
    by_register = Counter(item.register for item in CORPUS.values())
    assert set(by_register) == set(REGISTERS) and len(REGISTERS) == 14
    formats = Counter(Path(name).suffix for name in CORPUS)
    assert set(formats) == {".xlsx", ".xls", ".et", ".csv"}
    assert {item.register for item in CORPUS.values() if item.file.endswith(".xls")} >= {
        "members", "duty", "plans", "equipment", "water-sources",
    }  # fmt: skip
    for name in XLS_BOOKS:  # committed, since CI has no LibreOffice (make_xls.py remakes them)
        assert (XLS_DIR / name).read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")
    for item in CORPUS.values():
        assert all(need in CORPUS for need in item.needs)


# ---- 队员名册 -----------------------------------------------------------------------------------


def test_roster_under_a_merged_title_with_numbered_and_blank_rows_and_signatures(town, tmp_path):
    database, report = load(town, tmp_path, "队员花名册.xlsx")
    assert (report.rows, report.added) == (10, 10)
    columns = (Member.name, Member.role, Member.phone, Member.can_lead, Member.driver)
    assert rows(database, *columns, Member.joined_on) == [
        ("李德华", "队长", "18925371803", True, True, d(2019, 3, 1)),
        ("王强", "副队长", "13800000002", True, False, d(2019, 3, 1)),
        ("陈志远", "队员", "13800000003", False, True, d(2020, 5, 8)),
        ("张三", "队员", "13800000004", False, False, d(2021, 1, 15)),
        ("李明", "队员", "13800000005", False, False, d(2021, 6, 1)),
        ("赵丽", "驾驶员", "138-0000-0006", False, True, d(2021, 1, 15)),
        ("周杰", "队员", "13800000007", False, False, d(2022, 3, 1)),
        ("刘洋", "队员", "13800000008", False, False, d(2022, 9, 1)),
        ("孙伟", "副队长", "13800000009", True, False, d(2023, 2, 10)),
        ("吴刚", "队员", "13800000010", False, False, None),
    ]
    assert dict(rows(database, Member.name, Member.notes))["李德华"] == "镇应急办主任"
    assert "已在“职务”中新增：驾驶员" in report.notices
    assert notice(report, "落款（第 19–20 行：制表人、审核人、填表日期、单位(盖章)）")
    assert notice(report, "已忽略未识别的列：序号、性别")


def test_roster_supplement_in_gbk_adds_and_updates(town, tmp_path):
    database, report = load(town, tmp_path, "队员名册补充.csv")
    assert (report.added, report.updated) == (2, 1)
    assert report.outcomes[5].changes == {"phone": ("13800000002", "13900000002")}
    columns = (Member.role, Member.phone, Member.can_lead, Member.driver, Member.joined_on)
    got = {name: tuple(rest) for name, *rest in rows(database, Member.name, *columns)}
    assert len(got) == 12
    assert got["郑海"] == ("队员", "13800000011", False, True, d(2023, 1, 15))
    assert got["何平"] == ("队员", "13800000012", False, True, d(2023, 2, 1))
    assert got["王强"] == ("副队长", "13900000002", True, False, d(2019, 3, 1))


def test_militia_roster_xls_with_a_notes_sheet_first(town, tmp_path):
    database, report = load(town, tmp_path, "民兵花名册.xls")
    assert report.added == 3
    columns = (Member.name, Member.role, Member.phone, Member.can_lead, Member.driver)
    assert rows(database, *columns, Member.joined_on) == [
        ("马超", "队长", "13700000001", True, True, d(2024, 3, 1)),
        ("黄忠", "队员", "13700000002", False, True, d(2024, 3, 1)),
        ("魏延", "队员", "13700000003", False, False, d(2024, 4, 15)),
    ]


def test_the_same_roster_again_changes_nothing(town, tmp_path):
    database = town(("队员花名册.xlsx",))
    before = counts(database)
    item = CORPUS["队员花名册.xlsx"]
    report = import_register(database, "members", item.write(tmp_path))
    assert (report.unchanged, report.added, report.updated) == (10, 0, 0)
    assert counts(database) == before


# ---- 请假 ---------------------------------------------------------------------------------------


def leaves(database: Database) -> list[tuple]:
    query = select(Member.name, Leave.start, Leave.end, Leave.reason).join(Leave.member)
    return fetched(database, query.order_by(Leave.id))


def test_leave_with_phones_padded_names_and_the_year_from_the_title(town, tmp_path):
    database, report = load(town, tmp_path, "请假登记.xlsx")
    assert report.added == 3
    assert leaves(database) == [
        ("李德华", d(2027, 2, 3), d(2027, 2, 5), "探亲"),
        ("李明", d(2027, 2, 10), d(2027, 2, 12), "病假"),
        ("王强", d(2027, 2, 20), d(2027, 2, 22), "参加区应急局培训"),
    ]
    assert notice(report, "已按标题“高楼镇应急救援队2027年2月请假登记表”补全年份")


def test_leave_csv_with_bom_full_width_and_chinese_numeral_dates(town, tmp_path):
    database, report = load(town, tmp_path, "请假登记表.csv")
    assert report.added == 3
    assert leaves(database) == [
        ("张三", d(2027, 3, 1), d(2027, 3, 3), "婚假"),
        ("周杰", d(2027, 3, 8), d(2027, 3, 9), "事假"),
        ("孙伟", d(2027, 3, 15), d(2027, 3, 20), "年休假"),
    ]


# ---- 战备时段 -----------------------------------------------------------------------------------

PERIOD = (AlertPeriod.name, AlertPeriod.start, AlertPeriod.end, AlertPeriod.level)


def test_alert_periods_of_the_winter_spring_campaign(town, tmp_path):
    database, report = load(town, tmp_path, "战备时段.xlsx")
    assert report.added == 4
    assert rows(database, *PERIOD, AlertPeriod.min_staff) == [
        ("元旦", d(2026, 12, 30), d(2027, 1, 1), 1, 2),  # 12月30日 under a 2026—2027 title
        ("春节", d(2027, 2, 5), d(2027, 2, 13), 3, 4),
        ("元宵节", d(2027, 2, 20), d(2027, 2, 21), 2, 3),  # the level's own staffing
        ("全国两会", d(2027, 3, 3), d(2027, 3, 12), 2, 3),
    ]


def test_alert_levels_written_as_一级_and_三级_mean_the_levels_named_so(town, tmp_path):
    database, _ = load(town, tmp_path, "战备等级安排.csv")
    with database.read() as s:
        named = dict(s.execute(text("SELECT name, level FROM alert_level")).all())
    assert rows(database, *PERIOD) == [
        ("春节", d(2027, 2, 5), d(2027, 2, 13), named["一级战备"]),
        ("元宵节", d(2027, 2, 20), d(2027, 2, 21), named["三级战备"]),
        ("清明节", d(2027, 4, 3), d(2027, 4, 5), named["三级战备"]),
    ]


# ---- 值班表 -------------------------------------------------------------------------------------


def test_duty_roster_of_february_as_the_office_writes_names(town, tmp_path):
    database, report = load(town, tmp_path, "值班表.xlsx")
    assert report.added == 6
    assert duty(database) == {
        d(2027, 2, 1): day("李德华", ("王强", "陈志远"), ("张三",)),
        d(2027, 2, 2): day("王强", ("李明", "赵丽")),
        d(2027, 2, 3): day("孙伟", ("周杰", "刘洋"), ("吴刚",)),
        d(2027, 2, 4): day("李德华", ("陈志远", "张三")),
        d(2027, 2, 5): day("王强", ("赵丽", "刘洋"), ("李明",)),
        d(2027, 2, 6): day("孙伟", ("李明", "赵丽")),
    }
    assert notice(report, "已按标题“高楼镇应急救援队2027年2月值班表”补全年份")
    assert notice(report, "2027-02-05 战备等级写的是“一级战备”")


def test_duty_csv_with_the_month_given_at_import(town, tmp_path):
    database, report = load(town, tmp_path, "三月值班.csv")
    assert report.added == 3
    assert duty(database) == {
        d(2027, 3, 1): day("李德华", ("王强", "陈志远"), ("张三",)),
        d(2027, 3, 2): day("王强", ("赵丽", "周杰")),
        d(2027, 3, 3): day("孙伟", ("刘洋", "吴刚"), ("李明",)),
    }
    assert notice(report, "已按导入时指定的月份“2027-03”补全年份")
    assert notice(report, "第 5–6 行：制表人、注")


def test_duty_xls_with_the_year_in_the_sheet_name(town, tmp_path):
    database, report = load(town, tmp_path, "四月值班表.xls")
    assert report.added == 3
    assert duty(database) == {
        d(2027, 4, 1): day("李德华", ("王强", "陈志远")),
        d(2027, 4, 2): day("孙伟", ("赵丽", "周杰"), ("刘洋",)),
        d(2027, 4, 3): day("王强", ("张三", "李明")),
    }
    assert notice(report, "已按工作表名“2027年4月”补全年份")


def test_duty_roster_with_the_duty_phone_written_under_it(town, tmp_path):
    database, _ = load(town, tmp_path, "值班表（附值班电话）.xlsx")
    assert duty(database) == {
        d(2027, 2, 8): day("李德华", ("王强", "陈志远")),
        d(2027, 2, 9): day("孙伟", ("周杰", "刘洋")),
    }


# ---- 车辆 ---------------------------------------------------------------------------------------

VEHICLE = (Vehicle.type, Vehicle.tank_l, Vehicle.foam_l, Vehicle.pump_lps, Vehicle.in_service_on)


def vehicles(database: Database) -> dict[str, tuple]:
    got = rows(database, Vehicle.plate, *VEHICLE, Vehicle.mileage_km, Vehicle.status)
    return {normalize_plate(plate): rest for plate, *rest in got}


def test_vehicles_with_plates_with_or_without_the_dot_and_in_full_width(town, tmp_path):
    database, report = load(town, tmp_path, "消防车辆台账.xlsx")
    assert report.added == 3
    assert vehicles(database) == {
        "渝A·12345": ["水罐消防车", 5000, None, 40, d(2018, 6, 1), 35210, "执勤"],
        "渝B·56789": ["抢险救援车", None, None, None, d(2020, 9, 1), 12000, "备用"],
        "渝A·F6688": ["泡沫消防车", 3000, 1000, 30, d(2021, 5, 20), 8000.5, "维修"],
    }


def test_vehicles_csv_updates_a_plate_written_without_the_dot(town, tmp_path):
    database, report = load(town, tmp_path, "车辆.csv")
    assert (report.added, report.updated) == (1, 1)
    assert report.outcomes[2].changes == {"mileage_km": (35210, 36800)}
    got = vehicles(database)
    assert len(got) == 4
    assert got["渝A·12345"][-2:] == [36800, "执勤"]
    assert got["渝C·33333"] == ["手抬泵运输车", None, None, None, d(2026, 8, 1), 500, "备用"]


# ---- 器材 ---------------------------------------------------------------------------------------

ITEM = (Equipment.code, Equipment.name, Equipment.category, Equipment.spec)


def equipment(database: Database) -> list[tuple]:
    query = (
        select(*ITEM, Equipment.manufactured_on, Equipment.location, Vehicle.plate)
        .add_columns(Equipment.status, Equipment.last_test_on)
        .outerjoin(Vehicle, Vehicle.id == Equipment.vehicle_id)
        .order_by(Equipment.id)
    )
    with database.read() as s:
        return [(*r[:6], r[6] and normalize_plate(r[6]), *r[7:]) for r in s.execute(query)]


def test_equipment_on_vehicles_named_with_or_without_the_dot(town, tmp_path):
    database, report = load(town, tmp_path, "装备器材台账.xlsx")
    assert report.added == 5
    assert equipment(database) == [
        ("SD-001", "65型有衬里水带", "水带", "13-65-20", d(2022, 3, 15), "器材库", "渝A·12345",
         "在用", d(2026, 3, 1)),
        ("KH-001", "正压式空气呼吸器", "呼吸器", "RHZKF6.8/30", d(2021, 6, 1), "", "渝B·56789",
         "在用", d(2026, 5, 10)),
        ("MHQ-001", "干粉灭火器", "灭火器", "MFZ/ABC4", d(2023, 1, 1), "器材库", None, "备用",
         None),
        ("YJ-001", "油锯", "破拆工具", "YD-58", d(2024, 5, 1), "器材库", "渝A·12345", "在用",
         None),
        ("DJJ-001", "手持对讲机", "通信", "TC-500S", d(2024, 8, 8), "值班室", None, "维修",
         None),
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["器材清册.xls", "器材清册.et"])
def test_equipment_xls_and_the_same_file_saved_by_wps_as_et(town, tmp_path, name):
    database, report = load(town, tmp_path, name)
    assert report.added == 2
    assert equipment(database) == [
        ("QP-001", "碳纤维气瓶", "气瓶", "6.8L/30MPa", d(2021, 6, 1), "", "渝B·56789", "在用",
         d(2024, 6, 1)),
        ("SQ-001", "多功能水枪", "水枪/水炮", "QLD6.0/8", d(2022, 4, 1), "器材库", None, "备用",
         None),
    ]  # fmt: skip


# ---- 物资 ---------------------------------------------------------------------------------------

SUPPLY = (Supply.name, Supply.category, Supply.unit, Supply.location, Supply.quota)


def balances(database: Database) -> dict[str, float]:
    return dict(rows(database, Supply.name, Supply.balance))


def test_supplies_reserve_with_batches(town, tmp_path):
    database, report = load(town, tmp_path, "物资储备台账.xlsx")
    assert report.added == 6
    assert rows(database, *SUPPLY, Supply.balance) == [
        ("编织袋", "防汛物资", "条", "镇应急物资仓库", 2000, 2000),
        ("救生衣", "防汛物资", "件", "镇应急物资仓库", 100, 80),
        ("矿泉水", "生活物资", "箱", "镇应急物资仓库", 50, 30),
        ("方便面", "生活物资", "箱", "镇应急物资仓库", 50, 40),
        ("干粉灭火器", "消防物资", "具", "器材库", 40, 40),
        ("应急照明灯", "照明通信", "台", "器材库", 20, 18),
    ]
    assert rows(database, SupplyBatch.batch, SupplyBatch.expires_on, SupplyBatch.balance) == [
        ("B2026-11", d(2030, 11, 30), 30),
        ("B2026-10", d(2030, 4, 30), 40),
    ]
    assert rows(database, StockMove.kind, order=StockMove.id) == [("入库",)] * 6
    assert "已在“计量单位”中新增：具" in report.notices


def test_a_stocktake_in_gbk_adjusts_the_stock_when_asked(town, tmp_path):
    database, report = load(town, tmp_path, "物资盘点表.csv")
    assert (report.updated, report.unchanged) == (1, 2)
    assert balances(database)["救生衣"] == 76
    adjust = (StockMove.kind, StockMove.quantity, StockMove.handler)
    assert rows(database, *adjust, order=StockMove.id)[-1] == ("盘点调整", -4, "测试员")
    assert "盘点调整：救生衣 -4件（账面 80 → 实盘 76）" in report.notices


def test_supplies_ledger_with_a_total_row(town, tmp_path):
    database, report = load(town, tmp_path, "物资储备台账（含合计）.xlsx")
    assert report.added == 2
    assert balances(database) == {"编织袋": 2000, "救生衣": 80}


def test_a_count_without_batch_columns_is_the_whole_stock(town, tmp_path):
    database = town(CORPUS["物资盘点（不分批次）.xlsx"].needs)
    before = balances(database)
    _, report = load(lambda needs: database, tmp_path, "物资盘点（不分批次）.xlsx")
    assert report.unchanged == 3
    assert balances(database) == before


# ---- 出入库 -------------------------------------------------------------------------------------

MOVE = (Supply.name, StockMove.moved_on, StockMove.kind, StockMove.quantity, StockMove.borrower)


def moves(database: Database) -> list[tuple]:
    query = select(*MOVE).join(Supply).where(StockMove.note != "Excel导入").order_by(StockMove.id)
    return fetched(database, query)


def test_stock_moves_in_the_offices_words(town, tmp_path):
    database, report = load(town, tmp_path, "出入库登记.xlsx")
    assert report.added == 6
    assert moves(database) == [
        ("编织袋", d(2026, 11, 5), "出库", -200, "河坝村"),
        ("救生衣", d(2026, 11, 8), "借出", -10, "新华村村委会"),
        ("救生衣", d(2026, 11, 18), "归还", 10, "新华村村委会"),
        ("矿泉水", d(2026, 11, 20), "入库", 20, ""),
        ("方便面", d(2026, 11, 25), "出库", -5, "高楼村"),
        ("编织袋", d(2026, 11, 28), "报废", -10, ""),
    ]
    got = {r[0]: r[1:] for r in rows(database, Supply.name, Supply.balance, Supply.on_loan)}
    assert got["编织袋"] == (1790, 0) and got["救生衣"] == (80, 0)
    assert got["矿泉水"] == (50, 0) and got["方便面"] == (35, 0)
    with database.read() as s:
        loan = s.scalar(select(StockMove).where(StockMove.kind == "借出"))
        assert (loan.due_back, loan.returned) == (d(2026, 11, 20), True)


def test_stock_moves_csv(town, tmp_path):
    database, report = load(town, tmp_path, "出入库.csv")
    assert report.added == 3
    assert moves(database) == [
        ("应急照明灯", d(2026, 11, 10), "出库", -2, "石桥村"),
        ("干粉灭火器", d(2026, 11, 11), "出库", -5, "高楼镇中心小学"),
        ("干粉灭火器", d(2026, 11, 12), "入库", 10, ""),
    ]
    assert balances(database)["应急照明灯"] == 16 and balances(database)["干粉灭火器"] == 45


def test_stock_moves_signed_by_the_storekeeper(town, tmp_path):
    database, _ = load(town, tmp_path, "出入库登记（保管员签字）.xlsx")
    assert moves(database) == [("编织袋", d(2026, 11, 2), "出库", -100, "石桥村")]


# ---- refused, with nothing written --------------------------------------------------------------


#: Each file that must be refused, with its problems: (row, column as written, a phrase of the
#: message).
REFUSED = [
    ("水源登记（类型写错）.xlsx", [(4, "水源类型", "“消防水箱”不是水源类型的取值，最接近的是：消防水鹤、消防水池")]),
    ("值班表（电话不符）.xlsx", [(4, "带班领导", "“李德华”的电话 13912345678 与名册（18925371803）不符")]),
    ("请假登记（补）.csv", [(4, "开始日期", "日期“2月1日”没有年份"), (4, "结束日期", "日期“2月3日”没有年份")]),
    ("物资清点表.xlsx", [(4, "实有数量", "与账面结存 80件 不符（相差 -2）")]),  # needs --adjust-stock
    ("水源编号重复.csv", [(4, "编号", "编号“gl-xhs-010”与第 2 行重复")]),
    ("演练台账（人员不在名册）.xlsx", [(3, "参加人员", "队员名册中没有“王小二”")]),
    ("出入库登记（超出库存）.xlsx", [(4, "数目", "“救生衣”此时库存 30件，不能出库 40件")]),
    ("器材登记（车辆不在台账）.xlsx", [(4, "随车", "车辆台账中没有车牌号“渝D99999”")]),
    ("巡查记录（编号不在台账）.csv", [(3, "水源编号", "水源台账中没有编号“GL-XHS-099”")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "expected"), REFUSED)
def test_a_file_with_a_wrong_cell_is_refused_on_that_cell(town, tmp_path, name, expected):
    placed(refused(town, tmp_path, name), expected)
