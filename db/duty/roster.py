"""Duty roster rules: generation and conflict checks. Pure functions, no database.

A day is one 24 h shift with one 带班领导 (leader), at least the alert level's number of 值班员
(staff) and its 备勤 (standby). Hard rules: the leader can lead; nobody holds two roles on a
day; nobody on leave is scheduled; nobody is on duty (leader or staff) two days running — the
last rule is relaxed, with a warning, only when the team is too small to keep it. Counts are
balanced with weekends/holidays counted separately from working days: greedily while filling,
then by the swap pass of ``db.duty.balance`` under the same rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from db import calendar
from db.duty.balance import balance
from db.duty.choices import DUTY_ROLE_LABELS
from db.duty.choices import LEADER
from db.duty.choices import STAFF
from db.duty.choices import STANDBY
from db.words import said

ON_DUTY = (LEADER, STAFF)
RELAXED = "队伍人数不足，只能安排前一日或后一日也在值班的队员（连续值班）"


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    can_lead: bool
    leave: tuple[tuple[dt.date, dt.date], ...] = ()

    def on_leave(self, day: dt.date) -> bool:
        return any(a <= day <= b for a, b in self.leave)


@dataclass(frozen=True)
class Need:
    """What a day needs: its alert level and staffing."""

    level: int
    level_name: str
    staff: int
    standby: int
    rest_day: bool
    period: str = ""


@dataclass
class Day:
    leader: int | None = None
    staff: list[int] = field(default_factory=list)
    standby: list[int] = field(default_factory=list)

    def members(self) -> list[int]:
        return ([self.leader] if self.leader is not None else []) + self.staff + self.standby

    def posts(self) -> list[tuple[str, int]]:
        """(role, member) for each post of the day, the leader first."""
        leader = [(LEADER, self.leader)] if self.leader is not None else []
        return leader + [(STAFF, m) for m in self.staff] + [(STANDBY, m) for m in self.standby]

    def on_duty(self) -> list[int]:
        return ([self.leader] if self.leader is not None else []) + self.staff

    def is_empty(self) -> bool:
        return self.leader is None and not self.staff and not self.standby

    def role_of(self, member: int) -> str | None:
        if member == self.leader:
            return LEADER
        if member in self.staff:
            return STAFF
        if member in self.standby:
            return STANDBY
        return None


@dataclass(frozen=True)
class Issue:
    """A broken rule on a day. ``hard`` issues block saving a generated roster."""

    day: dt.date
    message: str
    hard: bool = True
    member: int | None = None

    def __str__(self) -> str:
        return f"{self.day:%Y-%m-%d}：{self.message}"


@dataclass
class Result:
    """A generation: every day's plan, the days it filled, what blocks or needs a look, and
    the days someone filled by hand while it ran (``skipped``: kept as they were saved)."""

    days: dict[dt.date, Day]
    generated: list[dt.date]
    problems: list[Issue]
    warnings: list[Issue]
    skipped: list[dt.date] = field(default_factory=list)
    seeded: list[str] = field(default_factory=list)  # campaign periods loaded for the month

    @property
    def ok(self) -> bool:
        return not self.problems

    def seeded_note(self) -> str:
        """One sentence naming the preset periods loaded first ("" when none were)."""
        if not self.seeded:
            return ""
        return (
            f"本月所在冬春行动还没有战备时段，已先载入预设：{'、'.join(self.seeded)}"
            "（请在“战备时段”核对）"
        )

    def skipped_note(self) -> str:
        """One sentence naming the ``skipped`` days ("" when there are none)."""
        if not self.skipped:
            return ""
        days = "、".join(f"{d.month}月{d.day}日" for d in self.skipped)
        return f"排班期间有人填写了 {len(self.skipped)} 天，已保留其填写、未重排：{days}"


@dataclass
class _Tally:
    duty: int = 0
    rest: int = 0
    lead: int = 0
    lead_rest: int = 0
    standby: int = 0
    last: dt.date = dt.date.min


def _tally(
    people: Mapping[int, Person],
    days: Mapping[dt.date, Day],
    rest: Callable[[dt.date], bool],
) -> dict[int, _Tally]:
    counts = {pid: _Tally() for pid in people}
    for day, d in days.items():
        for pid in d.on_duty():
            if pid in counts:
                t = counts[pid]
                t.duty += 1
                t.rest += rest(day)
                t.last = max(t.last, day)
        if d.leader in counts:
            counts[d.leader].lead += 1
            counts[d.leader].lead_rest += rest(day)
        for pid in d.standby:
            if pid in counts:
                counts[pid].standby += 1
    return counts


def generate(
    dates: Sequence[dt.date],
    people: Sequence[Person],
    needs: Mapping[dt.date, Need],
    existing: Mapping[dt.date, Day] | None = None,
    history: Mapping[dt.date, Day] | None = None,
) -> Result:
    """Fill every date in ``dates`` that has no assignment yet.

    ``existing`` days inside ``dates`` are kept as they are; ``history`` holds days before and
    after the range (the rest rule looks across the boundary) and earlier duty that seeds the
    balance, so a year generated month by month stays even.
    """
    existing = dict(existing or {})
    history = dict(history or {})
    by_id = {p.id: p for p in people}
    known: dict[dt.date, Day] = {
        **history,
        **{d: v for d, v in existing.items() if not v.is_empty()},
    }

    def rest_day(day: dt.date) -> bool:
        return needs[day].rest_day if day in needs else calendar.is_rest_day(day)

    counts = _tally(by_id, known, rest_day)
    problems: list[Issue] = []
    warnings: list[Issue] = []
    generated: list[dt.date] = []
    result: dict[dt.date, Day] = {}

    def on_duty_near(day: dt.date) -> set[int]:
        near: set[int] = set()
        for other in (day - dt.timedelta(days=1), day + dt.timedelta(days=1)):
            d = known.get(other)
            if d:
                near.update(d.on_duty())
        return near

    for day in sorted(dates):
        current = existing.get(day)
        if current is not None and not current.is_empty():
            result[day] = current
            continue
        need = needs[day]
        free = [p for p in people if not p.on_leave(day)]
        near = on_duty_near(day)

        def rank(p: Person, leading: bool, rest_day: bool = need.rest_day) -> tuple:
            t = counts[p.id]
            if leading:
                primary = (t.lead_rest, t.lead) if rest_day else (t.lead - t.lead_rest, t.lead)
            else:
                primary = (t.rest, t.duty) if rest_day else (t.duty - t.rest, t.duty)
            return (*primary, t.last, p.id)

        d = Day()
        taken: set[int] = set()
        relaxed = False
        # Leader: rested leaders first; a leader who was on duty yesterday only when none else.
        leaders = [p for p in free if p.can_lead]
        rested = [p for p in leaders if p.id not in near]
        pool = rested or leaders
        if not leaders:
            why = (
                "没有可任带班领导的队员"
                if not any(p.can_lead for p in people)
                else "可任带班领导的队员均在请假"
            )
            problems.append(Issue(day, f"无法安排带班领导：{why}"))
        else:
            if not rested:
                relaxed = True
            chosen = min(pool, key=lambda p: rank(p, True))
            d.leader = chosen.id
            taken.add(chosen.id)
        # Staff: prefer members who cannot lead, so leaders are kept for leading.
        candidates = [p for p in free if p.id not in taken]
        rested = [p for p in candidates if p.id not in near]
        order = sorted(rested, key=lambda p: (p.can_lead, *rank(p, False)))
        if len(order) < need.staff:
            tired = sorted(
                (p for p in candidates if p.id in near), key=lambda p: (p.can_lead, *rank(p, False))
            )
            if tired:
                relaxed = True
            order += tired
        d.staff = [p.id for p in order[: need.staff]]
        taken.update(d.staff)
        if len(d.staff) < need.staff:
            problems.append(
                Issue(
                    day,
                    f"{need.level_name}每班至少需要{need.staff}名值班员，可排的只有{len(d.staff)}名"
                    f"（请假{sum(p.on_leave(day) for p in people)}人）",
                )
            )
        # Standby: anyone left, preferring those not on duty the day before/after.
        rest_pool = [p for p in free if p.id not in taken]
        rest_pool.sort(key=lambda p: (p.id in near, counts[p.id].standby, counts[p.id].duty, p.id))
        d.standby = [p.id for p in rest_pool[: need.standby]]
        if len(d.standby) < need.standby:
            warnings.append(
                Issue(
                    day, f"备勤人员不足：需要{need.standby}名，只排出{len(d.standby)}名", hard=False
                )
            )
        if relaxed:
            warnings.append(Issue(day, RELAXED, hard=False))
        for pid in d.on_duty():
            t = counts[pid]
            t.duty += 1
            t.rest += need.rest_day
            t.last = max(t.last, day)
        if d.leader is not None:
            counts[d.leader].lead += 1
            counts[d.leader].lead_rest += need.rest_day
        for pid in d.standby:
            counts[pid].standby += 1
        known[day] = d
        result[day] = d
        generated.append(day)
    if not problems:
        balance(known, generated, people, rest_day)
        warnings = [w for w in warnings if w.message != RELAXED or _back_to_back(known, w.day)]
    return Result(result, generated, problems, warnings)


def _back_to_back(days: Mapping[dt.date, Day], day: dt.date) -> bool:
    """Whether someone on duty on ``day`` is on duty the day before or after too."""
    here = set(days[day].on_duty())
    return any(
        here & set(other.on_duty())
        for other in (days.get(day - dt.timedelta(days=1)), days.get(day + dt.timedelta(days=1)))
        if other is not None
    )


def check(
    days: Mapping[dt.date, Day],
    people: Mapping[int, Person],
    needs: Mapping[dt.date, Need],
    only: Iterable[dt.date] | None = None,
) -> list[Issue]:
    """Every rule broken on the given days (all days by default): for manual edits."""
    issues: list[Issue] = []
    for day in sorted(only if only is not None else days):
        d = days.get(day)
        if d is None or d.is_empty():
            continue
        need = needs.get(day)
        seen: dict[int, str] = {}
        for pid in d.members():
            if pid in seen:
                issues.append(Issue(day, f"{_name(people, pid)}同一天担任两个岗位", member=pid))
            seen[pid] = "x"
        if d.leader is None:
            issues.append(Issue(day, "没有带班领导"))
        elif d.leader in people and not people[d.leader].can_lead:
            issues.append(Issue(day, f"{_name(people, d.leader)}不可任带班领导", member=d.leader))
        if need and len(d.staff) < need.staff:
            issues.append(
                Issue(day, f"{need.level_name}至少需要{need.staff}名值班员，现有{len(d.staff)}名")
            )
        for pid in d.members():
            person = people.get(pid)
            if person is None:
                issues.append(Issue(day, f"队员#{pid}已不在队员名单中", member=pid))
            elif person.on_leave(day):
                issues.append(Issue(day, f"{person.name}当日请假", member=pid))
        prev = days.get(day - dt.timedelta(days=1))
        if prev:
            for pid in set(d.on_duty()) & set(prev.on_duty()):
                issues.append(
                    Issue(
                        day,
                        f"{_name(people, pid)}连续两天值班（{prev_text(day)}也在值班）",
                        hard=False,
                        member=pid,
                    )
                )
    return issues


def post_problems(posts: Iterable[tuple[str, int]], name: Callable[[int], str]) -> dict[str, str]:
    """A member put in a second post on one day, by the role of that post (the first such
    member of each): the refusal a day's dialog and its import share, where the rules of
    :func:`check` are only shown. ``posts`` are (role, member) in order, ``name`` names one."""
    problems: dict[str, str] = {}
    first: dict[int, str] = {}
    for role, member in posts:
        if member not in first:
            first[member] = role
        elif role not in problems:
            problems[role] = said(
                "“{name}”当天已排为{post}，同一人一天只能排一个岗位",
                name=name(member),
                post=DUTY_ROLE_LABELS[first[member]],
            )
    return problems


def prev_text(day: dt.date) -> str:
    prev = day - dt.timedelta(days=1)
    return f"{prev.month}月{prev.day}日"


def _name(people: Mapping[int, Person], pid: int) -> str:
    return people[pid].name if pid in people else f"队员#{pid}"


def month_dates(year: int, month: int) -> list[dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return [first + dt.timedelta(days=i) for i in range((nxt - first).days)]
