"""db/ and every rule, Excel and PDF module stay Qt-free; widgets/ knows no domain word."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports(path: Path) -> set[str]:
    """Every module ``path`` imports, ``from pkg import module`` counted as ``pkg.module``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            folder = ROOT.joinpath(*node.module.split("."))
            for alias in node.names:
                if (folder / f"{alias.name}.py").exists() or (folder / alias.name).is_dir():
                    names.add(f"{node.module}.{alias.name}")
    return names


def test_db_never_imports_qt():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "db").rglob("*.py")
        if any(
            name.split(".")[0] in {"PySide6", "shiboken6", "desktop", "widgets"}
            for name in imports(p)
        )
    ]
    assert offenders == []


def test_widgets_do_not_know_the_domain():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "widgets").rglob("*.py")
        if any(name.split(".")[0] in {"db", "desktop"} for name in imports(p))
    ]
    assert offenders == []


def test_ruff_banned_api_rule_enforces_the_layering():
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--select",
            "TID251",
            "--no-cache",
            "db",
            "desktop",
            "widgets",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_no_item_widgets():
    for p in list((ROOT / "desktop").rglob("*.py")) + list((ROOT / "widgets").rglob("*.py")):
        text = p.read_text(encoding="utf-8")
        for banned in ("QTableWidget", "QListWidget", "QTreeWidget"):
            assert banned not in text, f"{p.name} uses {banned}"


def _domain_of(path: Path) -> str | None:
    """The domain a module belongs to: db/<d>/…, desktop/<d>/… or desktop/cli/<d>.py."""
    from db.registry import DOMAINS

    parts = path.relative_to(ROOT).with_suffix("").parts
    if len(parts) >= 3 and parts[0] in ("db", "desktop") and parts[1] in DOMAINS:
        return parts[1]
    if len(parts) == 3 and parts[:2] == ("desktop", "cli") and parts[2] in DOMAINS:
        return parts[2]
    return None


def test_a_domain_reaches_another_only_through_its_facade():
    """db/water/… may import ``db.drills`` (the facade and the names it exports), never
    ``db.drills.models`` or another part; the same for the desktop packages."""
    from db.registry import DOMAINS

    offenders = []
    for path in sorted([*(ROOT / "db").rglob("*.py"), *(ROOT / "desktop").rglob("*.py")]):
        domain = _domain_of(path)
        if domain is None:
            continue
        for name in imports(path):
            parts = name.split(".")
            if (
                len(parts) > 2
                and parts[0] in ("db", "desktop")
                and parts[1] in DOMAINS
                and parts[1] != domain
            ):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_the_campaign_report_reads_each_domain_through_its_facade():
    """db/report gathers from every domain, but only through ``db.<domain>`` itself."""
    from db.registry import DOMAINS

    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "db" / "report").rglob("*.py"))
        for name in imports(path)
        if len(name.split(".")) > 2 and name.split(".")[:2] in (["db", d] for d in DOMAINS)
    ]
    assert offenders == []


def test_message_colours_come_from_the_palette():
    """desktop/ and widgets/ name the error, warning and hint colours (``widgets.palette``)
    instead of writing them again; due colours come from the rule table."""
    from widgets import palette

    colours = {
        value.lower()
        for name, value in vars(palette).items()
        if name.isupper() and isinstance(value, str) and value.startswith("#")
    }
    assert "#c62828" in colours and "#5b6b7b" in colours
    offenders = []
    for path in sorted([*(ROOT / "desktop").rglob("*.py"), *(ROOT / "widgets").rglob("*.py")]):
        if path.name == "palette.py":
            continue
        text = path.read_text(encoding="utf-8").lower()
        offenders += [f"{path.relative_to(ROOT)}: {c}" for c in sorted(colours) if c in text]
    assert offenders == []


#: Tables of data written as Python, like the migrations: the corpus of the office's ledgers,
#: one row of a sheet per line.
DATA_TABLES = ("tests/corpus/ledgers.py",)


def test_no_source_file_is_longer_than_a_reader_can_hold():
    """No module of the program, its benches or its tests passes 500 lines (migrations and data
    tables aside): a file that grows past it is split by what it holds."""
    longest = 500
    offenders = []
    for folder in ("db", "desktop", "widgets", "resources", "bench", "packaging", "tests"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" in path.parts or path.relative_to(ROOT).as_posix() in DATA_TABLES:
                continue
            lines = path.read_text(encoding="utf-8").count("\n")
            if lines > longest:
                offenders.append(f"{path.relative_to(ROOT)}: {lines} lines")
    assert offenders == []
