"""The home page of the demo town in the English window: the to-do lines, the alert level and
the upcoming alert periods are English; only the data inside them (names, units, the
problems typed) stays as written."""

from __future__ import annotations

import datetime as dt
import re

from db.demo import build
from db.words import Said
from db.words import SaidList
from desktop.services import Services
from desktop.shell.home import HomePage

CJK = re.compile(r"[\u4e00-\u9fff]")
TODAY = dt.date(2026, 12, 1)  # 元旦 and 春节 of the campaign are less than four months ahead
HOLIDAYS = ("元旦", "春节", "元宵节", "全国两会", "常态")


def data_in(text: object) -> list[str]:
    """The values of a db text that are data (what the office typed), not db's own words."""
    if isinstance(text, SaidList):
        return []
    if not isinstance(text, Said):
        return [str(text)]
    return [v for value in text.values.values() for v in data_in(value)]


def test_the_to_do_list_and_the_alert_periods_are_english(english, qtbot, ledger, database):
    build(database, TODAY)
    home = HomePage(Services(ledger), today=lambda: TODAY)
    qtbot.addWidget(home)
    items = home.due_table.model.rows()
    assert len(items) >= 4
    whats = {item.register: item for item in items}
    assert {"整改", "物资"} <= set(whats), whats.keys()
    left = []
    for r, item in enumerate(items):
        shown = [home.due_table.model.index(r, c).data() for c in (1, 2, 4)]
        data = sorted(data_in(item.what), key=len, reverse=True)
        for text in shown:
            for value in data:
                text = text.replace(value, "")
            if CJK.search(text):
                left.append(text)
    assert left == []
    lines = [home.due_table.model.index(r, 4).data() for r in range(len(items))]
    assert any(line.startswith("Rectification (") for line in lines), lines
    assert any("borrowed" in line and "due back" in line for line in lines), lines

    upcoming = home.upcoming.text()
    assert "New Year's Day" in upcoming and "Spring Festival" in upcoming, upcoming
    assert not [name for name in HOLIDAYS if name in upcoming + home.level.text()]
    assert "Normal" in home.level.text()
