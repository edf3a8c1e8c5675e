"""The fleet's window side: the vehicles, equipment and repairs pages (``pages/``), the
vehicle, equipment, repair and history dialogs (``dialogs``) and the check form (``check``).

The pages are listed in ``PAGES`` below; each is built by its ``make_page``
from the :class:`~desktop.services.Services` it is given.
"""

from desktop.common.navigation import QT_TRANSLATE_NOOP
from desktop.common.navigation import Page

HELP = "fleet"  # the user guide's page of these pages
GROUP = QT_TRANSLATE_NOOP("Navigation", "车辆装备物资")
PAGES = (
    Page(
        GROUP,
        "vehicles",
        QT_TRANSLATE_NOOP("Navigation", "车辆"),
        "desktop.fleet.pages.vehicles:make_page",
    ),
    Page(
        GROUP,
        "equipment",
        QT_TRANSLATE_NOOP("Navigation", "装备器材"),
        "desktop.fleet.pages.equipment:make_page",
    ),
    Page(
        GROUP,
        "repairs",
        QT_TRANSLATE_NOOP("Navigation", "维修"),
        "desktop.fleet.pages.repairs:make_page",
    ),
)
RECORD_PAGES = {"vehicle": "vehicles", "equipment": "equipment", "repair_ticket": "repairs"}
