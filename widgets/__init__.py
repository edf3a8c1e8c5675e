"""Generic Qt widgets that know nothing about the domain.

- ``table``: column-driven ``RecordTableModel`` and ``FilterableTable``.
- ``forms``: ``Form`` with inline errors, ``FormDialog`` that stays open on bad input.
- ``tasks``: ``run_task`` for long work off the UI thread, with progress and 取消.
- ``pdfpreview``: preview, print and save PDF bytes.
- ``badge``: ``StatusBadge``; ``daterange``: ``MonthPicker``.
"""
