"""The registers that can be imported from and exported to Excel, by command-line name.

Each domain lists its own in ``db/<domain>/xlsx`` (``REGISTERS``); :data:`REGISTERS` collects
them, in the domains' order, the first time it is read (so importing the Excel engine does not
import every domain, and a domain's register module may import the engine freely).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.xlsx.spec import RegisterSpec


class _Registers(Mapping[str, "RegisterSpec"]):
    @cached_property
    def _specs(self) -> dict[str, RegisterSpec]:
        from db import registry

        return registry.registers()

    def __getitem__(self, key: str) -> RegisterSpec:
        return self._specs[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)


REGISTERS: Mapping[str, RegisterSpec] = _Registers()
