"""Start-up of the frozen program against a frozen bare PySide6 window built the same way.

    python packaging/build.py && python bench/bench_frozen.py [--display :N] [--runs 5]

Builds ``build/bench-frozen/dist/bare-window/`` (``bench/bare-window.spec``: the same
PyInstaller options, excludes and Qt hooks as ``packaging/rescue-ledger.spec``, around
``bench_duty.BARE_WINDOW``) unless it is there already (``--rebuild`` builds it again), then
times each from process start to its window mapped on X (``xdotool``), taking turns, median
of ``--runs`` after one warm-up each. The program opens a data folder of its own, made by the
warm-up. Prints both onedir sizes. Goals (issue 14): ratio ≤ 1.5×; the program's folder
≤ 250 MB. Needs Xvfb and xdotool.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_duty import BARE_WINDOW  # noqa: E402
from bench_duty import alternate  # noqa: E402
from bench_duty import to_window_mapped  # noqa: E402
from bench_duty import window_env  # noqa: E402
from bench_duty import x_display  # noqa: E402

WORK = ROOT / "build" / "bench-frozen"
BARE = WORK / "dist" / "bare-window" / "bare-window"
PROGRAM = ROOT / "dist" / "rescue-ledger" / "rescue-ledger"


def packaging_build() -> ModuleType:
    """``packaging/build.py`` as a module (its PyInstaller command and size line)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    spec = importlib.util.spec_from_file_location(
        "_packaging_build", ROOT / "packaging" / "build.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_bare(build: ModuleType) -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    script = WORK / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    command = build.pyinstaller_command(HERE / "bare-window.spec", WORK / "dist", WORK / "work")
    env = {**os.environ, "RESCUE_LEDGER_BARE_SCRIPT": str(script)}
    subprocess.run(command, check=True, env=env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", help="an X display to use (default: an Xvfb of its own)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="build the bare window again")
    args = parser.parse_args()
    if not PROGRAM.is_file():
        raise SystemExit(f"{PROGRAM} is missing: run python packaging/build.py first")
    build = packaging_build()
    if args.rebuild or not BARE.is_file():
        build_bare(build)
    with tempfile.TemporaryDirectory() as data, x_display(args.display) as display:
        env = window_env(display)
        got = alternate(
            {
                "app": lambda: to_window_mapped([str(PROGRAM), "--data-dir", data], env),
                "bare": lambda: to_window_mapped([str(BARE)], env),
            },
            args.runs,
        )
    app, bare = got["app"], got["bare"]
    print(
        f"frozen start-up to window mapped on X ({display}, median of {args.runs}): "
        f"rescue-ledger {app:.2f} s; bare PySide6 window {bare:.2f} s; "
        f"ratio {app / bare:.2f}x (goal <= 1.5x)"
    )
    print(f"onedir sizes: {build.size_line(PROGRAM.parent)}; {build.size_line(BARE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
