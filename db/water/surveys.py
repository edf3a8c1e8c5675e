"""Survey campaigns (普查): the list to visit, results per source, progress and summary."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import selectinload

from db import validate
from db.audit import insert_audited
from db.engine import Database
from db.errors import NotFoundError
from db.errors import ValidationError
from db.errors import refuse
from db.water.data import InspectionData
from db.water.data import InspectionOutcome
from db.water.data import SurveyData
from db.water.data import SurveyRow
from db.water.data import SurveySummary
from db.water.models import SOURCE_TYPES
from db.water.models import SURVEY_STATUSES
from db.water.models import Inspection
from db.water.models import InspectionItem
from db.water.models import Survey
from db.water.models import SurveyItem
from db.water.models import WaterSource
from db.water.sources import source_data
from db.words import said

OPEN, CLOSED = SURVEY_STATUSES
NO_VILLAGE = "（未填村社）"
SCOPE = "范围："


def _scope(data: SurveyData) -> str:
    return json.dumps({"villages": data.villages, "types": data.types}, ensure_ascii=False)


def _survey_data(v: Survey, done: int = 0, total: int = 0) -> SurveyData:
    scope: dict[str, list[str]] = {}
    summary = v.summary
    if summary.startswith(SCOPE):
        first, _, summary = summary.partition("\n")
        try:
            scope = json.loads(first[len(SCOPE) :])
        except ValueError:
            scope = {}
    return SurveyData(
        v.name,
        v.start,
        v.end,
        v.inspectors,
        list(scope.get("villages", [])),
        list(scope.get("types", [])),
        v.id,
        v.version,
        v.status,
        v.closed_on,
        summary,
        done,
        total,
    )


def summary_lines(
    summary: SurveySummary, counts: Callable[[dict[str, int]], str] | None = None
) -> list[str]:
    """The closing summary of a survey, a sentence a line (stored on the survey when closed;
    the window shows them in its language, writing the counts by status and by problem with
    its own ``counts``)."""
    counts_text = counts or _counts_text
    lines = [
        said(
            "应查 {total} 处，已查 {done} 处，不合格 {failed} 处。",
            total=summary.total,
            done=summary.done,
            failed=len(summary.failed),
        )
    ]
    if summary.still_out:
        lines.append(
            said("检查合格但仍不可用（原有故障未修复）{count} 处。", count=len(summary.still_out))
        )
    if summary.by_status:
        lines.append(said("状态：{counts}", counts=counts_text(summary.by_status)))
    if summary.by_problem:
        lines.append(said("问题：{counts}", counts=counts_text(summary.by_problem)))
    return lines


def _counts_text(counts: dict[str, int]) -> str:
    return "，".join(f"{k} {n}" for k, n in counts.items())


class Surveys:
    db: Database

    record_inspection: Callable[[InspectionData], InspectionOutcome]  # from Inspections

    def validate_survey(self, data: SurveyData) -> dict[str, str]:
        problems = validate.found(
            name=validate.required(data.name, said("普查名称"), 100),
            end=validate.date_range(data.start, data.end),
        )
        bad = [t for t in data.types if t not in SOURCE_TYPES]
        if bad:
            problems["types"] = said("没有这种水源类型：{types}", types="、".join(bad))
        return problems

    def start_survey(self, data: SurveyData) -> int:
        """Create the survey and an item for every active source of its villages and types."""
        refuse(self.validate_survey(data))
        with self.db.transaction() as s:
            v = Survey(
                name=data.name.strip(),
                start=data.start,
                end=data.end,
                inspectors=data.inspectors.strip()[:120],
                status=OPEN,
                summary=SCOPE + _scope(data),
            )
            s.add(v)
            s.flush()
            query = select(WaterSource.id).where(
                WaterSource.archived.is_(False), WaterSource.status != "撤除"
            )
            if data.villages:
                query = query.where(WaterSource.village.in_(data.villages))
            if data.types:
                query = query.where(WaterSource.type.in_(data.types))
            ids = list(s.scalars(query.order_by(WaterSource.id)))
            if not ids:
                raise ValidationError({"villages": said("所选范围内没有需要普查的水源")})
            insert_audited(s, SurveyItem, [{"survey_id": v.id, "source_id": sid} for sid in ids])
            return int(v.id)

    def _counts(self, s: Session, survey_id: int) -> tuple[int, int]:
        total = s.scalar(select(func.count()).where(SurveyItem.survey_id == survey_id))
        done = s.scalar(
            select(func.count()).where(
                SurveyItem.survey_id == survey_id, SurveyItem.inspection_id.is_not(None)
            )
        )
        return int(done or 0), int(total or 0)

    def surveys(self) -> list[SurveyData]:
        """Every survey, newest first, with its progress."""
        with self.db.read() as s:
            rows = s.execute(
                select(
                    SurveyItem.survey_id,
                    func.count(),
                    func.count(SurveyItem.inspection_id),
                ).group_by(SurveyItem.survey_id)
            ).all()
            counts = {sid: (int(done), int(total)) for sid, total, done in rows}
            return [
                _survey_data(v, *counts.get(v.id, (0, 0)))
                for v in s.scalars(select(Survey).order_by(Survey.start.desc(), Survey.id.desc()))
            ]

    def survey(self, survey_id: int) -> SurveyData:
        with self.db.read() as s:
            v = s.get(Survey, survey_id)
            if v is None:
                raise NotFoundError(said("找不到普查 #{id}", id=survey_id))
            return _survey_data(v, *self._counts(s, survey_id))

    def survey_sheet(self, survey_id: int) -> dict[str, list[SurveyRow]]:
        """The sources to visit grouped by village (village order, then code)."""
        self.survey(survey_id)
        with self.db.read() as s:
            rows = s.execute(
                select(SurveyItem, WaterSource, Inspection)
                .join(WaterSource, WaterSource.id == SurveyItem.source_id)
                .outerjoin(Inspection, Inspection.id == SurveyItem.inspection_id)
                .where(SurveyItem.survey_id == survey_id)
                .order_by(WaterSource.village, WaterSource.code)
            ).all()
            out: dict[str, list[SurveyRow]] = {}
            for item, x, i in rows:
                out.setdefault(x.village or NO_VILLAGE, []).append(
                    SurveyRow(
                        item.id,
                        source_data(x),
                        item.inspection_id,
                        i.inspected_on if i else None,
                        i.result if i else "",
                        i.problems if i else "",
                    )
                )
            return out

    def record_survey_result(self, survey_id: int, data: InspectionData) -> InspectionOutcome:
        """Record the visit of one source (an inspection of kind 普查 linked to its item).

        A second result for the same source replaces the link (the earlier visit stays on
        record as an inspection)."""
        with self.db.read() as s:
            v = s.get(Survey, survey_id)
            if v is None:
                raise NotFoundError(said("找不到普查 #{id}", id=survey_id))
            if v.status == CLOSED:
                raise ValidationError({"survey": said("这次普查已结束，不能再录入结果")})
            item_id = s.scalar(
                select(SurveyItem.id).where(
                    SurveyItem.survey_id == survey_id, SurveyItem.source_id == data.source_id
                )
            )
        if item_id is None:
            raise ValidationError({"source_id": said("这个水源不在本次普查范围内")})
        data.kind = "普查"
        data.survey_id = survey_id
        outcome = self.record_inspection(data)
        with self.db.transaction() as s:
            item = s.get(SurveyItem, item_id)
            assert item is not None
            item.inspection_id = outcome.inspection_id
        return outcome

    def progress(self, survey_id: int) -> tuple[int, int]:
        """(done, total)."""
        with self.db.read() as s:
            return self._counts(s, survey_id)

    def survey_summary(self, survey_id: int) -> SurveySummary:
        """Counts by status (of the sources after the visit), by problem and by village."""
        survey = self.survey(survey_id)
        sheet = self.survey_sheet(survey_id)
        by_status: Counter[str] = Counter()
        by_problem: Counter[str] = Counter()
        by_village: dict[str, tuple[int, int, int]] = {}
        failed: list[SurveyRow] = []
        inspection_ids = [
            r.inspection_id for rows in sheet.values() for r in rows if r.inspection_id
        ]
        with self.db.read() as s:
            bad_items = (
                s.execute(
                    select(InspectionItem.inspection_id, InspectionItem.text).where(
                        InspectionItem.inspection_id.in_(inspection_ids),
                        InspectionItem.outcome == "不合格",
                    )
                ).all()
                if inspection_ids
                else []
            )
        itemised = set()
        for inspection_id, text in bad_items:
            by_problem[text] += 1
            itemised.add(inspection_id)
        for village, rows in sheet.items():
            done = [r for r in rows if r.inspection_id]
            bad = [r for r in done if r.result == "不合格"]
            by_village[village] = (len(rows), len(done), len(bad))
            failed.extend(bad)
            for r in done:
                by_status[r.source.status] += 1
        for r in failed:  # a failed result entered without a checklist
            if r.inspection_id not in itemised:
                by_problem[r.problems or "不合格"] += 1
        total = sum(v[0] for v in by_village.values())
        done_count = sum(v[1] for v in by_village.values())
        return SurveySummary(
            survey,
            done_count,
            total,
            dict(by_status.most_common()),
            dict(by_problem.most_common()),
            by_village,
            failed,
            [
                r
                for rows in sheet.values()
                for r in rows
                if r.inspection_id and r.result != "不合格" and r.source.status != "可用"
            ],
        )

    def close_survey(self, survey_id: int, on: dt.date | None = None) -> SurveySummary:
        """Close with a summary (counts by status and by problem) stored on the survey."""
        summary = self.survey_summary(survey_id)
        lines = summary_lines(summary)
        with self.db.transaction() as s:
            v = s.get(Survey, survey_id, options=[selectinload(Survey.items)])
            if v is None:
                raise NotFoundError(said("找不到普查 #{id}", id=survey_id))
            scope = v.summary.partition("\n")[0] if v.summary.startswith(SCOPE) else ""
            v.status = CLOSED
            v.closed_on = on or dt.date.today()
            v.summary = "\n".join(([scope] if scope else []) + lines)
        summary.survey = self.survey(survey_id)
        return summary
