"""The office's vocabularies: ledgers in the clerks' own words go in; unknown rule words are
placed errors with suggestions; office lists grow; rename and merge carry the records along."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import text

from db.drills.models import Site
from db.duty.models import Member
from db.errors import ValidationError
from db.shared_models import AuditLog
from db.shared_models import VocabEntry
from db.supplies.models import StockMove
from db.vocab import Vocab
from db.vocab import term_key
from db.vocab_builtin import BUILTIN
from db.vocab_builtin import BY_KEY
from db.water.models import WaterSource
from db.xlsx import REGISTERS
from db.xlsx import ImportRejected
from db.xlsx import import_register
from tests.xlsx.helpers import xlsx


def sources(database):
    with database.read() as s:
        return {w.code: w for w in s.scalars(select(WaterSource))}


def audit_count(database):
    with database.read() as s:
        return s.scalar(select(func.count()).select_from(AuditLog))


def test_water_sources_in_the_clerks_words_go_in_with_their_canonical_type(any_database, tmp_path):
    database = any_database
    path = xlsx(
        tmp_path / "水源台账.xlsx",
        [
            ["高楼镇消防水源普查登记表"],
            ["编号", "名称", "类型", "可用状态", "静压MPa"],
            ["XHS-01", "街口消火栓", "消火栓", "完好", 0.3],
            ["XHS-02", "学校门口", "室外消火栓", "正常", None],
            ["XHS-03", "粮站", "地上式消火栓", "损坏", None],
            ["SC-01", "镇政府水池", "水池", "可用", None],
            ["TR-01", "清水河", "河流", "良好", None],
            ["SH-01", "货场鹤管", "鹤管", "维修", None],
        ],
    )
    report = import_register(database, "water-sources", path)
    assert report.added == 6
    got = sources(database)
    assert {c: (w.type, w.form, w.status) for c, w in got.items()} == {
        "XHS-01": ("市政消火栓", "", "可用"),
        "XHS-02": ("市政消火栓", "", "可用"),
        "XHS-03": ("市政消火栓", "地上式", "故障"),
        "SC-01": ("消防水池", "", "可用"),
        "TR-01": ("天然水源", "河", "可用"),
        "SH-01": ("消防水鹤", "", "维修中"),
    }


def test_an_unknown_rule_word_is_a_placed_error_with_the_closest_values(database, tmp_path):
    path = xlsx(
        tmp_path / "w.xlsx",
        [
            ["编号", "名称", "类型", "可用状态"],
            ["A-1", "甲", "消火栓", "完好"],
            ["A-2", "乙", "消防栓井", "凑合"],
        ],
    )
    before = audit_count(database)
    with pytest.raises(ImportRejected) as err:
        import_register(database, "water-sources", path)
    problems = {(p.row, p.column): p.message for p in err.value.problems}
    assert set(problems) == {(3, "类型"), (3, "可用状态")}
    assert "“消防栓井”不是水源类型的取值，最接近的是：市政消火栓" in problems[(3, "类型")]
    assert "设置 → 词表" in problems[(3, "类型")]
    assert "可选：可用、故障、维修中、停用、撤除" in problems[(3, "可用状态")]
    assert sources(database) == {}
    assert audit_count(database) == before


def test_a_synonym_the_office_adds_is_understood_by_the_next_import(database, tmp_path):
    path = xlsx(tmp_path / "w.xlsx", [["编号", "名称", "类型"], ["B-1", "丙", "消防龙头"]])
    with pytest.raises(ImportRejected):
        import_register(database, "water-sources", path)
    row = Vocab(database).add("water.type", "消防龙头", means="消火栓")
    assert (row.written, row.canonical, row.origin) == ("消防龙头", "市政消火栓", "本单位")
    import_register(database, "water-sources", path)
    assert sources(database)["B-1"].type == "市政消火栓"
    with database.read() as s:
        logged = s.scalars(select(AuditLog).where(AuditLog.table_name == "vocab_entry")).all()
    assert len(logged) == 1


def test_new_words_of_office_lists_are_accepted_added_and_reported_once(any_database, tmp_path):
    database = any_database
    path = xlsx(
        tmp_path / "场所.xlsx",
        [
            ["名称", "类型"],
            ["仁心诊所", "诊所"],
            ["夕阳红敬老院", "敬老院"],
            ["山水农家乐", "农家乐"],
            ["河畔农家乐", "农家乐"],
        ],
    )
    report = import_register(database, "sites", path)
    with database.read() as s:
        types = {x.name: x.type for x in s.scalars(select(Site))}
        entries = s.scalars(select(VocabEntry)).all()
    assert types == {
        "仁心诊所": "卫生院/诊所",
        "夕阳红敬老院": "养老院",
        "山水农家乐": "农家乐",
        "河畔农家乐": "农家乐",
    }
    assert [(e.vocab, e.kind, e.canonical) for e in entries] == [("site.type", "value", "农家乐")]
    assert report.notices.count("已在“场所类型”中新增：农家乐") == 1
    assert "农家乐" in Vocab(database).terms("site.type").values


def test_a_role_the_office_uses_is_kept(database, tmp_path):
    path = xlsx(tmp_path / "m.xlsx", [["姓名", "职务"], ["李德华", "驾驶员"], ["王强", "队员"]])
    report = import_register(database, "members", path)
    with database.read() as s:
        roles = {m.name: m.role for m in s.scalars(select(Member))}
    assert roles == {"李德华": "驾驶员", "王强": "队员"}
    assert "已在“职务”中新增：驾驶员" in report.notices


def test_stock_moves_in_common_words(database, tmp_path):
    supplies = xlsx(tmp_path / "s.xlsx", [["名称", "单位", "数量"], ["编织袋", "条", 0]])
    import_register(database, "supplies", supplies)
    moves = xlsx(
        tmp_path / "moves.xlsx",
        [
            ["日期", "物资名称", "类型", "数量", "经办人", "领用人"],
            ["2026-11-02", "编织袋", "采购", 500, "张三", ""],
            ["2026-11-05", "编织袋", "领用", 120, "张三", "清水村"],
            ["2026-11-06", "编织袋", "借用", 30, "张三", "高楼村"],
        ],
    )
    import_register(database, "stock-moves", moves)
    with database.read() as s:
        kinds = [m.kind for m in s.scalars(select(StockMove).order_by(StockMove.id))]
    assert kinds[-3:] == ["入库", "出库", "借出"]


def test_rename_and_merge_rewrite_the_records_and_keep_the_old_word(any_database, tmp_path):
    database = any_database
    path = xlsx(
        tmp_path / "场所.xlsx",
        [["名称", "类型"], ["甲店", "小卖部"], ["乙店", "小卖铺"], ["丙校", "学校"]],
    )
    import_register(database, "sites", path)
    vocab = Vocab(database)
    assert vocab.merge("site.type", "小卖铺", "小卖部") == 1
    assert vocab.rename("site.type", "小卖部", "便利店") == 2
    assert vocab.merge("site.type", "学校", "便利店") == 1  # a built-in value, retired
    with database.read() as s:
        types = {x.name: x.type for x in s.scalars(select(Site))}
        changes = s.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.table_name == "site")
        )
    assert types == {"甲店": "便利店", "乙店": "便利店", "丙校": "便利店"}
    assert changes == 3 + 4  # three inserts, then four audited updates
    terms = vocab.terms("site.type")
    assert "小卖铺" not in terms.values and "小卖部" not in terms.values
    assert "学校" not in terms.values
    for word in ("小卖铺", "小卖部", "学校", "中学"):  # old words and their synonyms follow
        assert terms.resolve(word).value == "便利店", word


def test_rule_vocabularies_refuse_new_values_and_bad_meanings(database):
    vocab = Vocab(database)
    with pytest.raises(ValidationError) as err:
        vocab.add("water.status", "凑合")
    assert "只能添加同义词" in err.value.problems["value"]
    with pytest.raises(ValidationError) as err:
        vocab.add("water.status", "凑合", means="还行")
    assert "不是“可用状态”的取值" in err.value.problems["means"]
    with pytest.raises(ValidationError) as err:
        vocab.add("water.status", "完好", means="故障")
    assert "已表示“可用”" in err.value.problems["value"]
    with pytest.raises(ValidationError):
        vocab.rename("water.status", "可用", "好用")
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(VocabEntry)) == 0


def test_every_rule_vocabulary_has_at_least_five_built_in_synonyms():
    named = (
        "water.type",
        "water.form",
        "water.status",
        "stock.move_kind",
        "drill.kind",
        "plan.type",
        "plan.status",
        "finding.status",
        "alert.level",
        "yesno",
    )
    for key in named:
        vocab = BY_KEY[key]
        assert vocab.rule, key
        assert len(vocab.synonyms) >= 5, key
        if vocab.values:  # every synonym means one of the values, none is a value itself
            assert set(vocab.synonyms.values()) <= set(vocab.values), key
            assert not {term_key(w) for w in vocab.synonyms} & {
                term_key(v) for v in vocab.values
            }, key


def test_vocabularies_name_real_columns_and_registers_name_real_vocabularies(database):
    with database.read() as s:
        for vocab in BUILTIN:
            for table, column in vocab.stored_in:
                s.execute(text(f"SELECT {column} FROM {table} LIMIT 1"))
    used = {c.vocab for spec in REGISTERS.values() for c in spec.columns if c.vocab}
    assert used <= set(BY_KEY)
    assert {"water.type", "site.type", "member.role", "stock.move_kind"} <= used


def test_a_type_specific_field_on_another_type_is_kept_with_a_notice(database, tmp_path):
    path = xlsx(
        tmp_path / "w.xlsx",
        [
            ["编号", "名称", "类型", "静压MPa", "储水量m3"],
            ["P-1", "水池一", "水池", 0.2, 300],
            ["P-2", "水池二", "水池", 0.25, 200],
        ],
    )
    report = import_register(database, "water-sources", path)
    assert report.added == 2
    got = sources(database)
    assert '"static_mpa": 0.2' in got["P-1"].details and '"volume_m3": 300' in got["P-1"].details
    assert "第 2、3 行：消防水池一般不填“静压MPa”，已照录" in report.notices
    assert dt.date.today() == got["P-2"].next_due


def test_alert_levels_written_as_offices_write_them(database, tmp_path):
    path = xlsx(
        tmp_path / "战备.xlsx",
        [
            ["名称", "开始日期", "结束日期", "等级"],
            ["春节", "2027-02-05", "2027-02-12", "一级"],
            ["两会", "2027-03-03", "2027-03-12", "Ⅱ级"],
            ["元宵", "2027-02-20", "2027-02-21", "三级响应"],
        ],
    )
    import_register(database, "alert-periods", path)
    with database.read() as s:
        levels = dict(s.execute(text("SELECT name, level FROM alert_period")).all())
    assert levels == {"春节": 3, "两会": 2, "元宵": 1}  # 一级战备 is the highest, level 3
    bad = xlsx(
        tmp_path / "bad.xlsx",
        [["名称", "开始日期", "结束日期", "等级"], ["x", "2027-04-01", "2027-04-02", "特级"]],
    )
    with pytest.raises(ImportRejected) as err:
        import_register(database, "alert-periods", bad)
    assert [(p.row, p.column) for p in err.value.problems] == [(2, "等级")]


def test_the_offices_own_yes_and_no(database, tmp_path):
    path = xlsx(tmp_path / "m.xlsx", [["姓名", "驾驶员"], ["甲", "有证"], ["乙", "√"]])
    with pytest.raises(ImportRejected) as err:
        import_register(database, "members", path)
    assert [(p.row, p.column) for p in err.value.problems] == [(2, "驾驶员")]
    Vocab(database).add("yesno", "有证", means="是")
    import_register(database, "members", path)
    with database.read() as s:
        assert dict(s.execute(select(Member.name, Member.driver)).all()) == {"甲": True, "乙": True}
