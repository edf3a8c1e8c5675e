"""界面语言: chosen in 设置 per user, loaded at start; with English loaded the translated parts
of the window show no Chinese (data values aside)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QWidget

from desktop.gui import install_translations
from desktop.language import chosen_language
from tests.gui.helpers import texts_of

CJK = re.compile(r"[\u4e00-\u9fff]")


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every label, button, tooltip, placeholder, menu, title and header."""
    for widget in [root, *root.findChildren(QWidget)]:
        yield from texts_of(widget)


def chinese_left(root: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for where, text in shown_texts(root) if CJK.search(text or "")]


def test_chinese_finder_sees_a_chinese_label(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("设置", widget)
    assert chinese_left(widget) == [("QLabel", "设置")]


def test_english_window_frame_and_settings_show_no_chinese(english, make_window):
    window = make_window()
    nav = window.nav.model()
    titles = [str(nav.index(row, 0).data() or "") for row in range(nav.rowCount())]
    assert "Settings" in titles and "Home" in titles
    assert [t for t in titles if CJK.search(t)] == []
    menus = [a.text() for a in window.menuBar().actions()]
    assert "File" in menus and "Help" in menus
    assert [m for m in menus if CJK.search(m)] == []
    for menu in window.menuBar().findChildren(QMenu):
        assert chinese_left(menu) == []
    assert ("QPushButton", "Save settings") in list(shown_texts(window.settings_page))
    # 界面语言 names each language in its own tongue, as Windows does: 中文 stays 中文.
    assert chinese_left(window.settings_page) == [("QComboBox choice", "中文")]
    assert not CJK.search(window.windowTitle())


def test_language_is_chosen_per_user_and_loaded_at_start(qapp, make_window, messages):
    window = make_window()
    box = window.settings_page.language
    assert isinstance(box, QComboBox) and box.currentData() == "zh_CN"
    box.setCurrentIndex(box.findData("en"))
    assert QSettings().value("ui/language") == "en"
    assert chosen_language() == "en"
    assert any("重新启动" in text for text in messages.texts())
    installed = install_translations(qapp)  # as the next start does, from the stored choice
    try:
        assert QCoreApplication.translate("SettingsPage", "界面语言") == "Language"
        loaded = [Path(translator.filePath()).name for translator in installed]
        assert "rescue_ledger_en.qm" in loaded  # and no Chinese Qt (its own texts are English)
        assert [name for name in loaded if "zh" in name] == []
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_english_rule_table_names_its_sources_in_english(english, make_window):
    """设置's rule table: each rule's 依据 (a law, a standard, the office's own setting) and how
    far it is verified read in English; the Chinese window keeps the Chinese."""
    table = make_window().settings_page.rules
    column = next(i for i, c in enumerate(table.model.columns) if c.key == "source")
    sources = [table.model.index(r, column).data() for r in range(table.model.rowCount())]
    assert len(sources) > 40 and [s for s in sources if CJK.search(s)] == []
    assert "NFPA 1851: retired after 10 years (original text verified)" in sources
    assert "Set by this office" in sources
