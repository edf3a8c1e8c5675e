"""Duty in the window: the roster page (``roster``), the register pages and their actions
(``pages.DutyPages``, which the main window builds), the edit dialogs (``dialogs``) and the
roster's table model (``models``)."""

#: The user guide's page of the duty pages (the roster pages name their own).
HELP = "team"
