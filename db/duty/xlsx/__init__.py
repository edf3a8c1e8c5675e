"""The duty's Excel registers: 队员名册 (members), 请假登记 (leave), 战备时段 (alert-periods) and
值班表 (duty), one module each with its columns and its check/save/export functions."""

from __future__ import annotations

from db.duty.xlsx import alerts
from db.duty.xlsx import days
from db.duty.xlsx import leave
from db.duty.xlsx import members
from db.xlsx.spec import RegisterSpec

REGISTERS: tuple[RegisterSpec, ...] = (members.SPEC, leave.SPEC, alerts.SPEC, days.SPEC)
