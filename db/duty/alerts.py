"""Readiness: the alert levels' staffing, the dated alert periods (with the winter-spring
campaign's presets), and what each date needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import calendar
from db import records
from db import validate
from db.duty import roster
from db.duty.choices import PRESET_LEVEL_NAMES
from db.duty.data import LevelData
from db.duty.data import PeriodData
from db.duty.models import AlertLevel
from db.duty.models import AlertPeriod
from db.duty.sessions import Sessions
from db.duty.sessions import sessions_for
from db.errors import check_version
from db.errors import refuse
from db.settings import OfficeSettings
from db.words import said
from db.words import said_list

PERIOD_GONE = "这个战备时段已被删除"
PERIOD_FIELDS = ("name", "start", "end", "level", "min_staff", "note")  # saved and preset alike


def period_problems(data: PeriodData) -> dict[str, str]:
    """What is wrong with ``data``, by field: the rules an alert period's dialog and its import
    share (whether its level is set up is the dialog's own check: the import reads levels itself)."""
    problems = validate.found(
        name=validate.required(data.name, said("名称"), 60),
        end=validate.date_range(data.start, data.end),
    )
    if data.min_staff < 1:
        problems["min_staff"] = said("每班最少值班员至少为 1 人")
    return problems


class Alerts(OfficeSettings, Sessions):
    """Alert levels and periods; ``needs`` says what each date needs."""

    def levels(self) -> list[LevelData]:
        with self.db.read() as s:
            return [
                LevelData(lv.level, lv.name, lv.staff, lv.standby, lv.colour, lv.id, lv.version)
                for lv in s.scalars(select(AlertLevel).order_by(AlertLevel.level))
            ]

    def save_level(self, data: LevelData) -> None:
        problems: dict[str, str] = {}
        if data.staff < 1:
            problems["staff"] = "每班至少1名值班员"
        if data.standby < 0:
            problems["standby"] = "备勤人数不能为负数"
        if msg := validate.required(data.name, said("名称"), 20):
            problems["name"] = msg
        refuse(problems)
        with self.db.transaction() as s:
            row = s.scalar(select(AlertLevel).where(AlertLevel.level == data.level))
            if row is None:
                row = AlertLevel(level=data.level)
                s.add(row)
            else:
                check_version(row, data.version)
            records.copy_fields(row, data, ("name", "staff", "standby", "colour"))

    def periods(self, year: int | None = None) -> list[PeriodData]:
        with self.db.read() as s:
            query = select(AlertPeriod).order_by(AlertPeriod.start)
            if year is not None:
                query = query.where(
                    AlertPeriod.end >= dt.date(year, 1, 1),
                    AlertPeriod.start <= dt.date(year, 12, 31),
                )
            return [self._period_data(p) for p in s.scalars(query)]

    @staticmethod
    def _period_data(p: AlertPeriod) -> PeriodData:
        return PeriodData(p.name, p.start, p.end, p.level, p.min_staff, p.note, p.id, p.version)

    def validate_period(self, data: PeriodData) -> dict[str, str]:
        problems = period_problems(data)
        if data.level not in {lv.level for lv in self.levels()}:
            problems["level"] = said("没有这个战备等级")
        return problems

    def save_period(self, data: PeriodData) -> int:
        refuse(self.validate_period(data))
        data.name = data.name.strip()
        return self._store(AlertPeriod, data, PERIOD_FIELDS, PERIOD_GONE)

    def delete_period(self, period_id: int, version: int | None) -> None:
        """Delete an alert period read at ``version``."""
        self._delete(AlertPeriod, period_id, version, PERIOD_GONE)

    def preload_campaign(self, start_year: int) -> int:
        """Add the campaign's preset periods (元旦, 春节, 元宵节, 全国两会); skips ones present."""
        added = 0
        with self.db.transaction() as s:
            for preset in calendar.campaign_periods(start_year, sessions_for(s, start_year + 1)):
                exists = s.scalar(
                    select(AlertPeriod.id).where(
                        AlertPeriod.name == preset.name,
                        AlertPeriod.start >= preset.start - dt.timedelta(days=40),
                        AlertPeriod.start <= preset.start + dt.timedelta(days=40),
                    )
                )
                if exists:
                    continue
                period = AlertPeriod()
                records.copy_fields(period, preset, PERIOD_FIELDS)
                s.add(period)
                added += 1
        return added

    def preload_due_campaign(self, today: dt.date | None = None) -> int:
        """Once per campaign (from November), add its preset periods automatically.

        Remembered in the settings, so periods the office deleted do not come back.
        """
        today = today or dt.date.today()
        year = calendar.campaign_start(today)
        key = f"campaign_preloaded_{year}"
        if self.settings().get(key):
            return 0
        added = self.preload_campaign(year)
        self.save_settings({key: "1"})
        return added

    def needs(self, dates: Sequence[dt.date]) -> dict[dt.date, roster.Need]:
        """Alert level and staffing for each date (the highest period covering it wins)."""
        if not dates:
            return {}
        with self.db.read() as s:
            return needs_in(s, dates)

    def level_colours(self) -> dict[int, str]:
        return {lv.level: lv.colour for lv in self.levels()}


def needs_in(s: Session, dates: Sequence[dt.date]) -> dict[dt.date, roster.Need]:
    """Alert level and staffing for each date, read in session ``s``."""
    if not dates:
        return {}
    lo, hi = min(dates), max(dates)
    levels = {lv.level: lv for lv in s.scalars(select(AlertLevel))}
    periods = list(
        s.scalars(select(AlertPeriod).where(AlertPeriod.end >= lo, AlertPeriod.start <= hi))
    )
    base = levels.get(0) or AlertLevel(level=0, name=PRESET_LEVEL_NAMES[0], staff=1, standby=1)
    out: dict[dt.date, roster.Need] = {}
    for day in dates:
        covering = [p for p in periods if p.start <= day <= p.end]
        rest = calendar.is_rest_day(day)
        if not covering:
            out[day] = roster.Need(0, base.name, base.staff, base.standby, rest)
            continue
        top = max(covering, key=lambda p: (p.level, p.min_staff))
        lv = levels.get(top.level, base)
        staff = max(lv.staff, max(p.min_staff for p in covering))
        names = said_list(p.name for p in covering)
        out[day] = roster.Need(top.level, lv.name, staff, lv.standby, rest, names)
    return out
