"""What is due or overdue, across registers: one list for the home page and ``rescue-ledger due``.

Each domain's ``due`` module (found by :mod:`db.registry`) adds its providers with
:func:`provider`; the list is their union, sorted by
date. Providers are plain functions of the database and today's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass

from db.engine import Database
from db.words import said

OVERDUE, SOON, OPEN = said("已逾期"), said("即将到期"), said("待处理")


@dataclass(frozen=True)
class DueItem:
    register: str  # "演练", "预案", "整改", "车辆", "器材", "物资", "水源" …
    subject: str  # what it is about, e.g. "高楼小学 熟悉演练"
    what: str  # what is due, e.g. "演练", "预案评估", "一级保养"
    due: dt.date | None  # None: no date (e.g. an item out of service)
    state: str  # OVERDUE, SOON or OPEN
    record: tuple[str, int] | None = None  # (table, id) to open

    def line(self, today: dt.date) -> str:
        """One line for the command line: date, state, register, subject, what, days."""
        when = self.due.isoformat() if self.due else "—"
        extra = ""
        if self.due is not None:
            days = (self.due - today).days
            extra = f"（逾期{-days}天）" if days < 0 else f"（还有{days}天）"
        return f"{when}\t{self.state}\t{self.register}\t{self.subject}\t{self.what}{extra}"


Provider = Callable[[Database, dt.date, int], list[DueItem]]
_PROVIDERS: list[Provider] = []


def provider(fn: Provider) -> Provider:
    """Register a provider (used as a decorator in each register's module)."""
    _PROVIDERS.append(fn)
    return fn


@dataclass(frozen=True)
class DueStyle:
    """How every list shows what is due: the 即将到期 window and the colours, from the rule
    table (``due.*``), so that the home page, the register pages and the command line agree.
    Its values are the rule table's only: :meth:`load` the office's, :meth:`defaults` the
    defaults (``db/data/rules.csv``)."""

    soon_days: int
    retire_soon_days: int
    overdue_colour: str
    soon_colour: str
    overdue_background: str
    soon_background: str
    later_background: str  # a second, longer window (a supply's 临期提醒（远）)

    @classmethod
    def load(cls, database: Database) -> DueStyle:
        from db.rules import Rules

        return cls.of(Rules(database).values("due."))

    @classmethod
    def defaults(cls) -> DueStyle:
        """The style of the default rules (a page's until it reads the office's)."""
        from db.rules import DEFAULTS

        return cls.of({key: rule.value for key, rule in DEFAULTS.items()})

    @classmethod
    def of(cls, values: Mapping[str, str]) -> DueStyle:
        """The style of the ``due.*`` rule values."""
        return cls(
            soon_days=int(float(values["due.soon_days"])),
            retire_soon_days=int(float(values["due.retire_soon_days"])),
            overdue_colour=values["due.overdue_colour"],
            soon_colour=values["due.soon_colour"],
            overdue_background=values["due.overdue_background"],
            soon_background=values["due.soon_background"],
            later_background=values["due.later_background"],
        )

    def state(
        self, due: dt.date | None, today: dt.date | None = None, within: int | None = None
    ) -> str | None:
        """OVERDUE before today, SOON within ``within`` days (default: the 即将到期 window;
        a negative window: never SOON), else None."""
        if due is None:
            return None
        return state_for(
            due, today or dt.date.today(), self.soon_days if within is None else within
        )

    def colour(
        self, due: dt.date | None, today: dt.date | None = None, within: int | None = None
    ) -> str | None:
        """The text colour of a date: red when overdue, orange when soon, else None."""
        return self.foreground(self.state(due, today, within))

    def foreground(self, state: str | None) -> str | None:
        return {OVERDUE: self.overdue_colour, SOON: self.soon_colour}.get(state or "")

    def background(self, state: str | None) -> str | None:
        return {OVERDUE: self.overdue_background, SOON: self.soon_background}.get(state or "")


def state_for(due: dt.date, today: dt.date, within: int) -> str | None:
    """OVERDUE before today, SOON within ``within`` days, else None (not listed)."""
    if due < today:
        return OVERDUE
    if (due - today).days <= within:
        return SOON
    return None


def collect(
    database: Database, today: dt.date | None = None, within: int | None = None
) -> list[DueItem]:
    """Everything due within ``within`` days (default: the rule ``due.soon_days``) or
    overdue, plus open items, soonest first."""
    if within is None:
        within = DueStyle.load(database).soon_days
    from db import registry

    registry.parts("due")  # each domain's due module adds its providers

    today = today or dt.date.today()
    items: list[DueItem] = []
    for fn in _PROVIDERS:
        items.extend(fn(database, today, within))
    return sorted(items, key=lambda i: (i.due or dt.date.max, i.register, i.subject))
