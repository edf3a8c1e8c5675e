"""Every third-party module the program, the tests and the benches import comes from a
dependency pyproject.toml declares: a fresh machine installs exactly those and no more."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import PackageNotFoundError
from importlib.metadata import packages_distributions
from importlib.metadata import requires
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("db", "desktop", "widgets", "tests", "bench", "packaging")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str:
    return _norm(re.split(r"[\s\[<>=!~;(]", requirement.strip(), maxsplit=1)[0])


def local_modules() -> set[str]:
    names = {p.name for p in ROOT.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    # Scripts import their neighbours by name (packaging/build.py: bundle; bench: bench_duty).
    scripts = {
        p.stem for pattern in ("*.py", "packaging/*.py", "bench/*.py") for p in ROOT.glob(pattern)
    }
    return names | scripts | {"tests", "bench", "conftest"}


def imported_modules(folders: tuple[str, ...] = SCANNED) -> dict[str, str]:
    """Top-level module name → the first file (relative path) that imports it."""
    found: dict[str, str] = {}
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")) if (ROOT / folder).exists() else []:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def declared_distributions() -> set[str]:
    """Declared dependencies (every extra included) and what each of them requires."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra
    declared = {_requirement_name(r) for r in requirements}
    allowed = set(declared)
    for name in declared:
        try:
            allowed |= {_requirement_name(r) for r in requires(name) or [] if "extra ==" not in r}
        except PackageNotFoundError:
            pass
    return allowed


def undeclared(imports: dict[str, str], allowed: set[str]) -> list[str]:
    local = local_modules()
    providers = packages_distributions()
    problems = []
    for module, where in sorted(imports.items()):
        if module in sys.stdlib_module_names or module in local or module.startswith("_"):
            continue
        dists = {_norm(d) for d in providers.get(module, [])}
        if not dists and _norm(module) in allowed:
            continue  # declared for another Python only (tomli on 3.10)
        if not dists:
            problems.append(f"{module} (imported in {where}) is provided by no installed package")
        elif not dists & allowed:
            problems.append(
                f"{module} (imported in {where}) comes from {sorted(dists)}, "
                "which pyproject.toml does not declare"
            )
    return problems


def test_every_imported_module_comes_from_a_declared_dependency():
    assert undeclared(imported_modules(), declared_distributions()) == []


def test_the_check_names_an_undeclared_module(tmp_path):
    # A module from an installed but undeclared distribution (pytest's own helper `iniconfig`
    # is required by pytest, so use one nobody declares: pip) is reported with its file.
    problems = undeclared({"pip": "tests/x.py", "json": "db/y.py"}, {"pytest"})
    assert problems == [
        "pip (imported in tests/x.py) comes from ['pip'], which pyproject.toml does not declare"
    ]
    assert undeclared({"no_such_module_here": "bench/z.py"}, set()) == [
        "no_such_module_here (imported in bench/z.py) is provided by no installed package"
    ]
