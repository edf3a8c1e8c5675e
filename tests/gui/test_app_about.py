"""关于 and the status bar name the program's version, the database in words and the folder."""

from __future__ import annotations

from importlib import metadata

from desktop.shell.about import about_text
from desktop.shell.about import database_words


def test_database_words_never_show_a_url_or_password():
    assert database_words("sqlite:///C:/x/rescue-ledger.sqlite3") == "本机数据"
    assert database_words("sqlite:///C:/x/rescue-ledger.sqlite3", demo=True) == "演示数据"
    assert database_words("sqlite:////tmp/data/demo.sqlite3") == "演示数据"
    words = database_words("postgresql+psycopg://clerk:s3cret@10.0.0.5:5433/ledger")
    assert words == "服务器 10.0.0.5:5433/ledger"
    assert database_words("postgresql://u:pw@db.town.gov/rescue") == "服务器 db.town.gov/rescue"


def test_status_bar_names_the_local_database_and_the_operator(make_window):
    window = make_window()
    text = window.where_label.text()
    assert text.startswith("本机数据")
    assert "操作人：测试员" in text
    assert "sqlite" not in text
    window.statusBar().showMessage("已自动备份：x.zip")  # a passing message hides nothing
    assert window.where_label.isVisible()


def test_demo_window_says_demo_data(qtbot, ledger):
    from desktop.shell.window import MainWindow

    window = MainWindow(ledger, demo=True)
    qtbot.addWidget(window)
    assert window.where_label.text().startswith("演示数据")


def test_about_names_version_database_and_data_folder(make_window, messages, database):
    window = make_window()
    about = next(a for a in window.menuBar().actions() if a.text() == "帮助").menu()
    next(a for a in about.actions() if a.text() == "关于救援台账").trigger()
    (text,) = messages.texts("about")
    assert f"版本：{metadata.version('rescue-ledger')}" in text
    assert "数据库：本机数据" in text
    assert f"数据文件夹：{database.data_dir}" in text
    assert text == about_text(database)
