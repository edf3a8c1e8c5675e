"""The per-type part of the source form: one small form per type, swapped with the type combo.

Built from ``FIELDS_BY_TYPE``; what the clerk typed stays in each type's form, and a field
two types share (停车位置, 高差 …) follows the clerk to the newly chosen type.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QWidget

from db.water import FIELDS_BY_TYPE
from db.water import FieldSpec
from desktop.common.words import db_text
from widgets.forms import Form


def _number_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def add_spec_field(form: Form, spec: FieldSpec) -> None:
    """One editor for ``spec``; numbers are typed as text so the facade can say what is wrong."""
    if spec.kind == "choice":
        choices = [("", "")] + [(db_text(c), c) for c in spec.choices]
        combo = form.combo(spec.key, db_text(spec.label), choices)
        combo.setMinimumWidth(120)
        if spec.hint:
            combo.setToolTip(db_text(spec.hint))
        return
    if spec.kind == "bool":
        box = QCheckBox(form)
        form.add_field(
            spec.key, db_text(spec.label), box, box.isChecked, lambda v: box.setChecked(bool(v))
        )
        return
    edit = QLineEdit(form)
    edit.setPlaceholderText(db_text(spec.hint))
    if spec.kind in ("number", "int"):
        cell = QWidget(form)
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        edit.setParent(cell)
        row.addWidget(edit, 1)
        if spec.unit:
            row.addWidget(QLabel(db_text(spec.unit), cell))
        cell.setFocusProxy(edit)
        form.add_field(
            spec.key,
            db_text(spec.label),
            cell,
            lambda: edit.text().strip(),
            lambda v: edit.setText(_number_text(v)),
        )
        form.row(spec.key).editor.setObjectName(spec.key)
        edit.setObjectName(f"{spec.key}_edit")
        return
    form.add_field(
        spec.key,
        db_text(spec.label),
        edit,
        lambda: edit.text().strip(),
        lambda v: edit.setText(v or ""),
    )


class TypeFields(QStackedWidget):
    """A stack of per-type forms; :meth:`set_type` shows one and carries shared values over."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.forms: dict[str, Form] = {}
        self.current_type = ""

    def form_for(self, source_type: str) -> Form:
        if source_type not in self.forms:
            form = Form(self)
            for spec in FIELDS_BY_TYPE.get(source_type, ()):
                add_spec_field(form, spec)
            if not FIELDS_BY_TYPE.get(source_type):
                form.add_field(
                    "none",
                    "",
                    QLabel(self.tr("（这种水源没有专门参数）"), form),
                    lambda: None,
                    lambda v: None,
                )
            self.forms[source_type] = form
            self.addWidget(form)
        return self.forms[source_type]

    def set_type(self, source_type: str) -> None:
        previous = self.forms.get(self.current_type)
        form = self.form_for(source_type)
        if previous is not None and previous is not form:
            shared = {
                k: v
                for k, v in previous.values().items()
                if k in form.names() and v not in ("", None)
            }
            for key, value in shared.items():
                if form.value(key) in ("", None, False):
                    form.row(key).setter(value)
        self.current_type = source_type
        self.setCurrentWidget(form)

    def form(self) -> Form:
        return self.form_for(self.current_type)

    def specs(self) -> tuple[FieldSpec, ...]:
        return FIELDS_BY_TYPE.get(self.current_type, ())

    def values(self) -> dict[str, Any]:
        return {k: v for k, v in self.form().values().items() if k != "none"}
