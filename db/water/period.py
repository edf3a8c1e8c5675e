"""The water work of a period as a report reads it: every inspection between two dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from db.engine import Database
from db.water.models import Inspection
from db.water.models import WaterSource


@dataclass
class InspectionRow:
    """One inspection of a period: when, which source, what kind and what it found."""

    inspection_id: int
    inspected_on: dt.date
    source_id: int
    source_code: str
    source_name: str
    source_type: str
    kind: str
    result: str
    problems: str
    inspectors: str
    survey_id: int | None


class Period:
    """What a period report reads from the water register."""

    db: Database

    def inspections_between(self, start: dt.date, end: dt.date) -> list[InspectionRow]:
        """Every inspection (patrol, check, service, survey visit) from ``start`` to ``end``."""
        with self.db.read() as s:
            rows = s.execute(
                select(
                    Inspection.id,
                    Inspection.inspected_on,
                    Inspection.source_id,
                    WaterSource.code,
                    WaterSource.name,
                    WaterSource.type,
                    Inspection.kind,
                    Inspection.result,
                    Inspection.problems,
                    Inspection.inspectors,
                    Inspection.survey_id,
                )
                .join(WaterSource, WaterSource.id == Inspection.source_id)
                .where(Inspection.inspected_on >= start, Inspection.inspected_on <= end)
                .order_by(Inspection.inspected_on, Inspection.id)
            ).all()
        return [InspectionRow(*row) for row in rows]
