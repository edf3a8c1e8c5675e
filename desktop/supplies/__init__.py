"""The supplies' window side: the supplies page (``pages``: balances, batches, loans, the
move journal), the supply, move and return dialogs (``dialogs``) and the stocktake form
(``stocktake``).

The page is listed in ``desktop.pages.EXTRA_PAGES`` and built by ``make_page`` from the
:class:`~desktop.services.Services` it is given.
"""
