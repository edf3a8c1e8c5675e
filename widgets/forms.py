"""Forms with an inline error under each field, and a dialog that validates before closing.

A ``Form`` is a ``QFormLayout`` whose rows are named.  Each row has its editor and a red
error label right under it, in a line kept free for it: showing or clearing a message never
moves a field (the next click lands where the clerk aimed).  A message wider than the form
ends in "…" and shows whole as the label's tooltip::

    form = Form()
    form.line_edit("name", "姓名")
    form.date_edit("start", "开始日期", optional=True)
    form.set_errors({"name": "不能为空"})   # shows the text, focuses the field
    form.values()                           # {"name": "", "start": None}

``FormDialog`` follows the split used by OpenLP: ``FormDialogLayout`` only builds widgets,
``FormDialog`` holds behaviour.  Its ``accept()`` runs ``validate()`` and then the optional
``save`` callback; on any problem the dialog stays open with what the user typed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from widgets import palette
from widgets.dates import OptionalDateEdit
from widgets.errorlabel import ErrorLabel
from widgets.lengths import length_problem
from widgets.lengths import limit_length
from widgets.shown import shown

log = logging.getLogger(__name__)

ERROR_STYLE = palette.ERROR_TEXT
MESSAGE_STYLE = palette.banner()


def hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A note beside a form or a table: grey, wrapping."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(palette.MUTED_TEXT)
    return label


def message_banner(parent: QWidget) -> QLabel:
    """A hidden banner for a form's message (``message_label``), its text selectable."""
    label = QLabel(parent)
    label.setObjectName("message_label")
    label.setWordWrap(True)
    label.setStyleSheet(MESSAGE_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


@dataclass
class FormRow:
    """One named field: its label, its editor, its error label and how to read/write it."""

    name: str
    label: QLabel
    editor: QWidget
    error_label: QLabel
    getter: Callable[[], Any]
    setter: Callable[[Any], None]
    max_length: int = 0  # a line edit's limit, checked inline (widgets.lengths)

    def set_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setToolTip(message or "")
        self.error_label.setVisible(bool(message))
        # An application style sheet can use QWidget[invalid="true"] to outline the editor.
        self.editor.setProperty("invalid", bool(message))
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)

    @property
    def has_error(self) -> bool:
        return bool(self.error_label.text())


