"""The ledger facade: every operation the GUI and the command line perform on the team and duty.

Widgets and commands receive a :class:`Ledger` and plain dataclasses; they never see a
Session. Each method is one short transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from db import calendar, validate
from db.duty import roster
from db.duty.models import (
    LEADER,
    STAFF,
    STANDBY,
    AlertLevel,
    AlertPeriod,
    CallLog,
    DutyAssignment,
    DutyDay,
    Handover,
    Leave,
    Member,
)
from db.engine import Database
from db.errors import NotFoundError, StaleRecordError, ValidationError
from db.shared_models import AuditLog, Setting

DEFAULT_SETTINGS = {
    "town": "高楼镇",
    "office": "镇应急办",
    "team": "综合应急救援队",
    "duty_phone": "",
    "shift_start": "08:30",
}

Progress = Callable[[int, int], None]


@dataclass
class MemberData:
    name: str = ""
    role: str = "队员"
    phone: str = ""
    can_lead: bool = False
    driver: bool = False
    joined_on: dt.date | None = None
    notes: str = ""
    id: int | None = None
    version: int | None = None
    archived: bool = False
    duty_count: int = 0


@dataclass
class LeaveData:
    member_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    reason: str = ""
    id: int | None = None
    version: int | None = None
    member_name: str = ""


@dataclass
class PeriodData:
    name: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    level: int = 1
    min_staff: int = 2
    note: str = ""
    id: int | None = None
    version: int | None = None


@dataclass
class LevelData:
    level: int
    name: str
    staff: int
    standby: int
    colour: str
    id: int | None = None
    version: int | None = None


@dataclass
class CallData:
    at: dt.datetime | None = None
    caller_unit: str = ""
    caller_name: str = ""
    phone: str = ""
    content: str = ""
    action: str = ""
    reported_to: str = ""
    id: int | None = None
    version: int | None = None


@dataclass
class HandoverData:
    duty_date: dt.date | None = None
    at: dt.datetime | None = None
    phones_ok: bool = True
    radios_ok: bool = True
    vehicles_ready: bool = True
    situation: str = ""
    open_items: str = ""
    handed_by: str = ""
    received_by: str = ""
    id: int | None = None
    version: int | None = None


@dataclass
class MonthRoster:
    """A month as the roster page shows it."""

    year: int
    month: int
    dates: list[dt.date]
    days: dict[dt.date, roster.Day]
    versions: dict[dt.date, int]
    needs: dict[dt.date, roster.Need]
    people: dict[int, roster.Person]
    phones: dict[int, str]
    issues: list[roster.Issue] = field(default_factory=list)

    def name(self, pid: int | None) -> str:
        if pid is None:
            return ""
        return self.people[pid].name if pid in self.people else f"#{pid}"


@dataclass
class DutyToday:
    date: dt.date
    level_name: str
    level: int
    period: str
    leader: tuple[str, str] | None
    staff: list[tuple[str, str]]
    standby: list[tuple[str, str]]


def _copy(obj: object, data: object, names: Iterable[str]) -> None:
    for name in names:
        setattr(obj, name, getattr(data, name))


def _check_version(obj: object, expected: int | None) -> None:
    if expected is not None and getattr(obj, "version", None) != expected:
        raise StaleRecordError(
            "这条记录已被其他人修改过，请关闭后重新打开再保存（您的修改未保存）。"
        )


class Ledger:
    """Team register, alert periods, duty roster, call log and handovers."""

    def __init__(self, database: Database):
        self.db = database

    def _store(self, model: type, data: object, fields: Sequence[str], gone: str) -> int:
        """Insert ``data`` as a new ``model`` row, or update the row it was read from.

        An update checks the version the data was read at, so a stale copy is refused.
        """
        with self.db.transaction() as s:
            record_id = getattr(data, "id", None)
            if record_id is None:
                row = model()
                s.add(row)
            else:
                row = s.get(model, record_id)
                if row is None:
                    raise NotFoundError(gone)
                _check_version(row, getattr(data, "version", None))
            _copy(row, data, fields)
            s.flush()
            return int(row.id)

    # ----- settings -------------------------------------------------------------------------
    def settings(self) -> dict[str, str]:
        with self.db.read() as s:
            stored = {row.key: row.value for row in s.scalars(select(Setting))}
        return {**DEFAULT_SETTINGS, **stored}

    def save_settings(self, values: dict[str, str]) -> None:
        with self.db.transaction() as s:
            for key, value in values.items():
                row = s.get(Setting, key)
                if row is None:
                    s.add(Setting(key=key, value=value))
                elif row.value != value:
                    row.value = value

    # ----- members --------------------------------------------------------------------------
    def members(self, include_archived: bool = False) -> list[MemberData]:
        with self.db.read() as s:
            counts = dict(
                s.execute(
                    select(DutyAssignment.member_id, func.count())
                    .where(DutyAssignment.role != STANDBY)
                    .group_by(DutyAssignment.member_id)
                ).all()
            )
            query = select(Member).order_by(Member.archived, Member.id)
            if not include_archived:
                query = query.where(Member.archived.is_(False))
            return [self._member_data(m, counts.get(m.id, 0)) for m in s.scalars(query)]

    @staticmethod
    def _member_data(m: Member, duty_count: int = 0) -> MemberData:
        return MemberData(
            m.name,
            m.role,
            m.phone,
            m.can_lead,
            m.driver,
            m.joined_on,
            m.notes,
            m.id,
            m.version,
            m.archived,
            duty_count,
        )

    def member(self, member_id: int) -> MemberData:
        with self.db.read() as s:
            m = s.get(Member, member_id)
            if m is None:
                raise NotFoundError(f"找不到队员 #{member_id}")
            return self._member_data(m)

    def validate_member(self, data: MemberData) -> dict[str, str]:
        problems: dict[str, str] = {}
        if msg := validate.required(data.name, "姓名"):
            problems["name"] = msg
        if msg := validate.required(data.role, "职务", 10):  # the office's own list
            problems["role"] = msg
        if msg := validate.phone(data.phone):
            problems["phone"] = msg
        if data.joined_on and data.joined_on > dt.date.today():
            problems["joined_on"] = "入队日期不能晚于今天"
        if "name" not in problems:
            with self.db.read() as s:
                clash = s.scalar(
                    select(Member.id).where(
                        Member.name == data.name.strip(),
                        Member.archived.is_(False),
                        Member.id != (data.id or 0),
                    )
                )
            if clash:
                problems["name"] = f"已有同名队员“{data.name.strip()}”，请加以区分（如 张伟(大)）"
        return problems

    def save_member(self, data: MemberData) -> int:
        problems = self.validate_member(data)
        if problems:
            raise ValidationError(problems)
        data.name = data.name.strip()
        data.phone = data.phone.strip()
        return self._store(
            Member,
            data,
            ("name", "role", "phone", "can_lead", "driver", "joined_on", "notes"),
            "这名队员已被删除",
        )

    def delete_member(self, member_id: int, version: int | None = None) -> str:
        """Delete a member; one with duty or leave on record is archived instead."""
        with self.db.transaction() as s:
            m = s.get(Member, member_id)
            if m is None:
                raise NotFoundError("这名队员已被删除")
            _check_version(m, version)
            used = s.scalar(select(func.count()).where(DutyAssignment.member_id == member_id))
            if used or m.leaves:
                m.archived = True
                return "archived"
            s.delete(m)
            return "deleted"

    def restore_member(self, member_id: int) -> None:
        with self.db.transaction() as s:
            m = s.get(Member, member_id)
            if m is None:
                raise NotFoundError("这名队员已被删除")
            m.archived = False

    # ----- leave ----------------------------------------------------------------------------
    def leaves(self, member_id: int | None = None) -> list[LeaveData]:
        with self.db.read() as s:
            query = select(Leave).options(selectinload(Leave.member)).order_by(Leave.start.desc())
            if member_id is not None:
                query = query.where(Leave.member_id == member_id)
            return [
                LeaveData(
                    lv.member_id, lv.start, lv.end, lv.reason, lv.id, lv.version, lv.member.name
                )
                for lv in s.scalars(query)
            ]

    def validate_leave(self, data: LeaveData) -> dict[str, str]:
        problems: dict[str, str] = {}
        if data.member_id is None:
            problems["member_id"] = "请选择队员"
        if msg := validate.date_range(data.start, data.end):
            problems["end"] = msg
        return problems

    def save_leave(self, data: LeaveData) -> int:
        problems = self.validate_leave(data)
        if problems:
            raise ValidationError(problems)
        return self._store(
            Leave, data, ("member_id", "start", "end", "reason"), "这条请假记录已被删除"
        )

    def delete_leave(self, leave_id: int) -> None:
        with self.db.transaction() as s:
            lv = s.get(Leave, leave_id)
            if lv is not None:
                s.delete(lv)

    # ----- alert levels and periods ---------------------------------------------------------
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
        if msg := validate.required(data.name, "名称", 20):
            problems["name"] = msg
        if problems:
            raise ValidationError(problems)
        with self.db.transaction() as s:
            row = s.scalar(select(AlertLevel).where(AlertLevel.level == data.level))
            if row is None:
                row = AlertLevel(level=data.level)
                s.add(row)
            else:
                _check_version(row, data.version)
            _copy(row, data, ("name", "staff", "standby", "colour"))

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
        problems: dict[str, str] = {}
        if msg := validate.required(data.name, "名称", 60):
            problems["name"] = msg
        if msg := validate.date_range(data.start, data.end):
            problems["end"] = msg
        if data.level not in {lv.level for lv in self.levels()}:
            problems["level"] = "没有这个战备等级"
        if data.min_staff < 1:
            problems["min_staff"] = "每班最少值班员至少为1"
        return problems

    def save_period(self, data: PeriodData) -> int:
        problems = self.validate_period(data)
        if problems:
            raise ValidationError(problems)
        data.name = data.name.strip()
        return self._store(
            AlertPeriod,
            data,
            ("name", "start", "end", "level", "min_staff", "note"),
            "这个战备时段已被删除",
        )

    def delete_period(self, period_id: int) -> None:
        with self.db.transaction() as s:
            p = s.get(AlertPeriod, period_id)
            if p is not None:
                s.delete(p)

    def preload_campaign(self, start_year: int) -> int:
        """Add the campaign's preset periods (元旦, 春节, 元宵节, 全国两会); skips ones present."""
        added = 0
        with self.db.transaction() as s:
            for preset in calendar.campaign_periods(start_year):
                exists = s.scalar(
                    select(AlertPeriod.id).where(
                        AlertPeriod.name == preset.name,
                        AlertPeriod.start >= preset.start - dt.timedelta(days=40),
                        AlertPeriod.start <= preset.start + dt.timedelta(days=40),
                    )
                )
                if exists:
                    continue
                s.add(
                    AlertPeriod(
                        name=preset.name,
                        start=preset.start,
                        end=preset.end,
                        level=preset.level,
                        min_staff=preset.min_staff,
                        note=preset.note,
                    )
                )
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

    # ----- duty roster ----------------------------------------------------------------------
    def _people(self, s: Session) -> tuple[dict[int, roster.Person], dict[int, str]]:
        return people_in(s)

    @staticmethod
    def _load_days(
        s: Session, lo: dt.date, hi: dt.date
    ) -> tuple[dict[dt.date, roster.Day], dict[dt.date, int]]:
        days: dict[dt.date, roster.Day] = {}
        versions: dict[dt.date, int] = {}
        rows = s.execute(
            select(DutyDay.date, DutyDay.version, DutyAssignment.member_id, DutyAssignment.role)
            .outerjoin(DutyAssignment, DutyAssignment.day_id == DutyDay.id)
            .where(DutyDay.date >= lo, DutyDay.date <= hi)
            .order_by(DutyDay.date, DutyAssignment.position)
        )
        for date, version, member_id, role in rows:
            d = days.setdefault(date, roster.Day())
            versions[date] = version
            if role == LEADER:
                d.leader = member_id
            elif role == STAFF:
                d.staff.append(member_id)
            elif role == STANDBY:
                d.standby.append(member_id)
        return days, versions

    def month(self, year: int, month: int) -> MonthRoster:
        dates = roster.month_dates(year, month)
        needs = self.needs(dates)
        with self.db.read() as s:
            people, phones = self._people(s)
            days, versions = self._load_days(
                s, dates[0] - dt.timedelta(days=1), dates[-1] + dt.timedelta(days=1)
            )
        issues = roster.check(days, people, needs, only=dates)
        in_month = {d: v for d, v in days.items() if d.month == month}
        result = MonthRoster(year, month, dates, in_month, versions, needs, people, phones, issues)
        result.days.update({d: v for d, v in days.items() if d.month != month})  # neighbours
        return result

    def generate(self, dates: Sequence[dt.date], progress: Progress | None = None) -> roster.Result:
        """Fill the empty days among ``dates``; saves only when every day can be filled."""
        dates = sorted(dates)
        lo, hi = dates[0], dates[-1]
        needs = self.needs(dates)
        with self.db.read() as s:
            people, _ = self._people(s)
            active = [p for pid, p in people.items() if not s.get(Member, pid).archived]  # type: ignore[union-attr]
            year_start = dt.date(lo.year, 1, 1)
            history, _ = self._load_days(
                s, min(year_start, lo - dt.timedelta(days=1)), hi + dt.timedelta(days=1)
            )
        existing = {d: history.pop(d) for d in list(history) if lo <= d <= hi}
        result = roster.generate(dates, active, needs, existing, history)
        if result.ok and result.generated:
            self._write_days({d: result.days[d] for d in result.generated}, progress)
        return result

    def generate_month(
        self, year: int, month: int, progress: Progress | None = None
    ) -> roster.Result:
        return self.generate(roster.month_dates(year, month), progress)

    def _write_days(
        self, days: dict[dt.date, roster.Day], progress: Progress | None = None
    ) -> None:
        with self.db.transaction() as s:
            existing = {
                d.date: d for d in s.scalars(select(DutyDay).where(DutyDay.date.in_(list(days))))
            }
            for i, (date, d) in enumerate(sorted(days.items())):
                row = existing.get(date)
                if row is None:
                    row = DutyDay(date=date)
                    s.add(row)
                self._assign(s, row, d)
                if progress:
                    progress(i + 1, len(days))

    @staticmethod
    def _assign(s: Session, row: DutyDay, d: roster.Day) -> None:
        """Make the day's assignments equal ``d``; the day row is stamped and versioned."""
        wanted = [(d.leader, LEADER)] if d.leader is not None else []
        wanted += [(m, STAFF) for m in d.staff] + [(m, STANDBY) for m in d.standby]
        keep = set(wanted)
        stale = [a for a in row.assignments if (a.member_id, a.role) not in keep]
        for a in stale:
            row.assignments.remove(a)
        if stale:
            s.flush()  # removals first: a member changing role must not trip the unique index
        current = {(a.member_id, a.role): a for a in row.assignments}
        for pos, (m, r) in enumerate(wanted):
            kept = current.get((m, r))
            if kept is None:
                row.assignments.append(DutyAssignment(member_id=m, role=r, position=pos))
            elif kept.position != pos:
                kept.position = pos
        if row.id is not None:
            flag_modified(row, "updated_at")

    def set_day(
        self, date: dt.date, day: roster.Day, version: int | None = None
    ) -> list[roster.Issue]:
        """Save a manually edited day; returns the rules it breaks (shown, not blocking)."""
        members = day.members()
        if len(members) != len(set(members)):
            raise ValidationError({"day": "同一名队员不能在同一天担任两个岗位"})
        with self.db.transaction() as s:
            row = s.scalar(select(DutyDay).where(DutyDay.date == date))
            if row is None:
                row = DutyDay(date=date)
                s.add(row)
            else:
                _check_version(row, version)
            self._assign(s, row, day)
        month = self.month(date.year, date.month)
        around = [date - dt.timedelta(days=1), date, date + dt.timedelta(days=1)]
        return roster.check(month.days, month.people, month.needs, only=around)

    def swap(self, a: tuple[dt.date, int], b: tuple[dt.date, int]) -> None:
        """Swap two members between two days (their roles travel with the day)."""
        with self.db.transaction() as s:
            rows = {
                d.date: d for d in s.scalars(select(DutyDay).where(DutyDay.date.in_([a[0], b[0]])))
            }
            if a[0] not in rows or b[0] not in rows:
                raise NotFoundError("只能交换已排班日期中的人员")
            ax = next((x for x in rows[a[0]].assignments if x.member_id == a[1]), None)
            bx = next((x for x in rows[b[0]].assignments if x.member_id == b[1]), None)
            if ax is None or bx is None:
                raise NotFoundError("所选队员不在当日值班表中")
            if any(x.member_id == b[1] for x in rows[a[0]].assignments if x is not ax) or any(
                x.member_id == a[1] for x in rows[b[0]].assignments if x is not bx
            ):
                raise ValidationError({"day": "交换后同一名队员会在同一天担任两个岗位"})
            ax.member_id, bx.member_id = b[1], a[1]
            for date in {a[0], b[0]}:
                flag_modified(rows[date], "updated_at")

    def clear_days(self, dates: Sequence[dt.date]) -> int:
        with self.db.transaction() as s:
            rows = list(s.scalars(select(DutyDay).where(DutyDay.date.in_(list(dates)))))
            for row in rows:
                s.delete(row)
            return len(rows)

    def on_duty(self, date: dt.date) -> DutyToday:
        need = self.needs([date])[date]
        with self.db.read() as s:
            days, _ = self._load_days(s, date, date)
            people = {m.id: m for m in s.scalars(select(Member))}
        d = days.get(date, roster.Day())

        def who(pid: int) -> tuple[str, str]:
            m = people.get(pid)
            return (m.name, m.phone) if m else (f"#{pid}", "")

        return DutyToday(
            date,
            need.level_name,
            need.level,
            need.period,
            who(d.leader) if d.leader is not None else None,
            [who(p) for p in d.staff],
            [who(p) for p in d.standby],
        )

    # ----- call log and handovers ----------------------------------------------------------
    def calls(self, start: dt.date | None = None, end: dt.date | None = None) -> list[CallData]:
        with self.db.read() as s:
            query = select(CallLog).order_by(CallLog.at.desc())
            if start:
                query = query.where(CallLog.at >= dt.datetime.combine(start, dt.time()))
            if end:
                query = query.where(
                    CallLog.at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
                )
            return [
                CallData(
                    c.at,
                    c.caller_unit,
                    c.caller_name,
                    c.phone,
                    c.content,
                    c.action,
                    c.reported_to,
                    c.id,
                    c.version,
                )
                for c in s.scalars(query)
            ]

    def calls_for_shift(self, date: dt.date) -> list[CallData]:
        """Calls during the shift that starts on ``date`` (08:30 to 08:30 next day)."""
        start = dt.datetime.combine(date, self.shift_start())
        rows = self.calls(date, date + dt.timedelta(days=1))
        return sorted(
            (c for c in rows if c.at and start <= c.at < start + dt.timedelta(days=1)),
            key=lambda c: c.at or start,
        )

    def shift_start(self) -> dt.time:
        text = self.settings().get("shift_start", "08:30")
        try:
            hour, minute = (int(x) for x in text.split(":"))
            return dt.time(hour, minute)
        except ValueError:
            return dt.time(8, 30)

    def validate_call(self, data: CallData) -> dict[str, str]:
        problems: dict[str, str] = {}
        if data.at is None:
            problems["at"] = "请填写来电时间"
        if not (data.content or "").strip():
            problems["content"] = "请填写来电内容"
        if msg := validate.phone(data.phone):
            problems["phone"] = msg
        return problems

    def save_call(self, data: CallData) -> int:
        problems = self.validate_call(data)
        if problems:
            raise ValidationError(problems)
        return self._store(
            CallLog,
            data,
            ("at", "caller_unit", "caller_name", "phone", "content", "action", "reported_to"),
            "这条来电记录已被删除",
        )

    def delete_call(self, call_id: int) -> None:
        with self.db.transaction() as s:
            c = s.get(CallLog, call_id)
            if c is not None:
                s.delete(c)

    def handovers(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[HandoverData]:
        with self.db.read() as s:
            query = select(Handover).order_by(Handover.duty_date.desc(), Handover.at.desc())
            if start:
                query = query.where(Handover.duty_date >= start)
            if end:
                query = query.where(Handover.duty_date <= end)
            return [
                HandoverData(
                    h.duty_date,
                    h.at,
                    h.phones_ok,
                    h.radios_ok,
                    h.vehicles_ready,
                    h.situation,
                    h.open_items,
                    h.handed_by,
                    h.received_by,
                    h.id,
                    h.version,
                )
                for h in s.scalars(query)
            ]

    def save_handover(self, data: HandoverData) -> int:
        problems: dict[str, str] = {}
        if data.duty_date is None:
            problems["duty_date"] = "请填写值班日期"
        if msg := validate.required(data.handed_by, "交班人"):
            problems["handed_by"] = msg
        if msg := validate.required(data.received_by, "接班人"):
            problems["received_by"] = msg
        if problems:
            raise ValidationError(problems)
        data.at = data.at or dt.datetime.now().replace(microsecond=0)
        return self._store(
            Handover,
            data,
            (
                "duty_date",
                "at",
                "phones_ok",
                "radios_ok",
                "vehicles_ready",
                "situation",
                "open_items",
                "handed_by",
                "received_by",
            ),
            "这条交接班记录已被删除",
        )

    # ----- audit ----------------------------------------------------------------------------
    def history(self, table: str, record_id: int) -> list[AuditLog]:
        with self.db.read() as s:
            return list(
                s.scalars(
                    select(AuditLog)
                    .where(AuditLog.table_name == table, AuditLog.record_id == record_id)
                    .order_by(AuditLog.id)
                )
            )


def needs_in(s: Session, dates: Sequence[dt.date]) -> dict[dt.date, roster.Need]:
    """Alert level and staffing for each date, read in session ``s``."""
    if not dates:
        return {}
    lo, hi = min(dates), max(dates)
    levels = {lv.level: lv for lv in s.scalars(select(AlertLevel))}
    periods = list(
        s.scalars(select(AlertPeriod).where(AlertPeriod.end >= lo, AlertPeriod.start <= hi))
    )
    base = levels.get(0) or AlertLevel(level=0, name="常态", staff=1, standby=1)
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
        names = "、".join(p.name for p in covering)
        out[day] = roster.Need(top.level, lv.name, staff, lv.standby, rest, names)
    return out


def people_in(s: Session) -> tuple[dict[int, roster.Person], dict[int, str]]:
    """Every member as the roster rules see them (with their leave), and their phones."""
    people: dict[int, roster.Person] = {}
    phones: dict[int, str] = {}
    leave: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for lv in s.scalars(select(Leave)):
        leave.setdefault(lv.member_id, []).append((lv.start, lv.end))
    for m in s.scalars(select(Member).order_by(Member.id)):
        people[m.id] = roster.Person(m.id, m.name, m.can_lead, tuple(leave.get(m.id, ())))
        phones[m.id] = m.phone
    return people, phones


def days_in(
    s: Session, lo: dt.date, hi: dt.date
) -> tuple[dict[dt.date, roster.Day], dict[dt.date, int]]:
    """The stored duty days from ``lo`` to ``hi`` and their versions, read in session ``s``."""
    return Ledger._load_days(s, lo, hi)
