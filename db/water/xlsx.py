"""消防水源台账 (water-sources, by 编号) and 水源检查记录 (inspections).

Big files: existing rows are read once, new rows are inserted and changed rows updated in
bulk (see :func:`db.audit.insert_audited`), never a query per row.
"""

from __future__ import annotations

import datetime as dt
import json
from contextlib import suppress
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import geo
from db.audit import insert_audited
from db.audit import update_audited
from db.dates import add_months
from db.rules import DEFAULTS as RULE_DEFAULTS
from db.shared_models import Rule
from db.water.data import FIELDS_BY_TYPE
from db.water.data import FieldSpec
from db.water.data import InspectionData
from db.water.data import WaterSourceData
from db.water.inspections import inspection_problems
from db.water.models import Inspection
from db.water.models import WaterRepair
from db.water.models import WaterSource
from db.water.rules import INTERVAL_RULE
from db.water.sources import canonical_months
from db.water.sources import source_problems
from db.words import said
from db.xlsx.cells import nfkc
from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.reader import Sheet
from db.xlsx.registers.common import cell_problems
from db.xlsx.registers.common import check_fields
from db.xlsx.registers.common import first_seen
from db.xlsx.registers.common import record_values
from db.xlsx.spec import ADDED
from db.xlsx.spec import UNCHANGED
from db.xlsx.spec import UPDATED
from db.xlsx.spec import Column
from db.xlsx.spec import Kind
from db.xlsx.spec import RegisterSpec

CRS = (geo.WGS84, geo.GCJ02)
COLUMNS = (
    Column("编号", "code", required=True, max_length=40, synonyms=("水源编号", "消火栓编号")),
    Column("名称", "name", required=True, max_length=100, synonyms=("水源名称",)),
    Column("类型", "type", required=True, vocab="water.type", synonyms=("水源类型", "水源种类")),
    Column("设置形式", "form", vocab="water.form", synonyms=("形式", "天然水源类型", "设置方式")),
    Column("地址", "address", max_length=200, synonyms=("位置", "详细地址", "设置地点")),
    Column("所属村社", "village", max_length=60, synonyms=("所属村", "村社", "所属村(社区)")),
    Column("经度", "lon", Kind.FLOAT, synonyms=("东经",)),
    Column("纬度", "lat", Kind.FLOAT, synonyms=("北纬",)),
    Column("坐标系", "crs", vocab="crs", synonyms=("坐标", "坐标系统")),
    Column(
        "水源归属",
        "owner",
        max_length=100,
        vocab="water.owner",
        synonyms=("供水单位", "归属单位", "产权单位"),
    ),
    Column("联系电话", "phone", max_length=40, synonyms=("电话", "联系方式")),
    Column("管网形式", "network", vocab="water.network", synonyms=("管网类型",)),
    Column("管网直径", "pipe_dn", max_length=10, synonyms=("管径", "管网直径DN", "管网管径")),
    Column("静压MPa", "static_mpa", Kind.FLOAT, synonyms=("静压", "压力MPa", "管网压力")),
    Column("储水量m3", "volume_m3", Kind.FLOAT, synonyms=("储水量", "储水量m³", "容量")),
    Column("有无枯水期", "has_dry_season", Kind.YESNO, vocab="yesno", synonyms=("枯水期有无",)),
    Column("枯水期", "dry_months", max_length=40, synonyms=("枯水期月份",)),
    Column("可用状态", "status", vocab="water.status", synonyms=("状态", "使用状态", "完好情况")),
    Column("建成日期", "built_on", Kind.DATE, synonyms=("建设日期", "投用日期")),
    Column("备注", "notes", synonyms=("说明",)),
)
COMMON: tuple[str, ...] = (
    "name", "type", "form", "address", "village", "lon", "lat", "crs", "owner", "phone",
    "has_dry_season", "dry_months", "status", "built_on", "notes",
)  # fmt: skip
DEFAULTS: dict[str, Any] = {
    "form": "",
    "address": "",
    "village": "",
    "crs": geo.WGS84,
    "owner": "",
    "phone": "",
    "has_dry_season": False,
    "dry_months": "",
    "status": "可用",
    "notes": "",
}
DETAIL_COLUMNS = ("network", "pipe_dn", "static_mpa", "volume_m3")
DETAIL_KEYS = {f"details.{key}": key for key in DETAIL_COLUMNS}  # the facade's field: the column
RECORD: dict[str, Any] = {**DEFAULTS, "lon": None, "lat": None, "built_on": None}
TYPE_FIELDS: dict[str, dict[str, FieldSpec]] = {
    t: {f.key: f for f in specs} for t, specs in FIELDS_BY_TYPE.items()
}


def code_key(text: str) -> str:
    return "".join(nfkc(text or "").split()).upper()


