"""The registry finds every domain's parts by their module names: nothing central lists the
registers, due providers, rule listeners, pages or commands."""

from __future__ import annotations

import importlib

from db import registry
from desktop.cli.main import domain_commands
from desktop.common.navigation import domain_pages
from desktop.common.navigation import record_pages


def test_every_domain_is_a_package_on_both_sides():
    for domain in registry.DOMAINS:
        assert importlib.import_module(f"db.{domain}")
        assert importlib.import_module(f"desktop.{domain}")
        assert importlib.import_module(f"desktop.cli.{domain}")


def test_each_domain_declares_its_own_registers():
    owners = {
        spec.key: module.__name__.split(".")[1]
        for module in registry.parts("xlsx")
        for spec in module.REGISTERS
    }
    assert owners == {
        "members": "duty",
        "leave": "duty",
        "alert-periods": "duty",
        "duty": "duty",
        "sites": "drills",
        "plans": "drills",
        "drills": "drills",
        "findings": "drills",
        "water-sources": "water",
        "inspections": "water",
        "vehicles": "fleet",
        "equipment": "fleet",
        "supplies": "supplies",
        "stock-moves": "supplies",
    }
    assert list(registry.registers()) == list(owners)


def test_pages_records_and_commands_come_from_the_domains():
    keys = [page.key for page in domain_pages()]
    duty = ["roster", "members", "leave", "periods", "calls", "handovers"]
    assert keys[:10] == [*duty, "sites", "plans", "drills", "findings"]  # in domain order
    assert {page.group for page in domain_pages()[:6]} == {"值班备勤"}
    for domain in registry.DOMAINS:  # each domain declares its pages, the window lists none
        assert importlib.import_module(f"desktop.{domain}").PAGES, domain
    assert {"water", "vehicles", "equipment", "repairs", "supplies"} <= set(keys)
    assert len(keys) == len(set(keys))
    records = record_pages()
    assert records["water_source"] == "water" and records["finding"] == "findings"
    assert set(records.values()) <= set(keys)
    forms = [form for module in domain_commands() for form in module.FORMS]
    assert {"roster", "handover", "drill-pack", "readiness", "water-map"} <= set(forms)
    assert len(forms) == len(set(forms))
