"""The 即将到期 window and the due colours come from the rule table: changing ``due.soon_days``
(or a colour) in 设置 changes the home page, the 水源台账 page and ``rescue-ledger due``."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select
from sqlalchemy import update

from db.duty import Ledger
from db.errors import ValidationError
from db.fleet import EquipmentData
from db.fleet import Fleet
from db.fleet.models import Equipment
from db.rules import Rules
from db.water import WaterBook
from db.water.models import WaterSource
from desktop.cli.main import main
from desktop.shell.window import MainWindow
from tests.water.helpers import pool


def due_in(database, days: int) -> int:
    sid = pool(WaterBook(database), "SC-040", name="四十天后到期的水池")
    with database.transaction() as s:
        s.execute(
            update(WaterSource)
            .where(WaterSource.id == sid)
            .values(next_due=dt.date.today() + dt.timedelta(days=days))
        )
    return sid


def equipment_due_in(database, days: int) -> None:
    eid = Fleet(database).save_equipment(EquipmentData("QC-040", "四十天后检验的水带", "水带"))
    with database.transaction() as s:
        s.execute(
            update(Equipment)
            .where(Equipment.id == eid)
            .values(next_due=dt.date.today() + dt.timedelta(days=days))
        )


def due_colour(window, name: str, header: str) -> str | None:
    """The text colour of the first row's ``header`` cell on the paged page ``name``."""
    window.show_page(name)
    page = window.stack.currentWidget()
    page.reload()
    model = page.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )
    brush = model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole)
    return brush.name() if brush is not None else None


def equipment_colour(window) -> str | None:
    return due_colour(window, "equipment", "下次检验")


def next_due_colour(window) -> str | None:
    return due_colour(window, "water", "下次检查")


def cli_due(database, capsys) -> str:
    capsys.readouterr()
    assert main(["--db", database.url, "--data-dir", str(database.data_dir), "due"]) in (0,)
    return capsys.readouterr().out


def set_rule(qtbot, window, monkeypatch, key: str, value: str) -> None:
    window.show_page("settings")
    page = window.settings_page
    rule = next(r for r in page.rules.model.rows() if r.key == key)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (value, True))
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    # a colour rule opens the colour picker: it answers with the colour
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor(value))
    page.edit_rule(rule)
    qtbot.waitUntil(lambda: page._rule_task is None)
    assert Rules(window.ledger.db).get(key) == value


def test_changing_the_soon_window_changes_the_gui_and_the_command_line(
    qtbot, database, monkeypatch, capsys
):
    due_in(database, 40)
    equipment_due_in(database, 40)
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    subjects = [i.subject for i in window.home.due_table.model.rows()]
    assert not any("四十天后" in s for s in subjects)  # 30 days: not yet
    assert "四十天后" not in cli_due(database, capsys)
    assert next_due_colour(window) is None
    assert equipment_colour(window) is None

    set_rule(qtbot, window, monkeypatch, "due.soon_days", "45")  # the home page follows
    subjects = [i.subject for i in window.home.due_table.model.rows()]
    assert any("四十天后" in s for s in subjects)
    assert "四十天后" in cli_due(database, capsys)
    assert next_due_colour(window) == "#ef6c00"
    assert equipment_colour(window) == "#ef6c00"
    # the pages name the window they filter by
    water, equipment = window.pages["water"], window.pages["equipment"]
    assert water.due.itemText(water.due.findData("due")) == "45天内到期和已超期"
    assert "橙色为45天内到期" in water.hint.text()
    assert equipment.due_only.text() == "只看45天内需检验和已超期"
    assert "橙色为45天内需检验或365天内到期报废" in equipment.hint.text()

    set_rule(qtbot, window, monkeypatch, "due.soon_colour", "#123456")
    assert next_due_colour(window) == "#123456"
    assert equipment_colour(window) == "#123456"
    items = [i for i in window.home.due_table.model.rows() if "四十天后" in i.subject]
    assert len(items) == 2  # the pool and the hose
    assert {window.home.due_style.background(i.state) for i in items} == {"#fff4d6"}


def test_a_colour_that_is_not_a_colour_is_refused(database):
    with pytest.raises(ValidationError) as caught:
        Rules(database).set("due.overdue_colour", "红色")
    assert "颜色" in str(caught.value)
    assert Rules(database).get("due.overdue_colour") == "#c62828"


def test_overdue_backgrounds_follow_the_rule_table(make_window, database):
    """整改跟踪 marks a finding past its deadline with the rule table's overdue background."""
    from db.drills import DrillBook
    from db.drills import DrillData
    from db.drills import FindingData

    book = DrillBook(database)
    drill_id = book.save_drill(DrillData("熟悉演练", starts_at=dt.datetime(2025, 5, 6, 9)))
    book.save_finding(FindingData(drill_id, "逾期", deadline=dt.date.today() - dt.timedelta(3)))
    window = make_window()
    window.show_page("findings")
    page = window.pages["findings"]

    def background() -> str:
        return page.table.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).name()

    assert background() == "#fde0dc"
    Rules(database).set("due.overdue_background", "#abcdef")
    page.reload()
    assert background() == "#abcdef"


def test_a_rule_change_refreshes_stored_dates_off_the_ui_thread_in_its_transaction(
    qtbot, database, monkeypatch
):
    """设置 changes a rule in a background task: the registry's listeners (which move the
    dates stored with records) run there, not on the window's thread, and see the new value
    inside the same transaction."""
    import threading

    from db import registry
    from db.shared_models import Rule

    seen: list[tuple[bool, str | None]] = []
    listeners = registry.rule_listeners()

    def watching(session, key: str) -> None:
        value = session.scalar(select(Rule.value).where(Rule.key == key))
        seen.append((threading.current_thread() is threading.main_thread(), value))

    monkeypatch.setattr(registry, "rule_listeners", lambda: [*listeners, watching])
    window = MainWindow(Ledger(database))
    qtbot.addWidget(window)
    set_rule(qtbot, window, monkeypatch, "due.soon_days", "45")
    assert seen == [(False, "45")]
