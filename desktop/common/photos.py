"""Attached files as thumbnails, for the pages that show photos (drills, water sources)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap

from db.attachments import AttachmentData

_Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole

THUMB = QSize(120, 90)


class PhotoModel(QAbstractListModel):
    """Attached files shown as thumbnails (images) or a file icon, captioned by name."""

    def __init__(self, files: Sequence[AttachmentData] = (), file_icon: QIcon | None = None):
        super().__init__()
        self._files = list(files)
        self._icons: dict[int, QIcon] = {}
        self._file_icon = file_icon or QIcon()

    def files(self) -> list[AttachmentData]:
        return list(self._files)

    def set_files(self, files: Sequence[AttachmentData]) -> None:
        self.beginResetModel()
        self._files = list(files)
        self._icons = {k: v for k, v in self._icons.items() if any(f.id == k for f in files)}
        self.endResetModel()

    def file_at(self, row: int) -> AttachmentData | None:
        return self._files[row] if 0 <= row < len(self._files) else None

    def _icon(self, f: AttachmentData) -> QIcon:
        if f.id not in self._icons:
            icon = self._file_icon
            if f.is_image and f.path.exists():
                reader = QImageReader(str(f.path))
                reader.setAutoTransform(True)
                size = reader.size()
                if size.isValid():
                    reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
                image = reader.read()
                if not image.isNull():
                    icon = QIcon(QPixmap.fromImage(image))
            self._icons[f.id] = icon
        return self._icons[f.id]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._files)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._files):
            return None
        f = self._files[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f.caption or f.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(f)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{f.original_name}（{max(1, f.size // 1024)} KB）"
        if role == VALUE_ROLE:
            return f.id
        return None
