"""Vocabularies the office owns: what a word written in a ledger means.

A *rule* vocabulary (水源类型, 可用状态, 出入库类型 …) has fixed values because rules depend on
them; built-in and office synonyms map other words to those values, and an unknown word is an
error that suggests the closest values. An *office* vocabulary (场所类型, 职务, 物资类别 …) is a
list the office keeps: a new word is accepted and added. Office values and synonyms are rows of
:class:`db.shared_models.VocabEntry` (audited like every record); the built-in part is
``db.vocab_builtin``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import Base
from db.errors import NotFoundError
from db.errors import ValidationError
from db.errors import named
from db.shared_models import VocabEntry
from db.vocab_builtin import BY_KEY
from db.vocab_builtin import Vocabulary
from db.words import said

VALUE, SYNONYM, HIDDEN = "value", "synonym", "hidden"  # HIDDEN: a built-in value retired
MAX_LENGTH = 20
_SPACE = re.compile(r"\s+")
_EDGES = re.compile(r"^[\s。，,.;；:：、]+|[\s。，,.;；:：、]+$")


def term_key(text: str) -> str:
    """A word reduced for matching: full-width folded, no spaces or edge punctuation, lower."""
    folded = unicodedata.normalize("NFKC", str(text))
    return _SPACE.sub("", _EDGES.sub("", folded)).lower()


def vocabulary(key: str) -> Vocabulary:
    return named(BY_KEY, key, said("词表"))


@dataclass(frozen=True)
class Resolved:
    """What a written word means in one vocabulary.

    ``value`` is the canonical value (``None`` for an unknown word of a rule vocabulary);
    ``new`` is true for a word an office vocabulary does not know yet; ``implied`` holds other
    fields the word sets (“地上式消火栓” → 设置形式 地上式); ``suggestions`` the closest values.
    """

    value: str | None
    new: bool = False
    implied: dict[str, str] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()


class Terms:
    """One vocabulary with the office's entries: resolves written words to values."""

    def __init__(self, vocab: Vocabulary, entries: Iterable[VocabEntry], used: Iterable[str]):
        self.vocab = vocab
        self.values: list[str] = list(vocab.values)
        self.office_values: list[str] = []
        self.office_synonyms: dict[str, str] = {}
        self._map: dict[str, str] = {term_key(v): v for v in vocab.values}
        self._builtin_keys = set(self._map)
        for written, canonical in vocab.synonyms.items():
            self._map.setdefault(term_key(written), canonical)
        self._implied = {term_key(w): dict(f) for w, f in vocab.implies.items()}
        hidden: set[str] = set()
        for entry in entries:
            if entry.kind == VALUE:
                self._add_value(entry.canonical, office=True)
            elif entry.kind == HIDDEN:
                hidden.add(entry.canonical)
            else:
                self.office_synonyms[entry.written] = entry.canonical
                self._map[entry.written_key] = entry.canonical
        for value in used:
            if value:
                self._add_value(value)
        if hidden:  # retired built-in values: gone from the list, their words follow the merge
            self.values = [v for v in self.values if v not in hidden]
            moved = {v: self._map.get(term_key(v), v) for v in hidden}
            self._map = {k: moved.get(v, v) for k, v in self._map.items()}

    def _add_value(self, value: str, office: bool = False) -> None:
        key = term_key(value)
        if office:
            self.office_values.append(value)
        if key not in self._builtin_keys:  # the office's own value wins over a built-in synonym
            self._map[key] = value
        if value not in self.values:
            self.values.append(value)

    def resolve(self, written: str) -> Resolved:
        key = term_key(written)
        if not key:
            return Resolved(None)
        implied = self._implied.get(key, {})
        found = self._map.get(key)
        if found is not None:
            return Resolved(found, implied=dict(implied))
        if not self.vocab.rule:
            return Resolved(unicodedata.normalize("NFKC", written).strip(), new=True)
        return Resolved(None, suggestions=self.suggest(written))

    def suggest(self, written: str, count: int = 3) -> tuple[str, ...]:
        """The canonical values closest to ``written`` (by the words that mean them)."""
        key = term_key(written)
        scored: dict[str, float] = {}
        for word, canonical in self._map.items():
            ratio = difflib.SequenceMatcher(None, key, word).ratio()
            if word and (word in key or key in word):
                ratio = max(ratio, 0.6 + 0.4 * min(len(word), len(key)) / max(len(word), len(key)))
            if ratio > scored.get(canonical, 0.0):
                scored[canonical] = ratio
        best = sorted(scored.items(), key=lambda item: (-item[1], self._order(item[0])))
        return tuple(value for value, ratio in best[:count] if ratio >= 0.3)

    def _order(self, value: str) -> int:
        return self.values.index(value) if value in self.values else len(self.values)

    def hint(self) -> str:
        return "、".join(self.values)


