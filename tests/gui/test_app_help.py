"""F1 opens the shipped user guide on the current page's own page; empty pages say what to do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from db.duty import MemberData
from db.paths import resource_path
from desktop.shell.help import TOPICS
from desktop.shell.help import HelpWindow
from desktop.shell.help import help_file
from desktop.shell.help import topic_title

TITLES = ["开始使用", "队伍与队员", "排班与打印", "演练", "消防水源", "车辆装备与物资", "导入Excel",
          "备份与恢复"]  # fmt: skip


def test_every_guide_page_is_shipped_with_its_title():
    assert [topic_title(t) for t in TOPICS] == TITLES
    for topic in TOPICS:
        assert help_file(topic) == resource_path("help", f"{topic}.html")
        text = help_file(topic).read_text(encoding="utf-8")
        for target in set(re.findall(r'href="([^"]+)"', text)):
            assert resource_path("help", target).is_file(), (topic, target)
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    package_data = pyproject.split("[tool.setuptools.package-data]")[1].split("[")[1]
    assert '"*.html"' in package_data  # shipped when installed, not only from the source


@pytest.mark.parametrize(
    ("page", "topic"),
    [("home", "start"), ("members", "team"), ("roster", "roster"), ("handovers", "roster"),
     ("drills", "drills"), ("water", "water"), ("vehicles", "fleet"), ("supplies", "fleet")],
)  # fmt: skip
def test_f1_opens_the_guide_on_the_page_shown(make_window, qtbot, page, topic):
    window = make_window()
    window.show_page(page)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    guide = window.help_window
    assert isinstance(guide, HelpWindow) and guide.isVisible()
    assert guide.topic() == topic
    assert guide.current_title() == topic_title(topic)
    assert topic_title(topic) in guide.browser.toPlainText()


def test_guide_contents_and_back_forward(qtbot):
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.show_topic("start")
    assert guide.titles.stringList() == TITLES
    assert not guide.back_button.isEnabled()
    guide.pick(TOPICS.index("import"))
    assert guide.topic() == "import" and "导入" in guide.browser.toPlainText()
    assert guide.back_button.isEnabled()
    guide.back_button.click()
    assert guide.topic() == "start"
    assert guide.current_title() == "开始使用"
    guide.forward_button.click()
    assert guide.topic() == "import"


def test_help_menu_lists_the_guide_with_f1(make_window):
    window = make_window()
    menu = next(a for a in window.menuBar().actions() if a.text() == "帮助").menu()
    guide = next(a for a in menu.actions() if a.text() == "使用说明")
    assert guide.shortcut() == QKeySequence("F1")


def test_empty_register_says_what_to_do_first(make_window, ledger):
    window = make_window()
    window.show_page("members")
    hint = window.pages["members"].empty_label
    assert not hint.isHidden()
    assert hint.text() == "还没有队员：点“新增…”逐个登记，或点“导入…”导入办公室的花名册。"
    ledger.save_member(MemberData(name="张三", phone="13800000000"))
    window.pages["members"].reload()
    assert hint.isHidden()


def test_empty_paged_register_hint_only_while_nothing_is_recorded(make_window, qtbot):
    window = make_window()
    window.show_page("water")
    page = window.pages["water"]
    qtbot.waitUntil(lambda: page.total_label.text() == "共 0 处")
    assert not page.empty_label.isHidden()
    assert page.empty_label.text().startswith("还没有水源：点“新增…”")
    page.text.setText("不存在的水源")
    page.apply_filter()  # nothing found under a search is not an empty register
    qtbot.waitUntil(lambda: page.empty_label.isHidden())
