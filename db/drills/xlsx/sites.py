"""重点场所台账 (sites): key and sensitive sites."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.drills.data import SiteData
from db.drills.models import Site
from db.drills.sites import site_problems
from db.words import said
from db.xlsx.cells import name_key
from db.xlsx.context import ImportContext
from db.xlsx.registers.common import check_fields
from db.xlsx.registers.common import each_named
from db.xlsx.registers.common import export_records
from db.xlsx.registers.common import record_values
from db.xlsx.registers.common import save_named
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

COLUMNS = (
    Column("名称", "name", required=True, max_length=100, synonyms=("场所名称", "单位名称")),
    Column("类型", "type", max_length=20, vocab="site.type", synonyms=("场所类型", "场所性质")),
    Column("地址", "address", max_length=200, synonyms=("详细地址", "位置")),
    Column("所属村社", "village", max_length=60, synonyms=("所属村", "村社", "所属村(社区)")),
    Column("经度", "lon", Kind.FLOAT, synonyms=("东经",)),
    Column("纬度", "lat", Kind.FLOAT, synonyms=("北纬",)),
    Column("坐标系", "crs", vocab="crs", synonyms=("坐标", "坐标系统")),
    Column("联系人", "contact", max_length=40, synonyms=("负责人",)),
    Column("联系电话", "phone", max_length=40, synonyms=("电话", "手机", "联系方式")),
    Column("人数", "occupancy", Kind.INT, synonyms=("人员数量", "容纳人数", "在册人数")),
    Column("备注", "notes", synonyms=("说明",)),
)
DEFAULTS: dict[str, Any] = {
    "type": "其他",
    "address": "",
    "village": "",
    "lon": None,
    "lat": None,
    "crs": "WGS84",
    "contact": "",
    "phone": "",
    "occupancy": None,
    "notes": "",
}


def _existing(session: Session) -> dict[str, list[Site]]:
    table: dict[str, list[Site]] = {}
    for site in session.scalars(select(Site).where(Site.archived.is_(False)).order_by(Site.id)):
        table.setdefault(name_key(site.name), []).append(site)
    return table


def check(ctx: ImportContext) -> None:
    several = lambda name, _: said("台账中已有多个场所叫“{name}”", name=name)  # noqa: E731
    for row, found in each_named(ctx, _existing(ctx.session), said("名称"), several):
        data = SiteData(name=row.get("name") or "", **record_values(row, DEFAULTS))
        check_fields(ctx, row, site_problems(data), new=not found)


def save(ctx: ImportContext) -> None:
    save_named(ctx, _existing(ctx.session), Site, DEFAULTS)


def export(session: Session) -> list[dict[str, Any]]:
    return export_records(session, Site, ("name", *DEFAULTS), Site.id)


SPEC = RegisterSpec(
    "sites", said("重点场所台账"), COLUMNS, check, save, export, noun="重点场所", model=Site
)
