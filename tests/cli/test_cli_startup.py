"""What a command loads: ``--help``, ``--version`` and the parser load no database, Excel or PDF
code; an up-to-date database opens without Alembic; a command loads only its own registers."""

from __future__ import annotations

import gc
import json
from importlib.metadata import version

import pytest

from db.engine import open_database
from db.migrate import HEAD
from db.migrate import current_revision
from desktop import app
from desktop.app import BATCH_GC_THRESHOLD
from desktop.cli import main as cli
from tests.probes import modules_after
from tests.probes import run

HEAVY = ("sqlalchemy", "openpyxl", "reportlab", "alembic", "PySide6", "db.xlsx", "db.engine")

# Runs the command line in a fresh interpreter, then prints the modules it loaded.
PROBE = """
import json, sys
from desktop.cli import main as cli
try:
    status = cli.main(json.loads(sys.argv[1]))
except SystemExit as exc:
    status = exc.code
print("\\nMODULES " + json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def loaded(argv: list[str], tmp_path) -> tuple[int, set[str], str]:
    proc = run(PROBE, json.dumps(argv), cwd=tmp_path)
    head, _, tail = proc.stdout.rpartition("\nMODULES ")
    assert tail, proc.stderr
    found = json.loads(tail)
    return found["status"], set(found["modules"]), head


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_version_prints_the_installed_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"rescue-ledger {version('rescue-ledger')}\n"


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["print", "--help"]])
def test_help_and_version_load_no_database_excel_or_pdf_code(argv, tmp_path):
    status, modules, out = loaded(argv, tmp_path)
    assert status == 0
    assert heavy(modules) == []
    assert (
        ("usage: rescue-ledger" in out) if "--help" in argv else (version("rescue-ledger") in out)
    )


def test_building_the_parser_loads_nothing_heavy(tmp_path):
    modules = modules_after("from desktop.cli import main as cli; cli.build_parser()", tmp_path)
    assert heavy(modules) == []


def test_the_parser_knows_every_register_the_domains_declare():
    """No list of names to keep in step: a register a domain declares is a command-line name."""
    from db.xlsx import REGISTERS

    parser = cli.build_parser()
    for name in REGISTERS:
        assert parser.parse_args(["export", name, "x.xlsx"]).register == name
    export = next(a for a in parser._subparsers._group_actions if a.dest == "command")
    help_text = export.choices["export"].format_help()
    assert all(name in help_text for name in REGISTERS)


def test_unknown_register_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["export", "nonesuch", "x.xlsx"])
    assert exit_.value.code == 2
    assert "nonesuch" in capsys.readouterr().err


def test_an_up_to_date_database_opens_without_alembic(tmp_path):
    url = "sqlite:///" + (tmp_path / "ledger.sqlite3").as_posix()
    db = open_database(url, tmp_path / "data")  # creates and migrates it
    assert current_revision(db) == HEAD
    db.dispose()
    probe = (
        "from db.engine import open_database; "
        f"db = open_database({url!r}, {str(tmp_path / 'data')!r})"
    )
    modules = modules_after(probe, tmp_path)
    assert sorted(m for m in modules if m.split(".")[0] == "alembic") == []


def test_printing_the_roster_loads_only_what_it_needs(tmp_path):
    url = "sqlite:///" + (tmp_path / "ledger.sqlite3").as_posix()
    open_database(url, tmp_path / "data").dispose()  # created and migrated beforehand
    pdf = tmp_path / "roster.pdf"
    argv = ["--db", url, "--data-dir", str(tmp_path / "data")]
    status, modules, out = loaded(
        [*argv, "print", "roster", "--month", "2026-02", "-o", str(pdf)], tmp_path
    )
    assert status == 0 and pdf.read_bytes().startswith(b"%PDF")
    assert {"reportlab", "db.duty.models", "db.duty.forms.roster"} <= modules
    unused = (
        "alembic",
        "openpyxl",
        "PySide6",
        "db.xlsx",
        "db.drills.models",
        "db.fleet",
        "db.supplies",
        "db.duty.forms.handover",
        "db.water.models",
        "sqlalchemy.dialects.postgresql",
    )
    assert sorted(m for m in modules if any(m == u or m.startswith(u + ".") for u in unused)) == []


def test_a_command_runs_with_the_batch_collector_threshold_and_restores_it(tmp_path, monkeypatch):
    seen: list[int] = []

    def probe(ledger, args) -> int:  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold()[0])
        return 0

    monkeypatch.setitem(cli.cli_due.COMMANDS, "due", probe)
    before = gc.get_threshold()
    url = "sqlite:///" + (tmp_path / "ledger.sqlite3").as_posix()
    argv = ["--db", url, "--data-dir", str(tmp_path / "data"), "due"]
    assert cli.main(argv) == 0
    assert seen == [BATCH_GC_THRESHOLD]
    assert gc.get_threshold() == before
    # The program's entry raises it before anything is loaded, the command's imports included.
    loading: list[int] = []
    monkeypatch.setattr(
        app, "_main", lambda argv: loading.append(gc.get_threshold()[0]) or cli.main(argv)
    )
    assert app.main(argv) == 0
    assert loading == [BATCH_GC_THRESHOLD] and seen[-1] == BATCH_GC_THRESHOLD
    assert gc.get_threshold() == before


# The installed command's entry, with an exit handler of its own registered first.
ENTRY = """
import atexit, logging, logging.handlers, sys
atexit.register(lambda: print("exit handler ran"))
# Held in memory until logging shuts down at exit: written only if the exit handlers run.
held = logging.handlers.MemoryHandler(1000, logging.CRITICAL, logging.FileHandler(sys.argv[1]))
probe = logging.getLogger("probe")
probe.addHandler(held)
probe.setLevel(logging.INFO)
probe.info("logged before the end")
sys.argv = ["rescue-ledger", *sys.argv[2:]]
from desktop.app import run
run()
print("not reached: the command ended the process")
"""


def test_a_command_ends_its_process_with_its_status_and_all_it_wrote(tmp_path):
    """``rescue-ledger`` ends a command's process at once (no teardown of the interpreter):
    the status is the command's, every line it printed arrives, the exit handlers run and the
    log is flushed; the PDF it wrote is whole."""
    url = "sqlite:///" + (tmp_path / "ledger.sqlite3").as_posix()
    base = ["--db", url, "--data-dir", str(tmp_path / "data")]
    log = tmp_path / "probe.log"
    pdf = tmp_path / "roster.pdf"
    done = run(
        ENTRY,
        str(log),
        *base,
        "print",
        "roster",
        "--month",
        "2026-02",
        "-o",
        str(pdf),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"已生成 {pdf}", "exit handler ran"]
    assert log.read_text(encoding="utf-8").splitlines() == ["logged before the end"]
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.read_bytes().rstrip().endswith(b"%%EOF")

    refused = run(
        ENTRY,
        str(log),
        *base,
        "print",
        "roster",
        "--month",
        "2026-13",
        "-o",
        str(pdf),
        cwd=tmp_path,
    )
    assert refused.returncode == 2 and "月份应写成 YYYY-MM" in refused.stderr

    missing = str(tmp_path / "none.xlsx")
    failed = run(ENTRY, str(log), *base, "import", "water-sources", missing, cwd=tmp_path)
    assert failed.returncode != 0 and failed.stderr.strip()
    assert "exit handler ran" in failed.stdout and "not reached" not in failed.stdout
