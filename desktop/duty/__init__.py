"""Duty in the window: the roster page (``roster``) and the register pages with the actions of
their extra buttons (``pages``), listed in ``PAGES`` below; the edit dialogs (``dialogs``) and
the roster's table model (``models``)."""

from desktop.common.navigation import QT_TRANSLATE_NOOP
from desktop.common.navigation import Page

#: The user guide's page of the duty pages (the roster pages name their own).
HELP = "team"
GROUP = QT_TRANSLATE_NOOP("Navigation", "值班备勤")
PAGES = tuple(
    Page(GROUP, key, title, f"desktop.duty.pages:make_{key}")  # one factory a page, by its key
    for key, title in (
        ("roster", QT_TRANSLATE_NOOP("Navigation", "值班表")),
        ("members", QT_TRANSLATE_NOOP("Navigation", "队员")),
        ("leave", QT_TRANSLATE_NOOP("Navigation", "请假")),
        ("periods", QT_TRANSLATE_NOOP("Navigation", "战备时段")),
        ("calls", QT_TRANSLATE_NOOP("Navigation", "来电记录")),
        ("handovers", QT_TRANSLATE_NOOP("Navigation", "交接班")),
    )
)
