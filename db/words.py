"""The program's own fixed texts in db/, marked so the window can show them in its language.

db/ stays Chinese and Qt-free: the command line, the PDFs and the spreadsheets read these
texts as they are. A text the window shows (a field's label, a validation message, a role's
name) is written ``said("请填写{label}", label=label)``: it *is* the Chinese sentence (a
``str``), and it keeps its template and values so that the window
(``desktop.common.words.db_text``) can translate the template in the "db" context of
resources/i18n and put the values back in. A value that is itself ``said(...)`` is translated
too; any other value is data (a name, a code) and is shown as typed.
A list of fixed words (the allowed choices of a field) is ``said_list(words)``: the words
joined with “、”, each translated and joined the window's way.
``python bench/translations.py`` collects every ``said("…")`` of db/ into the catalogues.
"""

from __future__ import annotations

from collections.abc import Iterable


class Said(str):
    """A fixed text of db/: the Chinese sentence, with its ``template`` and ``values``."""

    template: str
    values: dict[str, object]


def said(template: str, /, **values: object) -> str:
    """``template`` with ``values`` put in (``{name}`` placeholders), marked for translation."""
    text = Said(template.format(**values) if values else template)
    text.template = template
    text.values = values
    return text


class SaidList(str):
    """Fixed words of db/ joined with “、”, with the ``words`` kept to translate one by one."""

    words: tuple[str, ...]
    separator: str


def said_list(words: Iterable[str], separator: str = "、") -> str:
    """``words`` joined with ``separator`` (“、”), marked so the window shows each translated."""
    items = tuple(words)
    text = SaidList(separator.join(items))
    text.words = items
    text.separator = said("、") if separator == "、" else separator
    return text


def stored(value: str) -> str:
    """A value read back from the records (a change's old or new value): shown translated
    when it is one of db's fixed words (a status such as 在用, a type), else as typed."""
    if isinstance(value, (Said, SaidList)):
        return value
    return said_list((value,), "")


__all__ = ["Said", "SaidList", "said", "said_list", "stored"]
