"""Starting the program as the README's first command does: window first, then the database."""

from __future__ import annotations

import argparse

from PySide6.QtWidgets import QApplication

from desktop import gui
from desktop.shell.window import MainWindow


def test_run_gui_shows_window_then_opens_demo_database(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("RESCUE_LEDGER_DB", raising=False)
    shown: list[MainWindow] = []

    def fake_exec(self) -> int:  # the event loop would run here; inspect the window instead
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    args = argparse.Namespace(db=None, data_dir=str(tmp_path), demo=True, operator="测试员")
    assert gui.run_gui(args) == 0
    assert shown, "no main window was shown"
    window = shown[-1]
    qtbot.addWidget(window)
    assert "演示数据" in window.windowTitle() and "高楼镇" in window.windowTitle()
    assert len(window.ledger.members()) == 20
    assert window.first_start_dialog is None  # --demo skips 首次设置
    assert "带班领导" in window.home.today_card.body.text()
    assert (tmp_path / "demo.sqlite3").exists()


def test_window_before_database_says_it_is_loading(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.loading
    assert "正在打开数据库" in window.loading.text()
