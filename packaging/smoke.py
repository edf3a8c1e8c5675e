"""Smoke test of the frozen program (``dist/rescue-ledger/``), run by CI after the build:
``python packaging/smoke.py [--display :98] [--artifacts DIR]``.

The program runs in a clean environment (as ``env -i``: only PATH, HOME or the Windows
essentials, and DISPLAY for the window), so nothing of the building Python can help it. Steps:
``--version``; the window on a new office database until it is mapped and shows 首次设置 over
it (the database created and migrated inside the bundle), with a screenshot kept in the
artefacts folder (Linux, on Xvfb); then ``import`` of a real ledger file from the tests,
``export``, ``print roster``, ``due``, ``backup``, ``audit verify`` and ``--demo due``. Each
step prints its time; the first failure stops the run with exit status 1 and what the program
said. On Windows the window is checked by its process and its database file (no screenshot).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WINDOWS = sys.platform == "win32"
PROGRAM = ROOT / "dist" / "rescue-ledger"
LEDGER_FILE = ROOT / "tests" / "xlsx" / "fixtures" / "members.xls"
TITLE = "救援台账"
FIRST_START = "首次设置"
WINDOW_TIMEOUT = 90.0
OPEN_TIMEOUT = 180.0


class SmokeFailure(Exception):
    """A step did not do what it should; the message says what happened."""


def clean_env(home: Path, display: str | None = None) -> dict[str, str]:
    """The environment the frozen program gets: as ``env -i`` plus the least it needs."""
    if WINDOWS:
        keep = ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "TEMP", "TMP", "COMSPEC")
        env = {name: os.environ[name] for name in keep if name in os.environ}
        windows = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env["PATH"] = f"{windows}\\System32;{windows}"
        env["USERPROFILE"] = str(home)
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        # Output to a pipe is in the ANSI code page (cp1252 on a hosted runner, which has no
        # Chinese); a console, as the office uses, gets Unicode whatever this says.
        env["PYTHONUTF8"] = "1"
        return env
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    if display:
        env["DISPLAY"] = display
    return env


def executable(name: str = "rescue-ledger", program: Path = PROGRAM) -> Path:
    """The frozen program's executable (Windows: the console one for commands)."""
    return program / (f"{name}.exe" if WINDOWS else name)


def command_exe(program: Path = PROGRAM) -> Path:
    return executable("rescue-ledger-cli" if WINDOWS else "rescue-ledger", program)


def run_command(args: Sequence[str], env: dict[str, str], program: Path = PROGRAM) -> str:
    """One command of the frozen program; its output, or SmokeFailure with what it said."""
    done = subprocess.run(
        [str(command_exe(program)), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=300,
    )
    if done.returncode != 0:
        raise SmokeFailure(f"exit {done.returncode}: {done.stdout}{done.stderr}".strip())
    return done.stdout


def wait_for(check: Callable[[], bool], timeout: float, alive: Callable[[], bool]) -> bool:
    """Poll ``check`` every 0.2 s until it holds, the program ends or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        if not alive():
            return check()
        time.sleep(0.2)
    return False


def migrated(path: Path) -> bool:
    """The database file exists and Alembic's migrations ran on it."""
    if not path.is_file():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as con:
            return bool(con.execute("SELECT version_num FROM alembic_version").fetchone())
    except sqlite3.Error:
        return False


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True, text=True
    )
    return done.stdout.strip() if done.returncode == 0 else ""


def screen_pixels(display: str) -> bytes:
    done = subprocess.run(
        ["import", "-display", display, "-window", "root", "rgb:-"], capture_output=True
    )
    return done.stdout


def screenshot(display: str, target: Path, settle: float = 30.0) -> Path:
    """The whole virtual screen as a PNG once two grabs a second apart are the same (the pages
    drawn), or after ``settle`` seconds."""
    deadline = time.monotonic() + settle
    before = screen_pixels(display)
    while time.monotonic() < deadline:
        time.sleep(1.0)
        now = screen_pixels(display)
        if now == before:
            break
        before = now
    subprocess.run(["import", "-display", display, "-window", "root", str(target)], check=True)
    return target


