"""Turning what people type into Excel cells into values, and back.

Every parser returns the value or raises :class:`CellError` with a Chinese message.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Collection
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from db import validate
from db.words import said
from db.words import said_list
from db.xlsx.spec import Column
from db.xlsx.spec import Kind


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; the message is for the user.
    ``solved_by``: the import option that would let it be read (see ``Problem``)."""

    def __init__(self, message: str, solved_by: str = ""):
        super().__init__(message)
        self.solved_by = solved_by

    @property
    def message(self) -> str:
        """The message as raised (a ``said`` text keeps its template for the window)."""
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


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
    return value is None or (value.__class__ is str and not value.strip())


def as_text(value: Any) -> str:
    """A cell as text: whole numbers lose their ``.0``, dates become yyyy-mm-dd."""
    if value.__class__ is str:  # most cells: checked first
        return value.strip()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?$")
_YEARLESS = re.compile(r"^(\d{1,2})(?:[-/]|月)(\d{1,2})[日号]?$")
_TIME = re.compile(r"(?:\s+|(?<=[日号]))\d{1,2}:\d{2}(?::\d{2})?$")
_WEEKDAY = re.compile(r"\(?\s*(?:星期|周|礼拜)\s*([一二三四五六日天七])\s*\)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
EXCEL_EPOCH = dt.date(1899, 12, 30)
DATE_HINT = "请写成 2024-02-10 或 2024年2月10日 的形式"
WEEKDAYS = "一二三四五六日"
_WEEKDAY_NAMES = (
    said("星期一"),
    said("星期二"),
    said("星期三"),
    said("星期四"),
    said("星期五"),
    said("星期六"),
    said("星期日"),
)
YEARLESS = (
    "日期“{written}”没有年份：请写成{year}年{month}月{day}日，"
    "或在标题/工作表名中写明年份，或导入时指定月份"
)
_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9})
_CN_NUMBER = re.compile(r"[〇零一二两三四五六七八九十]+(?=[年月日号])")


def _cn_number(text: str) -> str:
    """二〇二七 → 2027, 十二 → 12, 三十一 → 31 (digits read one by one without 十)."""
    if "十" not in text:
        return "".join(str(_CN_DIGITS[c]) for c in text)
    head, _, tail = text.partition("十")
    if len(head) > 1 or len(tail) > 1 or "十" in tail:
        return text
    tens = _CN_DIGITS.get(head, 1) if head else 1
    return str(tens * 10 + (_CN_DIGITS.get(tail, 0) if tail else 0))


def cn_numbers(text: str) -> str:
    """Chinese numerals before 年/月/日/号 as digits: 二月一日 → 2月1日."""
    return _CN_NUMBER.sub(lambda m: _cn_number(m.group()), text)


@dataclass(frozen=True)
class DateContext:
    """Where a date written without its year (“2月1日”) takes its year from.

    ``month`` is set when the context is a month (a roster for 2027-02): a date more than six
    months before it falls in the next year, more than six after it in the year before
    (a December roster running into January, a January one starting on 12月31日).
    ``source`` says where the year was found, for the notice the clerk reads.
    """

    year: int
    month: int | None = None
    source: str = ""

    def year_for(self, month: int) -> int:
        if self.month is None:
            return self.year
        if month - self.month < -6:
            return self.year + 1
        if month - self.month > 6:
            return self.year - 1
        return self.year


_CONTEXT_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})(?!\d)")
_CONTEXT_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年|[-./])\s*(\d{1,2})(?!\d)")
_CONTEXT_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(?!\d)")
_CONTEXT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def date_context(text: Any, source: str) -> DateContext | None:
    """The year (and month) a sheet name or title names: “2027年2月”, “2027.2”, “202702”,
    “高楼镇2027年度…”, “2026—2027年度今冬明春” (Nov–Dec in 2026, Jan on in 2027)."""
    if not isinstance(text, str) or not text.strip():
        return None
    folded = cn_numbers(nfkc(text))
    if match := _CONTEXT_RANGE.search(folded):
        first, second = int(match.group(1)), int(match.group(2))
        if second == first + 1:
            return DateContext(second, 1, source)
    for match in _CONTEXT_MONTH.finditer(folded):
        if 1 <= int(match.group(2)) <= 12:
            return DateContext(int(match.group(1)), int(match.group(2)), source)
    if match := _CONTEXT_COMPACT.search(folded):
        return DateContext(int(match.group(1)), int(match.group(2)), source)
    if match := _CONTEXT_YEAR.search(folded):
        return DateContext(int(match.group(1)), None, source)
    return None


_MONTH_ARG = re.compile(r"^((?:19|20)\d{2})(?:\s*[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))$")
MONTH_ARG_HINT = "月份“{written}”应写成 2027-02 的形式（年-月）"


