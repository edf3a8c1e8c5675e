"""A line edit with a maximum length that says so beside the field instead of cutting.

Qt's ``setMaxLength`` cuts a paste at the limit without a word: the clerk saves a shortened
text and never knows. A form field given ``max_length`` keeps everything typed or pasted;
past the limit its inline message says how long it may be (as soon as the text changes), and
the dialog refuses 确定 until it is short enough (:func:`length_problem`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:
    from widgets.forms import FormRow


def too_long_message(limit: int, length: int) -> str:
    """The inline message for a text of ``length`` characters where ``limit`` fit."""
    text = QCoreApplication.translate("Form", "最多 {limit} 个字，现在有 {length} 个字，请删减")
    return text.format(limit=limit, length=length)


def length_problem(row: FormRow) -> str:
    """The message for ``row``'s text when it is longer than its limit, else ``""``."""
    if not row.max_length or not isinstance(row.editor, QLineEdit):
        return ""
    length = len(row.editor.text().strip())
    return too_long_message(row.max_length, length) if length > row.max_length else ""


def limit_length(row: FormRow, limit: int) -> None:
    """Give ``row`` (a line edit) a maximum length checked while it is edited."""
    row.max_length = limit
    shown = [""]  # the length message last shown, so that only it is taken back

    def changed(_text: str) -> None:
        message = length_problem(row)
        if message:
            row.set_error(message)
        elif shown[0] and row.error_label.text() == shown[0]:
            row.set_error(None)  # short enough again (another field's message stays)
        shown[0] = message

    editor = row.editor
    assert isinstance(editor, QLineEdit)
    editor.textChanged.connect(changed)
