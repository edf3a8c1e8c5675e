"""What every domain's facade starts from: the database its transactions run on."""

from __future__ import annotations

from db.engine import Database


class Facade:
    """A domain's facade (``Ledger``, ``DrillBook``, ``Fleet``, ``Supplies``, ``WaterBook``),
    composed from one mixin per sub-register; each mixin reads ``self.db``."""

    def __init__(self, database: Database) -> None:
        self.db = database
