"""The data folder remembers the databases it held, so a missing one is never replaced silently.

``<data folder>/database-id.json`` names each SQLite file opened from this folder with an id
(a uuid made when the folder first records it) and the second backup folder. The id is kept
in the folder only: a row written into the database at open would be a change without a clerk
behind it, in every new database's audit trail. When
such a file is gone (deleted, a wrong ``--data-dir``, the USB stick not plugged in), opening
refuses to create an empty one and names the newest backup and how to restore it. ``--demo``
and a folder that never held a database still create one.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from db.errors import LedgerError

if TYPE_CHECKING:
    from db.backup import BackupFile
    from db.engine import Database

MARKER = "database-id.json"


class MissingDatabaseError(LedgerError):
    """The data folder held a database whose file is gone; nothing was created."""

    bad_input = True

    def __init__(self, path: Path, newest: BackupFile | None, folder: str = ""):
        self.path = path
        self.newest = newest
        if newest is not None:
            how = (
                f"最新的备份是 {newest.path}（{newest.at:%Y-%m-%d %H:%M}，{newest.kind_text}）。"
                f'恢复它：rescue-ledger{folder} restore "{newest.path}" --yes'
                "（窗口中选“恢复”）；或用 --data-dir 指定数据库所在的文件夹。"
            )
        else:
            how = "没有找到它的备份。请找回数据库文件，或用 --data-dir 指定数据库所在的文件夹。"
        self.head = (
            f"找不到数据库文件 {path}。这个数据文件夹曾经存有数据库，程序不会新建空数据库代替它。"
        )
        super().__init__(self.head + how)

    @property
    def window_text(self) -> str:
        """The same for the window's dialog, whose buttons do what the command would."""
        if self.newest is None:
            return self.head + "\n\n没有找到它的备份。请找回数据库文件，或选择数据库所在的文件夹。"
        b = self.newest
        return (
            f"{self.head}\n\n最新的备份：{b.at:%Y-%m-%d %H:%M}（{b.kind_text}，{b.size_text}）\n"
            f"{b.path}\n\n“恢复”用这个备份恢复数据库；“选择其他位置”打开数据库所在的文件夹。"
        )


def _marker_path(data_dir: Path) -> Path:
    return data_dir / MARKER


def read_marker(data_dir: Path) -> dict[str, Any]:
    """The marker's content (``{"databases": {path: {"id", "second_dir"}}}``), {} if none."""
    try:
        content = json.loads(_marker_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return content if isinstance(content, dict) else {}


def _write_marker(data_dir: Path, content: dict[str, Any]) -> None:
    path = _marker_path(data_dir)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
        partial.replace(path)
    except OSError:
        partial.unlink(missing_ok=True)  # a read-only folder: opening still works


def _entry(data_dir: Path, db_file: Path) -> dict[str, Any] | None:
    entry = read_marker(data_dir).get("databases", {}).get(str(db_file.resolve()))
    return entry if isinstance(entry, dict) else None


def check_not_missing(data_dir: Path, db_file: Path) -> None:
    """Raise :class:`MissingDatabaseError` when ``db_file`` is gone but the folder held it."""
    if db_file.exists() and db_file.stat().st_size > 0:
        return
    entry = _entry(data_dir, db_file)
    if entry is None:
        return
    newest = newest_backup(data_dir, db_file, entry.get("second_dir"))
    raise MissingDatabaseError(db_file, newest, _folder_option(data_dir))


def _folder_option(data_dir: Path) -> str:
    """`` --data-dir "…"`` for the restore command, unless the folder is the usual one."""
    from platformdirs import user_data_dir

    from db.paths import APP_NAME

    usual = Path(user_data_dir(APP_NAME, appauthor=False)).expanduser().resolve()
    return "" if data_dir.resolve() == usual else f' --data-dir "{data_dir}"'


def newest_backup(data_dir: Path, db_file: Path, second: str | None = None) -> BackupFile | None:
    """The newest backup of ``db_file`` in the data folder's backups and the second folder."""
    from db.backup import list_backups

    found = list_backups(data_dir / "backups", db_file.stem)
    if second:
        found += list_backups(Path(second), db_file.stem)
    return max(found, key=lambda b: b.at, default=None)


def remember(database: Database) -> None:
    """Record in the data folder that it holds this SQLite database (with an id made the
    first time). PostgreSQL and the demo database are not recorded."""
    from db.engine import sqlite_path

    path = sqlite_path(database.url)
    if path is None:
        return
    key = str(path.resolve())
    content = read_marker(database.data_dir)
    databases = content.setdefault("databases", {})
    if not isinstance(databases, dict):
        content["databases"] = databases = {}
    entry = databases.get(key)
    if isinstance(entry, dict) and entry.get("id"):
        return
    databases[key] = {"id": uuid.uuid4().hex, "second_dir": ""}
    _write_marker(database.data_dir, content)


def remember_backups(database: Database, second: Path | None) -> None:
    """Note the second backup folder beside the database, so a missing database's newest
    backup is found there too."""
    from db.engine import sqlite_path

    path = sqlite_path(database.url)
    if path is None:
        return
    content = read_marker(database.data_dir)
    entry = content.get("databases", {}).get(str(path.resolve()))
    if not isinstance(entry, dict) or entry.get("second_dir", "") == str(second or ""):
        return
    entry["second_dir"] = str(second or "")
    _write_marker(database.data_dir, content)
