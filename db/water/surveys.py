"""Survey campaigns (普查): the list to visit, results per source, progress and summary."""

from __future__ import annotations

import datetime as dt

from db.engine import Database
from db.water.data import InspectionData, InspectionOutcome, SurveyData, SurveyRow, SurveySummary


class Surveys:
    db: Database

    def start_survey(self, data: SurveyData) -> int:
        """Create the survey and an item for every active source of its villages and types."""
        raise NotImplementedError

    def surveys(self) -> list[SurveyData]:
        raise NotImplementedError

    def survey(self, survey_id: int) -> SurveyData:
        raise NotImplementedError

    def survey_sheet(self, survey_id: int) -> dict[str, list[SurveyRow]]:
        """The sources to visit grouped by village (village order, then code)."""
        raise NotImplementedError

    def record_survey_result(self, survey_id: int, data: InspectionData) -> InspectionOutcome:
        """Record the visit of one source (an inspection of kind 普查 linked to its item)."""
        raise NotImplementedError

    def progress(self, survey_id: int) -> tuple[int, int]:
        """(done, total)."""
        raise NotImplementedError

    def survey_summary(self, survey_id: int) -> SurveySummary:
        raise NotImplementedError

    def close_survey(self, survey_id: int, on: dt.date | None = None) -> SurveySummary:
        """Close with a summary (counts by status and by problem) stored on the survey."""
        raise NotImplementedError