class Form(QWidget):
    """Named fields in a ``QFormLayout``, each with an inline error label under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._rows: dict[str, FormRow] = {}

    # --- building -----------------------------------------------------------------
    def add_field(
        self,
        name: str,
        label: str,
        editor: QWidget,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
    ) -> FormRow:
        """Add any editor; the factories below are shortcuts for the common ones."""
        if name in self._rows:
            raise ValueError(f"duplicate form field {name!r}")
        label_widget = QLabel(label, self)
        error = ErrorLabel(self)
        error.setObjectName(f"{name}_error")
        editor.setObjectName(name)
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        label_widget.setBuddy(editor)
        self.layout_.addRow(label_widget, cell)
        row = FormRow(name, label_widget, editor, error, getter, setter)
        self._rows[name] = row
        return row

    def line_edit(
        self, name: str, label: str, *, text: str = "", placeholder: str = "", max_length: int = 0
    ) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setPlaceholderText(placeholder)
        row = self.add_field(
            name, label, edit, lambda: edit.text().strip(), lambda v: edit.setText(v or "")
        )
        if max_length:
            limit_length(row, max_length)  # never setMaxLength: it cuts a paste silently
        return edit

    def multiline(self, name: str, label: str, *, text: str = "", rows: int = 4) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * rows + 12)
        self.add_field(
            name,
            label,
            edit,
            lambda: edit.toPlainText().strip(),
            lambda v: edit.setPlainText(v or ""),
        )
        return edit

    def combo(
        self,
        name: str,
        label: str,
        items: Sequence[str] | Sequence[tuple[str, Any]],
        *,
        value: Any = None,
        editable: bool = False,
    ) -> QComboBox:
        """``items`` are texts, or ``(text, value)`` pairs; ``values()`` gives the value."""
        combo = QComboBox(self)
        combo.setEditable(editable)
        for item in items:
            text, data = item if isinstance(item, tuple) else (item, item)
            combo.addItem(text, data)

        def get() -> Any:
            if editable:
                text = combo.currentText().strip()
                index = combo.findText(text)
                return combo.itemData(index) if index >= 0 else text
            return combo.currentData() if combo.currentIndex() >= 0 else None

        def put(v: Any) -> None:
            index = combo.findData(v)
            if index >= 0:
                combo.setCurrentIndex(index)
            elif editable:
                combo.setEditText("" if v is None else str(v))
            else:
                combo.setCurrentIndex(-1)

        self.add_field(name, label, combo, get, put)
        if value is not None:
            put(value)
        return combo

    def checkbox(
        self, name: str, label: str, *, text: str = "", checked: bool = False
    ) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setChecked(checked)
        self.add_field(name, label, box, box.isChecked, lambda v: box.setChecked(bool(v)))
        return box

    def date_edit(
        self, name: str, label: str, *, value: dt.date | None = None, optional: bool = False
    ) -> OptionalDateEdit:
        edit = OptionalDateEdit(value, optional=optional, parent=self)
        self.add_field(name, label, edit, edit.date, edit.set_date)
        return edit

    def spin_box(
        self,
        name: str,
        label: str,
        *,
        value: int = 0,
        minimum: int = 0,
        maximum: int = 1_000_000,
        suffix: str = "",
    ) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(minimum, maximum)
        spin.setValue(value)
        spin.setSuffix(suffix)
        self.add_field(name, label, spin, spin.value, lambda v: spin.setValue(int(v or 0)))
        return spin

    # --- values -------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self._rows)

    def row(self, name: str) -> FormRow:
        return self._rows[name]

    def editor(self, name: str) -> QWidget:
        return self._rows[name].editor

    def value(self, name: str) -> Any:
        return self._rows[name].getter()

    def values(self) -> dict[str, Any]:
        return {name: row.getter() for name, row in self._rows.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            if name in self._rows:
                self._rows[name].setter(value)

    # --- errors -------------------------------------------------------------------
    def set_error(self, name: str, message: str | None) -> None:
        self._rows[name].set_error(message)

    def clear_errors(self) -> None:
        for row in self._rows.values():
            row.set_error(None)

    def set_errors(self, problems: Mapping[str, str]) -> dict[str, str]:
        """Show each problem beside its field and focus the first bad one (in form order).

        Returns the problems that name no field here, for the caller to show elsewhere.
        """
        self.clear_errors()
        unplaced = {}
        for name, message in problems.items():
            if name in self._rows:
                self._rows[name].set_error(shown(message))
            else:
                unplaced[name] = shown(message)
        self.focus_first_error()
        return unplaced

    def length_problems(self) -> dict[str, str]:
        """The fields whose text is longer than their limit, with the message for each."""
        found = {name: length_problem(row) for name, row in self._rows.items()}
        return {name: message for name, message in found.items() if message}

    def errors(self) -> dict[str, str]:
        return {n: r.error_label.text() for n, r in self._rows.items() if r.has_error}

    def focus_first_error(self) -> str | None:
        for name, row in self._rows.items():
            if row.has_error:
                row.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(row.editor, QLineEdit):
                    row.editor.selectAll()
                return name
        return None


class FormDialogLayout:
    """Layout only: a message banner, the form, and the 确定/取消 buttons."""

    def setup_ui(self, dialog: QDialog) -> None:
        self.message_label = message_banner(dialog)
        self.form = Form(dialog)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(QCoreApplication.translate("FormDialog", "确定"))
        self.cancel_button.setText(QCoreApplication.translate("FormDialog", "取消"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.message_label)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.button_box)


Validator = Callable[[dict[str, Any]], Mapping[str, str]]
SaveFn = Callable[[dict[str, Any]], Any]


class FormDialog(QDialog, FormDialogLayout):
    """A dialog around a ``Form`` that only closes once its values pass and are saved.

    Subclasses add fields in ``build_form`` and may override ``validate``; or pass a Qt-free
    ``validator(values) -> {field: message}`` instead.  ``save(values)`` is optional: its
    return value lands in ``self.saved``.  If it raises an exception with a ``problems``
    mapping, those show inline; any other exception shows its message at the top.  Either
    way the dialog stays open and keeps what was typed.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str = "",
        validator: Validator | None = None,
        save: SaveFn | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup_ui(self)
        if title:
            self.setWindowTitle(title)
        self._validator = validator
        self._save = save
        self.saved: Any = None
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.build_form(self.form)
        self._keys()

    def _keys(self) -> None:
        """As in Windows dialogs: typing starts in the first field (not on 确定), Ctrl+S
        saves, Esc cancels and asks first when something was typed."""
        names = self.form.names()
        if names:
            self.form.editor(names[0]).setFocus()
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.ok_button.click)
        self.ok_button.setToolTip(self.tr("保存（Ctrl+S）"))
        self._typed_from = self.form.values()
        self.setProperty("dialog_keys", True)  # widgets.dialogkeys: this dialog has its own

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self.form.values() != self._typed_from:
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("有未保存的修改，确定放弃吗？")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().keyPressEvent(event)

    # --- hooks ---------------------------------------------------------------------
    def build_form(self, form: Form) -> None:
        """Add fields to ``form``.  The base class adds none."""

    def validate(self) -> Mapping[str, str]:
        """Return ``{field: message}`` for each bad field; empty when all is well."""
        if self._validator is None:
            return {}
        return self._validator(self.values())

    def values(self) -> dict[str, Any]:
        return self.form.values()

    # --- behaviour ------------------------------------------------------------------
    def accept(self) -> None:
        self.clear_messages()
        problems = {**self.form.length_problems(), **self.validate()}
        if problems:
            self.show_problems(problems)
            return
        if self._save is not None:
            try:
                self.saved = self._save(self.values())
            except Exception as exc:  # the user reads the message; the dialog stays open
                problems = getattr(exc, "problems", None)
                if isinstance(problems, Mapping) and problems:
                    self.show_problems(problems)
                else:
                    log.info("save failed", exc_info=True)
                    self.show_message(shown(exc) or self.tr("保存失败。"))
                return
        super().accept()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Inline messages for known fields; the rest go to the banner at the top."""
        unplaced = self.form.set_errors(problems)
        if unplaced:
            self.show_message("\n".join(unplaced.values()))
        if not self.form.errors():
            self.ok_button.setFocus()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def clear_messages(self) -> None:
        self.form.clear_errors()
        self.show_message("")
