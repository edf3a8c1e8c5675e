"""The water-source dialog: common fields, the fields of the chosen type, photos and history.

Rules live in ``WaterBook.validate_source``; the dialog shows its messages beside the fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.geo import GCJ02
from db.geo import WGS84
from db.validate import parse_position
from db.water import FIELDS_BY_TYPE
from db.water import SOURCE_TYPES
from db.water import STATUSES
from db.water import WaterBook
from db.water import WaterSourceData
from db.water import field_value
from db.water import set_field_value
from desktop.common.history import add_history_tab
from desktop.common.words import db_text
from desktop.common.words import said_items
from desktop.water import common as wc
from desktop.water.fields import TypeFields
from desktop.water.history import HistoryTab
from desktop.water.history import PhotoTab
from widgets.fit import FitScrollArea
from widgets.forms import Form
from widgets.forms import FormDialog
from widgets.forms import hint_label
from widgets.record_dialog import parsed_problems


class SourceDialog(FormDialog):
    """新增/编辑 one water source. ``touched`` is set when a check, repair or photo was saved
    from inside the dialog (the register reloads even if the dialog is cancelled)."""

    def __init__(self, parent: QWidget, book: WaterBook, source: WaterSourceData | None):
        self.book = book
        self.source = source or WaterSourceData()
        self.touched = False
        title = (
            self.tr("水源：{code} {name}").format(code=self.source.code, name=self.source.name)
            if source
            else self.tr("新增水源")
        )
        super().__init__(parent, title=title, save=self._store)
        self._arrange()
        add_history_tab(self, book.db, "water_source", self.source.id)
        self.resize(940, 660)

    # --- layout -----------------------------------------------------------------------------
    def build_form(self, form: Form) -> None:
        x = self.source
        form.line_edit(
            "code", self.tr("编号"), text=x.code, max_length=40, placeholder=self.tr("例如 XHS-001")
        )
        form.line_edit("name", self.tr("名称"), text=x.name, max_length=100)
        self.type_combo = form.combo(
            "type", self.tr("类型"), said_items(SOURCE_TYPES), value=x.type
        )
        form.line_edit("address", self.tr("地址"), text=x.address, max_length=200)
        villages = self.book.villages()
        if x.village and x.village not in villages:
            villages.append(x.village)
        village = form.combo(
            "village", self.tr("所属村（社区）"), villages, value=x.village or "", editable=True
        )
        village.setMinimumWidth(220)
        for name, label, value, hint in (
            ("lon", self.tr("经度"), x.lon, self.tr("例如 105.93（可不填）")),
            ("lat", self.tr("纬度"), x.lat, self.tr("例如 29.81（可不填）")),
        ):
            form.line_edit(
                name,
                label,
                text="" if value is None else f"{value:.6f}".rstrip("0"),
                placeholder=hint,
            )
        form.combo(
            "crs",
            self.tr("坐标系"),
            [(self.tr("WGS84（GPS、奥维）"), WGS84), (self.tr("GCJ-02（高德、腾讯）"), GCJ02)],
            value=x.crs,
        )
        form.line_edit("owner", self.tr("水源归属/供水单位"), text=x.owner, max_length=100)
        form.line_edit("phone", self.tr("联系电话"), text=x.phone, max_length=40)
        form.line_edit("station", self.tr("管辖队站"), text=x.station, max_length=60)
        form.combo("status", self.tr("可用状态"), said_items(STATUSES), value=x.status)
        form.date_edit("built_on", self.tr("建成日期"), value=x.built_on, optional=True)
        notes = form.multiline("notes", self.tr("备注"), text=x.notes, rows=2)
        notes.setMaximumHeight(notes.minimumHeight())
        self.details = TypeFields()
        own = self.details.form_for(x.type)
        for spec in FIELDS_BY_TYPE.get(x.type, ()):
            own.row(spec.key).setter(field_value(x, spec))
        self.details.set_type(x.type)
        self.type_combo.currentIndexChanged.connect(self._type_changed)

    def _arrange(self) -> None:
        """Common fields on the left, the type's fields on the right, then photos and history
        on their own tabs."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.form)
        basic = QWidget(self)
        row = QHBoxLayout(basic)
        row.addWidget(self.form, 3)
        self.details_box = QGroupBox(self)
        box = QVBoxLayout(self.details_box)
        box.addWidget(self.details)
        self.dates = hint_label(parent=self.details_box)
        box.addWidget(self.dates)
        box.addStretch(1)
        row.addWidget(self.details_box, 2)
        self.tabs = QTabWidget(self)
        # A 768-high screen scrolls the fields, keeping 确定/取消 in view.
        self.tabs.addTab(FitScrollArea(basic, self, reserve=110), self.tr("基本信息"))
        x = self.source
        self.photos = PhotoTab(self, self.book, x.id)
        self.photos.changed.connect(self._touched)
        self.history = HistoryTab(self, self.book, x)
        self.history.changed.connect(self._after_action)
        self.tabs.addTab(self.photos, self.tr("照片"))
        self.tabs.addTab(self.history, self.tr("检查、维修和流量测试"))
        for i in (1, 2):
            self.tabs.setTabEnabled(i, x.id is not None)
        if x.id is not None:
            self.print_button = QPushButton(self.tr("打印"), self)
            menu = QMenu(self.print_button)
            wc.add_print_entries(menu, self, self.book, lambda: self.source, lambda: x.village)
            self.print_button.setMenu(menu)
            self.button_box.addButton(self.print_button, self.button_box.ButtonRole.ResetRole)
        layout.insertWidget(layout.indexOf(self.button_box), self.tabs, 1)
        for button in self.findChildren(QPushButton):  # tabs of work: Enter never closes it
            button.setAutoDefault(False)
            button.setDefault(False)
        self._show_dates()
        self._type_changed()

    def _show_dates(self) -> None:
        x = self.source
        if x.id is None:
            self.dates.setText(self.tr("新水源：保存后可添加照片、录入检查和流量测试。"))
            return
        parts = [
            self.tr("上次检查：{value1}").format(value1=x.last_inspected_on or "—"),
            self.tr("下次检查：{value1}（按检查间隔自动计算）").format(value1=x.next_due or "—"),
            self.tr("流量等级：{value1}").format(value1=x.flow_class or self.tr("未测试")),
        ]
        if x.created_by:
            parts.append(
                self.tr("录入：{created_by} {created_at:%Y-%m-%d}").format(
                    created_by=x.created_by, created_at=x.created_at
                )
                if x.created_at
                else ""
            )
        self.dates.setText("\n".join(p for p in parts if p))

    def _type_changed(self) -> None:
        source_type = self.type_combo.currentData() or SOURCE_TYPES[0]
        self.details.set_type(source_type)
        self.details_box.setTitle(
            self.tr("{source_type}参数").format(source_type=db_text(source_type))
        )

    def _touched(self) -> None:
        self.touched = True

    def _after_action(self) -> None:
        """A check, repair or flow test changed the source: show its new status and dates."""
        self.touched = True
        assert self.source.id is not None
        fresh = self.book.source(self.source.id)
        self.source.version = fresh.version
        for name in ("status", "last_inspected_on", "next_due", "flow_class"):
            setattr(self.source, name, getattr(fresh, name))
        self.form.row("status").setter(fresh.status)
        self._show_dates()

    # --- values ------------------------------------------------------------------------------
    def _parse(self, v: Mapping[str, Any]) -> tuple[WaterSourceData, dict[str, str]]:
        lon, lat, problems = parse_position(v)
        x = dataclasses.replace(self.source, details=dict(self.source.details))
        x.code, x.name = v["code"], v["name"]
        x.type = v["type"] or SOURCE_TYPES[0]
        x.address, x.village = v["address"], (v["village"] or "").strip()
        x.lon, x.lat, x.crs = lon, lat, v["crs"] or WGS84
        x.owner, x.phone, x.station = v["owner"], v["phone"], v["station"]
        x.status, x.built_on, x.notes = v["status"] or "可用", v["built_on"], v["notes"]
        x.form, x.has_dry_season, x.dry_months = "", False, ""
        values = self.details.values()
        for spec in self.details.specs():
            set_field_value(x, spec, values.get(spec.key))
        return x, problems

    def validate(self) -> dict[str, str]:
        return parsed_problems(self._parse(self.values()), self.book.validate_source)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        detail_form = self.details.form()
        own: dict[str, str] = {}
        details: dict[str, str] = {}
        common = self.form.names()  # the first tab's fields; the type's own are ``details``
        for key, message in problems.items():
            name = key.removeprefix("details.")
            if name in detail_form.names() and (key.startswith("details.") or name not in common):
                details[name] = message
            else:
                own[key] = message
        self.tabs.setCurrentIndex(0)
        unplaced = self.form.set_errors(own)
        unplaced.update(detail_form.set_errors(details))
        if own:
            self.form.focus_first_error()
        if unplaced:
            self.show_message("\n".join(unplaced.values()))

    def clear_messages(self) -> None:
        super().clear_messages()
        for f in self.details.forms.values():
            f.clear_errors()

    def _store(self, values: dict[str, Any]) -> int:
        data, _ = self._parse(values)
        source_id = self.book.save_source(data)
        self.source.id = source_id
        return source_id
