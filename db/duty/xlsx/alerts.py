"""战备时段 (alert-periods): dated periods of raised alert and their minimum staffing."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.duty.alerts import period_problems
from db.duty.data import PeriodData
from db.duty.models import AlertLevel
from db.duty.models import AlertPeriod
from db.duty.xlsx.dated import check_dated
from db.vocab import load_terms
from db.words import said
from db.xlsx.cells import as_text
from db.xlsx.cells import header_key
from db.xlsx.cells import name_key
from db.xlsx.cells import nfkc
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import first_seen
from db.xlsx.spec import ADDED
from db.xlsx.spec import REPLACED
from db.xlsx.spec import UNCHANGED
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

LEVELS = (1, 2, 3)
DEFAULT_MIN_STAFF = 2

COLUMNS = (
    Column(
        "名称",
        "name",
        required=True,
        max_length=60,
        synonyms=("时段名称", "战备名称", "战备时段", "名目", "时段"),
    ),
    Column(
        "开始日期",
        "start",
        Kind.DATE,
        required=True,
        synonyms=("开始", "起始日期", "开始时间", "起始时间"),
    ),
    Column(
        "结束日期",
        "end",
        Kind.DATE,
        required=True,
        synonyms=("结束", "截止日期", "结束时间", "截止时间", "终止日期"),
    ),
    Column("等级", "level", required=True, synonyms=("战备等级", "级别")),
    Column(
        "每班最少值班员",
        "min_staff",
        Kind.INT,
        synonyms=("最少值班员", "最少值班人数", "每班最少人数", "每班值班员", "值班人数"),
    ),
    # The period's note: where its dates come from, or 待核对 for a preset still to check.
    Column("说明", "note", max_length=200, synonyms=("备注", "日期说明")),
)


class Levels:
    """Raised alert levels: 1–3 plus any set up in table alert_level, by number or by name."""

    def __init__(self, session: Session):
        query = select(AlertLevel).where(AlertLevel.level >= 1).order_by(AlertLevel.level)
        self.rows = list(session.scalars(query))  # level 0 is the normal state, not an alert
        self.numbers = set(LEVELS) | {lv.level for lv in self.rows}
        self.by_name = {header_key(lv.name): lv.level for lv in self.rows}
        self.words = load_terms(session, "alert.level")  # 一级、Ⅱ级、三级响应 … and the office's

    def parse(self, value: str) -> int | None:
        """A level by its number, its name (一级战备) or a word for it (一级, Ⅰ级, 一级响应)."""
        text = nfkc(value).strip()
        if re.fullmatch(r"\d+", text):
            number = int(text)
            return number if number in self.numbers else None
        found = self.by_name.get(header_key(text))
        if found is None:
            found = self.by_name.get(header_key(self.words.resolve(text).value or ""))
        return found

    def hint(self) -> str:
        names = "、".join(lv.name for lv in self.rows)
        numbers = "、".join(str(n) for n in sorted(self.numbers))
        return (
            said("{numbers}，或等级名称：{names}", numbers=numbers, names=names)
            if names
            else numbers
        )

    def name(self, level: int) -> str | int:
        return next((lv.name for lv in self.rows if lv.level == level), level)

    def staff(self, level: int) -> int:
        return next((lv.staff for lv in self.rows if lv.level == level), DEFAULT_MIN_STAFF)


def _level(ctx: ImportContext, levels: Levels, row: Row) -> int | None:
    if not row.ok("level"):
        return None
    written = as_text(row.values["level"])
    level = levels.parse(written)
    if level is None:
        ctx.problem(
            row,
            "level",
            said(
                "“{written}”不是已设定的战备等级（可填 {levels}）",
                written=written,
                levels=levels.hint(),
            ),
        )
    return level


def check(ctx: ImportContext) -> None:
    levels = Levels(ctx.session)
    seen: dict[tuple[str, Any], int] = {}
    for row in ctx.rows:
        level = _level(ctx, levels, row)
        start, end = row.get("start"), row.get("end")
        data = PeriodData(row.get("name") or "", start, end, *_level_staff(levels, row, level))
        check_dated(ctx, row, period_problems(data))
        if row.ok("name") and start:
            first_seen(
                ctx,
                row,
                "name",
                seen,
                (name_key(row.values["name"]), start),
                said("名称和开始日期（{name}，{start}）", name=row.values["name"], start=start),
            )


def _level_staff(levels: Levels, row: Row, level: int | None) -> tuple[int, int]:
    """The period's level and its 每班最少值班员 as save writes them (a blank cell: the level's
    staffing); a level not read stands as 1, for its cell has its problem."""
    level = level or LEVELS[0]
    min_staff = row.get("min_staff")
    return level, levels.staff(level) if min_staff is None else min_staff


def save(ctx: ImportContext) -> None:
    levels = Levels(ctx.session)
    existing: dict[tuple[str, Any], list[AlertPeriod]] = {}
    for period in ctx.session.scalars(select(AlertPeriod).order_by(AlertPeriod.id)):
        existing.setdefault((name_key(period.name), period.start), []).append(period)
    for row in ctx.each():
        level = levels.parse(as_text(row.values["level"]))
        assert level is not None  # checked
        level, min_staff = _level_staff(levels, row, level)
        values = {
            "name": row.values["name"],
            "start": row.values["start"],
            "end": row.values["end"],
            "level": level,
            "min_staff": min_staff,
        }
        if row.values.get("note") is not None:  # a file without 说明 keeps the notes
            values["note"] = as_text(row.values["note"]).strip()
        found = existing.get((name_key(values["name"]), values["start"]), [])
        if not found:
            ctx.session.add(AlertPeriod(**values))
            ctx.report.mark(row, ADDED)
            continue
        period, extra = found[0], found[1:]
        for duplicate in extra:
            ctx.session.delete(duplicate)
        changed = {k: (getattr(period, k), v) for k, v in values.items() if getattr(period, k) != v}
        for key, (_, value) in changed.items():
            setattr(period, key, value)
        ctx.report.mark(row, REPLACED if changed or extra else UNCHANGED, changed)


def export(session: Session) -> list[dict[str, Any]]:
    levels = Levels(session)
    query = select(AlertPeriod).order_by(AlertPeriod.start, AlertPeriod.id)
    return [
        {
            "name": p.name,
            "start": p.start,
            "end": p.end,
            "level": levels.name(p.level),
            "min_staff": p.min_staff,
            "note": p.note,
        }
        for p in session.scalars(query)
    ]


SPEC = RegisterSpec(
    "alert-periods", said("战备时段"), COLUMNS, check, save, export, model=AlertPeriod
)
