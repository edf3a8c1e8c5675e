"""The drills' part of the window: the pages 重点场所, 应急预案, 演练 and 整改跟踪 (``pages``),
their dialogs (``dialogs``), the drill workspace with its tabs (``workspace``, ``tabs``,
``record_tabs``) and their Qt models (``models``).

The pages are listed in ``desktop.pages.EXTRA_PAGES``; each gets the ``Services`` object.
"""
