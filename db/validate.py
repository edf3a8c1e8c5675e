"""Field rules shared by the forms, the importer and the command line."""

from __future__ import annotations

import datetime as dt
import re

PHONE = re.compile(r"^[0-9０-９+\-－ ()（）转]{3,40}$")


def required(value: str, label: str, limit: int = 40) -> str | None:
    text = (value or "").strip()
    if not text:
        return f"请填写{label}"
    if len(text) > limit:
        return f"{label}不能超过{limit}个字"
    return None


def phone(value: str) -> str | None:
    text = (value or "").strip()
    if text and not PHONE.match(text):
        return "电话只能包含数字、空格、+、-，例如 13800000000 或 023-45678901"
    return None


def date_range(start: dt.date | None, end: dt.date | None) -> str | None:
    if start is None or end is None:
        return "请填写开始和结束日期"
    if end < start:
        return "结束日期不能早于开始日期"
    return None
