"""What the window's start loads before the window is on the screen: no database, Excel or PDF
code, not the command line's parser of every command, not Qt's large ``Qt`` namespace; and the
program's options read alone give what the full parser gives."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main as cli
from desktop.cli.options import window_arguments
from tests.probes import run

# The real entry (``rescue-ledger`` is desktop.app:run, around main), stopped where the database would be
# opened into the shown window; prints what was loaded by then.
PROBE = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = os.getcwd()  # the probe's own QSettings, never the user's
from desktop import app, gui

def stop(window, args):
    import PySide6.QtCore, PySide6.QtWidgets
    found = {
        "visible": window.isVisible(),
        "modules": sorted(sys.modules),
        "qt_classes": sorted(
            name for module in (PySide6.QtCore, PySide6.QtWidgets) for name in vars(module)
        ),
        "args": {k: v for k, v in vars(args).items()},
    }
    print("\\nLOADED " + json.dumps(found))
    return False

gui.attach = stop
sys.exit(app.main(sys.argv[1:]))
"""

HEAVY = (
    "sqlalchemy",
    "alembic",
    "openpyxl",
    "reportlab",
    "pypdfium2",
    "db.engine",
    "db.duty",
    "db.xlsx",
    "desktop.cli.main",  # the full parser and every command's module
    "desktop.duty",
    "desktop.common",
    "platformdirs",  # the data folder is found when the database opens
)
LIGHT = {"desktop.common", "desktop.common.words"}


def test_the_window_shows_before_anything_heavy_is_loaded(tmp_path):
    proc = run(PROBE, "--data-dir", str(tmp_path / "data"), "--operator", "王", cwd=tmp_path)
    _, _, tail = proc.stdout.rpartition("\nLOADED ")
    assert tail, proc.stderr
    found = json.loads(tail)
    assert proc.returncode == 1  # the stand-in for opening the database gave up
    assert found["visible"]
    assert found["args"]["operator"] == "王" and found["args"]["command"] is None
    # Except the one small module that shows db's words in the window's language, which the
    # translations install with them (Qt core and db.words, nothing more).
    modules = [m for m in found["modules"] if m not in LIGHT]
    assert [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)] == []
    # Qt's ``Qt`` namespace costs 0.1–0.2 s to load; the pages load it after the window shows.
    assert "Qt" not in found["qt_classes"]
    # Neither the message box nor the dialog watchers, installed once the window is shown.
    assert "QMessageBox" not in found["qt_classes"]
    assert [m for m in modules if m in ("widgets.fit", "widgets.dialogkeys")] == []


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--db", "sqlite:///x.sqlite3", "--data-dir", "d", "--operator", "王", "--debug"],
        ["--user", "admin", "--data-dir=d"],
        ["--us", "admin", "--oper", "王"],  # abbreviations, as argparse allows them
        ["--db", "print"],  # an option's value that is also a command's name
    ],
)
def test_the_program_options_alone_read_as_the_full_parser_reads_them(argv):
    assert vars(window_arguments(argv)) == vars(cli.build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["due"],
        ["--demo", "print", "roster", "-o", "x.pdf"],
        ["--help"],
        ["-h"],
        ["--he"],
        ["--version"],
        ["--ver"],
        ["--db"],  # a value missing: the full parser says so
        ["--de"],  # --demo or --debug: the full parser says it is ambiguous
        ["--nonesuch"],
        ["--", "--demo"],
    ],
)
def test_anything_more_goes_to_the_full_parser(argv):
    assert window_arguments(argv) is None


def _answer(parser, argv: list[str]) -> tuple[object, str, str, dict | None]:
    """What the parser makes of ``argv``: exit code, output, errors and the arguments."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args, code = vars(parser.parse_args(argv)), None
        except SystemExit as exc:
            args, code = None, exc.code
    return code, out.getvalue(), err.getvalue(), args


def _every_help() -> list[list[str]]:
    full = cli.build_parser()
    commands = next(a for a in full._subparsers._group_actions if a.dest == "command").choices
    forms = next(a for a in commands["print"]._subparsers._group_actions).choices
    return [[c, "--help"] for c in commands] + [["print", f, "--help"] for f in forms]


def test_a_command_line_builds_only_the_commands_it_names_and_reads_the_same():
    from desktop.cli.args import REGISTER_NAMES

    register = REGISTER_NAMES[0]
    lines = [
        ["--help"],
        ["-h"],
        ["--version"],
        ["print", "roster", "--month", "2026-02", "-o", "x.pdf"],
        ["print", "roster", "--month", "2026-13", "-o", "x.pdf"],  # a bad month
        ["print", "roster"],  # -o missing
        ["print"],
        ["print", "nonesuch"],
        ["nonesuch"],
        ["--db", "print", "due"],
        ["users", "add", "王", "--role", "admin"],
        ["users"],
        ["export", register, "x.xlsx"],
        ["import", register, "x.xlsx", "--dry-run"],
        ["import", "nonesuch", "x.xlsx"],
        *_every_help(),
    ]
    for argv in lines:
        lazy = cli.build_parser(set(argv))
        assert _answer(lazy, argv) == _answer(cli.build_parser(), argv), argv
    # --help builds no command's own options: the users command is its name and help alone.
    users = next(
        a for a in cli.build_parser({"--help"})._subparsers._group_actions if a.dest == "command"
    ).choices["users"]
    assert [a.dest for a in users._actions] == ["help"]
