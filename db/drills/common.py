"""Helpers shared by the drills facade's parts."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db import records
from db.drills.models import Drill
from db.words import said


def load_drill(s: Session, drill_id: int) -> Drill:
    """The drill ``drill_id``, or NotFoundError when someone deleted it."""
    return records.load(s, Drill, drill_id, said("这次演练已被删除"))