def _entry(key: str, kind: str, written: str, canonical: str) -> VocabEntry:
    return VocabEntry(
        vocab=key, kind=kind, written=written, written_key=term_key(written), canonical=canonical
    )


def _model_for(table: str) -> Any:
    import db.schema  # noqa: F401  (every model, so any table can be found)

    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise KeyError(table)


def _used_values(session: Session, vocab: Vocabulary) -> list[str]:
    if vocab.rule:
        return []
    found: list[str] = []
    for table, column in vocab.stored_in:
        attr = getattr(_model_for(table), column)
        found += [v for v in session.scalars(select(attr).distinct().order_by(attr)) if v]
    return found


def load_terms(session: Session, key: str) -> Terms:
    vocab = vocabulary(key)
    entries = session.scalars(
        select(VocabEntry).where(VocabEntry.vocab == key).order_by(VocabEntry.id)
    )
    return Terms(vocab, list(entries), _used_values(session, vocab))


class TermCache:
    """The vocabularies one transaction reads, each loaded once."""

    def __init__(self, session: Session):
        self.session = session
        self._terms: dict[str, Terms] = {}

    def __getitem__(self, key: str) -> Terms:
        if key not in self._terms:
            self._terms[key] = load_terms(self.session, key)
        return self._terms[key]

    def add_value(self, key: str, value: str) -> None:
        """Record ``value`` as the office's own in vocabulary ``key`` (an office list)."""
        terms = self[key]
        self.session.add(_entry(key, VALUE, value, value))
        terms._add_value(value, office=True)


def add_synonym(
    session: Session, key: str, written: str, means: str, terms: Terms | None = None
) -> str:
    """Record ``written`` as the office's word for the value ``means`` in vocabulary ``key``
    (in the caller's transaction); returns that value. A word that already means something
    else, or a ``means`` that is no value, is a :class:`ValidationError`."""
    terms = terms or load_terms(session, key)
    title = terms.vocab.title
    written = unicodedata.normalize("NFKC", written).strip()
    target = terms.resolve(means)
    canonical = target.value
    if canonical is None or target.new:
        raise ValidationError({"means": f"“{means}”不是“{title}”的取值（可选：{terms.hint()}）"})
    known = terms.resolve(written)
    if not known.new and known.value is not None:
        if known.value == canonical and term_key(written) != term_key(canonical):
            return canonical  # already understood so
        raise ValidationError(
            {"value": f"“{written}”已表示“{known.value}”，不能再表示“{canonical}”"}
        )
    session.add(_entry(key, SYNONYM, written, canonical))
    terms._map[term_key(written)] = canonical
    return canonical


@dataclass(frozen=True)
class VocabRow:
    """One line of ``vocab list``: a value or a synonym, and where it comes from."""

    vocab: str
    title: str
    kind: str  # 取值 / 同义词
    written: str
    canonical: str
    origin: str  # 内置 / 本单位 / 记录中


