"""What goes into the frozen program: read by ``rescue-ledger.spec`` (PyInstaller), the bare
window of ``bench/bench_frozen.py`` and the tests; plain Python, nothing imported from the
program or from PyInstaller, so it is testable without building.

The program's own packages go in whole (their modules are found by name at run time: the
domains' registers, pages and commands, ``db.registry``), with the files they read as data
under the same folder names (``db.paths.package_dir`` finds them in ``sys._MEIPASS``): the
font, style sheet, icons, translations and user guide (``resources/``) and Alembic's
migration scripts (``db/migrations``, loaded from their files). Tests, build tools and the Qt
modules the program does not use are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from pathlib import PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
NAME = "rescue-ledger"
#: The distribution whose metadata (``--version``) is copied into the bundle.
DISTRIBUTION = "rescue-ledger"
#: The program's own packages, bundled whole.
PACKAGES = ("db", "desktop", "widgets", "resources")

#: The Qt modules the program imports (or Qt loads for it: QtSvg draws the icons).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg")
#: Every other Qt module a PySide6 wheel may carry; none of them is used.
QT_UNUSED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDBus", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml",
    "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech",
    "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip
#: Python modules never shipped: the tests and what builds, tests or types the program.
TOOLS = (
    "tests", "bench", "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "pdfplumber",
    "pdfminer", "mypy", "ruff", "PyInstaller", "setuptools", "pkg_resources", "pip", "wheel",
    "tkinter", "_tkinter", "IPython", "numpy", "matplotlib", "pandas",
)  # fmt: skip
#: The Qt translations the window loads (``desktop.gui.install_translations``: 中文 only,
#: Qt's own texts are English).
QT_TRANSLATIONS = ("qtbase_zh_CN.qm", "qt_zh_CN.qm")
#: Qt plugin folders the window needs (the platform, input methods, images, icons, styles,
#: printers); the others (``generic`` input devices, EGL devices, Wayland, accessibility
#: bridges) are left out with the libraries they link.
QT_PLUGIN_FOLDERS = (
    "platforms", "platformthemes", "platforminputcontexts", "xcbglintegrations", "imageformats",
    "iconengines", "styles", "printsupport",
)  # fmt: skip
#: Plugins left out of the kept folders, by a word in their file name: the platforms for
#: framebuffers, EGL, VNC and Wayland, and the GTK theme (it brings GTK, ~30 MB).
QT_PLUGINS_UNUSED = ("eglfs", "minimalegl", "linuxfb", "vnc", "wayland", "vkkhr", "gtk3")
#: Image format plugins kept (the icon is SVG; photos and attachments are shown through Qt).
QT_IMAGE_FORMATS = ("qsvg", "qjpeg", "qgif", "qico", "qwebp")
#: Files of the source tree never copied as data (bytecode, translation sources).
SKIP_SUFFIXES = (".pyc", ".ts")


def excludes() -> list[str]:
    """The ``excludes`` of the spec: the tools and every unused Qt module."""
    return [*TOOLS, *(f"PySide6.{module}" for module in QT_UNUSED)]


def _source_files(package: str, root: Path = ROOT) -> Iterator[Path]:
    for path in sorted((root / package).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path


def hidden_imports(root: Path = ROOT) -> list[str]:
    """Every module of the program's packages: many are imported by name at run time
    (``db.registry.each_domain``, the pages' ``"module:function"``), which PyInstaller cannot
    see. Migration scripts are left to Alembic, which loads them from their files."""
    modules = []
    for package in PACKAGES:
        for path in _source_files(package, root):
            if path.suffix != ".py" or "versions" in path.relative_to(root).parts:
                continue
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules.append(".".join(parts))
    return modules


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` for every file of the program's packages that is
    not a module, at the same relative place: the font, style sheet, icons, ``.qm``
    translations and user guide in ``resources/``, data such as ``db/data/*.csv``, and all of
    ``db/migrations`` (Alembic loads ``env.py`` and ``versions/*.py`` from their files)."""
    found = []
    for package in PACKAGES:
        for path in _source_files(package, root):
            relative = path.relative_to(root)
            migration = relative.parts[:2] == ("db", "migrations")
            if path.suffix in SKIP_SUFFIXES or (path.suffix == ".py" and not migration):
                continue
            found.append((str(path), str(PurePosixPath(*relative.parent.parts))))
    return found


def keep_qt_file(destination: str) -> bool:
    """Whether a file PySide6's hooks collect, named by its place in the bundle, is kept: the
    plugins the window needs and the Chinese Qt translations; anything outside ``PySide6/``
    is not PySide6's and kept."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return True
    inside = parts[parts.index("PySide6") + 1 :]
    name = inside[-1] if inside else ""
    if "translations" in inside:
        return name in QT_TRANSLATIONS
    if "plugins" in inside:
        below = inside[inside.index("plugins") + 1 :]
        if len(below) < 2 or below[0] not in QT_PLUGIN_FOLDERS:
            return False
        if below[0] == "imageformats":
            return any(
                name.startswith(f"{prefix}{format_}")
                for prefix in ("", "lib")
                for format_ in QT_IMAGE_FORMATS
            )
        return not any(word in name for word in QT_PLUGINS_UNUSED)
    return "qml" not in inside


def keep_collected(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A hook's ``(source file, destination folder)`` list less what ``keep_qt_file`` drops."""
    return [
        (source, folder)
        for source, folder in entries
        if keep_qt_file(str(PurePosixPath(folder.replace("\\", "/")) / Path(source).name))
    ]


def qt_hook(hook_file: str) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """What ``packaging/hooks/hook-PySide6.<module>.py`` gives PyInstaller: PyInstaller's own
    collection for that module (named by the hook's file name), filtered by ``keep_collected``."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    return list(hiddenimports), keep_collected(list(binaries)), keep_collected(list(datas))
