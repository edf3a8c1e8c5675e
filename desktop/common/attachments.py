"""Attached files of a record: add (copied into the data folder), open, remove."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from db.attachments import AttachmentData
from db.errors import LedgerError
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.words import error_text
from widgets.ask import confirm
from widgets.boxes import column
from widgets.boxes import row
from widgets.forms import hint_label
from widgets.table import Column
from widgets.table import FilterableTable

PLAN_FILES = QT_TRANSLATE_NOOP(
    "Attachments", "预案文件 (*.docx *.doc *.pdf *.wps *.jpg *.jpeg *.png);;所有文件 (*)"
)
IMAGES = QT_TRANSLATE_NOOP(
    "Attachments", "照片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;所有文件 (*)"
)


def open_file(parent: QWidget, f: AttachmentData) -> bool:
    """Open the stored copy with the system's viewer; says so when the file is missing."""
    if not f.path.exists():
        problem = QCoreApplication.translate(
            "common.attachments", "附件“{original_name}”的文件已不在数据文件夹中。"
        )
    elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(f.path))):
        problem = QCoreApplication.translate(
            "common.attachments", "没有能打开“{original_name}”的程序。"
        )
    else:
        return True
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("common.attachments", "打开附件"),
        problem.format(original_name=f.original_name),
    )
    return False


def add_files(
    parent: QWidget, title: str, filters: str, add: Callable[[Path], AttachmentData]
) -> list[AttachmentData]:
    """Ask for files and attach each; a failure is reported and the rest still go in."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, title, "", QCoreApplication.translate("Attachments", filters)
    )
    added: list[AttachmentData] = []
    for name in names:
        try:
            added.append(add(Path(name)))
        except LedgerError as exc:
            QMessageBox.warning(parent, title, error_text(exc))
    return added


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class AttachmentsDialog(QDialog):
    """The files of one record. ``load()`` lists them, ``add(path)`` attaches one,
    ``remove(id)`` deletes one (the stored copy too)."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        load: Callable[[], list[AttachmentData]],
        add: Callable[[Path], AttachmentData],
        remove: Callable[[int], None],
        filters: str = PLAN_FILES,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 380)
        self._load, self._add, self._remove, self._filters = load, add, remove, filters
        note = hint_label(
            self.tr("添加时会把文件复制一份保存到本程序的数据文件夹，原文件移动或删除也不受影响。"),
            self,
        )
        self.table = FilterableTable(
            [
                Column("original_name", self.tr("文件名"), width=300),
                Column("size", self.tr("大小"), "int", width=80, formatter=_size),
                Column("caption", self.tr("说明")),
            ],
            parent=self,
        )
        self.add_button = QPushButton(self.tr("添加文件…"), self)
        self.add_button.setObjectName("primary")
        self.open_button = QPushButton(self.tr("打开"), self)
        self.remove_button = QPushButton(self.tr("删除"), self)
        guard(RECORDS, self.add_button, self.remove_button)
        close = QPushButton(self.tr("关闭"), self)
        buttons = row(self.add_button, self.open_button, self.remove_button, 1, close)
        column(note, (self.table, 1), buttons, parent=self)
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.remove_button.clicked.connect(self.remove)
        self.table.activated.connect(self.open_selected)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        self.table.set_rows(self._load())

    def add(self) -> None:
        if add_files(self, self.windowTitle(), self._filters, self._add):
            self.reload()

    def open_selected(self, f: AttachmentData | None = None) -> None:
        f = f or self.table.current_row()
        if f is not None:
            open_file(self, f)

    def remove(self) -> None:
        f = self.table.current_row()
        if f is None:
            return
        if confirm(
            self,
            self.windowTitle(),
            self.tr("确定删除附件“{original_name}”吗？").format(original_name=f.original_name),
        ):
            self._remove(f.id)
            self.reload()
