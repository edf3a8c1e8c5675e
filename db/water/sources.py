"""The water-source register: validation, save/archive, one page sorted and filtered in SQL."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy import Select
from sqlalchemy import and_
from sqlalchemy import func
from sqlalchemy import literal
from sqlalchemy import not_
from sqlalchemy import select
from sqlalchemy.orm import Session

from db import geo
from db import records
from db import validate
from db.attachments import AttachmentData
from db.attachments import Attachments
from db.dates import add_months
from db.engine import Database
from db.errors import ValidationError
from db.errors import refuse
from db.paging import PAGE_SIZE
from db.paging import Page
from db.paging import any_contains
from db.paging import clamp
from db.paging import count
from db.paging import indexed_text
from db.paging import not_archived
from db.paging import register_total
from db.rules import Rules
from db.validate import choice
from db.water.data import FIELDS_BY_TYPE
from db.water.data import SOURCE_GONE
from db.water.data import FieldSpec
from db.water.data import WaterFilter
from db.water.data import WaterSourceData
from db.water.models import SOURCE_TYPES
from db.water.models import STATUSES
from db.water.models import FlowTest
from db.water.models import Inspection
from db.water.models import SurveyItem
from db.water.models import WaterRepair
from db.water.models import WaterSource
from db.water.rules import INTERVAL_RULE
from db.water.rules import dry_months
from db.words import said
from db.words import said_list

OWNER_TABLE = "water_source"
USABLE = "可用"
SOURCE_FIELDS = (
    "code",
    "name",
    "type",
    "form",
    "address",
    "village",
    "lon",
    "lat",
    "crs",
    "owner",
    "phone",
    "station",
    "status",
    "built_on",
    "notes",
    "has_dry_season",
    "dry_months",
    "parent_id",
)
SORTS = {
    "code": WaterSource.code,
    "name": WaterSource.name,
    "type": WaterSource.type,
    "village": WaterSource.village,
    "status": WaterSource.status,
    "next_due": WaterSource.next_due,
    "last_inspected_on": WaterSource.last_inspected_on,
    "flow_class": WaterSource.flow_class,
    "built_on": WaterSource.built_on,
}


# Above this many text matches the search stays one SQL query (no long IN list).
TEXT_MATCH_LIMIT = 5000
# The trigram index of code, name, address and village (migration 0009; SQLite only).
TEXT_INDEX = "water_source_text"


def _sort_value(value: Any) -> tuple[bool, Any]:
    """Sort key with empty values first, as SQLite orders NULLs."""
    return (value is not None, value if value is not None else 0)


def _code_used(code: str) -> str:
    return said("编号“{code}”已被另一个水源使用", code=code)


def canonical_months(text: str) -> str:
    """ "12-2", "11月至次年3月", "十二月至二月" … → "12,1,2" (the stored form; raises
    ValueError, with a hint for the clerk, on anything else)."""
    try:
        months = dry_months(text)
    except ValueError:
        from db.xlsx.months import parse_months  # every way months are written, loaded on need

        months = parse_months(text)
    if not months:
        return ""
    # keep the season's order: start after the largest gap
    ordered = sorted(months)
    if len(ordered) < 12:
        gaps = [((ordered[(i + 1) % len(ordered)] - m) % 12, i) for i, m in enumerate(ordered)]
        start = (max(gaps)[1] + 1) % len(ordered)
        ordered = ordered[start:] + ordered[:start]
    return ",".join(str(m) for m in ordered)


def _details(text: str | None) -> dict[str, Any]:
    try:
        details = json.loads(text or "{}")
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}


def source_data(x: WaterSource) -> WaterSourceData:
    return records.as_data(
        WaterSourceData,
        x,
        details=_details(x.details),
        has_dry_season=bool(x.has_dry_season),
        archived=bool(x.archived),
    )


# The columns of WaterSourceData in its order: a register page reads plain rows (half the
# time of loading ORM objects for 200 rows) and builds the data positionally.
ROW_COLUMNS = (
    WaterSource.code, WaterSource.name, WaterSource.type, WaterSource.form,
    WaterSource.address, WaterSource.village, WaterSource.lon, WaterSource.lat,
    WaterSource.crs, WaterSource.owner, WaterSource.phone, WaterSource.station,
    WaterSource.status, WaterSource.built_on, WaterSource.notes, WaterSource.details,
    WaterSource.has_dry_season, WaterSource.dry_months, WaterSource.parent_id, WaterSource.id,
    WaterSource.version, WaterSource.archived, WaterSource.lon_wgs, WaterSource.lat_wgs,
    WaterSource.flow_class, WaterSource.last_inspected_on, WaterSource.next_due,
    WaterSource.created_by, WaterSource.created_at,
)  # fmt: skip
ROW_INDEX = {c.key: i for i, c in enumerate(ROW_COLUMNS)}
_DETAILS, _DRY, _ARCHIVED = ROW_INDEX["details"], ROW_INDEX["has_dry_season"], ROW_INDEX["archived"]


def row_data(row: Any) -> WaterSourceData:
    """A WaterSourceData from a row of ``ROW_COLUMNS``."""
    values = list(row)
    values[_DETAILS] = _details(values[_DETAILS])
    values[_DRY] = bool(values[_DRY])
    values[_ARCHIVED] = bool(values[_ARCHIVED])
    return WaterSourceData(*values)


def check_detail(spec: FieldSpec, value: Any) -> tuple[Any, str | None]:
    """The cleaned value of one per-type field, or a message."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if spec.kind in ("number", "int"):
        try:
            number = float(str(value).strip())
        except ValueError:
            if spec.unit:
                return None, said(
                    "{label}应填数字（单位 {unit}）", label=spec.label, unit=spec.unit
                )
            return None, said("{label}应填数字", label=spec.label)
        if spec.kind == "int":
            if number != int(number):
                return None, said("{label}应为整数", label=spec.label)
            number = int(number)
        if spec.minimum is not None and number < spec.minimum:
            return None, said(
                "{label}不能小于{minimum}", label=spec.label, minimum=f"{spec.minimum:g}"
            )
        return number, None
    text = str(value).strip()
    if spec.kind == "choice" and spec.choices and text not in spec.choices:
        return None, said(
            "{label}只能是：{options}", label=spec.label, options=said_list(spec.choices)
        )
    return text, None


