"""Where the program keeps its data: one place, overridable for tests and portable installs."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

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
    chosen = override or os.environ.get(ENV_DATA_DIR) or user_data_dir(APP_NAME, appauthor=False)
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
    chosen = os.environ.get(ENV_CACHE_DIR) or user_cache_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser()


def backups_dir(base: Path) -> Path:
    path = base / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_url(base: Path, demo: bool = False) -> str:
    return "sqlite:///" + (base / (DEMO_DB_FILE if demo else DB_FILE)).as_posix()


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, found the same way installed, editable or frozen."""
    import resources

    return Path(resources.__file__).resolve().parent.joinpath(*parts)
