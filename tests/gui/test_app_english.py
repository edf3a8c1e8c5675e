"""The English window has no Chinese left: every page of the demo town is shown with the
English catalogue loaded, every button on it pressed (each entry of its menus too), and each
dialog that opens is read before it closes. Labels, buttons, window and group titles, tab
texts, table headers, tooltips, placeholders and combo-box choices must not contain a Chinese
character.

Left out, on purpose: table cells (the database's data: names, places, statuses, vocabulary)
the widgets in ``DATA_WIDGETS`` and the texts stored in the demo database (``stored_texts``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget

from db.demo import build
from desktop.language import LANGUAGES
from tests.gui.helpers import cancel_choosers
from tests.gui.helpers import press
from tests.gui.helpers import select_first_rows
from tests.gui.helpers import texts_of

CJK = re.compile(r"[\u4e00-\u9fff]")

#: Widgets whose text is the database's data, not the program's (by object name or class).
DATA_WIDGETS = {
    "StatusBadge",  # a rule's level or a record's status, as the rule table names it
}

#: Data shown inside the program's own sentences (a name, a code, a status, a town) is taken
#: out of a text before it is read: the sentence is translated, the value is not. The values
#: are every text stored in the demo database (``stored_texts``) and the demo town's name.
#: What db/ words itself (field labels, validation messages, role names, counts) is
#: translated (``db.words.said``, ``desktop.common.words.db_text``), so it is not listed.
DATA = ["高楼镇"]
#: 设置 → 界面语言 names each language in its own language (中文 / English).
LANGUAGE_NAMES = [name for _, name in LANGUAGES]


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in [*value.keys(), *value.values()]:
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def stored_texts(database) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text with a Chinese character stored in the database (any table, any column)."""
    from sqlalchemy import JSON
    from sqlalchemy import String
    from sqlalchemy import Text
    from sqlalchemy import select

    from db.base import Base

    found: set[str] = set()
    with database.read() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Text, JSON))]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                found.update(t for v in row for t in _strings(v) if CJK.search(t))
    return sorted(found, key=len, reverse=True)


def chinese_in(root: QWidget, data: list[str] = DATA) -> list[str]:
    """Each text of ``root`` still carrying a Chinese character, with where it is."""
    skipped = {
        id(w)
        for w in [root, *root.findChildren(QWidget)]
        if type(w).__name__ in DATA_WIDGETS or w.objectName() in DATA_WIDGETS
    }
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if id(widget) in skipped or any(id(p) in skipped for p in _parents(widget)):
            continue
        found += [
            f"{type(root).__name__} › {where}: {text}"
            for where, text in texts_of(widget)
            if CJK.search(_without(text or "", data))
        ]
    return found


def _without(text: str, data: list[str]) -> str:
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, "")
    return text


def _parents(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


class Dialogs:
    """``QDialog.exec`` replaced: show the dialog, read its texts, close it."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.data = DATA
        self.seen: list[str] = []
        self.chinese: list[str] = []

    def exec(self, dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        self.seen.append(type(dialog).__name__)
        self.chinese += chinese_in(dialog, self.data)
        if dialog.frameGeometry().width() > 1024:  # English must not widen a dialog
            self.chinese.append(
                f"{type(dialog).__name__} is {dialog.frameGeometry().width()} px wide"
            )
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)


@pytest.fixture
def dialogs(qtbot, monkeypatch, messages) -> Dialogs:
    record = Dialogs(qtbot)
    monkeypatch.setattr(QDialog, "exec", lambda self: record.exec(self))
    messages.answer = QMessageBox.StandardButton.No
    cancel_choosers(monkeypatch)
    return record


def trigger_entries(menu: QMenu) -> None:
    """Each enabled entry of ``menu`` that opens no submenu."""
    menu.aboutToShow.emit()
    for action in menu.actions():
        if action.isEnabled() and not action.isSeparator() and action.menu() is None:
            action.trigger()


def press_everything(page: QWidget, qtbot) -> None:
    """Select each list's first row, then press each enabled button and menu entry."""
    select_first_rows(page)
    for button in page.findChildren(QPushButton) + page.findChildren(QToolButton):
        if button.isVisible() and button.isEnabled():
            press(button, qtbot, trigger_entries)


def test_the_finder_sees_chinese_and_leaves_data_alone(qtbot):

    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("设置", widget)
    QLabel("On duty: 王建国、李明", widget)
    assert chinese_in(widget, ["王建国", "李明"]) == ["QWidget › QLabel: 设置"]
    assert len(chinese_in(widget, [])) == 2


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_english_pages_and_dialogs_show_no_chinese(english, make_window, database, dialogs, qtbot):
    build(database)
    window = make_window()
    data = DATA + LANGUAGE_NAMES + stored_texts(database)
    dialogs.data = data
    left: list[str] = []
    for key, page in window.pages.items():
        window.show_page(key)
        QApplication.processEvents()
        left += chinese_in(page, data)
        press_everything(page, qtbot)
        window.show_page(key)
    left += dialogs.chinese
    assert len(dialogs.seen) > 20, dialogs.seen  # the walk opened the registers' dialogs
    assert sorted(set(left)) == [], "\n".join(sorted(set(left)))
