"""Backups: one SQLite file per copy, made online, listed, thinned, copied to a second folder.

A backup is always an SQLite file, whatever the engine: from SQLite it is SQLite's online
backup (consistent while others write); from PostgreSQL a new file is migrated to the server's
schema revision and filled table by table inside one snapshot (``REPEATABLE READ``), so the
program can restore it into either engine (:mod:`db.restore`).

Automatic copies go to ``<data folder>/backups`` and are named
``<database>-YYYYmmdd-HHMMSS-<kind>.sqlite3``; after each one the folder is thinned
(:func:`thin`: everything of the last 24 hours, then the newest of each of the last 7 days,
4 weeks and 12 months) and, when the office set one in 设置, copied to a second folder (a USB
stick). A missing second folder is a warning, never a failure.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from db import paths
from db.base import now
from db.engine import Database
from db.engine import sqlite_path
from db.errors import LedgerError
from db.shared_models import Setting

SECOND_DIR_KEY = "backup.second_dir"
SUFFIX = ".sqlite3"
KINDS = {
    "daily": "每日自动",
    "manual": "手动",
    "before-import": "导入前",
    "before-restore": "恢复前",
    "before-migration": "升级前",
}
NAME = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})(?:\.(?P<n>\d+))?-(?P<kind>[a-z-]+)\.sqlite3$"
)
KEEP_HOURS, DAILY, WEEKLY, MONTHLY = 24, 7, 4, 12

Progress = Callable[[int, int], None]


class BackupError(LedgerError):
    """A backup could not be made (disk full, folder not writable …)."""


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk, as ``backup --list`` and 设置 → 备份与恢复 show it."""

    path: Path
    at: dt.datetime
    kind: str
    size: int
    stem: str

    @property
    def kind_text(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def size_text(self) -> str:
        return size_text(self.size)


def size_text(size: int) -> str:
    """A file size as the clerk reads it: 812 B, 3.4 MB."""
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


@dataclass
class BackupResult:
    """A backup just made: where it is and what the clerk should know (second folder …)."""

    path: Path
    size: int
    warnings: list[str] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


# --- thinning (pure) -------------------------------------------------------------------------
def _periods(times: Sequence[dt.datetime], key: Callable[[dt.datetime], object], count: int):
    """The newest time of each of the ``count`` most recent periods that hold a time."""
    seen: list[object] = []
    for t in sorted(times, reverse=True):
        k = key(t)
        if k in seen:
            continue
        if len(seen) == count:
            break
        seen.append(k)
        yield t


def thin(
    times: Iterable[dt.datetime],
    at: dt.datetime,
    *,
    keep_hours: int = KEEP_HOURS,
    daily: int = DAILY,
    weekly: int = WEEKLY,
    monthly: int = MONTHLY,
) -> set[dt.datetime]:
    """The backup times to keep at time ``at``: every one of the last ``keep_hours`` (a wrong
    import can still be undone from the copy made before it), and the newest of each of the
    last ``daily`` days, ``weekly`` ISO weeks and ``monthly`` months that have a backup.

    Periods without a backup do not count, so a program left unused for a month still keeps
    its last week of copies. The newest backup is always kept; thinning twice keeps the same.
    """
    times = sorted(set(times))
    keep = {t for t in times if at - t < dt.timedelta(hours=keep_hours)}
    keep.update(_periods(times, lambda t: t.date(), daily))
    keep.update(_periods(times, lambda t: t.isocalendar()[:2], weekly))
    keep.update(_periods(times, lambda t: (t.year, t.month), monthly))
    return keep


# --- naming and listing ----------------------------------------------------------------------
def database_stem(database: Database) -> str:
    """What the database's backups are named after: the SQLite file's name, or the server's
    database name (``pg-<name>``)."""
    path = sqlite_path(database.url)
    if path is not None:
        return path.stem
    return "pg-" + (make_url(database.url).database or "postgres")


def parse(path: Path) -> BackupFile | None:
    """A backup file named by this program, or None for any other file."""
    match = NAME.match(path.name)
    if not match:
        return None
    try:
        at = dt.datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")
        at += dt.timedelta(microseconds=int(match["n"] or 0))  # two copies in one second
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, at, match["kind"], size, match["stem"])


def list_backups(folder: Path, stem: str | None = None) -> list[BackupFile]:
    """The backups in ``folder`` (of one database when ``stem`` is given), newest first."""
    try:
        names = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return []
    found = [b for b in map(parse, names) if b is not None and (stem is None or b.stem == stem)]
    return sorted(found, key=lambda b: (b.at, b.path.name), reverse=True)


def backups_folder(database: Database) -> Path:
    return paths.backups_dir(database.data_dir)


def backups(database: Database) -> list[BackupFile]:
    """This database's backups in the data folder and in the second folder, newest first."""
    stem = database_stem(database)
    found = list_backups(backups_folder(database), stem)
    second = second_folder(database)
    if second is not None:
        found += list_backups(second, stem)
    return sorted(found, key=lambda b: (b.at, b.path.name), reverse=True)


