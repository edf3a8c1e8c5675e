"""The fire-water pages (消防水源) and their dialogs.

``pages/``: the register (``sources``), surveys (``survey``), the map (``map``) and the coverage
of the key sites (``coverage``), listed in ``desktop.pages.EXTRA_PAGES``. Beside them: the
source dialog (``dialogs``) with its per-type fields (``fields``), photos and history
(``history``); inspections (``check``), flow tests (``flow``), repairs (``repairs``); the Qt
models (``models``), the map scene (``scene``) and what the pages share (``common``).
"""
