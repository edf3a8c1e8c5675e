"""Build the frozen program: ``python packaging/build.py``.

Installs the project with its ``build`` extra (PyInstaller) into the running Python
environment, builds the PyInstaller onedir folder ``dist/rescue-ledger/`` from
``packaging/rescue-ledger.spec`` and prints its size; on Windows it then builds the installer
``dist/rescue-ledger-<version>-setup.exe`` with Inno Setup (``packaging/rescue-ledger.iss``).
PyInstaller's cache (``build/pyinstaller``) is kept between runs, so a second build only redoes
what changed; ``--clean`` starts afresh. No UPX: it saves little and slows every start.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bundle  # noqa: E402

ROOT = bundle.ROOT
SPEC = HERE / "rescue-ledger.spec"
ISS = HERE / "rescue-ledger.iss"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
#: The size goal of the onedir folder (issue 14).
SIZE_GOAL_MB = 250


def install(python: str = sys.executable) -> None:
    """The project, editable, with its ``build`` extra, into the environment of ``python``."""
    run([python, "-m", "pip", "install", "-q", "-e", f"{ROOT}[build]"])


def package_version(python: str = sys.executable) -> str:
    """The version in the installed package's metadata (asked in a new process, so an install
    made a moment ago by this one is what it reads)."""
    code = f"from importlib.metadata import version; print(version({bundle.DISTRIBUTION!r}))"
    found = subprocess.run([python, "-c", code], check=True, capture_output=True, text=True)
    return found.stdout.strip()


def pyinstaller_command(
    spec: Path = SPEC, dist: Path = DIST, work: Path = WORK, clean: bool = False
) -> list[str]:
    """The PyInstaller command for ``spec`` (``bench/bench_frozen.py`` builds its bare window
    with the same command)."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    if clean:
        command.append("--clean")
    return [*command, "--distpath", str(dist), "--workpath", str(work), str(spec)]


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (a link counted as itself, not what it names)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def size_line(folder: Path) -> str:
    """``dist/rescue-ledger: 209 MB (goal ≤ 250 MB)``, with ``OVER THE GOAL`` when it is."""
    megabytes = folder_size(folder) / 1_000_000
    verdict = "" if megabytes <= SIZE_GOAL_MB else "  OVER THE GOAL"
    return f"{folder.relative_to(ROOT)}: {megabytes:.0f} MB (goal ≤ {SIZE_GOAL_MB} MB){verdict}"


def find_iscc() -> Path | None:
    """Inno Setup's compiler: on PATH, else in its usual install folders (6 and 7)."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    folders = [os.environ.get(name) for name in ("ProgramFiles(x86)", "ProgramFiles")]
    local = os.environ.get("LOCALAPPDATA")
    folders.append(str(Path(local) / "Programs") if local else None)
    for folder in filter(None, folders):
        candidates = sorted(Path(folder).glob("Inno Setup */ISCC.exe"), reverse=True)
        if candidates:
            return candidates[0]
    return None


def iscc_command(iscc: Path, version: str, program: Path, output: Path) -> list[str]:
    """The Inno Setup command building the installer of ``program`` (the onedir folder)."""
    return [
        str(iscc),
        f"/DAppVersion={version}",
        f"/DSourceDir={program}",
        f"/DOutputDir={output}",
        str(ISS),
    ]


def run(command: Sequence[str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(list(command), check=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build the frozen program (and on Windows its installer)."
    )
    parser.add_argument(
        "--no-install", action="store_true", help="do not pip-install the project first"
    )
    parser.add_argument("--no-installer", action="store_true", help="skip Inno Setup on Windows")
    parser.add_argument("--clean", action="store_true", help="rebuild PyInstaller's cache")
    args = parser.parse_args(argv)

    started = time.monotonic()
    if not args.no_install:
        install()
    version = package_version()
    print(f"building rescue-ledger {version}", flush=True)
    run(pyinstaller_command(clean=args.clean))
    program = DIST / bundle.NAME
    print(size_line(program))
    if sys.platform == "win32" and not args.no_installer:
        iscc = find_iscc()
        if iscc is None:
            print(
                "Inno Setup (ISCC.exe) not found: install it (choco install innosetup)",
                file=sys.stderr,
            )
            return 1
        run(iscc_command(iscc, version, program, DIST))
    print(f"build time: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
