"""The editable rule table: intervals, thresholds and colours, each with its source.

Defaults live in ``db/data/rules.csv`` (each with its source); the ``rule`` table holds only
what the office changed. Numbers marked [S]/[U] in the domain brief are never fixed in code
elsewhere: read them through :class:`Rules`.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import ValidationError
from db.paths import data_rows
from db.shared_models import Rule


@dataclass(frozen=True)
class RuleDef:
    key: str
    label: str
    value: str
    unit: str
    source: str
    group: str


COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def is_colour_rule(key: str) -> bool:
    """A rule whose value is a colour (#rrggbb): 设置 offers a colour picker for it."""
    return key.endswith(("_colour", "_background"))


TRUST = {"[V]": "（原文已核实）", "[S]": "（转引，待核对原文）", "[U]": "（未证实，按本地做法）"}


def _d(group: str, key: str, label: str, value: str, unit: str, source: str) -> RuleDef:
    for mark, words in TRUST.items():
        source = source.replace(" " + mark, words).replace(mark, words)
    return RuleDef(key, label, value, unit, source, group)


#: Every rule's default, in the order 设置 lists them: db/data/rules.csv (with the sources).
DEFAULTS: dict[str, RuleDef] = {
    row["key"]: _d(row["group"], row["key"], row["label"], row["value"], row["unit"], row["source"])
    for row in data_rows("rules.csv")
}


def rule_value(session: Session, key: str) -> str:
    """The rule's value as ``session`` sees it (the office's, else the default)."""
    value = session.scalar(select(Rule.value).where(Rule.key == key))
    return value if value is not None else DEFAULTS[key].value


@dataclass(frozen=True)
class RuleData(RuleDef):
    """A rule as 设置 lists it: its definition with the office's value, and the default."""

    default: str = ""
    id: int | None = None
    version: int | None = None

    @property
    def changed(self) -> bool:
        return self.value != self.default


class Rules:
    """Read and change the rule table; values the office never touched are the defaults."""

    def __init__(self, database: Database):
        self.db = database

    def _stored(self) -> dict[str, Rule]:
        with self.db.read() as s:
            return {r.key: r for r in s.scalars(select(Rule))}

    def all(self) -> list[RuleData]:
        stored = self._stored()
        out = []
        for d in DEFAULTS.values():
            row = stored.get(d.key)
            value = row.value if row else d.value
            out.append(
                RuleData(
                    **asdict(d) | {"value": value},
                    default=d.value,
                    id=row.id if row else None,
                    version=row.version if row else None,
                )
            )
        return out

    def get(self, key: str) -> str:
        with self.db.read() as s:
            row = s.scalar(select(Rule).where(Rule.key == key))
        if row is not None:
            return row.value
        return DEFAULTS[key].value

    def values(self, prefix: str) -> dict[str, str]:
        """Every rule whose key starts with ``prefix``, read at once."""
        stored = self._stored()
        return {
            k: (stored[k].value if k in stored else d.value)
            for k, d in DEFAULTS.items()
            if k.startswith(prefix)
        }

    def number(self, key: str) -> float:
        return float(self.get(key))

    def months(self, key: str) -> int:
        return int(float(self.get(key)))

    def set(self, key: str, value: str) -> None:
        d = DEFAULTS.get(key)
        if d is None:
            raise ValidationError({"key": f"没有这条规则：{key}"})
        value = value.strip()
        if is_colour_rule(key) and not COLOUR.fullmatch(value):
            raise ValidationError({"value": f"{d.label}应为颜色，如 #c62828"})
        try:
            float(d.value)
        except ValueError:
            pass
        else:
            try:
                if float(value) < 0:
                    raise ValueError
            except ValueError:
                raise ValidationError(
                    {"value": f"{d.label}应为不小于0的数字，例如 {d.value}"}
                ) from None
        from db import registry

        with self.db.transaction() as s:
            row = s.scalar(select(Rule).where(Rule.key == key))
            if row is None:
                s.add(Rule(key=key, label=d.label, value=value, unit=d.unit, source=d.source))
            else:
                row.value = value
            s.flush()
            # Dates stored with records follow the rule in the same transaction: a failure
            # leaves the old rule and the old dates together.
            for listener in registry.rule_listeners():
                listener(s, key)
