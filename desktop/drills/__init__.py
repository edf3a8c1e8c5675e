"""The drills' part of the window: the pages 重点场所, 应急预案, 演练 and 整改跟踪 (``pages``),
their dialogs (``dialogs``), the drill workspace with its tabs (``workspace``, ``tabs``,
``record_tabs``) and their Qt models (``models``).

The pages are listed in ``PAGES`` below; each gets the ``Services`` object.
"""

from desktop.common.navigation import QT_TRANSLATE_NOOP
from desktop.common.navigation import Page

HELP = "drills"  # the user guide's page of these pages
GROUP = QT_TRANSLATE_NOOP("Navigation", "演练与预案")
PAGES = (
    Page(
        GROUP,
        "sites",
        QT_TRANSLATE_NOOP("Navigation", "重点场所"),
        "desktop.drills.pages.sites:make_page",
    ),
    Page(
        GROUP,
        "plans",
        QT_TRANSLATE_NOOP("Navigation", "应急预案"),
        "desktop.drills.pages.plans:make_page",
    ),
    Page(
        GROUP,
        "drills",
        QT_TRANSLATE_NOOP("Navigation", "演练"),
        "desktop.drills.pages.drills:make_page",
    ),
    Page(
        GROUP,
        "findings",
        QT_TRANSLATE_NOOP("Navigation", "整改跟踪"),
        "desktop.drills.pages.findings:make_page",
    ),
)
RECORD_PAGES = {
    "site": "sites",
    "drill": "drills",
    "plan": "plans",
    "revision_task": "plans",
    "finding": "findings",
}
