"""重点场所: schools, clinics, care homes, markets … with coordinates and contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.drills import SiteData
from desktop.common.columns import word_column
from desktop.common.register import SHOW_ARCHIVED
from desktop.common.register import RegisterPage
from desktop.common.register import RegisterSpec
from desktop.common.restore import delete_message
from desktop.common.words import joined
from desktop.drills.dialogs.sites import SiteDialog
from widgets import palette
from widgets.table import Column

if TYPE_CHECKING:
    from desktop.services import Services


def _coordinates(x: SiteData) -> str:
    if x.lon is None or x.lat is None:
        return ""
    return f"{x.lon:.5f}, {x.lat:.5f}"


def site_spec(services: Services) -> RegisterSpec:
    """The register of key sites; each load also asks the water domain for the nearest usable
    source of every site."""
    book = services.drills
    nearest: dict[int, str] = {}  # site id → "最近水源" text, refreshed on every load

    def load(archived: bool) -> list[SiteData]:
        report = services.water.coverage()
        nearest.clear()
        for row in report.rows:
            first = row.nearest[0] if row.nearest else None
            text = (
                QCoreApplication.translate(
                    "drills.pages.sites", "{code} {name} {distance_m:.0f}米"
                ).format(code=first.code, name=first.name, distance_m=first.distance_m)
                if first
                else QCoreApplication.translate("drills.pages.sites", "附近没有可用水源")
            )
            nearest[row.site_id] = (
                "" if row.covered else QCoreApplication.translate("drills.pages.sites", "⚠ 缺口：")
            ) + text
        return book.sites(include_archived=archived)

    def delete(x: SiteData) -> str | None:
        result = book.delete_site(x.id or 0, x.version)
        return delete_message(
            result,
            QCoreApplication.translate("drills.pages.sites", "“{name}”已有预案或演练记录").format(
                name=x.name
            ),
            SHOW_ARCHIVED,
        )

    return RegisterSpec(
        title=QCoreApplication.translate("drills.pages.sites", "重点场所"),
        columns=[
            Column("name", QCoreApplication.translate("drills.pages.sites", "名称"), width=150),
            word_column(
                "type", QCoreApplication.translate("drills.pages.sites", "类型"), 90, tooltip=True
            ),
            Column(
                "village",
                QCoreApplication.translate("drills.pages.sites", "所属村（社区）"),
                width=100,
            ),
            Column("address", QCoreApplication.translate("drills.pages.sites", "地址"), width=160),
            Column("contact", QCoreApplication.translate("drills.pages.sites", "联系人"), width=70),
            Column(
                "phone", QCoreApplication.translate("drills.pages.sites", "联系电话"), width=110
            ),
            Column(
                "occupancy",
                QCoreApplication.translate("drills.pages.sites", "人数"),
                "int",
                width=60,
            ),
            Column(
                lambda x: joined(x.plan_names),
                QCoreApplication.translate("drills.pages.sites", "相关预案"),
                width=140,
            ),
            Column(
                lambda x: nearest.get(x.id or 0, ""),
                QCoreApplication.translate("drills.pages.sites", "最近可用水源"),
                width=200,
            ),
            Column(
                _coordinates,
                QCoreApplication.translate("drills.pages.sites", "经度, 纬度"),
                width=150,
            ),
            Column(
                lambda x: x.crs if x.lon is not None else "",
                QCoreApplication.translate("drills.pages.sites", "坐标系"),
            ),
        ],
        load=load,
        dialog=lambda parent, row: SiteDialog(parent, book, row),
        delete=delete,
        describe=lambda x: x.name,
        register="sites",
        empty=QCoreApplication.translate(
            "drills.pages.sites",
            "还没有重点场所：点“新增…”登记学校、养老院、企业等，或点“导入…”导入场所清单。",
        ),
        database=book.db,
        archived_toggle=True,
        restore=lambda x: book.restore_site(x.id or 0, x.version),
        row_colour=lambda x: (
            palette.ERROR_BACKGROUND if nearest.get(x.id or 0, "").startswith("⚠") else None
        ),
        hint=QCoreApplication.translate(
            "drills.pages.sites",
            "最近可用水源按坐标计算（保护半径见“设置”）；标红的场所在保护半径内没有可用水源。学校、幼儿园、卫生院、养老院、市场、企业、棋牌室等人员密集或高风险场所，每半年至少熟悉演练一次。",
        ),
    )


def make_page(services: Services, parent: QWidget) -> RegisterPage:
    return RegisterPage(site_spec(services), parent)
