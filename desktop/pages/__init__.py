"""Pages of the main window.

The duty pages are built by ``desktop.duty.pages.DutyPages``, which the window calls; every
other register adds its page here as
``(group, key, title, "module:factory")``, where ``factory(services, parent)`` returns the page widget (see ``desktop.services``)
(a page with a ``changed`` signal makes the home page refresh). The order here is the order in
the navigation column.
"""

EXTRA_PAGES: list[tuple[str, str, str, str]] = [
    ("演练与预案", "sites", "重点场所", "desktop.drills.pages.sites:make_page"),
    ("演练与预案", "plans", "应急预案", "desktop.drills.pages.plans:make_page"),
    ("演练与预案", "drills", "演练", "desktop.drills.pages.drills:make_page"),
    ("演练与预案", "findings", "整改跟踪", "desktop.drills.pages.findings:make_page"),
    ("消防水源", "water", "水源台账", "desktop.water.pages.sources:make_page"),
    ("消防水源", "water_survey", "普查", "desktop.water.pages.survey:make_page"),
    ("消防水源", "water_map", "水源地图", "desktop.water.pages.map:make_page"),
    ("消防水源", "water_coverage", "覆盖分析", "desktop.water.pages.coverage:make_page"),
    ("车辆装备物资", "vehicles", "车辆", "desktop.fleet.pages.vehicles:make_page"),
    ("车辆装备物资", "equipment", "装备器材", "desktop.fleet.pages.equipment:make_page"),
    ("车辆装备物资", "supplies", "物资储备", "desktop.supplies.pages:make_page"),
    ("车辆装备物资", "repairs", "维修", "desktop.fleet.pages.repairs:make_page"),
]
