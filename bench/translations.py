"""Rebuild the window's translations: resources/i18n/rescue_ledger_en.ts and .qm.

    python bench/translations.py          # update the .ts from the code, then build the .qm
    python bench/translations.py --check  # exit 1 when a .ts or .qm is out of date

``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` text of
desktop/ and widgets/ (not desktop/cli: the command line stays Chinese) into the .ts, keeping
the translations written there; English translations are written by hand in
rescue_ledger_en.ts. The source texts are Chinese, so the Chinese window needs no catalogue of
its own (Qt shows a text that no catalogue translates as written).
db/'s own texts that the window shows are marked ``said("…")`` (``db.words``); they are
collected here (pyside6-lupdate reads Qt code only) into the context "db", through a scratch
file of ``QT_TRANSLATE_NOOP("db", …)`` lines handed to pyside6-lupdate with the rest.
``pyside6-lrelease`` then builds the .qm files the program loads.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from db.paths import data_rows

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
#: The catalogues kept: every language but the source texts' own.
LANGUAGES = ("en",)
SOURCE_LANGUAGE = "zh_CN"


def tool(name: str) -> str:
    """The PySide6 tool ``name`` next to this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def sources() -> list[str]:
    """The window's Python files whose texts are translated."""
    files = sorted((ROOT / "desktop").rglob("*.py")) + sorted((ROOT / "widgets").rglob("*.py"))
    cli = ROOT / "desktop" / "cli"
    return [str(f) for f in files if cli not in f.parents]


CHINESE = re.compile(r"[\u4e00-\u9fff]")
#: Data files of db/data whose columns are the program's own words the window shows.
DATA_COLUMNS = {"rules.csv": ("group", "label", "unit")}


def db_texts() -> list[str]:
    """Every ``said("…")`` text of db/ (its first argument, a string literal or a module
    constant assigned one, ``said(HINT)``), then the Chinese words in the
    :data:`DATA_COLUMNS` of db/data, the field labels of 修改记录 and the rules' sources, once
    each."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "db").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if name != "said":
                continue
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found[first.value] = None
            elif isinstance(first, ast.Name) and first.id in constants:
                found[constants[first.id]] = None
    for name, columns in DATA_COLUMNS.items():
        for row in data_rows(name):
            found.update((row[c], None) for c in columns if CHINESE.search(row[c] or ""))
    found.update((label, None) for label in field_labels())
    found.update((source, None) for source in rule_sources())
    return list(found)


def rule_sources() -> list[str]:
    """The 依据 of each rule as 设置 shows it (its trust mark in words, ``db.rules.TRUST``)."""
    from db.rules import DEFAULTS

    return [d.source for d in DEFAULTS.values() if CHINESE.search(d.source)]


def field_labels() -> list[str]:
    """What 修改记录 calls each field of each table (``db.labels.field_label``: the tables'
    own labels, their registers' column headers, the common words), once each."""
    from db.base import Base
    from db.labels import field_label
    from db.labels import table_labels
    from db.registry import load_models

    load_models()
    found: dict[str, None] = {}
    for name, labels in table_labels().items():
        table = Base.metadata.tables.get(name)
        keys = [*(c.name for c in table.columns), *labels.fields] if table is not None else []
        found.update((str(field_label(name, k)), None) for k in keys)
    return [label for label in found if CHINESE.search(label)]


def db_source(folder: Path) -> str:
    """A scratch file in ``folder`` marking :func:`db_texts` for pyside6-lupdate."""
    path = folder / "db_texts.py"
    lines = [f'QT_TRANSLATE_NOOP("db", {json.dumps(t, ensure_ascii=False)})' for t in db_texts()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"rescue_ledger_{language}.ts"


def update(folder: Path = FOLDER) -> None:
    """Collect the texts into each .ts of ``folder`` (obsolete ones dropped)."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        marked = db_source(Path(scratch))
        for language in LANGUAGES:
            subprocess.run(
                [tool("pyside6-lupdate"), *sources(), marked, "-no-obsolete", "-locations", "none"]
                + ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
                + ["-ts", str(ts_path(language, folder))],
                check=True,
                capture_output=True,
            )


def release(folder: Path = FOLDER) -> None:
    """Build each .qm of ``folder`` from its .ts."""
    for language in LANGUAGES:
        ts = ts_path(language, folder)
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )


def stale() -> list[str]:
    """The .ts and .qm files that a rebuild would change (built in a scratch folder)."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for language in LANGUAGES:
            for suffix in (".ts", ".qm"):
                kept = ts_path(language).with_suffix(suffix)
                if kept.exists():
                    shutil.copy(kept, copy / kept.name)
        update(copy)
        release(copy)
        changed = []
        for language in LANGUAGES:
            for suffix in (".ts", ".qm"):
                kept = ts_path(language).with_suffix(suffix)
                built = copy / kept.name
                if not kept.exists() or kept.read_bytes() != built.read_bytes():
                    changed.append(kept.name)
        return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is out of date")
    args = parser.parse_args(argv)
    if args.check:
        changed = stale()
        for name in changed:
            print(f"out of date: {name}")
        return 1 if changed else 0
    update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