def _dn(value: Any) -> Any:
    text = nfkc(str(value or "")).strip().upper()
    return text[2:].strip() if text.startswith("DN") else text


def _details(row: Row) -> dict[str, Any]:
    """The per-type cells ``row`` fills, as written (a pipe's “DN” left off)."""
    details: dict[str, Any] = {}
    for key in DETAIL_COLUMNS:
        if row.ok(key):
            raw = _dn(row.values[key]) if key == "pipe_dn" else row.values[key]
            if raw is not None and raw != "":
                details[key] = raw
    return details


def _record(row: Row, details: dict[str, Any]) -> WaterSourceData:
    """The source ``row`` would save, as the dialog hands it to the facade; months written
    mean a dry season."""
    data = WaterSourceData(
        code=row.get("code") or "",
        name=row.get("name") or "",
        type=row.get("type") or "",
        details=dict(details),
        **record_values(row, RECORD),
    )
    if data.dry_months.strip() and not data.has_dry_season:
        with suppress(ValueError):  # months that cannot be read: the facade's rules say so
            data.has_dry_season = bool(canonical_months(data.dry_months))
    return data


def _notices(ctx: ImportContext, row: Row, kind: str, details: dict[str, Any]) -> None:
    """A form or a per-type cell the type does not use is recorded as written, with a notice."""
    fields = TYPE_FIELDS.get(kind, {})
    if (row.get("form") or "").strip() and "form" not in fields:
        column = ctx.sheet.header("form")
        ctx.notice(
            row, said("{kind}一般不填设置形式，已照录“{column}”", kind=said(kind), column=column)
        )
    for key in details:
        if key not in fields:
            column = ctx.sheet.header(key)
            ctx.notice(
                row, said("{kind}一般不填“{column}”，已照录", kind=said(kind), column=column)
            )


def _clean(
    sheet: Sheet, row: Row, new: bool, ctx: ImportContext | None = None
) -> dict[str, Any] | None:
    """The row as source columns (details as a dict), or None after reporting problems (with
    ``ctx``): the facade's rules (:func:`source_problems`) on the source the row would save,
    a new one (``new``) or an update."""
    kind = row.get("type")
    details = _details(row)
    if ctx and kind:
        _notices(ctx, row, kind, details)
    data = _record(row, details)
    found = source_problems(data)
    if ctx is not None:
        problems = check_fields(ctx, row, found, DETAIL_KEYS, new=new)
    else:
        problems = cell_problems(sheet, row, found, DETAIL_KEYS, new)
    if problems or row.bad:
        return None
    values: dict[str, Any] = {k: row.values[k] for k in COMMON if k in row.values}
    fields = TYPE_FIELDS.get(data.type, {})
    values["details"] = {**{k: v for k, v in details.items() if k not in fields}, **data.details}
    if (row.get("dry_months") or "").strip():
        values["dry_months"] = data.dry_months
        if data.dry_months:
            values["has_dry_season"] = True  # months written: the source has a dry season
    return values


def check(ctx: ImportContext) -> None:
    seen: dict[str, int] = {}
    existing = _existing(ctx.session)
    for row in ctx.rows:
        if row.ok("code"):
            first_seen(
                ctx,
                row,
                "code",
                seen,
                code_key(row.values["code"]),
                said("编号“{code}”", code=row.values["code"]),
            )
        new = not row.ok("code") or code_key(row.values["code"]) not in existing
        ctx.scratch.setdefault("clean", {})[row.number] = _clean(ctx.sheet, row, new, ctx)


def _existing(session: Session) -> dict[str, int]:
    return {code_key(c): i for i, c in session.execute(select(WaterSource.id, WaterSource.code))}


STORED = ("code", *COMMON, "details", "lon_wgs", "lat_wgs")


def save(ctx: ImportContext) -> None:
    existing = _existing(ctx.session)
    present = {k for k in COMMON if ctx.sheet.has(k)} | {"name", "type"}
    if ctx.sheet.has("dry_months"):
        present.add("has_dry_season")  # set by the months written (see _clean)
    details_present = {k for k in DETAIL_COLUMNS if ctx.sheet.has(k)}
    new_rows: list[dict[str, Any]] = []
    updates: list[tuple[Row, int, dict[str, Any]]] = []
    today = dt.date.today()
    for row in ctx.each():
        sid = existing.get(code_key(row.values["code"]))
        values = ctx.scratch.get("clean", {}).get(row.number) or _clean(ctx.sheet, row, sid is None)
        assert values is not None  # check() found no problem
        values = {k: v for k, v in values.items() if k in present or k == "details"}
        values["code"] = row.values["code"].strip()
        if sid is None:
            record = {**DEFAULTS, "lon": None, "lat": None, "built_on": None, **values}
            record = {
                k: DEFAULTS.get(k) if v is None and k in DEFAULTS else v for k, v in record.items()
            }
            _derive(record)
            record["details"] = json.dumps(record["details"], ensure_ascii=False, sort_keys=True)
            record["archived"] = False
            record["next_due"] = today  # never inspected: due from the day it is registered
            new_rows.append(record)
            ctx.report.mark(row, ADDED)
        else:
            updates.append((row, sid, values))
    if new_rows:
        insert_audited(ctx.session, WaterSource, new_rows)
    _apply_updates(ctx, updates, details_present)


