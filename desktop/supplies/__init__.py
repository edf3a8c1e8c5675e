"""The supplies' window side: the supplies page (``pages``: balances, batches, loans, the
move journal), the supply, move and return dialogs (``dialogs``) and the stocktake form
(``stocktake``).

The page is listed in ``PAGES`` below and built by ``make_page`` from the
:class:`~desktop.services.Services` it is given.
"""

from desktop.common.navigation import QT_TRANSLATE_NOOP
from desktop.common.navigation import Page

HELP = "fleet"  # the user guide's page of this page
PAGES = (
    Page(
        QT_TRANSLATE_NOOP("Navigation", "车辆装备物资"),
        "supplies",
        QT_TRANSLATE_NOOP("Navigation", "物资储备"),
        "desktop.supplies.pages:make_page",
    ),
)
RECORD_PAGES = {"supply": "supplies", "stock_move": "supplies"}
