"""Pages of the main window.

The duty pages are built by ``desktop.mainwindow``; every other register adds its page here as
``(group, key, title, "module:factory")``, where ``factory(window)`` returns the page widget
(a page with a ``changed`` signal makes the home page refresh). The order here is the order in
the navigation column.
"""

EXTRA_PAGES: list[tuple[str, str, str, str]] = []
