"""Reading the audit trail (db.history): filters, each field's old → new, Chinese labels."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import insert

import db.schema  # noqa: F401  (every table, for the label check)
from db.base import AUDIT_SKIP
from db.base import Base
from db.chain import UPGRADE_OPERATOR
from db.duty import LeaveData
from db.duty import Ledger
from db.duty import MemberData
from db.history import COUNT_CAP
from db.history import History
from db.history import HistoryFilter
from db.history import count_text
from db.labels import field_label
from db.labels import resolve_table
from db.labels import table_title
from db.shared_models import AuditLog
from db.water import WaterBook
from db.water import WaterSourceData


def _member(ledger: Ledger, name: str, **changes) -> int:
    return ledger.save_member(MemberData(name=name, phone="13800000001", **changes))


def test_a_members_life_reads_as_chinese_changes(any_database):
    ledger = Ledger(any_database)
    history = History(any_database)
    mid = _member(ledger, "刘建国")
    any_database.operator = "王芳"
    m = ledger.member(mid)
    ledger.save_member(dataclasses.replace(m, phone="13900000009", notes="=1+1"))
    ledger.save_leave(LeaveData(mid, dt.date(2026, 2, 1), dt.date(2026, 2, 3), "探亲"))
    assert ledger.delete_member(mid, ledger.member(mid).version) == "archived"
    ledger.restore_member(mid, ledger.member(mid).version)

    rows = history.record("member", mid)
    assert [e.action for e in rows] == ["恢复", "归档", "修改", "新增"]
    assert {e.record for e in rows} == {f"刘建国（#{mid}）"}
    assert all(e.register == "队员名册" for e in rows)
    edit = rows[2]
    assert edit.operator == "王芳"
    assert [(c.label, c.old, c.new) for c in edit.changes] == [
        ("联系电话", "13800000001", "13900000009"),
        ("备注", "（空）", "=1+1"),
    ]
    assert edit.summary() == "联系电话：13800000001 → 13900000009；备注：（空） → =1+1"
    assert [(c.label, c.old, c.new) for c in rows[1].changes] == [("已归档", "否", "是")]
    created = rows[3]
    assert "姓名：刘建国" in created.summary() and "驾驶员" not in created.summary()

    # filters: by person, by register, by record, and all together
    assert {e.operator for e in history.page(HistoryFilter(operator="王芳")).rows} == {"王芳"}
    by_register = history.page(HistoryFilter(table="leave"))
    assert by_register.total == 1 and by_register.rows[0].register == "请假登记"
    assert history.page(HistoryFilter(table="member", record_id=mid, operator="测试员")).total == 1
    assert history.page(HistoryFilter(table="member", record_id=mid + 1)).total == 0
    # besides the upgrade's own rows for the records the migrations made (程序升级)
    upgrade = history.count(HistoryFilter(operator=UPGRADE_OPERATOR))
    assert history.count(HistoryFilter()) == 5 + upgrade


def test_date_range_and_newest_first(database):
    history = History(database)
    with database.transaction() as s:
        s.execute(
            insert(AuditLog),
            [
                {
                    "at": dt.datetime(2026, 3, day, 9, 0),
                    "operator": "李明",
                    "table_name": "vehicle",
                    "record_id": day,
                    "action": "update",
                    "before": '{"plate": "渝A·1", "mileage_km": 100}',
                    "after": '{"plate": "渝A·1", "mileage_km": 150}',
                }
                for day in range(1, 11)
            ],
        )
    march = history.page(HistoryFilter(since=dt.date(2026, 3, 3), until=dt.date(2026, 3, 5)))
    assert [e.record_id for e in march.rows] == [5, 4, 3]  # until is inclusive
    assert march.rows[0].changes[0].text() == "里程km：100 → 150"
    assert march.rows[0].record == "渝A·1（#5）" and march.rows[0].register == "消防车辆"
    after = HistoryFilter(since=dt.date(2026, 3, 11), until=dt.date(2026, 3, 31))
    assert history.page(after).total == 0
    assert [e.record_id for e in history.page(HistoryFilter(table="vehicle"), 8, 5).rows] == [2, 1]


def test_water_source_details_compare_key_by_key(database):
    book = WaterBook(database)
    sid = book.save_source(
        WaterSourceData(code="XHS-9", name="测试消火栓", form="地上式", details={"static_mpa": 0.3})
    )
    src = book.source(sid)
    book.save_source(dataclasses.replace(src, details={"static_mpa": 0.25, "pipe_dn": 150}))
    (edit, _created) = History(database).record("water_source", sid)
    assert [(c.label, c.old, c.new) for c in edit.changes] == [
        ("管网直径", "（空）", "150"),
        ("静压", "0.3", "0.25"),
    ]


def test_counts_stop_at_the_cap(database):
    rows = [
        {"operator": "甲", "table_name": "member", "record_id": 1, "action": "update"}
        for _ in range(COUNT_CAP + 5)
    ]
    with database.transaction() as s:
        s.execute(insert(AuditLog), [{**r, "at": dt.datetime(2026, 1, 1)} for r in rows])
    page = History(database).page(HistoryFilter(), 0, 50)
    assert page.total == COUNT_CAP + 1 and len(page.rows) == 50
    assert count_text(page.total).startswith("10,000 条以上")
    assert count_text(12) == "共 12 条"
    upgrade = History(database).count(HistoryFilter(operator=UPGRADE_OPERATOR))
    assert History(database).count(HistoryFilter()) == COUNT_CAP + 5 + upgrade


def test_every_field_of_every_table_has_a_chinese_label():
    missing = []
    for mapper in Base.registry.mappers:
        table = mapper.local_table.name
        if table == "audit_log":
            continue
        if table_title(table) == "其他记录":
            missing.append(table)
        for attr in mapper.column_attrs:
            if attr.key not in AUDIT_SKIP and attr.key != "id":
                label = field_label(table, attr.key)
                if label == attr.key or label.isascii():
                    missing.append(f"{table}.{attr.key}")
    assert missing == []


def test_a_register_is_found_by_its_name_in_either_language():
    assert resolve_table("members") == resolve_table("队员名册") == resolve_table("member")
    assert resolve_table("消防水源台账") == "water_source"


def test_values_read_as_words_and_references_as_names(database):
    from db.shared_models import User

    ledger = Ledger(database)
    mid = _member(ledger, "孙红梅")
    ledger.save_leave(LeaveData(mid, dt.date(2027, 1, 13), dt.date(2027, 1, 16), "病假"))
    with database.transaction() as s:
        s.add(User(name="王芳", role="clerk", password_hash="$argon2id$v=19$secret"))
    history = History(database)
    (leave,) = history.page(HistoryFilter(table="leave")).rows
    assert leave.record.startswith("孙红梅（#")  # a leave is named by its member
    assert leave.changes[0].text() == f"队员：（空） → 孙红梅（#{mid}）"
    (user,) = history.page(HistoryFilter(table="app_user")).rows
    assert "角色：办事员" in user.summary()
    assert "secret" not in user.summary() and "密码（已加密）：（已设置）" in user.summary()


def test_settings_are_named_as_the_settings_page_names_them(database):
    Ledger(database).save_settings({"town": "双河镇", "campaign_preloaded_2027": "1"})
    rows = History(database).page(HistoryFilter(table="setting")).rows
    assert {e.record for e in rows} == {"乡镇名称", "已预置当年战备时段：2027"}
    assert "设置值：双河镇" in {e.summary() for e in rows if e.record == "乡镇名称"}.pop()
