"""The fleet's window side: the vehicles, equipment and repairs pages (``pages/``), the
vehicle, equipment, repair and history dialogs (``dialogs``) and the check form (``check``).

The pages are listed in ``desktop.pages.EXTRA_PAGES``; each is built by its ``make_page``
from the :class:`~desktop.services.Services` it is given.
"""
