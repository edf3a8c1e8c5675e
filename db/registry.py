"""Where the program finds each domain's parts: one list of domains, the same names inside.

Every domain is a package ``db/<domain>/`` with the same modules, and the registry collects
from them, so a new register, due provider, rule listener or demo is written in its domain
only and no central list changes:

============  ===================================================================
module        what the registry reads from it
============  ===================================================================
``models``    its tables (imported together for Alembic and the schema checks)
``xlsx``      ``REGISTERS``: its Excel registers (``RegisterSpec``), in menu order
``due``       its due providers, each marked with ``@db.due.provider``
``rules``     ``LISTENERS``: ``fn(session, key)``, called in the transaction that
              changes a rule (e.g. to refresh the due dates stored with records)
``labels``    ``TABLES``: what the modification record calls its tables and fields
              (read by ``db.labels``)
============  ===================================================================

A domain without one of these modules simply contributes nothing there. Only the list of
domains is central: a new domain is a new package and one word below.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING
from typing import Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.xlsx.spec import RegisterSpec

# In the order of the navigation column and of every list that spans domains.
DOMAINS: tuple[str, ...] = ("duty", "drills", "water", "fleet", "supplies")

Listener = Callable[["Session", str], None]


@cache
def each_domain(template: str) -> tuple[ModuleType, ...]:
    """The module ``template.format(domain=…)`` of each domain that has one, in domain order
    (``"db.{domain}.due"``; the window and the command line ask for ``"desktop.{domain}"`` and
    ``"desktop.cli.{domain}"``). A module that exists but fails to import raises."""
    found = []
    for domain in DOMAINS:
        module = template.format(domain=domain)
        try:
            found.append(importlib.import_module(module))
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise  # the module exists but something it imports does not
    return tuple(found)


def parts(name: str) -> tuple[ModuleType, ...]:
    """Each domain's ``db.<domain>.<name>`` module (a domain may have none)."""
    return each_domain(f"db.{{domain}}.{name}")


def _collect(name: str, attr: str) -> list[Any]:
    return [item for module in parts(name) for item in getattr(module, attr, ())]


def registers() -> dict[str, RegisterSpec]:
    """Every Excel register by command-line name, domain by domain."""
    return {spec.key: spec for spec in _collect("xlsx", "REGISTERS")}


def rule_listeners() -> list[Listener]:
    return _collect("rules", "LISTENERS")


def load_models() -> None:
    """Declare every table (Alembic, schema checks, a fresh database)."""
    import db.shared_models  # noqa: F401

    parts("models")
