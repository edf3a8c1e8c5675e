"""The duty call log (接·报·传·跟), read by date or by shift."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from db import validate
from db.duty.common import Store
from db.duty.data import CallData
from db.duty.models import CallLog
from db.errors import refuse
from db.settings import OfficeSettings

CALL_GONE = "这条来电记录已被删除"


class Calls(OfficeSettings, Store):
    """The call log, and the shift (from the settings' shift start) a call falls in."""

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
        refuse(self.validate_call(data))
        return self._store(
            CallLog,
            data,
            ("at", "caller_unit", "caller_name", "phone", "content", "action", "reported_to"),
            CALL_GONE,
        )

    def delete_call(self, call_id: int, version: int | None) -> None:
        """Delete a call-log entry read at ``version``."""
        self._delete(CallLog, call_id, version, CALL_GONE)