class Vocab:
    """The facade: list, add, rename and merge the office's vocabularies."""

    def __init__(self, database: Any):
        self.db = database

    def terms(self, key: str) -> Terms:
        with self.db.read() as s:
            return load_terms(s, key)

    def rows(self, key: str) -> list[VocabRow]:
        vocab = vocabulary(key)
        terms = self.terms(key)
        office = set(terms.office_values)
        rows = []
        for value in terms.values:
            origin = (
                said("内置")
                if value in vocab.values
                else said("本单位")
                if value in office
                else said("记录中")
            )
            rows.append(VocabRow(key, vocab.title, said("取值"), value, value, origin))
        for written, canonical in vocab.synonyms.items():
            rows.append(
                VocabRow(key, vocab.title, said("同义词"), written, canonical, said("内置"))
            )
        for written, canonical in terms.office_synonyms.items():
            rows.append(
                VocabRow(key, vocab.title, said("同义词"), written, canonical, said("本单位"))
            )
        return rows

    def add(self, key: str, written: str, means: str | None = None) -> VocabRow:
        """Add a value to an office list, or (``means``) a synonym for an existing value."""
        vocab = vocabulary(key)
        written = unicodedata.normalize("NFKC", written).strip()
        if not written:
            raise ValidationError({"value": "请填写词语"})
        if len(written) > MAX_LENGTH:
            raise ValidationError({"value": f"词语最多 {MAX_LENGTH} 字"})
        with self.db.transaction() as s:
            terms = load_terms(s, key)
            known = terms.resolve(written)
            if means is None:
                if vocab.rule:
                    raise ValidationError(
                        {
                            "value": f"“{vocab.title}”的取值是固定的（{terms.hint()}），"
                            "只能添加同义词：请指明它的意思"
                        }
                    )
                if not known.new:
                    raise ValidationError({"value": f"“{written}”已在“{vocab.title}”中"})
                s.add(_entry(key, VALUE, written, written))
                return VocabRow(key, vocab.title, said("取值"), written, written, said("本单位"))
            canonical = add_synonym(s, key, written, means, terms)
            return VocabRow(key, vocab.title, said("同义词"), written, canonical, said("本单位"))

    def remove(self, key: str, written: str) -> None:
        """Remove the office's own value or synonym ``written`` (records keep their text)."""
        with self.db.transaction() as s:
            entry = s.scalars(
                select(VocabEntry).where(
                    VocabEntry.vocab == key, VocabEntry.written_key == term_key(written)
                )
            ).first()
            if entry is None:
                raise NotFoundError(f"本单位没有添加过“{written}”")
            s.delete(entry)

    def rename(self, key: str, old: str, new: str) -> int:
        """Rename a value of an office list; every record holding it follows. Returns their
        number. The old word stays understood as a synonym of the new one."""
        return self._rewrite(key, old, new, rename=True)

    def merge(self, key: str, source: str, target: str) -> int:
        """Merge value ``source`` into ``target``: records move over, ``source`` becomes a
        synonym of ``target``. Returns the number of records changed."""
        return self._rewrite(key, source, target, rename=False)

    def _rewrite(self, key: str, old: str, new: str, rename: bool) -> int:
        vocab = vocabulary(key)
        if vocab.rule:
            raise ValidationError({"value": f"“{vocab.title}”的取值是固定的，不能改名或合并"})
        new = unicodedata.normalize("NFKC", new).strip()
        if not new or len(new) > MAX_LENGTH:
            raise ValidationError({"new": f"新名称应为 1 到 {MAX_LENGTH} 字"})
        with self.db.transaction() as s:
            terms = load_terms(s, key)
            if old not in terms.values:
                raise ValidationError({"value": f"“{vocab.title}”中没有“{old}”"})
            if rename and new in terms.values:
                raise ValidationError({"new": f"“{new}”已存在，要合并请用“合并”"})
            if not rename and new not in terms.values:
                raise ValidationError({"new": f"“{vocab.title}”中没有“{new}”"})
            if old == new:
                return 0
            changed = 0
            for table, column in vocab.stored_in:
                model = _model_for(table)
                attr = getattr(model, column)
                for record in s.scalars(select(model).where(attr == old)):
                    setattr(record, column, new)
                    changed += 1
            for entry in s.scalars(select(VocabEntry).where(VocabEntry.vocab == key)):
                if entry.kind == VALUE and entry.canonical == old:
                    s.delete(entry)
                elif entry.canonical == old:
                    entry.canonical = new
            s.flush()
            if rename and new not in terms.office_values and new not in vocab.values:
                s.add(_entry(key, VALUE, new, new))
            if old in vocab.values:  # a built-in value: retired from the list
                s.add(_entry(key, HIDDEN, old, old))
            if term_key(old) != term_key(new):
                s.add(_entry(key, SYNONYM, old, new))
            return changed


def vocab_keys() -> list[str]:
    return list(BY_KEY)
