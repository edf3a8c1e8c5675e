"""StatusBadge, MonthPicker and the problems message."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyle

from widgets.badge import StatusBadge
from widgets.badge import Tone
from widgets.badge import readable_text_color
from widgets.daterange import MonthPicker
from widgets.daterange import shift_month
from widgets.problems import BOX_LINES
from widgets.problems import ProblemsBox
from widgets.problems import show_problems


def test_badge_colours_and_text(qtbot):
    badge = StatusBadge("已确认", Tone.OK)
    qtbot.addWidget(badge)
    assert badge.text() == "已确认"
    assert badge.background() == QColor(Tone.OK.value)
    assert badge.foreground() == QColor("#ffffff")
    badge.set_status("待定", "#fff59d")
    assert badge.foreground() == QColor("#000000")
    badge.set_status("冲突", QColor("red"), foreground="yellow")
    assert badge.foreground() == QColor("yellow")
    assert badge.background() == QColor("red")
    assert "background-color: #ff0000" in badge.styleSheet()
    badge.set_status("")
    assert badge.isHidden()


def test_readable_text_color():
    assert readable_text_color(QColor("white")) == QColor("#000000")
    assert readable_text_color(QColor("black")) == QColor("#ffffff")


@pytest.mark.parametrize(
    ("start", "delta", "expected"),
    [
        ((2026, 11), 1, (2026, 12)),
        ((2026, 12), 1, (2027, 1)),
        ((2026, 1), -1, (2025, 12)),
        ((2026, 3), -15, (2024, 12)),
        ((2026, 3), 0, (2026, 3)),
    ],
)
def test_shift_month(start, delta, expected):
    assert shift_month(*start, delta) == expected


@pytest.fixture
def picker(qtbot):
    widget = MonthPicker(2026, 11, today=lambda: dt.date(2026, 3, 15))
    qtbot.addWidget(widget)
    return widget


def test_month_picker_buttons(qtbot, picker):
    assert picker.label.text() == "2026年11月"
    with qtbot.waitSignal(picker.monthChanged) as blocker:
        qtbot.mouseClick(picker.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2026, 12]
    with qtbot.waitSignal(picker.monthChanged) as blocker:
        qtbot.mouseClick(picker.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2027, 1] and picker.label.text() == "2027年1月"
    with qtbot.waitSignal(picker.monthChanged) as blocker:
        qtbot.mouseClick(picker.prev_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2026, 12]
    assert picker.first_day() == dt.date(2026, 12, 1)


def test_this_month_button(qtbot, picker):
    assert picker.this_month_button.isEnabled()
    with qtbot.waitSignal(picker.monthChanged) as blocker:
        qtbot.mouseClick(picker.this_month_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2026, 3]
    assert (picker.year(), picker.month()) == (2026, 3)
    assert not picker.this_month_button.isEnabled()


def test_set_same_month_does_not_emit(qtbot, picker):
    with qtbot.assertNotEmitted(picker.monthChanged):
        picker.set_month(2026, 11)
    with pytest.raises(ValueError):
        picker.set_month(2026, 13)


def test_lazy_widget_builds_once_when_shown_or_asked(qtbot):
    from PySide6.QtWidgets import QLabel
    from PySide6.QtWidgets import QTabWidget

    from widgets.lazy import LazyWidget

    made = []

    def build(parent):
        made.append(parent)
        return QLabel("内容", parent)

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    first, second = LazyWidget(build), LazyWidget(build)
    tabs.addTab(first, "一")
    tabs.addTab(second, "二")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert made == [first] and first.content().isVisible() and not second.is_built()
    tabs.setCurrentIndex(1)
    assert made == [first, second] and second.content().isVisible()
    assert second.content() is second.content() and len(made) == 2
    third = LazyWidget(build)
    assert third.content().text() == "内容" and made[-1] is third  # asked before shown


@pytest.mark.parametrize(
    ("warning", "pixmap"),
    [
        (True, QStyle.StandardPixmap.SP_MessageBoxWarning),
        (False, QStyle.StandardPixmap.SP_MessageBoxInformation),
    ],
)
def test_problems_show_in_a_plain_box_when_few_and_a_list_when_many(
    qtbot, messages, monkeypatch, warning, pixmap
):
    kind = "warning" if warning else "information"
    show_problems(None, "导入", "请改正：", ["第3行：日期不对"], footer="未写入", warning=warning)
    assert messages.shown == [(kind, "导入", "请改正：\n\n第3行：日期不对\n\n未写入")]

    boxes: list[ProblemsBox] = []
    monkeypatch.setattr(ProblemsBox, "exec", lambda box: boxes.append(box))
    many = [f"第{n}行：日期不对" for n in range(BOX_LINES + 1)]
    show_problems(None, "导入", "请改正：", many, footer="未写入", warning=warning)
    [box] = boxes
    qtbot.addWidget(box)
    assert len(messages.shown) == 1 and box.lines() == many
    assert (box.windowTitle(), box.text.text(), box.footer.text()) == ("导入", "请改正：", "未写入")
    shown = box.windowIcon().pixmap(32).toImage()
    assert shown == box.style().standardIcon(pixmap).pixmap(32).toImage()
