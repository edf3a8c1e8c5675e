"""Coverage of the key sites: the nearest available sources and the gaps."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.water.data import CoverageReport


class Coverage:
    db: Database

    def coverage(
        self,
        radius_m: float | None = None,
        on: dt.date | None = None,
        count: int = 3,
        search_m: float | None = None,
    ) -> CoverageReport:
        """For each key site with coordinates, the ``count`` nearest sources usable on ``on``
        within ``search_m`` (default 4 × radius); a site with none within ``radius_m`` (rule
        water.protection_radius_m by default) is a gap."""
        raise NotImplementedError
