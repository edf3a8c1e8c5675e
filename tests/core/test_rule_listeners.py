"""A rule change and the dates stored with records change in one transaction: the domains'
listeners come from the registry (not from whichever module happens to be imported), and a
listener that fails leaves the old rule and the old dates together."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from db import registry
from db.fleet.rules import rule_changed as fleet_listener
from db.rules import Rules
from db.water import WaterBook
from db.water import inspections as water_inspections
from db.water.rules import rule_changed as water_listener
from tests.water.helpers import hydrant

DAY = dt.date(2025, 6, 10)


def test_the_registry_collects_each_domains_listeners():
    listeners = registry.rule_listeners()
    assert water_listener in listeners and fleet_listener in listeners


def test_a_rule_change_refreshes_stored_dates_in_a_process_that_never_imported_water(database):
    """A fresh process that only changes a rule (as the settings page would) still moves the
    water sources' due dates."""
    book = WaterBook(database)
    book.record_inspection(book.new_inspection(hydrant(book), on=DAY, inspectors="刘建国"))
    database.dispose()
    probe = (
        "from pathlib import Path; from db.engine import open_database; "
        "from db.rules import Rules; "
        f"d = open_database(data_dir=Path({str(database.data_dir)!r}), operator='x'); "
        "Rules(d).set('water.hydrant_check_months', '3')"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    [source] = WaterBook(database).page().rows
    assert source.next_due == dt.date(2025, 9, 10)


def test_a_failing_listener_keeps_the_old_rule_and_dates(database, monkeypatch):
    book = WaterBook(database)
    sid = hydrant(book)
    book.record_inspection(book.new_inspection(sid, on=DAY, inspectors="刘建国"))
    assert book.source(sid).next_due == dt.date(2025, 7, 10)
    original = water_inspections.refresh_due

    def broken(session, types):
        original(session, types)  # the dates move …
        raise OSError("磁盘已满")  # … then the disk fills up

    monkeypatch.setattr(water_inspections, "refresh_due", broken)
    with pytest.raises(OSError):
        Rules(database).set("water.hydrant_check_months", "3")
    assert Rules(database).months("water.hydrant_check_months") == 1
    assert book.source(sid).next_due == dt.date(2025, 7, 10)
