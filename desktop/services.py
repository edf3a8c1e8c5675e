"""What every page and dialog receives: the open database and each domain's facade.

The window builds one :class:`Services` when a database is open and hands it to every page
factory (``make_page(services, parent)``); a page never looks its facades up through the
window. Each facade is built on first use, so a page that is never opened does not import
its domain.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING
from typing import Any
from typing import Generic
from typing import TypeVar

if TYPE_CHECKING:
    from db.drills import DrillBook
    from db.duty import Ledger
    from db.engine import Database
    from db.fleet import Fleet
    from db.supplies import Supplies
    from db.water import WaterBook

F = TypeVar("F")


class _Facade(Generic[F]):
    """A domain's facade on the services' database, named ``"module:Class"``: its module is
    imported and the facade built on first use, then kept on the services object."""

    def __init__(self, where: str):
        self.module, self.name = where.split(":")

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, services: Services, owner: type | None = None) -> F:
        facade: Any = getattr(importlib.import_module(self.module), self.name)(services.db)
        services.__dict__[self.attribute] = facade  # found there from now on
        return facade  # type: ignore[no-any-return]


class Services:
    """Every facade on one database, built once.

    Attributes:
        db: the open :class:`~db.engine.Database` (operator, signed-in user and role, URL,
            transactions).
        duty: the team register, rosters, calls and handovers (:class:`~db.duty.Ledger`).
        drills, water, fleet, supplies: the other domains' facades.
    """

    def __init__(self, duty: Ledger):
        self.duty = duty
        self.db: Database = duty.db
        self._open: bool | None = None  # no user defined: every permission

    def may(self, permission: str) -> bool:
        """Whether the signed-in user's role holds ``permission`` (``db.access``: ``LOOK``,
        ``RECORDS``, ``ADMINISTER``); pages grey out the rest (``desktop.common.access``)."""
        from db import access

        if self.db.role is not None:
            return access.may(self.db.role, permission)
        if self._open is None:
            self._open = self.db.may(access.LOOK)  # nobody signed in: only while no users
        return self._open

    def refusal(self, permission: str) -> str:
        """The 无权限 sentence for ``permission`` and the signed-in user."""
        from db import access

        return access.refusal(self.db.role, self.db.user, permission)

    drills: _Facade[DrillBook] = _Facade("db.drills:DrillBook")
    water: _Facade[WaterBook] = _Facade("db.water:WaterBook")
    fleet: _Facade[Fleet] = _Facade("db.fleet:Fleet")
    supplies: _Facade[Supplies] = _Facade("db.supplies:Supplies")
