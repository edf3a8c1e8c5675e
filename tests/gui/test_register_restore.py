"""A register page that shows archived rows can bring them back: 恢复 appears with
“显示已归档”, works on an archived row only, and the row is in use again afterwards."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from db.errors import LedgerError
from desktop.common.register import RegisterPage
from desktop.common.register import RegisterSpec
from widgets.table import Column


@dataclass
class Row:
    name: str
    archived: bool = False


def page_on(qtbot, rows, restore):
    spec = RegisterSpec(
        title="测试",
        columns=[Column("name", "名称")],
        load=lambda archived: [r for r in rows if archived or not r.archived],
        archived_toggle=True,
        restore=restore,
    )
    page = RegisterPage(spec)
    qtbot.addWidget(page)
    page.show()
    return page


def test_restore_brings_an_archived_row_back(qtbot, messages):
    rows = [Row("甲"), Row("乙", archived=True)]
    changed = []

    def restore(row):
        row.archived = False

    page = page_on(qtbot, rows, restore)
    page.changed.connect(lambda: changed.append(True))
    assert not page.restore_button.isVisible()  # archived rows are not shown yet
    page.archived.setChecked(True)
    assert page.restore_button.isVisible()
    page.table.select_row(rows[0])
    assert not page.restore_button.isEnabled()  # 甲 is in use
    page.table.select_row(rows[1])
    assert page.restore_button.isEnabled()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert rows[1].archived is False and changed == [True]
    page.archived.setChecked(False)
    assert [r.name for r in page.table.visible_rows()] == ["甲", "乙"]
    assert messages.shown == []


def test_a_refused_restore_says_why_and_changes_nothing(qtbot, messages):
    rows = [Row("乙", archived=True)]

    def restore(row):
        raise LedgerError("已有同名的在用记录")

    page = page_on(qtbot, rows, restore)
    page.archived.setChecked(True)
    page.table.select_row(rows[0])
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert rows[0].archived is True
    assert messages.texts("warning") == ["已有同名的在用记录"]