def _derive(record: dict[str, Any]) -> None:
    if record.get("lon") is not None and record.get("lat") is not None:
        record["lon_wgs"], record["lat_wgs"] = geo.to_wgs84(
            record["lon"], record["lat"], record["crs"]
        )
    else:
        record["lon_wgs"] = record["lat_wgs"] = None
    if not record.get("has_dry_season"):
        record["dry_months"] = ""


def _apply_updates(
    ctx: ImportContext, updates: list[tuple[Row, int, dict[str, Any]]], details_present: set[str]
) -> None:
    if not updates:
        return
    cols = [getattr(WaterSource, k) for k in ("id", *STORED)]
    current: dict[int, dict[str, Any]] = {}
    ids = [sid for _, sid, _ in updates]
    for start in range(0, len(ids), 900):
        for r in ctx.session.execute(
            select(*cols).where(WaterSource.id.in_(ids[start : start + 900]))
        ):
            current[r.id] = dict(r._mapping)
    changes = []
    for row, sid, values in updates:
        before = current[sid]
        after = {**before}
        for k, v in values.items():
            if k == "details":
                details = json.loads(before["details"] or "{}")
                for key in details_present:
                    details.pop(key, None)
                details.update(v)
                after["details"] = json.dumps(details, ensure_ascii=False, sort_keys=True)
            else:
                after[k] = DEFAULTS.get(k) if v is None and k in DEFAULTS else v
        _derive(after)
        diff = {k: v for k, v in after.items() if before.get(k) != v}
        if diff:
            changes.append((sid, before, diff))
        shown = {k: (before.get(k), v) for k, v in diff.items() if k not in ("lon_wgs", "lat_wgs")}
        ctx.report.mark(row, UPDATED if diff else UNCHANGED, shown)
    update_audited(ctx.session, WaterSource, changes)


def export(session: Session) -> list[dict[str, Any]]:
    query = select(WaterSource).where(WaterSource.archived.is_(False)).order_by(WaterSource.code)
    out = []
    for x in session.scalars(query):
        details = json.loads(x.details or "{}")
        out.append(
            {
                "code": x.code,
                **{k: getattr(x, k) for k in COMMON},
                **{k: details.get(k) for k in DETAIL_COLUMNS},
            }
        )
    return out


SPEC = RegisterSpec(
    "water-sources", said("消防水源台账"), COLUMNS, check, save, export, model=WaterSource
)

# --- inspections -----------------------------------------------------------------------------
INSPECTION_COLUMNS = (
    Column("水源编号", "code", required=True, max_length=40, synonyms=("编号", "消火栓编号")),
    Column("检查日期", "inspected_on", Kind.DATE, required=True, synonyms=("日期", "检查时间")),
    Column("检查人", "inspectors", required=True, max_length=120, synonyms=("检查人员",)),
    Column("检查类型", "kind", vocab="water.inspection_kind", synonyms=("类型",)),
    Column("结果", "result", vocab="result", synonyms=("检查结果",)),
    Column("问题", "problems", synonyms=("存在问题", "发现问题")),
    Column("处理情况", "follow_up", synonyms=("整改情况", "处理结果")),
)
INSPECTION_RECORD: dict[str, Any] = {
    "inspectors": "",
    "kind": "检查",
    "result": "合格",
    "problems": "",
    "follow_up": "",
}


def inspections_check(ctx: ImportContext) -> None:
    codes = _existing(ctx.session)
    seen: dict[Any, int] = {}
    for row in ctx.rows:
        if row.ok("code") and code_key(row.values["code"]) not in codes:
            ctx.problem(
                row,
                "code",
                said("水源台账中没有编号“{code}”，请先登记水源", code=row.values["code"]),
            )
        when = row.get("inspected_on")
        source_id = codes.get(code_key(row.get("code") or ""), 0)
        data = InspectionData(source_id, when, **record_values(row, INSPECTION_RECORD))
        check_fields(ctx, row, inspection_problems(data))
        if row.ok("code") and when is not None:
            ident = (
                code_key(row.values["code"]),
                when,
                row.get("kind") or "检查",
                row.get("inspectors") or "",
            )
            first_seen(ctx, row, "inspected_on", seen, ident, said("同一水源同一天同类检查"))


