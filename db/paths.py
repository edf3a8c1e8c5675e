"""Where the program keeps its data: one place, overridable for tests and portable installs.

The window's start reads :func:`resource_path` before the window shows; ``platformdirs`` is
loaded only when a per-user folder is first asked for."""

from __future__ import annotations

import csv
import os
import sys
from importlib.util import find_spec
from pathlib import Path

APP_NAME = "RescueLedger"
DB_FILE = "rescue-ledger.sqlite3"
DEMO_DB_FILE = "demo.sqlite3"
ENV_DATA_DIR = "RESCUE_LEDGER_DATA_DIR"
ENV_DB = "RESCUE_LEDGER_DB"
ENV_CACHE_DIR = "RESCUE_LEDGER_CACHE_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The per-user data folder (created if missing).

    Order: the explicit override (``--data-dir``), ``RESCUE_LEDGER_DATA_DIR``, the platform's
    per-user data folder (``%LOCALAPPDATA%\\RescueLedger`` on Windows).
    """
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if not chosen:
        from platformdirs import user_data_dir

        chosen = user_data_dir(APP_NAME, appauthor=False)
    path = Path(chosen).expanduser().resolve()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a USB stick not plugged in, a drive letter gone, no permission
        from db.errors import DataFolderError

        raise DataFolderError(
            f"无法打开数据文件夹 {path}（U 盘或移动硬盘未插好，或没有权限？）。"
            "请插好后重试，或用 --data-dir 指定数据文件夹。"
        ) from exc
    return path


def cache_dir() -> Path:
    """The per-user cache folder (not created here), for what can be made again such as the
    parsed form font: ``RESCUE_LEDGER_CACHE_DIR``, else the platform's cache folder
    (``%LOCALAPPDATA%\\RescueLedger\\Cache`` on Windows)."""
    chosen = os.environ.get(ENV_CACHE_DIR)
    if not chosen:
        from platformdirs import user_cache_dir

        chosen = user_cache_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser()


def backups_dir(base: Path) -> Path:
    path = base / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_url(base: Path, demo: bool = False) -> str:
    return "sqlite:///" + (base / (DEMO_DB_FILE if demo else DB_FILE)).as_posix()


def bundle_dir() -> Path | None:
    """The folder a frozen program (PyInstaller, ``packaging/build.py``) keeps its code and data
    in: ``sys._MEIPASS`` (``_internal`` beside the ``.exe`` of a onedir build); ``None`` when
    running from source, an editable or a normal install."""
    if not getattr(sys, "frozen", False):
        return None
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else Path(sys.executable).resolve().parent


def package_dir(package: str) -> Path:
    """The folder of one of the program's packages (``"resources"``, ``"db.migrations"``): inside
    the bundle when frozen (the spec copies them there under the same names), else where Python
    finds the package, without running its ``__init__``."""
    bundle = bundle_dir()
    if bundle is not None:
        return bundle.joinpath(*package.split("."))
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"{package} is not a package of the program")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, found the same way installed, editable or frozen."""
    return package_dir("resources").joinpath(*parts)


def migrations_dir() -> Path:
    """Alembic's script folder (``db/migrations``: ``env.py`` and ``versions/``), frozen or not."""
    return package_dir("db.migrations")


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of the data file ``db/data/<name>``: a CSV with a header line, lines starting
    with ``#`` being comments for the person who edits it."""
    text = (package_dir("db") / "data" / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))
