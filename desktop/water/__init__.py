"""The fire-water pages (消防水源) and their dialogs.

``pages/``: the register (``sources``), surveys (``survey``), the map (``map``) and the coverage
of the key sites (``coverage``), listed in ``PAGES`` below. Beside them: the
source dialog (``dialogs``) with its per-type fields (``fields``), photos and history
(``history``); inspections (``check``), flow tests (``flow``), repairs (``repairs``); the Qt
models (``models``), the map scene (``scene``) and what the pages share (``common``).
"""

from desktop.common.navigation import QT_TRANSLATE_NOOP
from desktop.common.navigation import Page

HELP = "water"  # the user guide's page of these pages
GROUP = QT_TRANSLATE_NOOP("Navigation", "消防水源")
PAGES = (
    Page(
        GROUP,
        "water",
        QT_TRANSLATE_NOOP("Navigation", "水源台账"),
        "desktop.water.pages.sources:make_page",
    ),
    Page(
        GROUP,
        "water_survey",
        QT_TRANSLATE_NOOP("Navigation", "普查"),
        "desktop.water.pages.survey:make_page",
    ),
    Page(
        GROUP,
        "water_map",
        QT_TRANSLATE_NOOP("Navigation", "水源地图"),
        "desktop.water.pages.map:make_page",
    ),
    Page(
        GROUP,
        "water_coverage",
        QT_TRANSLATE_NOOP("Navigation", "覆盖分析"),
        "desktop.water.pages.coverage:make_page",
    ),
)
RECORD_PAGES = {"water_source": "water", "water_repair": "water", "site": "water_coverage"}
