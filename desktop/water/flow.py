"""流量测试: static, residual and pitot pressure at an outlet → flow at 0.14 MPa and its class.

The result is worked out as the clerk types (NFPA 291, ``db.water.rules.rate``) and shown in the
colour of the office's scheme (rule water.flow_colour_scheme).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from db.water import FlowTestData
from db.water import WaterBook
from db.water import WaterSourceData
from db.water.rules import GPM_PER_LPS
from db.water.rules import FlowRating
from db.water.rules import rate
from desktop.common.words import error_text
from desktop.water.common import flow_colours
from widgets import palette
from widgets.badge import StatusBadge
from widgets.forms import Form
from widgets.forms import FormDialog

CLASS_TEXT = {
    "AA": QT_TRANSLATE_NOOP("FlowTestDialog", "AA 级（≥1500 gpm，约 95 L/s）"),
    "A": QT_TRANSLATE_NOOP("FlowTestDialog", "A 级（1000–1499 gpm）"),
    "B": QT_TRANSLATE_NOOP("FlowTestDialog", "B 级（500–999 gpm）"),
    "C": QT_TRANSLATE_NOOP("FlowTestDialog", "C 级（<500 gpm）"),
}


def _spin(form: Form, name: str, label: str, value: float, suffix: str, decimals: int) -> None:
    spin = QDoubleSpinBox(form)
    spin.setRange(0, 100_000)
    spin.setDecimals(decimals)
    spin.setSingleStep(10**-decimals if decimals else 1)
    spin.setSuffix(suffix)
    spin.setValue(value)
    form.add_field(name, label, spin, spin.value, lambda v: spin.setValue(float(v or 0)))


def _rate(v: dict[str, Any]) -> FlowRating:
    """The flow the typed pressures give (``rate`` raises ValueError on impossible ones)."""
    return rate(
        v["static_mpa"], v["residual_mpa"], v["pitot_mpa"], v["outlet_mm"], v["coefficient"] or 0.9
    )


class FlowTestDialog(FormDialog):
    def __init__(self, parent: QWidget, book: WaterBook, source: WaterSourceData):
        self.book = book
        self.source = source
        self.colours = flow_colours(book)
        self.saved_test: FlowTestData | None = None
        super().__init__(
            parent,
            title=self.tr("流量测试：{code} {name}").format(code=source.code, name=source.name),
            save=self._store,
        )
        self.resize(560, 0)
        self._update()

    def build_form(self, form: Form) -> None:
        static = self.source.details.get("static_mpa")
        _spin(form, "static_mpa", self.tr("静压"), float(static or 0), " MPa", 3)
        _spin(form, "residual_mpa", self.tr("残压（放水时）"), 0, " MPa", 3)
        _spin(form, "pitot_mpa", self.tr("皮托管压力"), 0, " MPa", 3)
        _spin(form, "outlet_mm", self.tr("出水口内径"), 65, " mm", 0)
        _spin(form, "coefficient", self.tr("出水口系数"), 0.9, "", 2)
        form.date_edit("tested_on", self.tr("测试日期"))
        form.line_edit("testers", self.tr("测试人"), max_length=120)
        self.result = QLabel(form)
        self.result.setObjectName("flow_result")
        self.result.setMinimumHeight(self.result.fontMetrics().lineSpacing() * 2 + 4)
        self.badge = StatusBadge("", parent=form)
        self.badge.setObjectName("flow_class")
        form.add_field("rating", self.tr("测试结果"), self.result, lambda: None, lambda v: None)
        form.add_field("class", self.tr("流量等级"), self.badge, lambda: None, lambda v: None)
        note = QLabel(self.tr("按 NFPA 291 换算到残压 0.14 MPa（20 psi）时的流量。"), form)
        note.setStyleSheet(palette.MUTED_TEXT)
        form.add_field("note", "", note, lambda: None, lambda v: None)
        for name in ("static_mpa", "residual_mpa", "pitot_mpa", "outlet_mm", "coefficient"):
            spin = form.editor(name)
            assert isinstance(spin, QDoubleSpinBox)
            spin.valueChanged.connect(self._update)

    def _update(self) -> None:
        v = self.form.values()
        try:
            r = _rate(v)
        except ValueError as exc:
            self.result.setText(f"（{error_text(exc)}）")
            self.result.setStyleSheet(palette.MUTED_TEXT)
            self.badge.set_status("")
            return
        self.result.setStyleSheet("")
        self.result.setText(
            self.tr(
                "实测流量 {flow_lps:.1f} L/s\n残压 0.14 MPa 时 {rated_lps:.1f} L/s（{value1:.0f} gpm）"
            ).format(flow_lps=r.flow_lps, rated_lps=r.rated_lps, value1=r.rated_lps * GPM_PER_LPS)
        )
        self.badge.set_status(
            QCoreApplication.translate(
                "FlowTestDialog", CLASS_TEXT.get(r.flow_class, r.flow_class)
            ),
            self.colours.get(r.flow_class) or "#999",
        )

    def _data(self, v: dict[str, Any]) -> FlowTestData:
        assert self.source.id is not None
        return FlowTestData(
            self.source.id,
            v["static_mpa"],
            v["residual_mpa"],
            v["pitot_mpa"],
            v["outlet_mm"],
            v["tested_on"],
            v["coefficient"] or 0.9,
            v["testers"],
        )

    def validate(self) -> dict[str, str]:
        v = self.values()
        try:
            _rate(v)
        except ValueError as exc:
            field = "pitot_mpa" if "皮托" in str(exc) else "residual_mpa"
            return {field: exc.args[0]}
        return {}

    def _store(self, v: dict[str, Any]) -> FlowTestData:
        self.saved_test = self.book.record_flow_test(self._data(v))
        return self.saved_test
