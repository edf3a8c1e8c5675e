"""Running a snippet in a fresh interpreter to see which modules it loads (start-up costs)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

_REPORT = (
    "\nimport json as _json, sys as _sys\nprint('\\nMODULES ' + _json.dumps(sorted(_sys.modules)))"
)


def run(code: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` (with ``args`` as ``sys.argv[1:]``) in a new Python process in ``cwd``."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=cwd,
    )


def modules_after(code: str, cwd: Path) -> set[str]:
    """Every module a new Python process has loaded once ``code`` has run in it."""
    proc = run(code + _REPORT, cwd=cwd)
    _, _, tail = proc.stdout.rpartition("\nMODULES ")
    assert proc.returncode == 0 and tail, proc.stderr
    return set(json.loads(tail))
