"""Attached files as thumbnails, for the pages that show photos (drills, water sources):
:class:`PhotoModel` and :class:`PhotoBox`, the list with 添加照片…, 打开 and 删除."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtGui import QImageReader
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QBoxLayout
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QWidget

from db.attachments import AttachmentData
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.attachments import IMAGES
from desktop.common.attachments import add_files
from desktop.common.attachments import open_file
from widgets.ask import confirm
from widgets.boxes import column
from widgets.boxes import row
from widgets.forms import hint_label

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


class PhotoBox(QWidget):
    """A record's photos as thumbnails with 添加照片…, 打开 (the system viewer) and 删除.

    ``files()`` lists them, ``add(path)`` attaches one, ``remove(id)`` deletes one;
    ``ready()`` says whether the record can take photos now (a new drill is saved first).
    The buttons stand in a row below the thumbnails, or in a column beside them (``beside``);
    ``note`` is a hint above them. ``changed`` follows every add and delete.
    """

    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        files: Callable[[], Sequence[AttachmentData]],
        add: Callable[[Path], Any],
        remove: Callable[[int], Any],
        ready: Callable[[], bool],
        beside: bool = False,
        note: str = "",
    ):
        super().__init__(parent)
        self._files, self._add, self._remove, self._ready = files, add, remove, ready
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.model = PhotoModel(file_icon=icon)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(THUMB)
        self.view.setGridSize(QSize(THUMB.width() + 40, THUMB.height() + 44))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("添加照片…"), self)
        self.open_button = QPushButton(self.tr("打开"), self)
        self.remove_button = QPushButton(self.tr("删除"), self)
        guard(RECORDS, self.add_button, self.remove_button)
        buttons = (self.add_button, self.open_button, self.remove_button, 1)
        if beside:
            body: QBoxLayout = row((self.view, 1), column(*buttons))
        else:
            body = column((self.view, 1), row(*buttons))
        above = [hint_label(note, self)] if note else []
        column(*above, (body, 1), parent=self)
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(lambda: self.open())
        self.remove_button.clicked.connect(self.remove)
        self.view.activated.connect(self.open)

    def reload(self) -> None:
        self.model.set_files(self._files())

    def add(self) -> None:
        if self._ready() and add_files(self, self.tr("添加照片"), IMAGES, self._add):
            self.reload()
            self.changed.emit()

    def open(self, index: QModelIndex | None = None) -> None:
        f = self.model.file_at((index if index is not None else self.view.currentIndex()).row())
        if f is not None:
            open_file(self, f)

    def remove(self) -> None:
        f = self.model.file_at(self.view.currentIndex().row())
        if f is None:
            return
        if confirm(
            self,
            self.tr("删除照片"),
            self.tr("确定删除照片“{original_name}”吗？").format(original_name=f.original_name),
        ):
            self._remove(f.id)
            self.reload()
            self.changed.emit()
