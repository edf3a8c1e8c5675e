"""The import preview and the Excel messages in the English window: the problems, notices,
refusals and the result are English; only what the file itself holds (its cells, its column
names) and the office's words stay as written."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt

from db.duty import MemberData
from db.words import said
from db.words import said_list
from db.xlsx import UnreadableFile
from db.xlsx import check_file
from db.xlsx import read_file
from desktop.common.import_dialog import error_sentence
from desktop.common.words import db_text
from tests.gui.helpers import open_import_preview
from tests.xlsx.helpers import sheet

CJK = re.compile(r"[\u4e00-\u9fff]")
HEADERS = ["姓名", "职务", "联系电话", "可任带班领导", "驾驶员", "入队日期", "籍贯"]
ROWS = [
    ["宋春来", "队长", "13911112222", "是", "是", dt.date(2019, 3, 1), "重庆"],
    ["韩雪", "卫生员", "13933334444", "可以", "否", "2021年13月45日", ""],
    ["", "队员", "13933334445", "否", "否", "2月30日", ""],
    ["韩雪", "队员", "13933334446", "否", "否", "2021-01-01", ""],  # the same name again
]
#: What the file holds, and the office's own words (the 职务 list's new value).
FILE_TEXTS = [*HEADERS, *(str(v) for row in ROWS for v in row if isinstance(v, str))]


def without_file_texts(text: str) -> str:
    for value in sorted(FILE_TEXTS, key=len, reverse=True):
        if value:
            text = text.replace(value, "")
    return text


def test_a_list_of_fixed_words_is_translated_word_by_word(english, qapp):
    text = said("状态只能是：{options}", options=said_list(["可用", "停用"]))
    assert text == "状态只能是：可用、停用"  # db/, the command line and files read Chinese
    assert db_text(text) == "The status must be one of: Available, Out of service"


def test_the_preview_of_a_bad_file_speaks_english(
    english, qtbot, monkeypatch, make_window, ledger, tmp_path
):
    ledger.save_member(MemberData(name="宋春来", role="队员", phone="13911112222"))
    path = sheet(tmp_path / "队员.xlsx", HEADERS, ROWS)
    window = make_window()
    window.show_page("members")
    dialog = open_import_preview(qtbot, monkeypatch, window.pages["members"], path)

    problems = [dialog.problems.index(i).data() for i in range(dialog.problems.rowCount())]
    assert len(problems) == 5, problems
    joined = "\n".join(problems)
    assert "“可以” is not yes/no" in joined
    assert "Date “2021年13月45日” does not exist" in joined
    assert "Required, cannot be blank" in joined
    assert "Name “韩雪” repeats row 3" in joined
    assert "Date “2月30日” has no year" in joined
    notices = dialog.notices_label.text()
    assert "Columns not recognised, left out: 籍贯" in notices
    tooltip = dialog.model.index(dialog.model.position(3), 0).data(Qt.ItemDataRole.ToolTipRole)
    cells = [
        dialog.model.index(dialog.model.position(3), c).data(Qt.ItemDataRole.ToolTipRole)
        for c in range(1, dialog.model.columnCount())
    ]
    statuses = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert "Error" in statuses and set(statuses) <= {"New", "Updated", "Unchanged", "Error"}
    shown = [*problems, notices, tooltip or "", *(c for c in cells if c), *statuses]
    assert not [t for t in shown if CJK.search(without_file_texts(t))], shown


def test_a_refused_file_and_a_workbook_that_cannot_be_read_are_english(english, tmp_path):
    empty = tmp_path / "空.xlsx"
    empty.write_bytes(b"")
    try:
        read_file("members", empty)
    except UnreadableFile as exc:
        assert error_sentence(exc) == "The file is empty (0 bytes); there is nothing to import."
    else:
        raise AssertionError("an empty file was read")
    text = tmp_path / "说明.xlsx"
    text.write_bytes(b"PK\x03\x04 not really a zip")
    try:
        read_file("members", text)
    except UnreadableFile as exc:
        assert not CJK.search(error_sentence(exc)), error_sentence(exc)
    else:
        raise AssertionError("a broken file was read")


def test_a_registers_own_problems_are_english(english, ledger, database, tmp_path):
    ledger.save_member(MemberData(name="宋春来", role="队员", phone="13911112222"))
    rows = [
        ["宋春来", dt.date(2027, 2, 10), dt.date(2027, 2, 1), "探亲"],
        ["无名氏", dt.date(2027, 2, 1), dt.date(2027, 2, 3), ""],
    ]
    path = sheet(tmp_path / "请假.xlsx", ["姓名", "开始日期", "结束日期", "事由"], rows)
    preview = check_file(database, read_file("leave", path))
    shown = sorted(db_text(p.message) for p in preview.problems)
    assert shown == [
        "The end date cannot be earlier than the start date",  # the leave dialog's words
        "“无名氏” is not in the team roster (or is archived); add them to the roster first",
    ]
