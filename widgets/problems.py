"""A result with a list of problems: each distinct problem once, with where it occurs.

A message box that joins thirty near-identical warnings grows taller than the screen and
hides its OK button. ``group`` folds a problem repeated more than three times into one line
("没有带班领导（2025-12-03、2025-12-04、2025-12-05 等，共 12 天）"); ``show_problems`` shows a
few lines in a plain message box and more in ``ProblemsBox``: a scrolling list, sized to the
screen, with its OK button always below the list.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from widgets.shown import shown

#: How many places one grouped line names before it says 等; a problem seen this often or
#: less is listed once per place.
SHOWN_PLACES = 3
#: Up to this many lines a plain message box shows them; more scroll in a ProblemsBox.
BOX_LINES = 8


def group(problems: Iterable[tuple[str, str]], unit: str = "") -> list[str]:
    """``(where, message)`` pairs → one line per distinct message, in first-seen order.

    A message seen up to ``SHOWN_PLACES`` times reads ``where：message`` once per place; one
    seen more often names its first places and the count: ``message（a、b、c 等，共 12 天）``
    (``unit`` is the count's word, 处 when not given), each part in the window's language.
    """
    unit = unit or QCoreApplication.translate("widgets.problems", "处")
    places: dict[str, list[str]] = {}
    for where, said in problems:
        message = shown(said)
        seen = places.setdefault(message, [])
        if where not in seen:
            seen.append(where)
    lines = []
    for message, where in places.items():
        if len(where) <= SHOWN_PLACES:
            lines += [
                QCoreApplication.translate("widgets.problems", "{where}：{message}").format(
                    where=w, message=message
                )
                if w
                else message
                for w in where
            ]
            continue
        named = QCoreApplication.translate("widgets.problems", "、").join(where[:SHOWN_PLACES]) + (
            QCoreApplication.translate("widgets.problems", " 等")
            if len(where) > SHOWN_PLACES
            else ""
        )
        lines.append(
            QCoreApplication.translate(
                "widgets.problems", "{message}（{named}，共 {count} {unit}）"
            ).format(message=message, named=named, count=len(where), unit=unit)
        )
    return lines


class ProblemsBox(QDialog):
    """A message with its problems in a scrolling list; the OK button always on screen."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        lines: Sequence[str],
        footer: str = "",
        icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_MessageBoxInformation,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.setWindowIcon(self.style().standardIcon(icon))
        self.model = QStringListModel(list(lines), self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumWidth(360)
        self.footer = QLabel(footer, self)
        self.footer.setWordWrap(True)
        self.footer.setVisible(bool(footer))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("ProblemsBox", "确定"))
        self.ok_button.setDefault(True)
        layout.addWidget(self.text)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.footer)
        layout.addWidget(self.buttons)
        rows = self.list.sizeHintForRow(0) if lines else 20
        self.resize(560, min(480, 140 + rows * max(3, len(lines))))

    def lines(self) -> list[str]:
        """The problem lines as shown."""
        return self.model.stringList()


def show_problems(
    parent: QWidget | None,
    title: str,
    text: str,
    lines: Sequence[str],
    footer: str = "",
    warning: bool = False,
) -> None:
    """Show a result with its problems: a plain message box when they are few."""
    if len(lines) <= BOX_LINES:
        box = QMessageBox.warning if warning else QMessageBox.information
        listed = "\n".join(lines)
        box(parent, title, "\n\n".join(part for part in (text, listed, footer) if part))
        return
    pixmap = QStyle.StandardPixmap
    icon = pixmap.SP_MessageBoxWarning if warning else pixmap.SP_MessageBoxInformation
    ProblemsBox(parent, title, text, lines, footer, icon).exec()


__all__ = ["BOX_LINES", "SHOWN_PLACES", "ProblemsBox", "group", "show_problems"]
