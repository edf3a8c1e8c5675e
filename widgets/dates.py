"""Date fields of the forms: a date that may be left empty, and a date and time to the minute."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtCore import QDateTime
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDateEdit
from PySide6.QtWidgets import QDateTimeEdit
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QWidget


class OptionalDateEdit(QWidget):
    """A ``QDateEdit`` with a calendar popup and, if ``optional``, a "无" box for no date.

    ``date()`` returns a ``datetime.date`` or None; ``dateChanged(object)`` reports either.
    While "无" is ticked the edit is disabled and shows "—"; unticking brings back the
    last date shown (or today).
    """

    dateChanged = Signal(object)

    def __init__(
        self,
        value: dt.date | None = None,
        *,
        optional: bool = False,
        display_format: str = "yyyy-MM-dd",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(display_format)
        self.none_box: QCheckBox | None = None
        self._last = QDate.currentDate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        if optional:
            # The minimum date stands for "no date" and shows as a dash.
            self.edit.setSpecialValueText("—")
            self.none_box = QCheckBox(self.tr("无"), self)
            layout.addWidget(self.none_box)
            self.none_box.toggled.connect(self._on_none_toggled)
        self.setFocusProxy(self.edit)
        self.set_date(value)
        self.edit.dateChanged.connect(self._on_edit_changed)

    def date(self) -> dt.date | None:
        if self.none_box is not None and self.none_box.isChecked():
            return None
        return self.edit.date().toPython()

    def set_date(self, value: dt.date | None) -> None:
        if value is None and self.none_box is None:
            value = dt.date.today()
        if value is not None:
            self._last = QDate(value.year, value.month, value.day)
        if self.none_box is not None and self.none_box.isChecked() != (value is None):
            self.none_box.setChecked(value is None)  # _on_none_toggled shows the date
        else:
            self._show(value is None)

    def _show(self, empty: bool) -> None:
        blocked = self.edit.blockSignals(True)
        self.edit.setDate(self.edit.minimumDate() if empty else self._last)
        self.edit.blockSignals(blocked)
        self.edit.setEnabled(not empty)

    def _on_none_toggled(self, checked: bool) -> None:
        self._show(checked)
        self.dateChanged.emit(self.date())

    def _on_edit_changed(self, date: QDate) -> None:
        if self.edit.isEnabled():
            self._last = date
        self.dateChanged.emit(self.date())


class DateTimeField(QDateTimeEdit):
    """A date and time to the minute, with a calendar popup; ``value()`` is a ``datetime``
    (now, to the minute, when none is given)."""

    def __init__(self, value: dt.datetime | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setDateTime(QDateTime(value or dt.datetime.now().replace(second=0, microsecond=0)))

    def value(self) -> dt.datetime:
        return self.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[union-attr]
