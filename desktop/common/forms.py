"""What an edit dialog's form makes of the record it edits.

A register's form names each field after the record's own (the names its validation answers
for), so the record a form stands for is read by name::

    def _data(self, v: dict[str, Any]) -> MemberData:
        return typed_record(MemberData, v, self.member, role=v["role"] or "")
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol
from typing import TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")


class Edited(Protocol):
    """A record as read: the row it is and the version it was read at."""

    id: int | None
    version: int | None


def typed_record(kind: type[D], values: Mapping[str, Any], edited: Edited, **given: Any) -> D:
    """The ``kind`` record the form's ``values`` stand for, as the record ``edited`` saved again.

    Each field of ``kind`` that the form has takes the value typed; ``given`` names what the
    form does not give as it is (a default for a choice left empty, a value the form only
    shows); the id and version are those of ``edited``, so that the save names the version
    read. Every other field keeps the default of ``kind``.
    """
    names = {f.name for f in fields(kind)}
    typed = {name: value for name, value in values.items() if name in names}
    return kind(**{**typed, "id": edited.id, "version": edited.version, **given})