def window_step(work: Path, env: dict[str, str], display: str | None, artifacts: Path) -> str:
    """Start the window on a new office database: it must be mapped, create and migrate the
    database and ask for 首次设置 (on Windows: keep running with the database migrated)."""
    data = work / "window-data"
    started = time.monotonic()
    app = subprocess.Popen(
        [str(executable()), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:

        def alive() -> bool:
            return app.poll() is None

        if display:
            mapped = wait_for(
                lambda: bool(xdotool(display, "search", "--onlyvisible", "--name", TITLE)),
                WINDOW_TIMEOUT,
                alive,
            )
            if not mapped:
                raise SmokeFailure("the window was not mapped")
        shown = time.monotonic() - started
        if not wait_for(lambda: migrated(data / "rescue-ledger.sqlite3"), OPEN_TIMEOUT, alive):
            raise SmokeFailure("the window did not create its database")
        if display and not wait_for(
            lambda: bool(xdotool(display, "search", "--onlyvisible", "--name", FIRST_START)),
            OPEN_TIMEOUT,
            alive,
        ):
            raise SmokeFailure(f"the window did not ask for {FIRST_START}")
        if not alive():
            raise SmokeFailure("the program ended by itself")
        note = f"window shown after {shown:.1f} s"
        if display:
            shot = screenshot(display, artifacts / "frozen-window.png")
            note += f"; screenshot: {shot}"
        return note
    except SmokeFailure as failure:
        if display:  # what the screen showed instead (a message box, say)
            shot = screenshot(display, artifacts / "frozen-window-failed.png", settle=0)
            failure = SmokeFailure(f"{failure} (screenshot: {shot})")
        if app.poll() is not None and app.stdout:
            raise SmokeFailure(f"{failure}: {app.stdout.read().decode(errors='replace')}") from None
        raise failure from None
    finally:
        if app.poll() is None:
            app.terminate()
            try:
                app.wait(timeout=20)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()


def command_steps(work: Path, env: dict[str, str]) -> list[tuple[str, Callable[[], str]]]:
    """The commands, in order, on one data folder; each returns what it shows in the log."""
    data = ["--data-dir", str(work / "data")]
    month = dt.date.today().strftime("%Y-%m")
    exported = work / "members-export.xlsx"
    roster = work / "roster.pdf"

    def version() -> str:
        shown = run_command(["--version"], env).strip()
        if not shown.startswith("rescue-ledger ") or "未知" in shown:
            raise SmokeFailure(f"--version said {shown!r}")
        return shown

    def import_members() -> str:
        said = run_command([*data, "import", "members", str(LEDGER_FILE)], env)
        if "新增 2" not in said:
            raise SmokeFailure(f"the import did not add the file's 2 members: {said}")
        return said.splitlines()[0]

    def export_members() -> str:
        said = run_command([*data, "export", "members", str(exported)], env)
        if not exported.is_file() or exported.read_bytes()[:2] != b"PK":
            raise SmokeFailure(f"no .xlsx was written: {said}")
        return said.strip()

    def print_roster() -> str:
        run_command([*data, "print", "roster", "--month", month, "-o", str(roster)], env)
        if not roster.is_file() or roster.read_bytes()[:5] != b"%PDF-":
            raise SmokeFailure("no PDF was written")
        return f"{roster.name}: {roster.stat().st_size} bytes"

    def due() -> str:
        return run_command([*data, "due"], env).strip().splitlines()[0]

    def backup() -> str:
        said = run_command([*data, "backup"], env)
        if not list((work / "data" / "backups").glob("*.sqlite3")):
            raise SmokeFailure(f"no backup file: {said}")
        return said.strip()

    def audit_verify() -> str:
        return run_command([*data, "audit", "verify"], env).strip()

    def demo() -> str:
        said = run_command([*data, "--demo", "due"], env)
        if not migrated(work / "data" / "demo.sqlite3") or "逾期" not in said:
            raise SmokeFailure(f"the demo database lists nothing due: {said}")
        return said.strip().splitlines()[0]

    return [
        ("--version", version),
        ("import members", import_members),
        ("export members", export_members),
        ("print roster", print_roster),
        ("due", due),
        ("backup", backup),
        ("audit verify", audit_verify),
        ("--demo due", demo),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of dist/rescue-ledger/.")
    parser.add_argument("--display", help="X display of a running Xvfb (Linux)")
    parser.add_argument("--artifacts", type=Path, default=ROOT / "dist" / "smoke")
    args = parser.parse_args(argv)
    if not executable().is_file():
        print(f"{executable()} is missing: run packaging/build.py first", file=sys.stderr)
        return 1
    if not WINDOWS and not args.display:
        print("--display is needed on Linux (a running Xvfb)", file=sys.stderr)
        return 1
    args.artifacts.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="rescue-ledger-smoke-"))
    env = clean_env(work / "home", None if WINDOWS else args.display)
    (work / "home").mkdir()
    started = time.monotonic()
    steps = command_steps(work, env)
    steps.insert(1, ("window", lambda: window_step(work, env, args.display, args.artifacts)))
    try:
        for name, step in steps:
            began = time.monotonic()
            try:
                note = step()
            except (SmokeFailure, subprocess.TimeoutExpired) as failure:
                print(f"frozen smoke: {name} FAILED: {failure}", file=sys.stderr)
                return 1
            print(f"frozen smoke: {name} ok ({time.monotonic() - began:.1f} s): {note}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"frozen smoke: every step succeeded in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
