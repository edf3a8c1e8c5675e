"""What the water register has due: inspections due or overdue, repairs past their deadline,
key sites without an available source within the protection radius."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from db.due import OPEN
from db.due import OVERDUE
from db.due import DueItem
from db.due import provider
from db.due import state_for
from db.engine import Database
from db.water.inspections import OPEN_REPAIRS
from db.water.models import WaterRepair
from db.water.models import WaterSource
from db.words import said

REGISTER = said("水源")
LIMIT = 500  # a county with thousands overdue gets the first 500 and the count


def _subject(code: str, name: str) -> str:
    return f"{name}（{code}）"


@provider
def water_items(database: Database, today: dt.date, within: int) -> list[DueItem]:
    from db.water import WaterBook

    items: list[DueItem] = []
    horizon = today + dt.timedelta(days=within)
    with database.read() as s:
        rows = s.execute(
            select(WaterSource.id, WaterSource.code, WaterSource.name, WaterSource.next_due)
            .where(
                WaterSource.archived.is_(False),
                WaterSource.status.not_in(("停用", "撤除")),
                WaterSource.next_due <= horizon,
            )
            .order_by(WaterSource.next_due, WaterSource.id)
            .limit(LIMIT)
        ).all()
        for sid, code, name, due in rows:
            state = state_for(due, today, within) if due is not None else None
            if state:
                items.append(
                    DueItem(
                        REGISTER,
                        _subject(code, name),
                        said("检查"),
                        due,
                        state,
                        ("water_source", sid),
                    )
                )
        repairs = s.execute(
            select(WaterRepair, WaterSource.code, WaterSource.name)
            .join(WaterSource, WaterSource.id == WaterRepair.source_id)
            .where(WaterRepair.status.in_(OPEN_REPAIRS))
            .order_by(WaterRepair.deadline, WaterRepair.id)
            .limit(LIMIT)
        ).all()
        for r, code, name in repairs:
            if r.deadline is not None and r.deadline < today:
                state = OVERDUE
            elif r.deadline is not None:
                state = state_for(r.deadline, today, within) or OPEN
            else:
                state = OPEN
            items.append(
                DueItem(
                    REGISTER,
                    _subject(code, name),
                    said(
                        "维修（{status}）：{problem}", status=said(r.status), problem=r.problem[:40]
                    ),
                    r.deadline,
                    state,
                    ("water_repair", r.id),
                )
            )
    report = WaterBook(database).coverage(on=today, count=1)
    for row in report.gaps:
        nearest = (
            said(
                "最近 {name} {metres} 米",
                name=row.nearest[0].name,
                metres=f"{row.nearest[0].distance_m:.0f}",
            )
            if row.nearest
            else said("附近无可用水源")
        )
        items.append(
            DueItem(
                REGISTER,
                row.site_name,
                said(
                    "{radius} 米内无可用消防水源（{nearest}）",
                    radius=f"{report.radius_m:g}",
                    nearest=nearest,
                ),
                None,
                OPEN,
                ("site", row.site_id),
            )
        )
    return items
