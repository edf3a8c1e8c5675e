"""The facade's rules on a dated record (a leave, an alert period), placed on the row's cells."""

from __future__ import annotations

from collections.abc import Mapping

from db.xlsx.context import ImportContext
from db.xlsx.reader import Row
from db.xlsx.registers.common import check_fields


def check_dated(
    ctx: ImportContext, row: Row, problems: Mapping[str, str], keys: Mapping[str, str] | None = None
) -> None:
    """:func:`check_fields` for a record from 开始日期 to 结束日期, whose date range the facade
    words on ``end``: while either date cell did not parse, that cell has its problem already,
    so the range's finding is left out."""
    dated = row.ok("start") and row.ok("end")
    check_fields(ctx, row, {k: v for k, v in problems.items() if dated or k != "end"}, keys)
