"""重点场所 edit dialog. Rules live in ``DrillBook.validate_site``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSpinBox, QWidget

from db.drills import DrillBook, SiteData
from db.drills.choices import CRS
from db.validate import parse_position
from db.vocab import Vocab
from desktop.common.history import add_history_tab
from widgets.forms import Form, FormDialog
from widgets.record_dialog import parsed_problems

NO_NUMBER = -1


class SiteDialog(FormDialog):
    def __init__(self, parent: QWidget, book: DrillBook, site: SiteData | None):
        self.book = book
        self.site = site or SiteData()
        super().__init__(parent, title="编辑重点场所" if site else "新增重点场所", save=self._store)
        add_history_tab(self, book.db, "site", self.site.id)
        self.resize(500, 0)

    def build_form(self, form: Form) -> None:
        x = self.site
        form.line_edit("name", "名称", text=x.name, max_length=100, placeholder="例如 镇中心小学")
        types = Vocab(self.book.db).terms("site.type").values  # the office's own list
        form.combo("type", "类型", types, value=x.type, editable=True)
        form.line_edit("address", "地址", text=x.address)
        form.line_edit("village", "所属村（社区）", text=x.village)
        for name, label, value, hint in (
            ("lon", "经度", x.lon, "例如 105.93（可不填）"),
            ("lat", "纬度", x.lat, "例如 29.81（可不填）"),
        ):
            form.line_edit(
                name, label, text="" if value is None else f"{value:g}", placeholder=hint
            )
        form.combo(
            "crs",
            "坐标系",
            [("WGS84（GPS、奥维）", CRS[0]), ("GCJ-02（高德、腾讯）", CRS[1])],
            value=x.crs,
        )
        form.line_edit("contact", "联系人", text=x.contact, max_length=40)
        form.line_edit("phone", "联系电话", text=x.phone, placeholder="例如 13800000000")
        spin = QSpinBox(form)
        spin.setRange(NO_NUMBER, 1_000_000)
        spin.setSpecialValueText("未填写")
        spin.setSuffix(" 人")
        spin.setValue(NO_NUMBER if x.occupancy is None else x.occupancy)
        form.add_field(
            "occupancy",
            "人数",
            spin,
            lambda: None if spin.value() == NO_NUMBER else spin.value(),
            lambda v: spin.setValue(NO_NUMBER if v is None else int(v)),
        )
        form.multiline("notes", "备注", text=x.notes, rows=3)

    def _parse(self, v: dict[str, Any]) -> tuple[SiteData, dict[str, str]]:
        lon, lat, problems = parse_position(v)
        x = self.site
        data = SiteData(
            v["name"],
            v["type"] or "其他",
            v["address"],
            v["village"],
            lon,
            lat,
            v["crs"] or CRS[0],
            v["contact"],
            v["phone"],
            v["occupancy"],
            v["notes"],
            x.id,
            x.version,
            x.archived,
        )
        return data, problems

    def validate(self) -> dict[str, str]:
        return parsed_problems(self._parse(self.values()), self.book.validate_site)

    def _store(self, values: dict[str, Any]) -> int:
        return self.book.save_site(self._parse(values)[0])
