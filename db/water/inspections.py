"""Inspections, maintenance, repairs and flow tests of water sources."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.water.data import (
    CheckItemData,
    FlowTestData,
    InspectionData,
    InspectionOutcome,
    RepairData,
)


class Inspections:
    db: Database

    def new_inspection(
        self, source_id: int, kind: str = "检查", on: dt.date | None = None
    ) -> InspectionData:
        """A blank inspection of the source with the checklist of its type (保养: upkeep)."""
        raise NotImplementedError

    def checklist(self, source_type: str, kind: str = "检查") -> list[CheckItemData]:
        raise NotImplementedError

    def validate_inspection(self, data: InspectionData) -> dict[str, str]:
        raise NotImplementedError

    def record_inspection(self, data: InspectionData) -> InspectionOutcome:
        """Save an inspection; a failed item marks the source 故障 and opens a repair."""
        raise NotImplementedError

    def inspection(self, inspection_id: int) -> InspectionData:
        raise NotImplementedError

    def inspections(self, source_id: int, limit: int = 200) -> list[InspectionData]:
        raise NotImplementedError

    def refresh_due_dates(self, source_type: str | None = None) -> int:
        """Recompute every source's next_due from the rule table (after a rule changed)."""
        raise NotImplementedError

    # ----- repairs --------------------------------------------------------------------------
    def open_repair(self, data: RepairData) -> int:
        raise NotImplementedError

    def repair(self, repair_id: int) -> RepairData:
        raise NotImplementedError

    def repairs(self, source_id: int | None = None, open_only: bool = False) -> list[RepairData]:
        raise NotImplementedError

    def advance_repair(
        self, repair_id: int, status: str, version: int | None = None, note: str = ""
    ) -> None:
        """Move a repair along 待报修 → 已报修 → 维修中 (the source shows 维修中)."""
        raise NotImplementedError

    def close_repair(
        self,
        repair_id: int,
        resolution: str = "",
        closed_on: dt.date | None = None,
        version: int | None = None,
    ) -> None:
        """已修复: the source is 可用 again once no other repair of it is open."""
        raise NotImplementedError

    # ----- flow tests -----------------------------------------------------------------------
    def record_flow_test(self, data: FlowTestData) -> FlowTestData:
        """Rate the test (NFPA 291), store it and the source's flow class."""
        raise NotImplementedError

    def flow_tests(self, source_id: int) -> list[FlowTestData]:
        raise NotImplementedError

    def flow_colour(self, flow_class: str) -> str:
        """The class colour in the office's chosen scheme (rule water.flow_colour_scheme)."""
        raise NotImplementedError