def month_context(text: str) -> DateContext:
    """The month a caller names (command line ``--month 2027-02``), as a date context."""
    folded = nfkc(str(text)).strip()
    match = _MONTH_ARG.match(folded)
    month = int(match.group(2) or match.group(3)) if match else 0
    if not match or not 1 <= month <= 12:
        raise CellError(said(MONTH_ARG_HINT, written=text))
    year = int(match.group(1))
    return DateContext(year, month, said("导入时指定的月份“{month}”", month=f"{year}-{month:02d}"))


def _date_text(value: Any) -> tuple[str, int | None]:
    """A written date reduced for matching, and the weekday written after it (0 = 星期一)."""
    text = nfkc(str(value)).strip()
    weekday = None
    if match := _WEEKDAY.search(text):
        weekday = "一二三四五六日天七".index(match.group(1))
        weekday = min(weekday, 6)
        text = text[: match.start()].strip()
    return cn_numbers(_SPACE.sub("", _TIME.sub("", text))), weekday


def written_without_year(value: Any) -> bool:
    """The cell is a date written as month and day only (“2月1日”, “2-1”, “2/1”)."""
    return isinstance(value, str) and bool(_YEARLESS.match(_date_text(value)[0]))


def parse_date(value: Any, context: DateContext | None = None) -> dt.date:
    """A date cell; one written without its year takes it from ``context`` (or is refused
    with a message asking for the year)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        if 20000 <= number < 80000:  # an Excel serial day number without a date format
            return EXCEL_EPOCH + dt.timedelta(days=int(number))
        value = as_text(value)
    written = as_text(value)
    text, weekday = _date_text(value)
    match = _DATE.match(text) or _COMPACT.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        where = ""
    elif short := _YEARLESS.match(text):
        month, day = int(short.group(1)), int(short.group(2))
        if context is None:
            year = dt.date.today().year
            raise CellError(
                said(YEARLESS, written=written, year=year, month=month, day=day), "month"
            )
        year = context.year_for(month) if 1 <= month <= 12 else context.year
        where = (
            said("（按{source}取 {year} 年）", source=context.source, year=year)
            if context.source
            else ""
        )
    else:
        raise CellError(
            said("无法识别的日期“{written}”，{hint}", written=written, hint=said(DATE_HINT))
        )
    try:
        day_ = dt.date(year, month, day)
    except ValueError:
        raise CellError(
            said(
                "日期“{written}”不存在{where}，{hint}",
                written=written,
                where=where,
                hint=said(DATE_HINT),
            )
        ) from None
    if weekday is not None and day_.weekday() != weekday:
        raise CellError(
            said(
                "日期“{written}”：{year}年{month}月{day}日是{actual}，不是{weekday}{where}，"
                "请核对日期和年份",
                written=written,
                year=day_.year,
                month=day_.month,
                day=day_.day,
                actual=said(_WEEKDAY_NAMES[day_.weekday()]),
                weekday=said(_WEEKDAY_NAMES[weekday]),
                where=where,
            )
        )
    return day_


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
    raise CellError(
        said("“{value}”不是 是/否（可填 是、否、√、×、Y、N，空白表示否）", value=as_text(value))
    )


_INT = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")


def _number_text(value: Any, pattern: re.Pattern[str], refusal: str) -> str:
    """The cell's text as ``pattern`` reads a number, full-width digits and spaces inside
    (１ ２００) allowed; otherwise :class:`CellError` “<the cell>”<refusal>."""
    text = as_text(value)
    if not pattern.fullmatch(text):
        text = _SPACE.sub("", nfkc(text))
    if pattern.fullmatch(text):
        return text
    raise CellError(said("“{value}”{refusal}", value=as_text(value), refusal=refusal))


def parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError(said("“{value}”{refusal}", value=as_text(value), refusal=said("不是整数")))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return int(_number_text(value, _INT, said("不是整数")))


def parse_float(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return float(_number_text(value, _FLOAT, said("不是数字")))


_NAME_SPLIT = re.compile(r"\s*[、,，;；/\n]+\s*")


def parse_names(value: Any) -> list[str]:
    """Names in a cell split on 、，,;；/ and new lines (not on spaces: “李  明” stays one)."""
    text = nfkc(as_text(value)).replace("\r", "\n")
    return [part.strip() for part in _NAME_SPLIT.split(text) if part.strip()]


@dataclass(frozen=True)
class NameEntry:
    """One person named in a cell: the name, the phone written after it, and which piece of
    the cell (between 、，,;；/ or new lines) it came from."""

    name: str
    phone: str | None = None
    group: int = 0


_NAME_GROUPS = re.compile(r"[、,;/\n\r\t]+")  # after NFKC: ，→ ,  ；→ ;  ／→ /
_PHONE = re.compile(r"\+?\d(?:[\d-]| (?=\d))*\d")
_PHONE_LEAD = re.compile(r"(?:\s|[(:]|联系电话|联系方式|电话|手机号码|手机号|手机|tel)*$", re.I)
_PHONE_TAIL = re.compile(r"\s*\)")
PHONE_MIN_DIGITS = 7


def split_names(value: Any) -> list[NameEntry]:
    """The people named in a cell: split on 、，,;；/ new lines and spaces; a phone number
    after a name (“李德华 18925371803”, “李德华(18925371803)”, “李德华：189-2537-1803”)
    goes with that name. A phone with no name before it is a :class:`CellError`.

    Spaces split too, so a padded two-character name (“李  明”) comes out as two parts:
    :func:`join_known_names` puts it back together against the names on record.
    """
    if is_blank(value):
        return []
    entries: list[NameEntry] = []
    text = nfkc(as_text(value))
    for group, chunk in enumerate(c for c in _NAME_GROUPS.split(text) if c.strip()):
        pos = 0
        for match in _PHONE.finditer(chunk):
            phone = match.group()
            if sum(c.isdigit() for c in phone) < PHONE_MIN_DIGITS:
                continue
            before = _PHONE_LEAD.sub("", chunk[pos : match.start()])
            entries.extend(NameEntry(n, None, group) for n in before.split())
            if not entries or entries[-1].phone is not None:
                raise CellError(said("电话“{phone}”前面没有姓名，请写成“姓名 电话”", phone=phone))
            entries[-1] = NameEntry(entries[-1].name, phone, entries[-1].group)
            pos = match.end()
            if tail := _PHONE_TAIL.match(chunk, pos):
                pos = tail.end()
        entries.extend(NameEntry(n, None, group) for n in chunk[pos:].split())
    return entries


def join_known_names(
    entries: Sequence[NameEntry], known: Collection[str], longest: int = 4
) -> list[NameEntry]:
    """Put back names that padding split (“李  明” → “李明”): up to ``longest`` neighbouring
    parts from the same piece of the cell, none but the last with a phone, are joined when
    the joined name is in ``known`` (names as :func:`name_key` gives them) and at least one
    of the parts is not a known name on its own. Two known names side by side
    (“张三 李四”) stay two people; an unknown part stays as written, for the caller to report.
    """
    out: list[NameEntry] = []
    index = 0
    while index < len(entries):
        size = 1
        for n in range(min(longest, len(entries) - index), 1, -1):
            run = entries[index : index + n]
            if any(e.group != run[0].group for e in run) or any(e.phone for e in run[:-1]):
                continue
            joined = name_key("".join(e.name for e in run))
            if joined in known and not all(name_key(e.name) in known for e in run):
                size = n
                break
        run = entries[index : index + size]
        if size == 1:
            out.append(run[0])
        else:
            out.append(NameEntry("".join(e.name for e in run), run[-1].phone, run[0].group))
        index += size
    return out


def names_in_cell(value: Any, known: Collection[str]) -> list[NameEntry]:
    """:func:`split_names`, then :func:`join_known_names` against ``known``."""
    return join_known_names(split_names(value), known)


# ---- plates ------------------------------------------------------------------------


def normalize_plate(value: Any) -> str:
    """A plate cell in the one canonical form (see :func:`db.validate.normalize_plate`)."""
    return validate.normalize_plate("" if is_blank(value) else as_text(value))


@functools.lru_cache(maxsize=256)
def _choices(choices: tuple[str, ...]) -> dict[str, str]:
    return {_SPACE.sub("", nfkc(choice)): choice for choice in reversed(choices)}


def parse_choice(value: Any, column: Column) -> str:
    text = as_text(value)
    table = _choices(column.choices)
    found = table.get(text)
    if found is None:
        found = table.get(_SPACE.sub("", nfkc(text)))
    if found is not None:
        return found
    raise CellError(
        said(
            "“{value}”不在可选值中（{choices}）",
            value=as_text(value),
            choices=said_list(column.choices),
        )
    )


def _too_long(length: int, limit: int) -> str:
    return said("内容过长（{length} 字），最多 {limit} 字", length=length, limit=limit)


def parse_cell(value: Any, column: Column, dates: DateContext | None = None) -> Any:
    """The value of one cell for its column; blank gives ``None`` (``False`` for yes/no).
    ``dates`` gives the year to dates written without one."""
    if column.kind is Kind.TEXT:  # most columns: no other test on the way
        if value is None:
            return None
        text = as_text(value)
        if not text:
            return None
        if column.max_length is not None and len(text) > column.max_length:
            raise CellError(_too_long(len(text), column.max_length))
        return text
    if column.kind is Kind.YESNO:
        return parse_yesno(value)
    if is_blank(value):
        return [] if column.kind is Kind.NAMES else None
    kind = column.kind
    if kind is Kind.DATE:
        return parse_date(value, dates)
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
        raise CellError(_too_long(len(text), column.max_length))
    return text


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: CJK and full-width characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
