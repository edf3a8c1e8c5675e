"""Every page of the window shows its title in the page-title look, once, above its content."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_every_page_has_one_styled_title(qtbot, make_window):
    window = make_window()
    titles = {}
    for key in window.pages:
        window.show_page(key)
        page = window.stack.currentWidget()
        shown = [
            label.text()
            for label in page.findChildren(QLabel)
            if label.objectName() == "pageTitle" and label.isVisible()
        ]
        titles[key] = shown
    assert all(len(shown) == 1 and shown[0] for shown in titles.values()), titles
    assert titles["members"] == ["队员"] and titles["water_map"] == ["水源地图"]