def second_folder(database: Database) -> Path | None:
    """The office's second backup folder (设置 → 备份与恢复), or None."""
    with database.read() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == SECOND_DIR_KEY))
    return Path(value) if value else None


def set_second_folder(database: Database, folder: str | Path | None) -> None:
    """Remember (or with None/"" forget) the second backup folder; audited like any setting."""
    value = str(folder) if folder else ""
    with database.transaction() as s:
        row = s.get(Setting, SECOND_DIR_KEY)
        if row is None:
            s.add(Setting(key=SECOND_DIR_KEY, value=value))
        elif row.value != value:
            row.value = value


# --- making one ------------------------------------------------------------------------------
def _new_name(folder: Path, stem: str, kind: str, at: dt.datetime) -> Path:
    """A backup name nobody else uses, reserved by creating it (two imports started in the
    same second, in two programs, must not write into one file)."""
    folder.mkdir(parents=True, exist_ok=True)
    base = f"{stem}-{at:%Y%m%d-%H%M%S}"
    target = folder / f"{base}-{kind}{SUFFIX}"
    n = 1
    while True:
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            return target
        except FileExistsError:
            n += 1
            target = folder / f"{base}.{n}-{kind}{SUFFIX}"


def copy_sqlite_file(source: Path, target: Path) -> None:
    """SQLite's online backup of ``source`` into ``target`` (replaced as a whole)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def write_backup(database: Database, target: Path, progress: Progress | None = None) -> int:
    """Write a consistent copy of ``database`` to ``target`` (made under a temporary name and
    renamed when complete, so a half-written copy never looks like a backup); its size."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # One temporary name per writer: two backups at once never share a half-written file.
    partial = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.partial")
    partial.unlink(missing_ok=True)
    try:
        path = sqlite_path(database.url)
        if path is not None:
            copy_sqlite_file(path, partial)
        else:
            from db.restore import dump_to_sqlite

            dump_to_sqlite(database, partial, progress)
        partial.replace(target)
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"备份未能写入 {target}（{_reason(exc)}）。") from exc
    return target.stat().st_size


def _reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == 28:
        return "磁盘已满"
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return "没有写入权限"
    return getattr(exc, "strerror", None) or "无法写入"


def backup_now(
    database: Database,
    kind: str = "manual",
    output: Path | None = None,
    progress: Progress | None = None,
) -> BackupResult:
    """Make a backup. With ``output`` it is written there and nothing else happens; otherwise
    it goes to the backups folder, which is thinned, and is copied to the second folder."""
    if output is not None:
        return BackupResult(output, write_backup(database, output, progress))
    folder = backups_folder(database)
    stem = database_stem(database)
    target = _new_name(folder, stem, kind, now())
    try:
        result = BackupResult(target, write_backup(database, target, progress))
    except BackupError:
        target.unlink(missing_ok=True)  # the reserved name, still empty
        raise
    result.removed += prune(folder, stem)
    second = second_folder(database)
    if second is not None:
        result.warnings += copy_to_second(target, second, stem, result)
    from db.marker import remember_backups

    remember_backups(database, second)
    return result


def prune(folder: Path, stem: str, at: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups of ``stem`` in ``folder`` that :func:`thin` lets go."""
    found = list_backups(folder, stem)
    keep = thin([b.at for b in found], at or now())
    removed: list[Path] = []
    for b in found:
        if b.at in keep:
            continue
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            pass  # open in another program: thinned next time
    return removed


def copy_to_second(target: Path, second: Path, stem: str, result: BackupResult) -> list[str]:
    """Copy a new backup to the second folder and thin it there; warnings, never an error."""
    if not second.is_dir():
        return [f"第二备份位置 {second} 不可用（U 盘未插好？），这次的备份只保存在本机。"]
    copy = second / target.name
    partial = copy.with_name(copy.name + ".partial")
    try:
        shutil.copyfile(target, partial)
        partial.replace(copy)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        return [f"未能复制到第二备份位置 {second}（{_reason(exc)}），这次的备份只保存在本机。"]
    result.removed += prune(second, stem)
    return []


def daily_due(database: Database, today: dt.date | None = None) -> bool:
    """Whether today's automatic backup is still to be made (no backup of today yet)."""
    today = today or now().date()
    found = list_backups(backups_folder(database), database_stem(database))
    return not any(b.at.date() == today for b in found)


def daily_backup(database: Database) -> BackupResult | None:
    """The once-a-day backup at start; None when today's copy exists (or nothing to copy)."""
    if not daily_due(database) or not has_data(database):
        return None
    return backup_now(database, "daily")


def has_data(database: Database) -> bool:
    """Whether the database holds anything worth a copy (an SQLite file that exists)."""
    path = sqlite_path(database.url)
    return path is None or (path.exists() and path.stat().st_size > 0)


def before(database: Database, kind: str) -> BackupResult | None:
    """The automatic copy before an import, a restore or a migration."""
    if not has_data(database):
        return None
    return backup_now(database, kind)
