"""Field rules shared by the forms, the importer and the command line."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from db.words import said
from db.words import said_list

PHONE_CHARS = re.compile(r"^[0-9０-９+\-－ ()（）转]*$")
PHONE_MIN, PHONE_MAX = 3, 40
PHONE_EXAMPLE = said("例如 13800000000 或 023-45678901")


def required(value: str, label: str, limit: int = 40) -> str | None:
    text = (value or "").strip()
    if not text:
        return said("请填写{label}", label=label)
    if len(text) > limit:
        return said("{label}不能超过{limit}个字", label=label, limit=limit)
    return None


def choice(value: str, allowed: Iterable[str], label: str) -> str | None:
    """A problem when ``value`` is not one of ``allowed`` (named in the message)."""
    options = tuple(allowed)
    if value not in options:
        return said("{label}只能是：{options}", label=label, options=said_list(options))
    return None


#: A check line nobody has answered yet (the window's check forms start so) and the answer
#: for an item the inspector did not check; a check is saved only with every line answered.
UNANSWERED = ""
NOT_CHECKED = said("未检")


def unanswered_problem(lines: Sequence[Any]) -> tuple[int, str] | None:
    """The first line of ``lines`` (each with ``text`` and ``outcome``) left unanswered and
    one sentence naming them all, or None when every line is answered."""
    left = [n for n, line in enumerate(lines) if line.outcome == UNANSWERED]
    if not left:
        return None
    named = "、".join(f"“{lines[n].text}”" for n in left[:3])
    if len(left) > 3:
        named = said("{items} 等", items=named)
    return left[0], said(
        "还有 {count} 项没有填写结果：{items}（没有检查的项请选“{not_checked}”）",
        count=len(left),
        items=named,
        not_checked=NOT_CHECKED,
    )


def phone_problem(value: str | None) -> str | None:
    """Why ``value`` is not a usable phone number (to follow "电话"), or None; blank is fine."""
    text = (value or "").strip()
    if not text:
        return None
    if not PHONE_CHARS.match(text):
        return said("只能包含数字、空格、+、-")
    if len(text) < PHONE_MIN:
        return said("太短，至少 {count} 位", count=PHONE_MIN)
    if len(text) > PHONE_MAX:
        return said("不能超过 {count} 个字", count=PHONE_MAX)
    return None


def phone(value: str) -> str | None:
    problem = phone_problem(value)
    return (
        said("电话{problem}，{example}", problem=problem, example=PHONE_EXAMPLE)
        if problem
        else None
    )


def not_future(day: dt.date | None, label: str) -> str | None:
    """The refusal ``label``不能晚于今天 when ``day`` is after today (None: no refusal)."""
    if day is not None and day > dt.date.today():
        return said("{label}不能晚于今天", label=label)
    return None


def date_range(start: dt.date | None, end: dt.date | None) -> str | None:
    if start is None or end is None:
        return said("请填写开始和结束日期")
    if end < start:
        return said("结束日期不能早于开始日期")
    return None


def match_key(text: str | None) -> str:
    """A code or name as imports match it: full-width forms plain, no spaces, upper case
    (“ｓｄ 001” and “SD001” are the same key)."""
    return "".join(unicodedata.normalize("NFKC", text or "").split()).upper()


def same_key(text: str, others: Iterable[str], key: Callable[[str], str] = match_key) -> str | None:
    """The first of ``others`` that ``key`` makes equal to ``text`` (a record being brought
    back would be its twin), or None."""
    wanted = key(text)
    return next((other for other in others if key(other) == wanted), None)


_PLATE_MARKS = re.compile(r"[\s·•・‧∙⋅.\-_]")
_PLATE = re.compile(r"([\u4e00-\u9fff])([A-Z])([A-Z0-9]{4,6})([\u4e00-\u9fff]{0,2})")


def normalize_plate(text: str | None) -> str:
    """A plate number in one canonical form, “渝A·12345”, however it was written
    (渝A12345, 渝A·12345, 渝Ａ１２３４５, “渝A 12345”, 渝a12345); 应急/挂 suffixes kept.
    Text that is not a civil plate comes back without spaces or dots, upper-cased."""
    compact = _PLATE_MARKS.sub("", unicodedata.normalize("NFKC", text or "").strip()).upper()
    match = _PLATE.fullmatch(compact)
    if not match:
        return compact
    province, letter, serial, suffix = match.groups()
    return f"{province}{letter}·{serial}{suffix}"


def parse_float(text: str, label: str) -> tuple[float | None, str | None]:
    """``("105.9", 经度)`` → ``(105.9, None)``; blank → ``(None, None)``; else a message."""
    text = text.strip().replace("，", ".").replace("。", ".")
    if not text:
        return None, None
    try:
        return float(text), None
    except ValueError:
        return None, said("{label}请填写数字，例如 105.93", label=label)


def parse_position(values: Mapping[str, Any]) -> tuple[float | None, float | None, dict[str, str]]:
    """A form's typed ``lon`` and ``lat`` as numbers (blank → ``None``), and a message for
    each that is not a number: ``(lon, lat, {field: message})``."""
    problems: dict[str, str] = {}
    found: dict[str, float | None] = {}
    for key, label in (("lon", said("经度")), ("lat", said("纬度"))):
        found[key], message = parse_float(values[key], label)
        if message:
            problems[key] = message
    return found["lon"], found["lat"], problems


def found(**checks: str | None) -> dict[str, str]:
    """``{field: message}`` for the checks that failed, in the order given:
    ``found(name=required(data.name, "名称", 80), type=choice(data.type, TYPES, "类型"))``."""
    return {name: message for name, message in checks.items() if message}
