"""Finding sites, plans and drills by the name written in a cell (never creating them)."""

from __future__ import annotations

import re
from typing import Any

from db.drills.models import Drill
from db.drills.models import Plan
from db.drills.models import Site
from db.words import said
from db.xlsx.cells import name_key
from db.xlsx.cells import nfkc
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import NameFinder
from db.xlsx.registers.common import active_by_name

_DATED = re.compile(r"^(.*?)[（(]\s*(\d{4}-\d{1,2}-\d{1,2})\s*[)）]$")


class NamedFinder(NameFinder[Any]):
    """Looks up records of ``model`` (not archived) by name; unknown or ambiguous names are
    problems on the cell that named them."""

    def __init__(self, ctx: ImportContext, model: Any, label: str, register: str):
        super().__init__(ctx, active_by_name(ctx.session, model))
        self.label, self.register = label, register

    def missing(self, name: str) -> str:
        return said(
            "{register}中没有{label}“{name}”，请先在{register}中添加",
            register=self.register,
            label=self.label,
            name=name,
        )

    def ambiguous(self, name: str, count: int) -> str:
        return said(
            "{register}中有 {count} 个{label}都叫“{name}”，无法确定",
            register=self.register,
            count=count,
            label=self.label,
            name=name,
        )


def sites(ctx: ImportContext) -> NamedFinder:
    return NamedFinder(ctx, Site, said("场所"), said("重点场所台账"))


def plans(ctx: ImportContext) -> NamedFinder:
    return NamedFinder(ctx, Plan, said("预案"), said("应急预案台账"))


class DrillFinder(NamedFinder):
    """Drills share names across years: “名称（2025-05-12）” picks one by its date."""

    def __init__(self, ctx: ImportContext):
        super().__init__(ctx, Drill, "演练", "演练台账")

    def find(self, row: Row, key: str, name: str) -> Any | None:
        match = _DATED.match(nfkc(name).strip())
        if match:
            base, day = match.group(1), match.group(2)
            found = [
                d
                for d in self.table.get(name_key(base), [])
                if d.starts_at.date().isoformat() == _iso(day)
            ]
            if len(found) == 1:
                return found[0]
        return super().find(row, key, name)


def _iso(text: str) -> str:
    year, month, day = (int(x) for x in text.split("-"))
    return f"{year:04d}-{month:02d}-{day:02d}"


def drill_label(drill: Drill, same_name: int) -> str:
    """How a drill is written in another register: its name, dated when the name repeats."""
    return f"{drill.name}（{drill.starts_at.date().isoformat()}）" if same_name > 1 else drill.name
