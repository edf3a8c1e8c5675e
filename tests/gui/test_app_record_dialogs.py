"""Record dialogs: a viewer opens them to look (确定 greyed with the reason), the roster day and
the users have a 历史 tab, and a text longer than its field says so instead of being cut."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QTabWidget
from sqlalchemy import func
from sqlalchemy import select

from db import access
from db.duty import Ledger
from db.duty import MemberData
from db.duty.roster import Day
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.shared_models import AuditLog
from db.supplies import Supplies
from db.supplies import SupplyData
from db.users import Users
from db.water import WaterBook
from db.water import WaterSourceData
from desktop.common.access import set_access
from desktop.duty.dialogs import DayDialog
from desktop.shell.users import RoleDialog
from desktop.shell.window import MainWindow
from desktop.supplies.dialogs import MoveDialog
from tests.gui.helpers import open_paged

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
DAY = dt.date.today().replace(day=1)


@pytest.fixture(autouse=True)
def _everything_allowed_after():
    """The window sets who is signed in for the whole program; later tests start open."""
    yield
    set_access(lambda _p: True, lambda _p: "无权限")


def _history_rows(dialog: QDialog) -> list[str]:
    """Open the dialog's 历史 tab and read the action of each change listed."""
    tabs = dialog.tabs  # type: ignore[attr-defined]
    assert isinstance(tabs, QTabWidget)
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "历史")
    tabs.setCurrentIndex(index)
    tab = tabs.widget(index)
    return [row.action for row in tab.model.rows]


def _day(ledger: Ledger) -> list[int]:
    """A roster day planned, then changed by hand: 队员3 taken off, 队员4 put on."""
    m = [ledger.save_member(MemberData(f"队员{i}", can_lead=i == 0)) for i in range(5)]
    ledger.set_day(DAY, Day(m[0], [m[1], m[2]], []))
    version = ledger.month(DAY.year, DAY.month).versions[DAY]
    ledger.set_day(DAY, Day(m[0], [m[1], m[3]], []), version)
    return m


def test_a_viewer_opens_each_register_dialog_without_its_ok(qtbot, database, on_modal):
    ledger = Ledger(database)
    _day(ledger)
    source = WaterBook(database).save_source(WaterSourceData("XHS-001", "场镇1号消火栓"))
    item = Fleet(database).save_equipment(EquipmentData("SD-001", "水带"))
    users = Users(database, hasher=FAST)
    users.add("王主任", access.ADMIN, "admin-pass-1")
    users.add("赵科员", access.VIEWER, "viewer-pass-3")
    users.sign_in("赵科员", "viewer-pass-3")
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    seen: dict[str, tuple[bool, str]] = {}

    def look(name: str):
        def handler(dialog) -> None:
            seen[name] = (dialog.ok_button.isEnabled(), dialog.ok_button.toolTip())

        return handler

    on_modal(look("water"))
    assert not open_paged(window, "water", 30).open_record(source)
    on_modal(look("equipment"))
    assert not open_paged(window, "equipment", 30).open_record(item)
    day = DayDialog(
        window, window.roster.ledger, window.roster.ledger.month(DAY.year, DAY.month), DAY
    )
    qtbot.addWidget(day)
    seen["day"] = (day.ok_button.isEnabled(), day.ok_button.toolTip())
    assert set(seen) == {"water", "equipment", "day"}
    for name, (enabled, tip) in seen.items():
        assert not enabled and "无权限" in tip, name


def test_the_roster_day_and_a_user_have_a_history_tab(qtbot, database):
    ledger = Ledger(database)
    _day(ledger)
    dialog = DayDialog(None, ledger, ledger.month(DAY.year, DAY.month), DAY)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    actions = _history_rows(dialog)
    assert actions.count("删除") == 1  # 队员2 taken off the day
    assert actions.count("新增") == 5  # the day, 队员0, 1 and 2, then 队员3 put on
    assert dialog.ok_button.isEnabled()  # nobody signed in: the one-clerk office saves

    users = Users(database, hasher=FAST)
    users.add("王主任", access.ADMIN, "admin-pass-1")
    clerk = users.add("李干事", access.CLERK, "clerk-pass-2")
    users.set_role("李干事", access.VIEWER, clerk.version)
    user = next(u for u in users.list() if u.name == "李干事")
    role = RoleDialog(users, user)
    qtbot.addWidget(role)
    assert _history_rows(role) == ["修改", "新增"]


def test_a_pasted_note_longer_than_its_field_is_kept_and_refused(qtbot, database):
    stock = Supplies(database)
    supply = stock.supply(stock.save_supply(SupplyData("矿泉水", "生活", "箱")))
    dialog = MoveDialog(None, stock, "入库", supply)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.form.set_values({"quantity": 5})
    note = dialog.form.editor("note")
    assert isinstance(note, QLineEdit)
    pasted = "备" * 3000
    QApplication.clipboard().setText(pasted)
    note.setFocus()
    note.paste()
    assert note.text() == pasted  # nothing cut
    error = dialog.form.row("note").error_label
    assert "最多 200 个字" in error.text() and "3000" in error.text()
    with database.read() as s:
        audited = s.scalar(select(func.count()).select_from(AuditLog))

    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert note.text() == pasted and "最多 200 个字" in error.text()
    assert stock.moves(supply.id) == []
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == audited
    note.setText("破损两箱")  # short enough: the message goes, the move saves
    assert not error.text()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [m.note for m in stock.moves(supply.id)] == ["破损两箱"]
