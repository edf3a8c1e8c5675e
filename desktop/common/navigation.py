"""The pages each domain adds to the main window, collected from the domains' packages.

A domain's ``desktop/<domain>/__init__.py`` lists its pages in ``PAGES`` (in navigation
order) and says which page shows a record of each of its tables in ``RECORD_PAGES`` (the
home page's due list opens them). Those modules import nothing heavy: a page's module loads
only when the window builds it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import replace
from typing import TYPE_CHECKING
from typing import Any

from db.registry import each_domain

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.services import Services


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark ``text`` for translation in ``context`` without importing Qt: the window
    translates a page's title and group where it shows them (context ``Navigation``)."""
    return text


@dataclass(frozen=True)
class Page:
    """One page: its heading group and key in the navigation, its title, and where its
    factory is (``"module:function"``, called as ``function(services, parent)``), and its
    page of the user guide (``resources/help/<help>.html``; empty: the domain's ``HELP``)."""

    group: str
    key: str
    title: str
    factory: str
    help: str = ""

    def build(self, services: Services, parent: QWidget) -> QWidget:
        module, name = self.factory.split(":")
        make: Callable[[Any, Any], QWidget] = getattr(importlib.import_module(module), name)
        return make(services, parent)


def domain_pages() -> list[Page]:
    """Every domain's pages, domain by domain, each with its guide page (its own ``help``,
    else the domain's ``HELP``, else 开始使用)."""
    return [
        replace(page, help=page.help or getattr(package, "HELP", "start"))
        for package in each_domain("desktop.{domain}")
        for page in getattr(package, "PAGES", ())
    ]


def record_pages() -> dict[str, str]:
    """Table name → the key of the page that shows its records."""
    found: dict[str, str] = {}
    for package in each_domain("desktop.{domain}"):
        found.update(getattr(package, "RECORD_PAGES", {}))
    return found
