"""Excel import/export from the window: file dialogs, work off the UI thread, readable errors.

Importing opens a preview (:mod:`desktop.common.import_dialog`) once the file is read; nothing is
written until the clerk presses 导入 there. openpyxl is imported on first use, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from desktop.common.access import RECORDS
from desktop.common.access import guard
from widgets.overflow import MoreButton
from widgets.tasks import TaskHandle
from widgets.tasks import run_task

if TYPE_CHECKING:
    from db.xlsx import ImportOptions

IMPORT_FILTER = QT_TRANSLATE_NOOP("ExcelFilters", "表格文件 (*.xlsx *.xls *.et *.csv)")
XLSX_FILTER = QT_TRANSLATE_NOOP("ExcelFilters", "Excel 工作簿 (*.xlsx)")


def register_title(register: str) -> str:
    """What the dialogs call a register's rows (导入队员, 导出消防水源台账)."""
    from db.xlsx import REGISTERS

    spec = REGISTERS.get(register)
    return spec.short_title if spec is not None else register


def import_dialog(
    parent: QWidget, register: str, database: Any, done: Callable[[], None]
) -> TaskHandle | None:
    """Choose a file and preview its import into ``register``; ``done()`` runs once it was
    imported."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("common.excel", "导入{register_title}").format(
            register_title=register_title(register)
        ),
        "",
        QCoreApplication.translate("ExcelFilters", IMPORT_FILTER),
    )
    if not name:
        return None
    return preview_file(parent, register, database, Path(name), done)


def preview_file(
    parent: QWidget,
    register: str,
    database: Any,
    path: Path,
    done: Callable[[], None],
    options: ImportOptions | None = None,
) -> TaskHandle:
    """Read ``path`` off the UI thread (取消 works even while the workbook is being opened),
    then open the preview dialog on it."""
    from db.xlsx import ImportOptions
    from desktop.common.import_dialog import ImportPreviewDialog
    from desktop.common.import_dialog import error_sentence
    from desktop.common.import_service import FileImport

    title = QCoreApplication.translate("common.excel", "导入{register_title}").format(
        register_title=register_title(register)
    )
    service = FileImport(database, register, path)
    options = options or ImportOptions()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        return service.read(options, progress, cancelled)

    def opened(sheet) -> None:  # type: ignore[no-untyped-def]
        dialog = ImportPreviewDialog(parent, service, sheet, options, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(done)
        dialog.open()

    def failed(exc: Exception) -> None:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("common.excel", "无法读取“{name}”：{error_sentence}").format(
                name=path.name, error_sentence=error_sentence(exc)
            ),
        )

    return run_task(
        parent,
        title,
        work,
        opened,
        failed,
        label=QCoreApplication.translate("common.excel", "正在读取 {name}…").format(name=path.name),
        abandon_on_cancel=True,
    )


def export_dialog(parent: QWidget, register: str, database: Any) -> None:
    title = QCoreApplication.translate("common.excel", "导出{register_title}").format(
        register_title=register_title(register)
    )

    def work(path, progress, cancelled):  # type: ignore[no-untyped-def]
        from db.xlsx import export_register

        return export_register(database, register, path, progress=progress, cancelled=cancelled)

    export_xlsx(
        parent,
        title,
        f"{register_title(register)}.xlsx",
        work,
        QCoreApplication.translate("common.excel", "已导出 {n} 行到 {path}"),
    )


def export_xlsx(
    parent: QWidget,
    title: str,
    file_name: str,
    work: Callable[[Path, Any, Any], int],
    done_text: str,
) -> None:
    """Ask where to save a workbook (``file_name`` offered), write it with ``work(path,
    progress, cancelled)`` off the UI thread and say ``done_text`` ({n} rows, {path})."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, file_name, QCoreApplication.translate("ExcelFilters", XLSX_FILTER)
    )
    if not name:
        return
    path = Path(name)
    run_task(
        parent,
        title,
        lambda progress, cancelled: work(path, progress, cancelled),
        lambda n: QMessageBox.information(parent, title, done_text.format(n=n, path=path)),
    )


def template_dialog(parent: QWidget, register: str, database: Any) -> None:
    title = QCoreApplication.translate("common.excel", "{register_title}导入模板").format(
        register_title=register_title(register)
    )
    name, _ = QFileDialog.getSaveFileName(
        parent, title, f"{title}.xlsx", QCoreApplication.translate("ExcelFilters", XLSX_FILTER)
    )
    if name:
        from db.xlsx import write_template

        write_template(register, Path(name), database)
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("common.excel", "已生成 {name}").format(name=name),
        )


class ExcelButtons:
    """The 导入… / 导出Excel… / 空白模板… buttons every register page shows at the right end of
    its button row. A page holding several registers (物资储备 with 出入库记录) gets one menu
    entry per register on each button."""

    def __init__(
        self,
        parent: QWidget,
        registers: Sequence[str],
        database: Callable[[], Any],
        done: Callable[[], None],
    ):
        self.registers = list(registers)
        self.parent = parent
        self.import_button = QPushButton(
            QCoreApplication.translate("ExcelButtons", "导入…"), parent
        )
        self.import_button.setToolTip(
            QCoreApplication.translate(
                "ExcelButtons",
                "从表格文件（.xlsx、.xls、.et、.csv）导入：先预览每一行，确认后才写入",
            )
        )
        guard(RECORDS, self.import_button)
        self.export_button = QPushButton(
            QCoreApplication.translate("ExcelButtons", "导出Excel…"), parent
        )
        self.template_button = QPushButton(
            QCoreApplication.translate("ExcelButtons", "空白模板…"), parent
        )
        actions: tuple[tuple[QPushButton, Callable[[str], Any]], ...] = (
            (self.import_button, lambda r: import_dialog(parent, r, database(), done)),
            (self.export_button, lambda r: export_dialog(parent, r, database())),
            (self.template_button, lambda r: template_dialog(parent, r, database())),
        )
        for button, act in actions:
            if len(self.registers) == 1:
                button.clicked.connect(lambda _=False, a=act: a(self.registers[0]))
                continue
            menu = QMenu(button)
            # The registers' titles load with the Excel code, when the menu is first opened.
            menu.aboutToShow.connect(lambda m=menu, a=act: self._fill(m, a))
            button.setMenu(menu)

    def _fill(self, menu: QMenu, act: Callable[[str], Any]) -> None:
        if menu.actions():
            return
        for register in self.registers:
            menu.addAction(register_title(register)).triggered.connect(
                lambda _=False, a=act, r=register: a(r)
            )

    @property
    def buttons(self) -> list[QPushButton]:
        return [self.import_button, self.export_button, self.template_button]

    def add_to(self, row: QHBoxLayout) -> MoreButton:
        """Put 导入… and 导出Excel… at the right end of ``row`` (after its stretch), then a
        更多 button whose menu holds 空白模板… (the page may move its other rarely used
        buttons there, so the row fits a 1024×768 screen). Returns the 更多 button."""
        more = MoreButton(self.parent)
        for button in self.buttons:
            row.addWidget(button)
        more.take(self.template_button)
        row.addWidget(more)
        return more


__all__ = ["ExcelButtons", "import_dialog", "preview_file", "export_dialog", "template_dialog"]
