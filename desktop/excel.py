"""Excel import/export from the window: file dialogs, work off the UI thread, readable errors.

openpyxl is imported on first use, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db import register_names
from widgets.tasks import run_task

XLSX_FILTER = "Excel 工作簿 (*.xlsx)"
# Every register by its own title; a few read better short in dialog titles (导入队员).
TITLES = {
    **register_names.TITLES,
    "members": "队员",
    "leave": "请假",
    "sites": "重点场所",
    "plans": "应急预案",
    "drills": "演练",
    "findings": "整改问题",
}


def _ledger_db(widget: QWidget):  # type: ignore[no-untyped-def]
    window = widget.window()
    return window.ledger.db  # type: ignore[attr-defined]


class ProblemsDialog(QDialog):
    """Every bad cell, one per line, in the user's own terms; nothing was written."""

    def __init__(self, parent: QWidget, title: str, lines: list[str], intro: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit("\n".join(lines), self)
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        layout.addWidget(box)


def describe(problem) -> str:  # type: ignore[no-untyped-def]
    """A problem as the clerk reads it: 第5行「入队日期」：…"""
    where = f"第{problem.row}行" if problem.row else ""
    column = f"「{problem.column}」" if problem.column else ""
    return f"{where}{column}：{problem.message}" if where or column else problem.message


def import_file(parent: QWidget, register: str, path: Path, done: Callable[[], None]) -> None:
    database = _ledger_db(parent)
    title = f"导入{TITLES.get(register, register)}"

    from db.xlsx import ImportRejected, import_register

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        return import_register(database, register, path, progress=progress, cancelled=cancelled)

    def ok(report) -> None:  # type: ignore[no-untyped-def]
        text = report.summary()
        if report.notices:
            text += "\n" + "\n".join(report.notices)
        QMessageBox.information(parent, title, text)
        done()

    def failed(exc: Exception) -> None:
        if isinstance(exc, ImportRejected):
            lines = [describe(p) for p in exc.problems] + list(exc.notices)
            ProblemsDialog(
                parent,
                title,
                lines,
                f"文件 {path.name} 中有 {len(exc.problems)} 处问题，没有导入任何内容。请在 Excel 中改正后重新导入：",
            ).exec()
        else:
            QMessageBox.warning(parent, title, str(exc))

    run_task(parent, title, work, ok, failed)


def import_dialog(parent: QWidget, register: str, done: Callable[[], None]) -> None:
    name, _ = QFileDialog.getOpenFileName(
        parent, f"导入{TITLES.get(register, register)}", "", XLSX_FILTER
    )
    if name:
        import_file(parent, register, Path(name), done)


def export_dialog(parent: QWidget, register: str) -> None:
    title = f"导出{TITLES.get(register, register)}"
    name, _ = QFileDialog.getSaveFileName(
        parent, title, f"{TITLES.get(register, register)}.xlsx", XLSX_FILTER
    )
    if not name:
        return
    from db.xlsx import export_register

    database = _ledger_db(parent)
    path = Path(name)

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        return export_register(database, register, path, progress=progress, cancelled=cancelled)

    run_task(
        parent,
        title,
        work,
        lambda n: QMessageBox.information(parent, title, f"已导出 {n} 行到 {path}"),
    )


def template_dialog(parent: QWidget, register: str) -> None:
    title = f"{TITLES.get(register, register)}导入模板"
    name, _ = QFileDialog.getSaveFileName(parent, title, f"{title}.xlsx", XLSX_FILTER)
    if name:
        from db.xlsx import write_template

        write_template(register, Path(name), _ledger_db(parent))
        QMessageBox.information(parent, title, f"已生成 {name}")


__all__ = ["import_dialog", "export_dialog", "template_dialog", "import_file"]
