"""Reading the office's words: every column that names a vocabulary gets its canonical value.

Runs inside the import's transaction, before the register's own check. An unknown word of a rule
vocabulary is a problem on its cell that suggests the closest values; a new word of an office
list is accepted, added to the list in the same transaction and reported once as a notice.
"""

from __future__ import annotations

from db.vocab import Resolved
from db.vocab import TermCache
from db.vocab import Terms
from db.words import said
from db.xlsx.cells import as_text
from db.xlsx.cells import is_blank
from db.xlsx.context import ImportContext
from db.xlsx.context import WordUse
from db.xlsx.reader import Row
from db.xlsx.spec import Kind

MAPPING_HINT = "可在“设置 → 词表”中把它设为某个取值的同义词"


def apply_vocabularies(ctx: ImportContext) -> None:
    columns = [c for c in ctx.sheet.spec.columns if c.vocab and ctx.sheet.has(c.key)]
    if not columns:
        return
    cache = TermCache(ctx.session)
    added: dict[str, list[str]] = {}
    for column in columns:
        assert column.vocab is not None
        terms = cache[column.vocab]
        yesno = column.kind is Kind.YESNO
        memo: dict[str, Resolved] = {}  # a column repeats few words: each resolved once
        for row in ctx.rows:
            if yesno:  # parsed by the reader; only words it did not know come here
                if column.key in row.bad:
                    _office_yesno(ctx, terms, row, column.key)
                continue
            if not row.ok(column.key) or is_blank(row.values.get(column.key)):
                continue
            written = as_text(row.values[column.key])
            found = memo.get(written) or terms.resolve(written)
            memo[written] = found
            seen = ctx.words.get((column.vocab, column.key, written))
            if seen is not None:
                seen.rows.append(row.number)
            elif found.value is None or found.new:
                suggestions = found.suggestions or terms.suggest(written)
                ctx.words[(column.vocab, column.key, written)] = WordUse(
                    column.vocab, column.key, written, found.new, [row.number], suggestions
                )
            if found.value is None:
                closest = (
                    f"，最接近的是：{'、'.join(found.suggestions)}" if found.suggestions else ""
                )
                ctx.problem(
                    row,
                    column.key,
                    f"“{written}”不是{terms.vocab.title}的取值{closest}"
                    f"（可选：{terms.hint()}；{MAPPING_HINT}）",
                )
                row.bad.add(column.key)
                continue
            if found.new:
                cache.add_value(column.vocab, found.value)
                added.setdefault(terms.vocab.title, []).append(found.value)
                memo[written] = Resolved(found.value)  # known from now on
            row.values[column.key] = found.value
            for key, value in found.implied.items():
                if is_blank(row.values.get(key)):
                    row.values[key] = value
                    ctx.sheet.headers.setdefault(key, ctx.sheet.spec.column(key).header)
    for title, values in added.items():
        ctx.report.notices.append(
            said("已在“{title}”中新增：{values}", title=said(title), values="、".join(values))
        )


def _office_yesno(ctx: ImportContext, terms: Terms, row: Row, key: str) -> None:
    """A yes/no cell the reader refused: the office's own word for 是 or 否 makes it good."""
    written = as_text(row.raw.get(key))
    found = terms.resolve(written)
    if found.value not in ("是", "否"):
        use = ctx.words.setdefault(
            ("yesno", key, written), WordUse("yesno", key, written, False, [], ("是", "否"))
        )
        use.rows.append(row.number)
        return
    header = ctx.sheet.header(key)
    kept = [p for p in ctx.sheet.problems if not (p.row == row.number and p.column == header)]
    ctx.sheet.problems[:] = kept
    row.bad.discard(key)
    row.values[key] = found.value == "是"