def next_due_for(
    rules: Rules, source_type: str, last: dt.date | None, registered: dt.date | None = None
) -> dt.date | None:
    """The type's interval after the last inspection; a source never inspected is due from
    the day it was ``registered`` (overdue from the start)."""
    key = INTERVAL_RULE.get(source_type)
    if key is None:
        return None
    if last is None:
        return registered
    return add_months(last, rules.months(key))


def available_clause(day: dt.date) -> ColumnElement[bool]:
    """SQL: status 可用 and ``day``'s month not in the stored dry season ("12,1,2")."""
    months = literal(",") + WaterSource.dry_months + literal(",")
    in_season = and_(WaterSource.has_dry_season.is_(True), months.like(f"%,{day.month},%"))
    return and_(WaterSource.status == USABLE, not_(in_season))


def _live(f: WaterFilter, counting: bool) -> ColumnElement[bool]:
    """Not archived, written so that SQLite can answer ``f`` from an index.

    The text and due indexes hold the flag, a text, due or availability filter reads the row
    anyway, and the flag's own index counts the whole register: there the flag is tested as
    it is. The type, status, village and sort-column indexes do not hold it: there the (few)
    archived ids are left out instead, so that counting by type or paging deep into the
    register reads no row just for its flag (counting 10,000 of 100,000 sources by type
    ~27 → ~2 ms; page 250 by village ~90 → ~7 ms).
    """
    reads_flag = bool(f.text.strip() or f.due) or f.available is not None
    narrowed = bool(f.type or f.status or f.village)
    if reads_flag or (counting and not narrowed):
        return WaterSource.archived.is_(False)
    return not_archived(WaterSource)


def source_problems(data: WaterSourceData) -> dict[str, str]:
    """What is wrong with ``data``, by field (``details.<key>`` for a per-type field): the
    rules a source's dialog and its import share; also cleans ``data.details`` and
    ``data.dry_months`` in place."""
    problems: dict[str, str] = {}
    if msg := validate.required(data.code, said("编号"), 40):
        problems["code"] = msg
    if msg := validate.required(data.name, said("名称"), 100):
        problems["name"] = msg
    if msg := choice(data.type, SOURCE_TYPES, said("类型")):
        problems["type"] = msg
    if msg := choice(data.status, STATUSES, said("可用状态")):
        problems["status"] = msg
    problems.update(geo.validate(data.lon, data.lat, data.crs))
    if msg := validate.phone(data.phone):
        problems["phone"] = msg
    specs = FIELDS_BY_TYPE.get(data.type, ())
    cleaned: dict[str, Any] = {}
    known = {sp.key for sp in specs}
    for spec in specs:
        if spec.column:
            if spec.key == "form" and data.form and spec.choices:
                if msg := choice(data.form, spec.choices, spec.label):
                    problems["form"] = msg
            continue
        value, msg = check_detail(spec, data.details.get(spec.key))
        if msg:
            problems[f"details.{spec.key}"] = msg
        elif value is not None:
            cleaned[spec.key] = value
    # keys another type uses are dropped; unknown keys (from a newer version) are kept
    all_keys = {sp.key for specs_ in FIELDS_BY_TYPE.values() for sp in specs_}
    cleaned.update({k: v for k, v in data.details.items() if k not in all_keys | known})
    if not problems:
        data.details = cleaned
    if "form" not in known:
        data.form = ""
    if data.dry_months.strip():
        try:
            data.dry_months = canonical_months(data.dry_months)
        except ValueError:
            problems["dry_months"] = said("枯水期应为月份，例如 12-2、11月至次年3月 或 1、2、3月")
    if data.has_dry_season and not data.dry_months.strip() and "dry_months" not in problems:
        problems["dry_months"] = said("有枯水期时请填写枯水期月份")
    if not data.has_dry_season:
        data.dry_months = ""
    return problems


