"""db/'s fixed texts in the window's language: the one place the window translates them.

db/ marks its texts with ``db.words.said`` (Chinese, with placeholders); the English
catalogue translates them in the context "db". ``db_text`` shows one (a message, a label, a
choice); ``error_text`` the message of an error db/ raised. Data (what the office typed) has
no entry and comes back as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from db.words import Said
from db.words import SaidList

CONTEXT = "db"


def db_text(text: str) -> str:
    """``text`` in the window's language: a ``said`` template translated with its values put
    back (each itself translated when db/ marked it), any other text looked up whole."""
    if not text:
        return text
    if isinstance(text, SaidList):
        return db_text(text.separator).join(db_text(word) for word in text.words)
    if isinstance(text, Said):
        values = {
            k: db_text(v) if isinstance(v, (Said, SaidList)) else v for k, v in text.values.items()
        }
        return QCoreApplication.translate(CONTEXT, text.template).format(**values)
    return QCoreApplication.translate(CONTEXT, text)


def said_items(words: Iterable[str]) -> list[tuple[str, str]]:
    """(shown, stored) pairs of a fixed list of db words, for a combo box."""
    return [(db_text(word), word) for word in words]


def joined(items: Iterable[str]) -> str:
    """``items`` listed in a sentence the window's way: “a、b、c” in Chinese, “a, b, c” in
    English (db's separator ``said("、")``, translated)."""
    return QCoreApplication.translate(CONTEXT, "、").join(items)


def shown_words(stored: str) -> str:
    """A stored list of db's fixed words (``学校、幼儿园``, a rule's value) in the window's
    language, word by word (“School, Kindergarten”); a word of the office's own stays as
    written."""
    return joined(db_text(word.strip()) for word in stored.split("、") if word.strip())


def stored_words(typed: str, known: Iterable[str]) -> str:
    """The list the clerk typed in the window's language, as db stores it: each word shown as
    one of ``known`` (db's fixed words) back to that word, others as typed, joined with
    ``、``. Commas (either width) and ``、`` all separate words."""
    back = {db_text(word).casefold(): word for word in known}
    words = [w.strip() for w in typed.replace("，", "、").replace(",", "、").split("、")]
    return "、".join(back.get(w.casefold(), w) for w in words if w)


def error_text(exc: BaseException) -> str:
    """What the clerk reads for ``exc``: a ValidationError's messages, or the error's own."""
    problems = getattr(exc, "problems", None)
    if isinstance(problems, dict) and problems:
        return "；".join(db_text(message) for message in problems.values())
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return db_text(exc.args[0])
    return str(exc)


def shown(value: object) -> str:
    """The widgets' hook (``widgets.shown``): a text or an error as the clerk reads it."""
    if isinstance(value, BaseException):
        return error_text(value)
    return db_text(value) if isinstance(value, str) else str(value)


__all__ = [
    "CONTEXT",
    "db_text",
    "error_text",
    "joined",
    "said_items",
    "shown",
    "shown_words",
    "stored_words",
]
