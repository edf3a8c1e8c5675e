"""``rescue-ledger vocab``: the office's vocabularies, by register and column.

rescue-ledger vocab list [REGISTER [COLUMN]]
rescue-ledger vocab add REGISTER COLUMN VALUE [--means CANONICAL]
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.args import REGISTER_NAMES


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("vocab", help="词表：各台账可选值与同义词（本单位可添加）")
    vsub = p.add_subparsers(dest="vocab_command", metavar="ACTION", required=True)
    names = REGISTER_NAMES
    listing = vsub.add_parser("list", help="列出词表（可只列某个台账或某一列）")
    listing.add_argument(
        "register", nargs="?", choices=names, metavar="REGISTER", help="%(choices)s"
    )
    listing.add_argument("column", nargs="?", metavar="COLUMN", help="列名，例如 类型")
    add = vsub.add_parser("add", help="添加取值（本单位的列表）或同义词（--means）")
    add.add_argument("register", choices=names, metavar="REGISTER", help="%(choices)s")
    add.add_argument("column", metavar="COLUMN", help="列名，例如 类型")
    add.add_argument("value", metavar="VALUE", help="要添加的词语")
    add.add_argument("--means", metavar="CANONICAL", help="它表示哪个取值（添加为同义词）")


def _columns(register: str | None, column: str | None) -> list[tuple[str, str, str]]:
    """(register, header, vocabulary key) of the vocabulary columns asked for."""
    from db.errors import NotFoundError
    from db.xlsx import REGISTERS
    from db.xlsx.cells import header_key

    found = []
    for name in [register] if register else sorted(REGISTERS):
        spec = REGISTERS[name]
        for col in spec.columns:
            if not col.vocab:
                continue
            if column and header_key(column) not in {header_key(n) for n in col.names()}:
                continue
            found.append((name, col.header, col.vocab))
    if column and not found:
        spec = REGISTERS[register or ""]
        choosable = "、".join(c.header for c in spec.columns if c.vocab) or "无"
        raise NotFoundError(f"{spec.title}没有带词表的列“{column}”（有词表的列：{choosable}）")
    return found


def cmd_vocab(ledger: Any, args: argparse.Namespace) -> int:
    from db.vocab import Vocab

    vocab = Vocab(ledger.db)
    if args.vocab_command == "add":
        ((_, header, key),) = _columns(args.register, args.column)
        row = vocab.add(key, args.value, means=args.means)
        if row.kind == "同义词":
            print(f"已添加同义词：{header}“{row.written}”表示“{row.canonical}”")
        else:
            print(f"已在“{row.title}”中添加“{row.written}”")
        return 0
    from db.xlsx import REGISTERS

    shown: set[str] = set()
    for register, header, key in _columns(args.register, args.column):
        used_by = f"{REGISTERS[register].title}·{header}"
        if key in shown and not args.register:
            continue
        shown.add(key)
        terms = vocab.terms(key)
        kind = "固定取值" if terms.vocab.rule else "本单位可添加"
        print(f"# {terms.vocab.title}（{key}，{kind}）：{used_by}")
        for r in vocab.rows(key):
            means = "" if r.kind == "取值" else f"\t→ {r.canonical}"
            print(f"{r.kind}\t{r.written}{means}\t{r.origin}")
    return 0


COMMANDS = {"vocab": cmd_vocab}
