"""Months cells: “12-2”, “12月至次年2月”, “1、2、3月”, “全年” read as a set of month numbers."""

from __future__ import annotations

import re
from typing import Any

from db.words import said
from db.xlsx.cells import CellError
from db.xlsx.cells import as_text
from db.xlsx.cells import cn_numbers
from db.xlsx.cells import is_blank
from db.xlsx.cells import nfkc

_SPACE = re.compile(r"\s+")

MONTHS_HINT = "请写成 12-2、12月至次年2月 或 1、2、3月 的形式"

ALL_YEAR = {"全年", "全年度", "全年各月", "每月", "常年"}
NO_MONTHS = {"无", "没有"}
_MONTH_PART = re.compile(r"(\d{1,2})月?(?:-(\d{1,2})月?)?")
_MONTH_RANGE = re.compile(r"至|到|~|—|–|-")
_MONTH_NEXT_YEAR = re.compile(r"次年|翌年|来年|第二年|下年")
_MONTH_SPLIT = re.compile(r"[,、;]+|和|及")


def parse_months(value: Any) -> set[int]:
    """The months (1–12) a cell names: “12-2”, “12月-2月”, “12月至2月”, “11月至次年3月”,
    “十二月至二月”, “1、2、3月”, “1,2,3”, “1-3月”, full-width digits and spaces too; a range
    runs across the new year when it ends before it starts. “全年” is all twelve, blank or
    “无” none. Anything else is a :class:`CellError` with a hint."""
    if is_blank(value):
        return set()
    written = as_text(value)
    text = _SPACE.sub("", nfkc(written)).replace("月份", "月")
    text = text.removeprefix("每年")
    if text in ALL_YEAR:
        return set(range(1, 13))
    if text in NO_MONTHS:
        return set()
    text = _MONTH_NEXT_YEAR.sub("", cn_numbers(text))
    text = _MONTH_RANGE.sub("-", text)
    months: set[int] = set()
    for part in _MONTH_SPLIT.split(text):
        if not part:
            continue
        match = _MONTH_PART.fullmatch(part)
        if not match:
            raise CellError(
                said("无法识别的月份“{written}”，{hint}", written=written, hint=said(MONTHS_HINT))
            )
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        if not (1 <= first <= 12 and 1 <= last <= 12):
            raise CellError(
                said(
                    "月份“{written}”应在 1 到 12 之间，{hint}",
                    written=written,
                    hint=said(MONTHS_HINT),
                )
            )
        month = first
        months.add(month)
        while month != last:
            month = month % 12 + 1
            months.add(month)
    if not months:
        raise CellError(
            said("无法识别的月份“{written}”，{hint}", written=written, hint=said(MONTHS_HINT))
        )
    return months
