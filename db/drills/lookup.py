"""Finding a drill, plan or site by what a person types: its number, its code (plans) or its
name."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlalchemy import select

from db.drills.models import Drill
from db.drills.models import Plan
from db.engine import Database
from db.errors import NotFoundError


class NameNotFound(NotFoundError):
    """No record, or several, answer to the name given (bad input on the command line)."""

    bad_input = True


class Lookup:
    db: Database

    def _resolve(self, model: Any, label: str, text: str) -> int:
        text = text.strip()
        with self.db.read() as s:
            if text.isdigit():
                row = s.get(model, int(text))
                if row is not None:
                    return int(row.id)
            rows = []
            code = getattr(model, "code", None)
            if code is not None and text:
                rows = list(
                    s.scalars(
                        select(model).where(func.upper(code) == text.upper()).order_by(model.id)
                    )
                )
            if not rows:
                rows = list(s.scalars(select(model).where(model.name == text).order_by(model.id)))
            if not rows:
                rows = list(
                    s.scalars(select(model).where(model.name.contains(text)).order_by(model.id))
                )
            live = [r for r in rows if not r.archived] or rows
        if not live:
            raise NameNotFound(f"找不到{label}“{text}”")
        if len(live) > 1:
            names = "；".join(f"#{r.id} {r.name}" for r in live)
            raise NameNotFound(f"有 {len(live)} 个{label}符合“{text}”，请用编号指定：{names}")
        return int(live[0].id)

    def resolve_drill(self, text: str) -> int:
        """The id of the one drill whose number or name (exact, else part) is ``text``."""
        return self._resolve(Drill, "演练", text)

    def resolve_plan(self, text: str) -> int:
        """The id of the one plan whose number, code (e.g. GLZ-ZX-2024-01) or name is ``text``."""
        return self._resolve(Plan, "预案", text)
