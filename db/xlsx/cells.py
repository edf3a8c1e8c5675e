"""Turning what people type into Excel cells into values, and back.

Every parser returns the value or raises :class:`CellError` with a Chinese message.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from db.xlsx.spec import Column, Kind


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; the message is for the user."""


def nfkc(text: str) -> str:
    """Full-width digits, letters and punctuation to their plain forms."""
    return unicodedata.normalize("NFKC", text)


_SPACE = re.compile(r"\s+")
_MARKS = re.compile(r"^\*+|\*+$|^\(必填\)|\(必填\)$|:$")


def header_key(text: Any) -> str:
    """A header cell reduced for matching: no spaces, full-width folded, no ``*``/（必填）."""
    if text is None:
        return ""
    folded = _SPACE.sub("", nfkc(str(text))).lower()
    return _MARKS.sub("", folded)


def name_key(name: str) -> str:
    """A person's name reduced for matching ("张 三" and "张三" are the same person)."""
    return _SPACE.sub("", nfkc(name))


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: Any) -> str:
    """A cell as text: whole numbers lose their ``.0``, dates become yyyy-mm-dd."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_TIME = re.compile(r"(?:\s+|(?<=日))\d{1,2}:\d{2}(?::\d{2})?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
EXCEL_EPOCH = dt.date(1899, 12, 30)
DATE_HINT = "请写成 2024-02-10 或 2024年2月10日 的形式"


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        if 20000 <= number < 80000:  # an Excel serial day number without a date format
            return EXCEL_EPOCH + dt.timedelta(days=int(number))
        value = as_text(value)
    text = _SPACE.sub("", _TIME.sub("", nfkc(str(value)).strip()))
    match = _DATE.match(text) or _COMPACT.match(text)
    if not match:
        raise CellError(f"无法识别的日期“{as_text(value)}”，{DATE_HINT}")
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(f"日期“{as_text(value)}”不存在，{DATE_HINT}") from None


YES = {"是", "y", "yes", "√", "✓", "✔", "☑", "1", "true", "有", "对", "能", "可"}
NO = {"否", "n", "no", "×", "✗", "✘", "x", "0", "false", "无", "不", "不是", "不能", "不可"}


def parse_yesno(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if is_blank(value):
        return False
    text = _SPACE.sub("", nfkc(as_text(value))).lower()
    if text in YES:
        return True
    if text in NO:
        return False
    raise CellError(f"“{as_text(value)}”不是 是/否（可填 是、否、√、×、Y、N，空白表示否）")


def parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError(f"“{as_text(value)}”不是整数")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = _SPACE.sub("", nfkc(as_text(value)))
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    raise CellError(f"“{as_text(value)}”不是整数")


def parse_float(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = _SPACE.sub("", nfkc(as_text(value)))
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", text):
        return float(text)
    raise CellError(f"“{as_text(value)}”不是数字")


_NAME_SPLIT = re.compile(r"\s*[、,，;；/\n]+\s*")


def parse_names(value: Any) -> list[str]:
    text = nfkc(as_text(value)).replace("\r", "\n")
    return [part.strip() for part in _NAME_SPLIT.split(text) if part.strip()]


def parse_choice(value: Any, column: Column) -> str:
    text = _SPACE.sub("", nfkc(as_text(value)))
    for choice in column.choices:
        if _SPACE.sub("", nfkc(choice)) == text:
            return choice
    raise CellError(f"“{as_text(value)}”不在可选值中（{'、'.join(column.choices)}）")


def parse_cell(value: Any, column: Column) -> Any:
    """The value of one cell for its column; blank gives ``None`` (``False`` for yes/no)."""
    if column.kind is Kind.YESNO:
        return parse_yesno(value)
    if is_blank(value):
        return [] if column.kind is Kind.NAMES else None
    kind = column.kind
    if kind is Kind.DATE:
        return parse_date(value)
    if kind is Kind.INT:
        return parse_int(value)
    if kind is Kind.FLOAT:
        return parse_float(value)
    if kind is Kind.NAMES:
        return parse_names(value)
    if kind is Kind.CHOICE:
        return parse_choice(value, column)
    text = as_text(value)
    if column.max_length is not None and len(text) > column.max_length:
        raise CellError(f"内容过长（{len(text)} 字），最多 {column.max_length} 字")
    return text


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: CJK and full-width characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
