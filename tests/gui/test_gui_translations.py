"""Qt's own dialogs speak Chinese too: the file dialog 导入… opens where no native one exists.
The program's texts are Chinese as written: the Chinese window loads no catalogue of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.gui import install_translations


def test_qt_own_buttons_are_translated(qapp: QApplication):
    default = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed = install_translations(qapp)
    try:
        assert QCoreApplication.translate("QFileDialog", "&Open") == "打开(&O)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert [Path(t.filePath()).name for t in installed] == ["qtbase_zh_CN.qm"]
        assert QCoreApplication.translate("SuppliesPage", "物资储备") == "物资储备"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default)