def inspections_save(ctx: ImportContext) -> None:
    s = ctx.session
    codes = _existing(s)
    rows: list[dict[str, Any]] = []
    numbers: list[int] = []
    for row in ctx.each():
        numbers.append(row.number)
        rows.append(
            {
                "source_id": codes[code_key(row.values["code"])],
                "inspected_on": row.values["inspected_on"],
                "inspectors": (row.get("inspectors") or "").strip(),
                "kind": row.get("kind") or "检查",
                "result": row.get("result") or "合格",
                "problems": (row.get("problems") or "").strip(),
                "follow_up": (row.get("follow_up") or "").strip(),
                "survey_id": None,
            }
        )
    if not rows:
        return
    # a visit already on record (same source, day, kind and inspectors) is left as it is
    source_ids = sorted({r["source_id"] for r in rows})
    known: set[tuple[Any, ...]] = set()
    for start in range(0, len(source_ids), 900):
        for r in s.execute(
            select(
                Inspection.source_id,
                Inspection.inspected_on,
                Inspection.kind,
                Inspection.inspectors,
            ).where(Inspection.source_id.in_(source_ids[start : start + 900]))
        ):
            known.add(tuple(r))
    fresh: list[dict[str, Any]] = []
    for number, record in zip(numbers, rows, strict=True):
        ident = (record["source_id"], record["inspected_on"], record["kind"], record["inspectors"])
        if ident in known:
            ctx.report.mark(number, UNCHANGED)
        else:
            ctx.report.mark(number, ADDED)
            fresh.append(record)
    if not fresh:
        return
    ids = insert_audited(s, Inspection, fresh)
    _follow(ctx, fresh, ids)


def _follow(ctx: ImportContext, rows: list[dict[str, Any]], ids: list[int]) -> None:
    """Move each source's last inspection and due date; a newest visit that failed marks a
    usable source 故障 and opens its repair."""
    s = ctx.session
    latest: dict[int, tuple[dt.date, int, dict[str, Any]]] = {}
    for rid, r in zip(ids, rows, strict=True):
        key = (r["inspected_on"], rid)
        if r["source_id"] not in latest or key > latest[r["source_id"]][:2]:
            latest[r["source_id"]] = (r["inspected_on"], rid, r)
    stored: dict[str, str] = {k: v for k, v in s.execute(select(Rule.key, Rule.value))}
    months = {
        kind: int(float(stored.get(key, RULE_DEFAULTS[key].value)))
        for kind, key in INTERVAL_RULE.items()
    }
    cols = (
        WaterSource.id,
        WaterSource.type,
        WaterSource.status,
        WaterSource.owner,
        WaterSource.last_inspected_on,
        WaterSource.next_due,
    )
    changes = []
    repairs = []
    sids = list(latest)
    for start in range(0, len(sids), 900):
        for sid, kind, status, owner, last, due in s.execute(
            select(*cols).where(WaterSource.id.in_(sids[start : start + 900]))
        ):
            day, rid, r = latest[sid]
            if last is not None and day < last:
                continue
            after: dict[str, Any] = {
                "last_inspected_on": day,
                "next_due": add_months(day, months.get(kind, 12)),
            }
            if r["result"] == "不合格" and status == "可用":
                after["status"] = "故障"
                repairs.append(
                    {
                        "source_id": sid,
                        "inspection_id": rid,
                        "opened_on": day,
                        "problem": r["problems"] or "检查不合格",
                        "reported_to": owner[:100],
                        "deadline": day + dt.timedelta(days=15),
                        "status": "待报修",
                        "resolution": "",
                    }
                )
            before = {"last_inspected_on": last, "next_due": due, "status": status}
            diff = {k: v for k, v in after.items() if before.get(k) != v}
            if diff:
                changes.append((sid, before, diff))
    update_audited(s, WaterSource, changes)
    if repairs:
        insert_audited(s, WaterRepair, repairs)


def inspections_export(session: Session) -> list[dict[str, Any]]:
    query = (
        select(Inspection, WaterSource.code)
        .join(WaterSource, WaterSource.id == Inspection.source_id)
        .order_by(WaterSource.code, Inspection.inspected_on, Inspection.id)
    )
    return [
        {
            "code": code,
            "inspected_on": i.inspected_on,
            "inspectors": i.inspectors,
            "kind": i.kind,
            "result": i.result,
            "problems": i.problems,
            "follow_up": i.follow_up,
        }
        for i, code in session.execute(query)
    ]


INSPECTIONS = RegisterSpec(
    "inspections",
    said("水源检查记录"),
    INSPECTION_COLUMNS,
    inspections_check,
    inspections_save,
    inspections_export,
    model=Inspection,
)

REGISTERS: tuple[RegisterSpec, ...] = (SPEC, INSPECTIONS)
