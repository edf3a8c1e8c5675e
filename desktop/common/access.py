"""Grey out what the signed-in role may not use: one call per button, one answer for all.

The window tells this module who is signed in (:func:`set_access`, from
``Services.may``) before any page is built; a page marks its writing buttons with
:func:`guard`::

    guard(RECORDS, self.add_button, self.edit_button, self.delete_button)

A widget the role may not use is disabled, says why in its tooltip, and stays disabled when
the page's own logic enables it again (a selection changing). The database refuses the write
anyway (``db.access``); this only spares the clerk a button that cannot work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from db.access import ADMINISTER
from db.access import LOOK
from db.access import RECORDS

D = TypeVar("D", bound=QWidget)

__all__ = [
    "ADMINISTER",
    "LOOK",
    "RECORDS",
    "allowed",
    "guard",
    "guard_saving",
    "refusal",
    "set_access",
]


class _SignedIn:
    """The window's answer for the signed-in role (everything is allowed until it is set)."""

    may: Callable[[str], bool] = staticmethod(lambda _permission: True)
    refusal: Callable[[str], str] = staticmethod(
        lambda _permission: QCoreApplication.translate("_SignedIn", "无权限")
    )


def set_access(may: Callable[[str], bool], refusal: Callable[[str], str]) -> None:
    """Who is signed in: ``may(permission)`` and the sentence for a refused permission."""
    _SignedIn.may, _SignedIn.refusal = staticmethod(may), staticmethod(refusal)  # type: ignore[assignment]


def allowed(permission: str) -> bool:
    """Whether the signed-in role holds ``permission``."""
    return bool(_SignedIn.may(permission))


def refusal(permission: str) -> str:
    """The 无权限 sentence for ``permission`` and the signed-in user."""
    return str(_SignedIn.refusal(permission))


class _KeepDisabled(QObject):
    """Puts a guarded widget back to disabled whenever something enables it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget):
            if watched.isEnabled():
                watched.setEnabled(False)
        return False


def guard(permission: str, *widgets: QWidget) -> bool:
    """Disable ``widgets`` when the role lacks ``permission``; whether it holds it."""
    if allowed(permission):
        return True
    why = refusal(permission)
    for widget in widgets:
        widget.setEnabled(False)
        widget.setToolTip(why)
        widget.setProperty("refused", True)
        keeper = _KeepDisabled(widget)
        widget.installEventFilter(keeper)
    return False


def guard_saving(dialog: D, permission: str = RECORDS) -> D:
    """A record dialog a role may look at but not save: its 确定 (``dialog.ok_button``) is
    greyed with the reason, like the page's own buttons. Returns the dialog."""
    ok = getattr(dialog, "ok_button", None)
    if isinstance(ok, QPushButton):
        guard(permission, ok)
    return dialog