class Sources:
    db: Database

    # ----- reading --------------------------------------------------------------------------
    def source(self, source_id: int) -> WaterSourceData:
        with self.db.read() as s:
            return source_data(
                records.load(
                    s, WaterSource, source_id, said("找不到水源 #{source_id}", source_id=source_id)
                )
            )

    def source_by_code(self, code: str) -> WaterSourceData:
        with self.db.read() as s:
            missing = said("找不到编号为“{code}”的水源", code=code)
            return source_data(records.load_by(s, WaterSource.code, code, missing))

    def villages(self) -> list[str]:
        with self.db.read() as s:
            rows = s.scalars(
                select(WaterSource.village)
                .where(WaterSource.archived.is_(False), WaterSource.village != "")
                .distinct()
                .order_by(WaterSource.village)
            )
            return list(rows)

    @staticmethod
    def query(f: WaterFilter, counting: bool = False, found: Any | None = None) -> Select[Any]:
        """The sources matching ``f`` (``counting``: the query is only counted; ``found``: the
        ids the text index gives for ``f.text``, see :func:`db.paging.indexed_text`)."""
        today = f.today or dt.date.today()
        query = select(WaterSource)
        if not f.include_archived:
            query = query.where(_live(f, counting))
        if found is not None:
            query = query.where(WaterSource.id.in_(found))
        elif f.text.strip():
            query = query.where(
                any_contains(
                    f.text,
                    WaterSource.code,
                    WaterSource.name,
                    WaterSource.address,
                    WaterSource.village,
                )
            )
        if f.type:
            query = query.where(WaterSource.type == f.type)
        if f.status:
            query = query.where(WaterSource.status == f.status)
        if f.village:
            query = query.where(WaterSource.village == f.village)
        if f.due == "overdue":
            query = query.where(WaterSource.next_due < today)
        elif f.due == "due":
            query = query.where(WaterSource.next_due <= today + dt.timedelta(days=f.within))
        if f.available is True:
            query = query.where(available_clause(today))
        elif f.available is False:
            query = query.where(not_(available_clause(today)))
        return query

    def page(
        self,
        offset: int = 0,
        limit: int = PAGE_SIZE,
        sort: str = "code",
        filters: WaterFilter | None = None,
        descending: bool = False,
    ) -> Page[WaterSourceData]:
        """One page of the register, sorted and filtered in SQL, with the total count."""
        offset, limit = clamp(offset, limit)
        column = SORTS.get(sort, WaterSource.code)
        order = column.desc() if descending else column.asc()
        with self.db.read() as s:
            matched = indexed_text(s, TEXT_INDEX, filters.text) if filters is not None else None
            query = self.query(filters or WaterFilter(), found=matched)
            if filters is not None and filters.text.strip():
                # A text search runs once (the index or the LIKEs): the matching ids give the total, and
                # sorting those few rows beats walking the sort column's index testing each.
                ids = list(s.scalars(query.with_only_columns(WaterSource.id)))
                total = len(ids)
                if total <= TEXT_MATCH_LIMIT:
                    # Few matches: read them by primary key and sort here (an ORDER BY would
                    # walk the sort column's index across the whole register).
                    found: list[Any] = list(
                        s.execute(select(*ROW_COLUMNS).where(WaterSource.id.in_(ids)))
                    )
                    key, by_id = ROW_INDEX[column.key], ROW_INDEX["id"]
                    found.sort(key=lambda r: r[by_id])
                    found.sort(key=lambda r: _sort_value(r[key]), reverse=descending)
                    window = found[offset : offset + limit]
                    return Page([row_data(r) for r in window], total, offset, limit)
            elif filters is None or not filters.narrows():
                total = register_total(
                    s, WaterSource, filters is not None and filters.include_archived
                )
            else:
                counted = self.query(filters, counting=True)
                total = count(s, counted)
            rows = s.execute(
                query.with_only_columns(*ROW_COLUMNS)
                .order_by(order, WaterSource.id)
                .offset(offset)
                .limit(limit)
            )
            return Page([row_data(r) for r in rows], total, offset, limit)

    def sources(self, filters: WaterFilter | None = None) -> list[WaterSourceData]:
        """Every source matching ``filters``, by village and code (for printing and export)."""
        query = self.query(filters or WaterFilter())
        with self.db.read() as s:
            rows = s.scalars(query.order_by(WaterSource.village, WaterSource.code))
            return [source_data(x) for x in rows]

    def counts(self) -> dict[str, dict[str, int]]:
        """{type: {status: count}} of sources not archived."""
        with self.db.read() as s:
            return records.tally(s, WaterSource.type, WaterSource.status)

    # ----- writing --------------------------------------------------------------------------
    def validate_source(self, data: WaterSourceData) -> dict[str, str]:
        """Every problem at once, by field name (:func:`source_problems`), a code another
        source uses among them; also cleans ``data.details`` and ``data.dry_months`` in place."""
        problems = source_problems(data)
        if "code" not in problems:
            with self.db.read() as s:
                if self._code_taken(s, data.code.strip(), data.id):
                    problems = {"code": _code_used(data.code.strip()), **problems}
        return problems

    def _code_taken(self, s: Session, code: str, own_id: int | None) -> bool:
        other = s.scalar(select(WaterSource.id).where(WaterSource.code == code))
        return other is not None and other != own_id

    def save_source(self, data: WaterSourceData) -> int:
        """Insert or update a source; coordinates are also stored converted to WGS84."""
        data.code, data.name = data.code.strip(), data.name.strip()
        data.phone = data.phone.strip()
        refuse(self.validate_source(data))
        rules = Rules(self.db)
        with self.db.transaction() as s:
            if self._code_taken(s, data.code, data.id):
                raise ValidationError({"code": _code_used(data.code)})
            row = records.for_save(s, WaterSource, data, SOURCE_GONE)
            type_changed = row.type != data.type
            for name in SOURCE_FIELDS:
                setattr(row, name, getattr(data, name))
            row.details = json.dumps(data.details, ensure_ascii=False, sort_keys=True)
            if data.lon is not None and data.lat is not None:
                row.lon_wgs, row.lat_wgs = geo.to_wgs84(data.lon, data.lat, data.crs)
            else:
                row.lon_wgs = row.lat_wgs = None
            if type_changed or (row.last_inspected_on is None and row.next_due is None):
                registered = row.created_at.date() if row.created_at else dt.date.today()
                row.next_due = next_due_for(rules, data.type, row.last_inspected_on, registered)
            s.flush()
            return int(row.id)

    def delete_source(self, source_id: int, version: int | None) -> str:
        """Delete a source read at ``version``; one with inspections, repairs, tests or
        surveys is archived."""
        with self.db.transaction() as s:
            x = records.current(s, WaterSource, source_id, version, SOURCE_GONE)
            history = any(
                s.scalar(select(func.count()).where(col == source_id))
                for col in (
                    Inspection.source_id,
                    WaterRepair.source_id,
                    FlowTest.source_id,
                    SurveyItem.source_id,
                    WaterSource.parent_id,
                )
            )
            if history:
                x.archived = True
                return "archived"
            files = Attachments(self.db).detach_owner(s, OWNER_TABLE, source_id)
            s.delete(x)
        Attachments.purge(files)
        return "deleted"

    def restore_source(self, source_id: int, version: int | None) -> None:
        """Bring an archived source back into the register; refused while a source in use
        has the same code as imports match it (case, full-width forms and spaces aside)."""
        with self.db.transaction() as s:
            records.restore(
                s,
                WaterSource,
                source_id,
                version,
                SOURCE_GONE,
                "code",
                lambda own, twin: said(
                    "不能恢复“{own}”：在用水源“{twin}”的编号与它相同"
                    "（不分大小写、全角半角和空格）。请先给其中一处换一个编号。",
                    own=own,
                    twin=twin,
                ),
            )

    # ----- photos ---------------------------------------------------------------------------
    def photos(self, source_id: int) -> list[AttachmentData]:
        return Attachments(self.db).of(OWNER_TABLE, source_id)

    def add_photo(self, source_id: int, path: str, caption: str = "") -> AttachmentData:
        self.source(source_id)
        return Attachments(self.db).add(OWNER_TABLE, source_id, path, caption)

    def remove_photo(self, attachment_id: int) -> None:
        Attachments(self.db).remove(attachment_id)
