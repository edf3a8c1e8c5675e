"""The frozen program's pieces that can be checked without building it: where ``db.paths``
finds resources and migrations when frozen, what ``packaging/bundle.py`` puts in and leaves
out, and ``packaging/build.py``'s version, commands and size line. The real build and its
smoke test run in CI (``.ci/run``, ``packaging/smoke.py``)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

import pytest

from db import migrate
from db import paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    """A script of packaging/ as a module (the folder is no package: ``packaging`` is PyPI's)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        spec = importlib.util.spec_from_file_location(
            f"_packaging_{name}", PACKAGING / f"{name}.py"
        )
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(PACKAGING))


@pytest.fixture(scope="module")
def bundle() -> ModuleType:
    return load("bundle")


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return load("build")


def freeze(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(folder), raising=False)


def test_from_source_resources_and_migrations_are_the_packages_folders():
    assert paths.bundle_dir() is None
    assert paths.resource_path("style.qss") == ROOT / "resources" / "style.qss"
    assert paths.resource_path("fonts", "wqy-microhei.ttc").is_file()
    assert paths.migrations_dir() == ROOT / "db" / "migrations"
    assert (paths.migrations_dir() / "env.py").is_file()


def test_frozen_resources_and_migrations_are_found_in_the_bundle(tmp_path, monkeypatch):
    freeze(monkeypatch, tmp_path)
    assert paths.bundle_dir() == tmp_path
    assert (
        paths.resource_path("help", "start.html") == tmp_path / "resources" / "help" / "start.html"
    )
    assert paths.migrations_dir() == tmp_path / "db" / "migrations"
    assert migrate.alembic_config().get_main_option("script_location") == str(
        tmp_path / "db" / "migrations"
    )


def test_frozen_without_meipass_uses_the_executables_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "rescue-ledger.exe"))
    assert paths.resource_path("style.qss") == tmp_path.resolve() / "resources" / "style.qss"


def test_alembic_reads_the_migrations_copied_into_a_bundle(tmp_path, monkeypatch, bundle):
    # The migration files go in as the spec's data; Alembic must find the whole chain there.
    for source, folder in bundle.data_files():
        if folder.startswith("db/migrations"):
            (tmp_path / folder).mkdir(parents=True, exist_ok=True)
            shutil.copy(source, tmp_path / folder)
    freeze(monkeypatch, tmp_path)
    assert migrate.head_revision() == migrate.HEAD == migrate.newest_revision()
    assert migrate.known_revisions() >= {"0001", migrate.HEAD}


def test_the_bundle_carries_every_file_the_program_reads(bundle):
    copied = {Path(source).relative_to(ROOT).as_posix() for source, _ in bundle.data_files()}
    for needed in (
        "resources/fonts/wqy-microhei.ttc",
        "resources/style.qss",
        "resources/icons/app.svg",
        "resources/i18n/rescue_ledger_en.qm",
        "resources/help/start.html",
        "resources/help/help.css",
        "db/migrations/env.py",
        "db/data/two_sessions.csv",
    ):
        assert needed in copied
    # Whatever else a package holds besides its modules is data the program reads.
    others = {
        p.relative_to(ROOT).as_posix()
        for package in ("db", "desktop", "widgets", "resources")
        for p in (ROOT / package).rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc", ".ts") and "__pycache__" not in p.parts
    }
    assert others <= copied
    versions = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "db/migrations/versions").glob("0*.py")
    }
    assert versions and versions <= copied
    assert not [name for name in copied if name.endswith((".ts", ".pyc")) or "__pycache__" in name]
    for source, folder in bundle.data_files():
        assert Path(source).relative_to(ROOT).parent.as_posix() == folder


def test_every_module_of_the_program_is_bundled_but_no_test_or_migration_script(bundle):
    modules = set(bundle.hidden_imports())
    # Modules imported only by name at run time: the registry's and the navigation's.
    assert {"db.duty.xlsx", "db.water.due", "desktop.cli.fleet", "desktop.duty.pages"} <= modules
    assert {"db", "desktop", "widgets", "resources", "db.migrations.columns"} <= modules
    assert not [m for m in modules if m.startswith(("tests", "bench")) or ".versions" in m]


