"""设置 → 备份与恢复: the backups (time, kind, size, place), 立即备份, 恢复…, the second folder."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.access import ADMINISTER
from db.backup import BackupFile
from db.backup import backup_now
from db.backup import backups
from db.backup import second_folder
from db.backup import set_second_folder
from db.engine import Database
from db.errors import LedgerError
from desktop.common.words import error_text
from widgets.table import Column
from widgets.table import FilterableTable
from widgets.tasks import TaskHandle
from widgets.tasks import run_task

log = logging.getLogger(__name__)
TITLE = QT_TRANSLATE_NOOP("BackupDialog", "备份与恢复")


def confirm_restore(parent: QWidget, path: Path, label: str) -> bool:
    """Ask before a restore replaces the database (the current one is backed up first)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupDialog", TITLE),
        QCoreApplication.translate(
            "shell.backup_dialog",
            "用这个备份替换当前数据库？\n{label}\n{path}\n\n恢复之前会自动备份当前数据库。",
        ).format(label=label, path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class BackupDialog(QDialog):
    """Lists this database's backups; ``restore(path)`` is the window's (it closes the
    database, restores and opens it again)."""

    def __init__(self, database: Database, restore: Callable[[Path], None], parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr(TITLE))
        self.resize(760, 460)
        self.database = database
        self._restore = restore
        self._task: TaskHandle | None = None
        self.table = FilterableTable(
            [
                Column(lambda b: f"{b.at:%Y-%m-%d %H:%M:%S}", self.tr("时间"), width=150),
                Column("kind_text", self.tr("类型"), width=80),
                Column("size_text", self.tr("大小"), width=80),
                Column(lambda b: str(b.path.parent), self.tr("位置"), tooltip=True),
            ],
            parent=self,
        )
        self.table.activated.connect(lambda b: self.restore_selected())
        self.second = QLabel(self)
        self.second.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        admin = database.may(ADMINISTER)  # restoring and the second folder: an admin's
        self.admin_buttons: list[QPushButton] = []
        for text, slot, needs_admin in (
            (self.tr("立即备份"), self.backup, False),
            (self.tr("恢复所选备份…"), self.restore_selected, True),
            (self.tr("从文件恢复…"), self.restore_file, True),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if needs_admin:
                self.admin_buttons.append(button)
        buttons.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.second, 1)
        choose = QPushButton(self.tr("选择第二备份位置…"), self)
        choose.clicked.connect(self.choose_second)
        clear = QPushButton(self.tr("不用第二位置"), self)
        clear.clicked.connect(lambda: self.save_second(None))
        folder_row.addWidget(choose)
        folder_row.addWidget(clear)
        self.admin_buttons += [choose, clear]
        for button in self.admin_buttons:
            button.setEnabled(admin)
            if not admin:
                button.setToolTip(self.tr("无权限：恢复备份和第二备份位置需要管理员"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "程序每天第一次打开时、每次导入、恢复和升级之前自动备份；保留最近一天的全部备份，"
                "以及最近 7 天、4 周、12 个月各一份。"
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(folder_row)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        self.table.set_rows(backups(self.database))
        folder = second_folder(self.database)
        if folder is None:
            self.second.setText(self.tr("第二备份位置：未设置（可选 U 盘等，每次备份另存一份）"))
        elif folder.is_dir():
            self.second.setText(self.tr("第二备份位置：{folder}").format(folder=folder))
        else:
            self.second.setText(
                self.tr("第二备份位置：{folder}（现在不可用，U 盘未插好？）").format(folder=folder)
            )

    def backup(self) -> None:
        database = self.database

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self._task = None
            self.reload()
            self.message.setText(
                "\n".join([self.tr("已备份到 {path}").format(path=result.path), *result.warnings])
            )

        self._task = run_task(
            self,
            self.tr(TITLE),
            lambda _p, _c: backup_now(database, "manual"),
            done,
            self._failed,
            label=self.tr("正在备份…"),
        )

    def _failed(self, exc: Exception) -> None:
        self._task = None
        log.warning("backup failed", exc_info=exc)
        text = error_text(exc) if isinstance(exc, LedgerError) else self.tr("备份未完成，请重试。")
        QMessageBox.warning(self, self.tr(TITLE), text)

    def restore_selected(self) -> None:
        chosen: BackupFile | None = self.table.current_row()
        if chosen is None:
            QMessageBox.information(self, self.tr(TITLE), self.tr("请先在列表中选择一个备份。"))
            return
        label = f"{chosen.at:%Y-%m-%d %H:%M}　{chosen.kind_text}　{chosen.size_text}"
        if confirm_restore(self, chosen.path, label):
            self.accept()
            self._restore(chosen.path)

    def restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择备份文件"),
            str(self.database.data_dir),
            self.tr("备份文件 (*.sqlite3);;所有文件 (*)"),
        )
        if name and confirm_restore(self, Path(name), self.tr("所选文件")):
            self.accept()
            self._restore(Path(name))

    def choose_second(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择第二备份位置（如 U 盘）"))
        if folder:
            self.save_second(folder)

    def save_second(self, folder: str | None) -> None:
        try:
            set_second_folder(self.database, folder)
        except LedgerError as exc:
            QMessageBox.warning(self, self.tr(TITLE), error_text(exc))
            return
        self.reload()
