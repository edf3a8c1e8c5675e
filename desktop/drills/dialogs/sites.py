"""重点场所 edit dialog. Rules live in ``DrillBook.validate_site``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from db.drills import DrillBook
from db.drills import SiteData
from db.drills.choices import CRS
from db.validate import parse_position
from db.vocab import Vocab
from desktop.common.forms import typed_record
from desktop.common.history import add_history_tab
from desktop.common.words import said_items
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.record_dialog import parsed_problems

NO_NUMBER = -1


class SiteDialog(FormDialog):
    def __init__(self, parent: QWidget, book: DrillBook, site: SiteData | None):
        self.book = book
        self.site = site or SiteData()
        super().__init__(
            parent,
            title=self.tr("编辑重点场所") if site else self.tr("新增重点场所"),
            save=self._store,
        )
        add_history_tab(self, book.db, "site", self.site.id)
        self.resize(500, 0)

    def build_form(self, form: Form) -> None:
        x = self.site
        form.line_edit(
            "name",
            self.tr("名称"),
            text=x.name,
            max_length=100,
            placeholder=self.tr("例如 镇中心小学"),
        )
        types = Vocab(self.book.db).terms("site.type").values  # the office's own list
        form.combo("type", self.tr("类型"), said_items(types), value=x.type, editable=True)
        form.line_edit("address", self.tr("地址"), text=x.address)
        form.line_edit("village", self.tr("所属村（社区）"), text=x.village)
        for name, label, value, hint in (
            ("lon", self.tr("经度"), x.lon, self.tr("例如 105.93（可不填）")),
            ("lat", self.tr("纬度"), x.lat, self.tr("例如 29.81（可不填）")),
        ):
            form.line_edit(
                name, label, text="" if value is None else f"{value:g}", placeholder=hint
            )
        form.combo(
            "crs",
            self.tr("坐标系"),
            [(self.tr("WGS84（GPS、奥维）"), CRS[0]), (self.tr("GCJ-02（高德、腾讯）"), CRS[1])],
            value=x.crs,
        )
        form.line_edit("contact", self.tr("联系人"), text=x.contact, max_length=40)
        form.line_edit(
            "phone", self.tr("联系电话"), text=x.phone, placeholder=self.tr("例如 13800000000")
        )
        spin = QSpinBox(form)
        spin.setRange(NO_NUMBER, 1_000_000)
        spin.setSpecialValueText(self.tr("未填写"))
        spin.setSuffix(self.tr(" 人"))
        spin.setValue(NO_NUMBER if x.occupancy is None else x.occupancy)
        form.add_field(
            "occupancy",
            self.tr("人数"),
            spin,
            lambda: None if spin.value() == NO_NUMBER else spin.value(),
            lambda v: spin.setValue(NO_NUMBER if v is None else int(v)),
        )
        form.multiline("notes", self.tr("备注"), text=x.notes, rows=3)

    def _parse(self, v: dict[str, Any]) -> tuple[SiteData, dict[str, str]]:
        lon, lat, problems = parse_position(v)
        data = typed_record(
            SiteData,
            v,
            self.site,
            type=v["type"] or "其他",
            lon=lon,
            lat=lat,
            crs=v["crs"] or CRS[0],
            archived=self.site.archived,
        )
        return data, problems

    def validate(self) -> dict[str, str]:
        return parsed_problems(self._parse(self.values()), self.book.validate_site)

    def _store(self, values: dict[str, Any]) -> int:
        return self.book.save_site(self._parse(values)[0])
