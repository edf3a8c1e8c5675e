"""The services object hands each page the same facade, built on first use on the open
database."""

from __future__ import annotations

from db.drills import DrillBook
from db.duty import Ledger
from db.fleet import Fleet
from db.supplies import Supplies
from db.water import WaterBook
from db.water import WaterSourceData
from desktop.services import Services


def test_each_facade_is_built_once_on_the_services_database(database):
    services = Services(Ledger(database))
    built = (services.drills, services.water, services.fleet, services.supplies)
    assert [type(f) for f in built] == [DrillBook, WaterBook, Fleet, Supplies]
    assert all(f.db is database for f in built)
    assert services.water is services.water and services.fleet is built[2]


def test_a_facade_from_the_services_reads_and_writes_that_database(database):
    services = Services(Ledger(database))
    services.water.save_source(
        WaterSourceData("SC-001", "中学消防水池", "消防水池", village="石龙村")
    )
    assert [s.code for s in WaterBook(database).sources()] == ["SC-001"]
