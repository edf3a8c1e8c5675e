"""界面语言: the language the window speaks, chosen per user in 设置 and read at start.

The choice is kept in the user's QSettings (``ui/language``); it takes effect at the next
start, when ``desktop.gui.install_translations`` loads the program's translation and Qt's own
for it. Source strings are Chinese, so 中文 needs no translation of the program's own.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtCore import QSettings

DEFAULT = "zh_CN"
LANGUAGES: tuple[tuple[str, str], ...] = (("zh_CN", "中文"), ("en", "English"))
"""(code, name) of each language offered; each name is written in its own language."""

KEY = "ui/language"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language code the user chose (the default, Chinese, when none or an unknown one)."""
    value = (settings or QSettings()).value(KEY, DEFAULT, type=str)
    return value if value in dict(LANGUAGES) else DEFAULT


def choose_language(code: str, settings: QSettings | None = None) -> None:
    """Keep ``code`` as the user's language for the next start."""
    if code not in dict(LANGUAGES):
        raise ValueError(code)
    store = settings or QSettings()
    store.setValue(KEY, code)
    store.sync()


def locale_of(code: str) -> QLocale:
    """The QLocale whose translations (the program's, Qt's) belong to ``code``."""
    if code == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
