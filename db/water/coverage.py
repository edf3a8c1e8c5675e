"""Coverage of the key sites: the nearest available sources and the gaps.

Sources usable on the day (status 可用, not in a dry season) are read once, with their WGS84
coordinates, into a :class:`db.geo.GridIndex`; each site then looks only at the grid cells
around it. GCJ-02 site coordinates are converted first; distances are haversine. The hydrant
spacing around each site (GB 50974-2014 §7.2.5) is checked too: see :mod:`db.water.spacing`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from db import geo
from db.drills import Site
from db.engine import Database
from db.rules import Rules
from db.water.data import HYDRANT
from db.water.data import CoverageReport
from db.water.data import CoverageRow
from db.water.data import NearSource
from db.water.models import WaterSource
from db.water.sources import available_clause
from db.water.spacing import SPACING_RULE
from db.water.spacing import SpacingGap
from db.water.spacing import long_edges
from db.words import said

RADIUS_RULE = "water.protection_radius_m"
SEARCH_FACTOR = 4  # nearest sources are looked for within this many radii


class Coverage:
    db: Database

    def _names(self, ids: set[int]) -> dict[int, tuple[str, str, str]]:
        out: dict[int, tuple[str, str, str]] = {}
        chunk = sorted(ids)
        with self.db.read() as s:
            for start in range(0, len(chunk), 900):
                query = select(WaterSource.id, WaterSource.code, WaterSource.name, WaterSource.type)
                for sid, code, name, kind in s.execute(
                    query.where(WaterSource.id.in_(chunk[start : start + 900]))
                ):
                    out[sid] = (code, name, kind)
        return out

    def protection_radius(self) -> float:
        return Rules(self.db).number(RADIUS_RULE)

    def coverage(
        self,
        radius_m: float | None = None,
        on: dt.date | None = None,
        count: int = 3,
        search_m: float | None = None,
    ) -> CoverageReport:
        """For each key site with coordinates, the ``count`` nearest sources usable on ``on``
        within ``search_m`` (default 4 × radius); a site with none within ``radius_m`` (rule
        water.protection_radius_m by default) is a gap. Neighbouring hydrants within
        ``radius_m`` of a site farther apart than rule water.hydrant_spacing_m are listed in
        the report's ``spacing`` (method in :mod:`db.water.spacing`)."""
        radius = float(radius_m) if radius_m is not None else self.protection_radius()
        if radius <= 0:
            raise ValueError(said("保护半径应大于0"))
        day = on or dt.date.today()
        search = max(search_m or radius * SEARCH_FACTOR, radius)
        spacing_rule = Rules(self.db).number(SPACING_RULE)
        with self.db.read() as s:
            sources = s.execute(
                select(
                    WaterSource.id, WaterSource.lon_wgs, WaterSource.lat_wgs, WaterSource.type
                ).where(
                    WaterSource.archived.is_(False),
                    WaterSource.lon_wgs.is_not(None),
                    WaterSource.lat_wgs.is_not(None),
                    available_clause(day),
                )
            ).all()
            sites = s.execute(
                select(Site.id, Site.name, Site.village, Site.lon, Site.lat, Site.crs)
                .where(Site.archived.is_(False))
                .order_by(Site.village, Site.name, Site.id)
            ).all()
        index = geo.GridIndex(
            (
                geo.Point(sid, lon, lat)
                for sid, lon, lat, _ in sources
                if lon is not None and lat is not None
            ),
            cell_m=max(radius, 100.0),
        )
        hydrants = {sid for sid, _, _, kind in sources if kind == HYDRANT}
        del sources
        long: list[tuple[int, str, list[tuple[float, geo.Point, geo.Point]]]] = []
        found: list[tuple[int, str, str, float, float, list[tuple[float, geo.Point]]]] = []
        missing: list[str] = []
        for site_id, name, village, lon, lat, crs in sites:
            if lon is None or lat is None:
                missing.append(name)
                continue
            wlon, wlat = geo.to_wgs84(lon, lat, crs)
            # the nearest within twice the radius are the nearest overall when there are
            # enough of them: most sites never look further
            hits = index.nearest(wlon, wlat, count, min(search, radius * 2))
            if len(hits) < count and search > radius * 2:
                hits = index.nearest(wlon, wlat, count, search)
            found.append((site_id, name, village, wlon, wlat, hits))
            around = sorted(
                (p for _, p in index.near(wlon, wlat, radius) if p.id in hydrants),
                key=lambda p: p.id,
            )
            if edges := long_edges(around, spacing_rule):
                long.append((site_id, name, edges))
        ids = {p.id for *_, hits in found for _, p in hits}
        ids |= {p.id for *_, edges in long for _, a, b in edges for p in (a, b)}
        info = self._names(ids)
        rows = [
            CoverageRow(
                site_id,
                name,
                village,
                wlon,
                wlat,
                near := [NearSource(p.id, *info[p.id], round(d, 1)) for d, p in hits],
                bool(near) and near[0].distance_m <= radius,
            )
            for site_id, name, village, wlon, wlat, hits in found
        ]
        spacing = [
            SpacingGap(
                site_id,
                name,
                *info[a.id][:2],
                *info[b.id][:2],
                round(d, 1),
                spacing_rule,
            )
            for site_id, name, edges in long
            for d, a, b in edges
        ]
        return CoverageReport(radius, day, rows, missing, spacing_rule, spacing)
