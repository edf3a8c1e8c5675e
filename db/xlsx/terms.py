"""Reading the office's words: every column that names a vocabulary gets its canonical value.

Runs inside the import's transaction, before the register's own check. An unknown word of a rule
vocabulary is a problem on its cell that suggests the closest values; a new word of an office
list is accepted, added to the list in the same transaction and reported once as a notice.
"""

from __future__ import annotations

from db.vocab import TermCache
from db.xlsx.cells import as_text, is_blank
from db.xlsx.context import ImportContext, WordUse

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
        for row in ctx.rows:
            if not row.ok(column.key) or is_blank(row.values.get(column.key)):
                continue
            written = as_text(row.values[column.key])
            found = terms.resolve(written)
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
            row.values[column.key] = found.value
            for key, value in found.implied.items():
                if is_blank(row.values.get(key)):
                    row.values[key] = value
                    ctx.sheet.headers.setdefault(key, ctx.sheet.spec.column(key).header)
    for title, values in added.items():
        ctx.report.notices.append(f"已在“{title}”中新增：{'、'.join(values)}")