def test_tests_build_tools_and_unused_qt_modules_are_excluded(bundle):
    excluded = set(bundle.excludes())
    assert {"pytest", "pytestqt", "hypothesis", "PyInstaller", "mypy", "tests", "pip"} <= excluded
    assert {
        "PySide6.QtWebEngineCore",
        "PySide6.Qt3DCore",
        "PySide6.QtQuick",
        "PySide6.QtQml",
    } <= excluded
    assert {"PySide6.QtMultimedia", "PySide6.QtNetwork"} <= excluded
    assert not excluded & {f"PySide6.{module}" for module in bundle.QT_MODULES}
    program_imports = {
        line.split()[1].split(".")[1]
        for path in ROOT.glob("[dw]*/**/*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("from PySide6.")
    }
    assert program_imports and program_imports <= set(bundle.QT_MODULES)


@pytest.mark.parametrize(
    ("place", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6\\plugins\\imageformats\\qsvg.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/qml/QtQuick/libqtquick2plugin.so", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("pypdfium2_raw/libpdfium.so", True),
    ],
)
def test_only_the_qt_plugins_and_translations_the_window_uses_are_kept(bundle, place, kept):
    assert bundle.keep_qt_file(place) is kept


def test_a_hooks_collection_is_filtered_by_destination(bundle):
    collected = [
        ("/qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ("/qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes"),
    ]
    assert bundle.keep_collected(collected) == collected[:1]


def test_the_spec_wires_bundle_and_the_filtering_hooks():
    spec = (PACKAGING / "rescue-ledger.spec").read_text(encoding="utf-8")
    for piece in (
        "bundle.data_files()",
        "bundle.hidden_imports()",
        "bundle.excludes()",
        "hookspath",
    ):
        assert piece in spec
    assert "upx=True" not in spec
    hooks = sorted(p.name for p in (PACKAGING / "hooks").glob("hook-PySide6.*.py"))
    assert hooks == sorted(
        f"hook-PySide6.{module}.py"
        for module in ("QtCore", "QtGui", "QtPrintSupport", "QtSvg", "QtWidgets")
    )


def test_build_reads_the_version_of_the_installed_package(build):
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert build.package_version() == declared["version"]
    assert "build" in declared["optional-dependencies"]
    assert any(
        r.lower().startswith("pyinstaller") for r in declared["optional-dependencies"]["build"]
    )


def test_build_commands(build, tmp_path):
    command = build.pyinstaller_command(tmp_path / "x.spec", tmp_path / "d", tmp_path / "w")
    assert command[1:4] == ["-m", "PyInstaller", "--noconfirm"]
    assert "--clean" not in command and command[-1] == str(tmp_path / "x.spec")
    assert "--clean" in build.pyinstaller_command(clean=True)
    iscc = build.iscc_command(Path("ISCC.exe"), "1.2.3", tmp_path / "prog", tmp_path)
    assert "/DAppVersion=1.2.3" in iscc and f"/DSourceDir={tmp_path / 'prog'}" in iscc
    assert iscc[-1] == str(PACKAGING / "rescue-ledger.iss")


def test_size_line_counts_files_and_links_once(build, monkeypatch, tmp_path):
    folder = tmp_path / "dist" / "rescue-ledger"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "big.bin").write_bytes(b"x" * 3_000_000)
    (folder / "link.bin").symlink_to(folder / "_internal" / "big.bin")
    assert build.folder_size(folder) < 3_001_000
    monkeypatch.setattr(build, "ROOT", tmp_path)
    assert build.size_line(folder) == "dist/rescue-ledger: 3 MB (goal ≤ 250 MB)"
    monkeypatch.setattr(build, "SIZE_GOAL_MB", 2)
    assert build.size_line(folder).endswith("OVER THE GOAL")


def test_installer_is_per_user_with_both_shortcuts_and_keeps_the_data():
    script = (PACKAGING / "rescue-ledger.iss").read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=lowest" in script
    assert "AppVersion={#AppVersion}" in script
    assert 'Name: "{group}\\救援台账"; Filename: "{app}\\rescue-ledger.exe"' in script
    assert (
        'Name: "{group}\\救援台账（演示）"; Filename: "{app}\\rescue-ledger.exe"; Parameters: "--demo"'
        in script
    )
    assert "{autodesktop}\\救援台账（演示）" in script
    assert "ChineseSimplified.isl" in script
    # Nothing removes the data folder (%LOCALAPPDATA%\RescueLedger) on uninstall or update.
    assert "{localappdata}\\RescueLedger" not in script.replace(
        "{localappdata}\\Programs\\RescueLedger", ""
    )


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux flavour of the clean environment")
def test_smoke_runs_the_program_with_nothing_of_this_environment(tmp_path, monkeypatch):
    smoke = load("smoke")
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    assert smoke.clean_env(tmp_path, ":5") == {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "DISPLAY": ":5",
    }


def test_smoke_knows_a_migrated_database(tmp_path):
    import sqlite3

    smoke = load("smoke")
    path = tmp_path / "x.sqlite3"
    assert not smoke.migrated(path)
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (a)")
    assert not smoke.migrated(path)
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute("INSERT INTO alembic_version VALUES ('0013')")
    assert smoke.migrated(path)
