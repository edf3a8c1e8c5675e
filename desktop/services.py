"""What every page and dialog receives: the open database and each domain's facade.

The window builds one :class:`Services` when a database is open and hands it to every page
factory (``make_page(services, parent)``); a page never looks its facades up through the
window. Each facade is built on first use, so a page that is never opened does not import
its domain.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.drills import DrillBook
    from db.duty import Ledger
    from db.engine import Database
    from db.fleet import Fleet
    from db.supplies import Supplies
    from db.water import WaterBook


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

    @cached_property
    def drills(self) -> DrillBook:
        from db.drills import DrillBook

        return DrillBook(self.db)

    @cached_property
    def water(self) -> WaterBook:
        from db.water import WaterBook

        return WaterBook(self.db)

    @cached_property
    def fleet(self) -> Fleet:
        from db.fleet import Fleet

        return Fleet(self.db)

    @cached_property
    def supplies(self) -> Supplies:
        from db.supplies import Supplies

        return Supplies(self.db)
