"""A form dialog that edits one record: what was typed becomes the record, which is checked
by the same validation the save runs and then stored."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from typing import Any
from typing import Generic
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from widgets.forms import FormDialog

R = TypeVar("R")


class RecordDialog(FormDialog, Generic[R]):
    """A :class:`FormDialog` for one record.

    Subclasses say how the typed values become the record (``_data``); ``check(record)``
    returns ``{field: message}`` for every problem (shown beside the fields, nothing saved)
    and ``store(record)`` saves it, its return value landing in ``self.saved``.
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        check: Callable[[R], Mapping[str, str]],
        store: Callable[[R], Any],
    ) -> None:
        super().__init__(
            parent,
            title=title,
            validator=lambda values: check(self._data(values)),
            save=lambda values: store(self._data(values)),
        )

    def _data(self, values: dict[str, Any]) -> R:
        """The record the typed ``values`` stand for."""
        raise NotImplementedError


def parsed_problems(
    parsed: tuple[R, Mapping[str, str]], check: Callable[[R], Mapping[str, str]]
) -> dict[str, str]:
    """The problems of a record read from text fields: ``parsed`` is the record and what its
    reading found (a number that is not one), which says more than ``check(record)`` about
    the same field and so replaces it."""
    record, typed = parsed
    found = dict(check(record))
    found.update(typed)
    return found
