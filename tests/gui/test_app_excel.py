"""从Excel导入… on the members page: a good file lands in the register, a bad one lists its cells."""

from __future__ import annotations

import datetime as dt

import openpyxl

from desktop import excel

HEADERS = ("姓名", "职务", "联系电话", "可任带班领导", "驾驶员", "入队日期", "备注")


def write_xlsx(path, rows) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_import_members_from_excel(qtbot, tmp_path, make_window, ledger, messages):
    path = tmp_path / "队员.xlsx"
    write_xlsx(
        path,
        [
            ("宋春来", "队长", "13911112222", "是", "是", dt.date(2019, 3, 1), ""),
            ("韩雪", "队员", "13933334444", "否", "否", dt.date(2021, 9, 15), "卫生员"),
        ],
    )
    window = make_window()
    window.show_page("members")
    page = window.members
    done = []

    excel.import_file(page, "members", path, lambda: (done.append(True), page.reload()))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)

    members = {m.name: m for m in ledger.members()}
    assert set(members) == {"宋春来", "韩雪"}
    assert members["宋春来"].can_lead and members["宋春来"].role == "队长"
    assert members["韩雪"].joined_on == dt.date(2021, 9, 15) and members["韩雪"].notes == "卫生员"
    [(kind, title, text)] = messages.shown
    assert (kind, title) == ("information", "导入队员")
    assert "新增 2" in text
    assert {r.name for r in page.table.visible_rows()} == {"宋春来", "韩雪"}


def test_bad_date_lists_the_cell_and_imports_nothing(
    qtbot, tmp_path, monkeypatch, make_window, ledger, messages
):
    path = tmp_path / "队员-有误.xlsx"
    write_xlsx(
        path,
        [
            ("宋春来", "队长", "13911112222", "是", "是", dt.date(2019, 3, 1), ""),
            ("韩雪", "队员", "13933334444", "否", "否", "2021年13月45日", ""),
        ],
    )
    shown = []

    def exec_(dialog) -> int:
        shown.append((dialog.windowTitle(), dialog.text.toPlainText()))
        return 0

    monkeypatch.setattr(excel.ProblemsDialog, "exec", exec_)
    window = make_window()
    page = window.members
    done = []

    excel.import_file(page, "members", path, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)

    [(title, text)] = shown
    assert title == "导入队员"
    assert "第3行「入队日期」：日期“2021年13月45日”不存在" in text
    assert "第2行" not in text
    assert done == [] and messages.shown == []
    assert ledger.members() == []
