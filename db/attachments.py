"""Attached files: copied into the data folder under generated names, never lost when the
original moves, removed from disk only when their record is deleted.

Only a plain file is taken: a symbolic link, or a file reached through a linked folder, is
refused (a link could copy in a file from anywhere the program can read), and so is an owner
(table and record) that does not exist.
"""

from __future__ import annotations

import errno
import hashlib
import mimetypes
import os
import re
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import Base
from db.engine import Database
from db.errors import LedgerError
from db.errors import NotFoundError
from db.shared_models import Attachment

MAX_BYTES = 200 * 1024 * 1024
FOLDER = "attachments"

LINKED = (
    "“{name}”是一个快捷链接（符号链接），或位于链接的文件夹中，不能作为附件。"
    "请选择文件本身所在的位置。"
)
NO_OWNER = "要添加附件的记录不存在（可能已被其他人删除），未添加附件。"
DISK_FULL = "磁盘空间已满，附件没有添加。请清理磁盘空间或把数据放到有空间的位置后重试。"
COPY_DENIED = "无法把“{name}”复制到数据文件夹：没有写入权限，或文件夹是只读的。附件没有添加。"
COPY_FAILED = "无法把“{name}”复制到数据文件夹（磁盘或 U 盘可能已拔出或损坏），附件没有添加。"


@dataclass
class AttachmentData:
    id: int
    owner_table: str
    owner_id: int
    original_name: str
    content_type: str
    size: int
    caption: str
    path: Path

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")


def _linked(path: Path) -> bool:
    """``path`` itself or one of the folders above it is a symbolic link (or a junction)."""
    absolute = Path(os.path.abspath(path))
    for part in (absolute, *absolute.parents):
        try:
            if stat.S_ISLNK(part.lstat().st_mode):
                return True
        except OSError:
            return False  # not there: the caller reports the missing file
        isjunction = getattr(os.path, "isjunction", None)  # Python 3.12+, Windows junctions
        if isjunction is not None and isjunction(part):
            return True
    return False


def _open_plain(path: Path) -> int:
    """A descriptor for reading ``path``, refusing a link that appeared since it was checked."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(path, flags)
    except OSError as exc:
        if _linked(path):
            raise LedgerError(LINKED.format(name=path.name)) from None
        raise LedgerError(f"无法读取文件 {path.name}（{exc.strerror or exc}）。") from None


def owner_exists(session: Session, owner_table: str, owner_id: int) -> bool:
    """The record ``owner_id`` of the table ``owner_table`` exists: a tracked record (one with
    a version, not an audit row or a setting) whose facade has declared its table."""
    table = Base.metadata.tables.get(owner_table)
    if table is None or "id" not in table.c or "version" not in table.c:
        return False
    found = session.execute(select(table.c.id).where(table.c.id == owner_id)).first()
    return found is not None


def _copy_failed(exc: OSError, name: str) -> str:
    """The sentence for a copy into the attachment folder that failed."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DISK_FULL
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return COPY_DENIED.format(name=name)
    return COPY_FAILED.format(name=name)


def _safe_suffix(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""


class Attachments:
    """Files belonging to records (plans, drills, water sources …)."""

    def __init__(self, database: Database):
        self.db = database
        self.root = database.data_dir / FOLDER

    def _data(self, a: Attachment) -> AttachmentData:
        return AttachmentData(
            a.id,
            a.owner_table,
            a.owner_id,
            a.original_name,
            a.content_type,
            a.size,
            a.caption,
            self.root / a.stored_name,
        )

    def add(
        self, owner_table: str, owner_id: int, source: str | Path, caption: str = ""
    ) -> AttachmentData:
        """Copy ``source`` in and record it; on any failure nothing is left behind.

        Refused (:class:`LedgerError`, nothing written): a missing file, a link or a file in a
        linked folder, a file over :data:`MAX_BYTES`, an owner record that does not exist.
        """
        source = Path(source)
        if _linked(source):
            raise LedgerError(LINKED.format(name=source.name))
        if not source.is_file():
            raise LedgerError(f"找不到文件：{source}")
        with self.db.read() as s:
            if not owner_exists(s, owner_table, owner_id):
                raise NotFoundError(NO_OWNER)
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise LedgerError(
                f"文件 {source.name} 太大（{size // 1024 // 1024} MB），单个附件不能超过 200 MB。"
            )
        stored = f"{uuid.uuid4().hex}{_safe_suffix(source.name)}"
        target = self.root / stored
        digest = hashlib.sha256()
        partial = target.with_suffix(target.suffix + ".part")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with os.fdopen(_open_plain(source), "rb") as src, partial.open("wb") as dst:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    digest.update(chunk)
                    dst.write(chunk)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise LedgerError(_copy_failed(exc, source.name)) from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        try:
            content_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
            with self.db.transaction() as s:
                if not owner_exists(s, owner_table, owner_id):  # deleted while copying
                    raise NotFoundError(NO_OWNER)
                row = Attachment(
                    owner_table=owner_table,
                    owner_id=owner_id,
                    original_name=source.name[:255],
                    stored_name=stored,
                    content_type=content_type,
                    size=size,
                    sha256=digest.hexdigest(),
                    caption=caption,
                )
                s.add(row)
                s.flush()
                return self._data(row)
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def of(self, owner_table: str, owner_id: int) -> list[AttachmentData]:
        with self.db.read() as s:
            rows = s.scalars(
                select(Attachment)
                .where(Attachment.owner_table == owner_table, Attachment.owner_id == owner_id)
                .order_by(Attachment.id)
            )
            return [self._data(a) for a in rows]

    def get(self, attachment_id: int) -> AttachmentData:
        with self.db.read() as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                raise NotFoundError("这个附件已被删除")
            return self._data(row)

    def remove(self, attachment_id: int) -> None:
        with self.db.transaction() as s:
            row = s.get(Attachment, attachment_id)
            if row is None:
                return
            path = self.root / row.stored_name
            s.delete(row)
        path.unlink(missing_ok=True)  # after the commit: a failed delete keeps the file

    def detach_owner(self, session: Session, owner_table: str, owner_id: int) -> list[Path]:
        """Delete the owner's attachment rows inside the owner's own transaction.

        Returns the files to remove once that transaction has committed (see :meth:`purge`).
        """
        rows = list(
            session.scalars(
                select(Attachment).where(
                    Attachment.owner_table == owner_table, Attachment.owner_id == owner_id
                )
            )
        )
        for row in rows:
            session.delete(row)
        return [self.root / r.stored_name for r in rows]

    @staticmethod
    def purge(paths: list[Path]) -> None:
        for path in paths:
            path.unlink(missing_ok=True)
