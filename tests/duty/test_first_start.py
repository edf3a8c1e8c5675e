"""A new database names no town until the office types its own; 首次设置 saves the settings
and the first members together, or nothing."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from db.duty import Ledger
from db.duty import MemberData
from db.duty import forms
from db.errors import ValidationError
from db.settings import database_letterhead


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_new_database_prints_a_blank_town_and_asks_for_one(database):
    ledger = Ledger(database)
    assert ledger.needs_first_start()
    assert ledger.settings()["town"] == ""
    assert database_letterhead(database).text == "______镇应急办"
    today = dt.date.today()
    text = pdf_text(forms.roster_pdf(ledger, today.year, today.month))
    assert "______镇综合应急救援队" in text
    assert "高楼" not in text


def test_first_start_saves_settings_and_members_in_one_go(database):
    ledger = Ledger(database)
    ledger.first_start(
        {"town": " 石门镇 ", "office": "镇应急办", "duty_phone": "023-4560 1234"},
        [MemberData("张三", phone="13800000001", can_lead=True), MemberData("李四", driver=True)],
    )
    assert not ledger.needs_first_start()
    assert ledger.settings()["town"] == "石门镇"
    assert [(m.name, m.can_lead, m.driver) for m in ledger.members()] == [
        ("张三", True, False),
        ("李四", False, True),
    ]
    today = dt.date.today()
    text = pdf_text(forms.roster_pdf(ledger, today.year, today.month))
    assert "石门镇综合应急救援队" in text and "023-4560 1234" in text


def test_first_start_lists_every_problem_and_writes_nothing(database):
    ledger = Ledger(database)
    ledger.save_member(MemberData("王五"))
    with pytest.raises(ValidationError) as caught:
        ledger.first_start(
            {"town": "", "duty_phone": "abcd", "shift_start": "8点半"},
            [
                MemberData("张三", phone="电话"),
                MemberData("张 三"),
                MemberData("王五"),
                MemberData(""),
            ],
        )
    problems = caught.value.problems
    assert problems["town"] == "请填写乡镇名称"
    assert problems["duty_phone"].startswith("值班电话只能包含数字")
    assert problems["shift_start"].startswith("请写成 时:分")
    assert problems["members.0.phone"].startswith("电话只能包含数字")
    assert problems["members.1.name"].startswith("与第 1 行同名")
    assert problems["members.2.name"].startswith("已有同名队员“王五”")
    assert "members.3.name" in problems
    assert ledger.needs_first_start()
    assert [m.name for m in ledger.members()] == ["王五"]


def test_settings_refuse_a_duty_phone_that_is_no_phone(database):
    ledger = Ledger(database)
    with pytest.raises(ValidationError) as caught:
        ledger.save_settings({"town": "石门镇", "duty_phone": "abcd"})
    assert list(caught.value.problems) == ["duty_phone"]
    assert ledger.needs_first_start()
    ledger.save_settings({"town": "石门镇", "duty_phone": "(023)45601234"})
    assert ledger.settings()["duty_phone"] == "(023)45601234"


def test_no_template_names_the_demo_town(database, tmp_path):
    import openpyxl

    from db.xlsx import REGISTERS
    from db.xlsx import write_template

    for register in REGISTERS:
        path = tmp_path / f"{register}.xlsx"
        write_template(register, path, database)
        book = openpyxl.load_workbook(path, read_only=True)
        cells = [
            str(v)
            for ws in book.worksheets
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v
        ]
        book.close()
        assert cells and not [c for c in cells if "高楼" in c], register
