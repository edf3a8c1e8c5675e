"""Written shift handovers (值班交接班记录)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from db import validate
from db.duty.common import Store
from db.duty.data import HandoverData
from db.duty.models import Handover
from db.errors import refuse
from db.words import said


class Handovers(Store):
    """Handover records, one per shift."""

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
        if msg := validate.required(data.handed_by, said("交班人")):
            problems["handed_by"] = msg
        if msg := validate.required(data.received_by, said("接班人")):
            problems["received_by"] = msg
        refuse(problems)
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
