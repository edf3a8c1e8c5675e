"""Key sites (重点场所/敏感场所): the places plans are written for and drills are held at."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db import records
from db import validate
from db.drills.choices import CRS
from db.drills.data import SiteData
from db.drills.models import Drill
from db.drills.models import Site
from db.engine import Database
from db.errors import refuse
from db.words import said

SITE_FIELDS = (
    "name",
    "type",
    "address",
    "village",
    "lon",
    "lat",
    "crs",
    "contact",
    "phone",
    "occupancy",
    "notes",
)


def _site_data(x: Site) -> SiteData:
    return records.as_data(SiteData, x, plan_names=[p.name for p in x.plans if not p.archived])


GONE = said("这个场所已被删除")


def site_problems(data: SiteData) -> dict[str, str]:
    """What is wrong with ``data``, by field: the rules a site's dialog and its import share."""
    problems: dict[str, str] = {}
    if msg := validate.required(data.name, said("名称"), 100):
        problems["name"] = msg
    if msg := validate.required(data.type, said("类型"), 20):  # the office's own list
        problems["type"] = msg
    if msg := validate.choice(data.crs, CRS, said("坐标系")):
        problems["crs"] = msg
    if (data.lon is None) != (data.lat is None):
        problems["lat" if data.lat is None else "lon"] = said("经度和纬度应同时填写或同时留空")
    if data.lon is not None and not -180 <= data.lon <= 180:
        problems["lon"] = said("经度应在 -180 到 180 之间（中国境内约 73 到 135）")
    if data.lat is not None and not -90 <= data.lat <= 90:
        problems["lat"] = said("纬度应在 -90 到 90 之间（中国境内约 18 到 54）")
    if msg := validate.phone(data.phone):
        problems["phone"] = msg
    if data.occupancy is not None and data.occupancy < 0:
        problems["occupancy"] = said("人数不能为负数")
    return problems


class Sites:
    db: Database

    def sites(self, include_archived: bool = False) -> list[SiteData]:
        with self.db.read() as s:
            query = select(Site).options(selectinload(Site.plans)).order_by(Site.archived, Site.id)
            if not include_archived:
                query = query.where(Site.archived.is_(False))
            return [_site_data(x) for x in s.scalars(query)]

    def site(self, site_id: int) -> SiteData:
        with self.db.read() as s:
            return _site_data(records.load(s, Site, site_id, said("找不到场所 #{id}", id=site_id)))

    def validate_site(self, data: SiteData) -> dict[str, str]:
        return site_problems(data)

    def save_site(self, data: SiteData) -> int:
        refuse(self.validate_site(data))
        data.name = data.name.strip()
        data.phone = data.phone.strip()
        with self.db.transaction() as s:
            return records.store(s, Site, data, SITE_FIELDS, GONE)

    def delete_site(self, site_id: int, version: int | None) -> str:
        """Delete a site read at ``version``; one a plan or drill refers to is archived."""
        with self.db.transaction() as s:
            x = records.current(s, Site, site_id, version, GONE)
            drills = s.scalar(select(func.count()).where(Drill.site_id == site_id))
            return records.retire(s, x, bool(drills or x.plans))

    def restore_site(self, site_id: int, version: int | None) -> None:
        """Bring an archived site back (site names need not be unique: nothing refuses it)."""
        with self.db.transaction() as s:
            records.restore(s, Site, site_id, version, GONE)
