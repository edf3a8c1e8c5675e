"""Every text has a maximum length, read from its table: saves are refused in a sentence naming
the field, imports name the row and the column; nothing is written either way."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import func
from sqlalchemy import select

from db.drills.models import PlanVersion
from db.duty import Ledger
from db.duty import MemberData
from db.duty.models import Member
from db.errors import ValidationError
from db.limits import NOTE_MAX
from db.limits import TextTooLong
from db.limits import text_limits
from db.shared_models import AuditLog
from db.water import WaterBook
from db.water import WaterSourceData
from db.water.models import WaterSource
from db.xlsx import ImportRejected
from db.xlsx import import_register
from db.xlsx.registers import REGISTERS
from db.xlsx.spec import Kind


def counts(database) -> tuple[int, int, int]:
    with database.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Member)),
            s.scalar(select(func.count()).select_from(WaterSource)),
            s.scalar(select(func.count()).select_from(AuditLog)),
        )


def test_limits_come_from_the_tables():
    members = text_limits(Member)
    assert members["name"] == 40 and members["phone"] == 40 and members["notes"] == NOTE_MAX
    assert "joined_on" not in members and "driver" not in members
    assert text_limits(WaterSource)["address"] == 200
    assert "details" not in text_limits(WaterSource)  # the program's own JSON
    assert "snapshot" not in text_limits(PlanVersion)


def test_every_text_column_of_every_register_is_bounded():
    for spec in REGISTERS.values():
        for column in spec.columns:
            if column.kind is Kind.TEXT:
                assert column.max_length is not None, (spec.key, column.key)
                assert column.max_length <= NOTE_MAX
    members = REGISTERS["members"]
    assert members.column("notes").max_length == NOTE_MAX
    assert REGISTERS["water-sources"].column("address").max_length == 200


def test_a_note_of_2000_characters_is_kept_2001_refused(any_database):
    ledger = Ledger(any_database)
    kept = ledger.save_member(MemberData("张三", "队员", notes="记" * NOTE_MAX))
    assert len(ledger.member(kept).notes) == NOTE_MAX
    before = counts(any_database)
    with pytest.raises(TextTooLong) as refused:
        ledger.save_member(MemberData("李四", "队员", notes="记" * 100_000))
    assert isinstance(refused.value, ValidationError)
    assert refused.value.problems == {
        "notes": "不能超过 2,000 个字（现在 100,000 个字），请删减后再保存"
    }
    assert str(refused.value) == "备注不能超过 2,000 个字（现在 100,000 个字），请删减后再保存"
    assert counts(any_database) == before


def test_an_edit_over_the_limit_changes_nothing(any_database):
    ledger = Ledger(any_database)
    member_id = ledger.save_member(MemberData("张三", "队员", notes="原来的备注"))
    member = ledger.member(member_id)
    before = counts(any_database)
    member.notes = "新" * (NOTE_MAX + 1)
    with pytest.raises(TextTooLong, match="备注不能超过 2,000 个字"):
        ledger.save_member(member)
    assert ledger.member(member_id).notes == "原来的备注"
    assert counts(any_database) == before


def test_a_short_column_is_refused_in_words_on_both_engines(any_database):
    """An address over String(200): PostgreSQL would raise a raw DataError, SQLite store it."""
    book = WaterBook(any_database)
    before = counts(any_database)
    data = WaterSourceData("XHS-001", "一号消火栓", address="长" * 201)
    with pytest.raises(ValidationError) as refused:
        book.save_source(data)
    assert "address" in refused.value.problems
    assert "不能超过 200 个字（现在 201 个字）" in str(refused.value)
    assert "SQL" not in str(refused.value) and "address" not in str(refused.value)
    assert counts(any_database) == before
    data.address = "长" * 200
    assert book.save_source(data)


def test_an_import_names_the_row_and_the_column(database, tmp_path):
    path = tmp_path / "名册.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "职务", "备注"])
    wb.active.append(["张三", "队员", "记" * NOTE_MAX])
    wb.active.append(["李四", "队员", "记" * (NOTE_MAX + 1)])
    wb.active.append(["王" * 41, "队员", ""])
    wb.save(path)
    before = counts(database)
    with pytest.raises(ImportRejected) as refused:
        import_register(database, "members", path)
    found = [(p.row, p.column, p.message) for p in refused.value.problems]
    assert (3, "备注", "内容过长（2001 字），最多 2000 字") in found
    assert (4, "姓名", "内容过长（41 字），最多 40 字") in found
    assert [p.row for p in refused.value.problems] == [3, 4]
    assert counts(database) == before
