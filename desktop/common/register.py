"""One generic register page: a filterable table, 新增/编辑/删除, Excel import/export.

Each register is described by a :class:`RegisterSpec` (columns, how to load rows, the edit
dialog, how to delete); no page copies another.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.errors import LedgerError
from desktop.common import excel
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.access import guard_saving
from desktop.common.keys import PageKeys
from desktop.common.keys import focus_search
from desktop.common.restore import ARCHIVED_BACKGROUND
from desktop.common.restore import RestoreButton
from desktop.common.restore import is_archived
from desktop.common.words import error_text
from widgets.ask import confirm
from widgets.forms import hint_label
from widgets.heading import page_title
from widgets.overflow import MoreButton
from widgets.remember import remember_columns
from widgets.table import Column
from widgets.table import FilterableTable

#: The check box that lists archived rows, unless a spec names it otherwise.
SHOW_ARCHIVED = QT_TRANSLATE_NOOP("RegisterPage", "显示已归档")


@dataclass
class RegisterSpec:
    title: str
    columns: Sequence[Column]
    load: Callable[[bool], list[Any]]  # (include_archived) -> rows
    dialog: Callable[[QWidget, Any | None], QDialog] | None = None  # (parent, row or None)
    delete: Callable[[Any], str | None] | None = None  # returns a message to show, if any
    describe: Callable[[Any], str] = str
    register: str | None = None  # Excel register name
    database: Any = None  # what imports, exports and templates of ``register`` use
    archived_toggle: bool = False
    # A row's background; archived rows are grey whatever it says (with ``archived_toggle``).
    row_colour: Callable[[Any], str | None] | None = None
    extra_buttons: list[tuple[str, Callable[[], None]]] = field(default_factory=list)
    hint: str = ""
    menus: list[tuple[str, list[tuple[str, Callable[[], None]]]]] = field(default_factory=list)
    add_text: str = QT_TRANSLATE_NOOP("RegisterPage", "新增…")  # "" hides the button
    edit_text: str = QT_TRANSLATE_NOOP("RegisterPage", "编辑…")
    archived_text: str = SHOW_ARCHIVED
    #: Bring an archived row back (shown as 恢复 while archived rows are shown).
    restore: Callable[[Any], None] | None = None
    is_archived: Callable[[Any], bool] = is_archived
    #: The button or menu Ctrl+P presses (default: the first whose text says 打印).
    print_text: str = ""
    #: Its page of the user guide (F1); empty: the one its navigation entry names.
    help: str = ""
    #: The one line an empty register shows (what to do first); empty: made from the
    #: title and the 新增/导入 buttons.
    empty: str = ""
    #: The texts of ``extra_buttons`` that a 更多 menu holds instead of the row (rarely used
    #: ones, so the row fits a 1024×768 screen; 空白模板… is always there).
    more: tuple[str, ...] = ()

    def empty_text(self) -> str:
        """What an empty page says: this spec's ``empty``, else 还没有…：点“新增…”或“导入…”."""
        if self.empty:
            return self.empty
        add = QCoreApplication.translate("RegisterPage", self.add_text) if self.dialog else ""
        if add and self.register:
            text = QCoreApplication.translate(
                "RegisterSpec", "还没有{title}记录：点“{add}”或“导入…”"
            )
        elif add:
            text = QCoreApplication.translate("RegisterSpec", "还没有{title}记录：点“{add}”")
        elif self.register:
            text = QCoreApplication.translate("RegisterSpec", "还没有{title}记录：点“导入…”")
        else:
            text = QCoreApplication.translate("RegisterSpec", "还没有{title}记录。")
        return text.format(title=self.title, add=add)


class RegisterPage(QWidget):
    """Table + buttons for one register."""

    changed = Signal()

    def __init__(self, spec: RegisterSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.help_topic = spec.help
        title = page_title(spec.title, self)
        self.table = FilterableTable(spec.columns, parent=self)
        if spec.row_colour or spec.archived_toggle:
            self.table.model.set_row_colors(background=self._row_colour)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr(spec.add_text), self)
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr(spec.edit_text), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
            b.setVisible(spec.dialog is not None or b is self.delete_button)
        self.add_button.setVisible(spec.dialog is not None and bool(spec.add_text))
        self.delete_button.setVisible(spec.delete is not None)
        self.extra: dict[str, QPushButton] = {}
        for text, action in spec.extra_buttons:
            extra = QPushButton(text, self)
            extra.clicked.connect(action)
            buttons.addWidget(extra)
            self.extra[text] = extra
        self.menus: dict[str, QMenu] = {}
        for text, entries in spec.menus:
            button = QPushButton(text, self)
            menu = QMenu(button)
            for label, action in entries:
                menu.addAction(label).triggered.connect(lambda _=False, a=action: a())
            button.setMenu(menu)
            buttons.addWidget(button)
            self.menus[text] = menu
        buttons.addStretch(1)
        self.archived = QCheckBox(self.tr(spec.archived_text), self)
        self.archived.setVisible(spec.archived_toggle)
        self.archived.toggled.connect(self.reload)
        buttons.addWidget(self.archived)
        self.restore_button = RestoreButton(
            self,
            spec.title,
            self.table.current_row,
            lambda: spec.restore is not None and self.archived.isChecked(),
            self._restore,
            spec.is_archived,
        )
        self.restore_button.restored.connect(self._after_change)
        guard(RECORDS, self.add_button, self.edit_button, self.delete_button, self.restore_button)
        buttons.addWidget(self.restore_button)
        if spec.register:
            self.excel = excel.ExcelButtons(
                self, [spec.register], self._database, self._after_change
            )
            self.more: MoreButton | None = self.excel.add_to(buttons)
            self.import_button = self.excel.import_button
            self.export_button = self.excel.export_button
            self.template_button = self.excel.template_button
        else:
            self.more = MoreButton(self) if spec.more else None
            if self.more is not None:
                buttons.addWidget(self.more)
        if self.more is not None:
            self.more.take(*(self.extra[text] for text in spec.more))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if spec.hint:
            hint = hint_label(spec.hint, self)
            layout.addWidget(hint)
        layout.addLayout(buttons)
        self.empty_label = hint_label(spec.empty_text(), self)
        self.empty_label.setObjectName("empty_hint")
        self.empty_label.setVisible(False)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(lambda: self.edit())  # not clicked(bool) as the row
        self.delete_button.clicked.connect(self.remove)
        self.table.activated.connect(lambda row: self.edit(row))
        self.restore_button.follow(self.table.view)
        self._keys()
        self.reload()

    def _keys(self) -> None:
        """Ctrl+N, F2, Del, Ctrl+F, Ctrl+P, Ctrl+E, F5 and the right-click menu."""
        self.keys = keys = PageKeys(self)
        keys.add("add", self.add_button)
        keys.add("edit", self.edit_button)
        keys.add("delete", self.delete_button)
        keys.row_button(self.restore_button)
        keys.add("find", slot=lambda: focus_search(self.table.filter_edit))
        named = self.spec.print_text or self.tr("打印")
        printer = next((m.parentWidget() for t, m in self.menus.items() if named in t), None)
        printer = printer or next((b for t, b in self.extra.items() if named in t), None)
        if isinstance(printer, QPushButton):
            keys.add("print", printer)
        if self.spec.register:
            keys.add("export", self.export_button)
        keys.add("refresh", slot=self.reload)
        self.table.set_context_menu(lambda menu, _rows: keys.fill(menu, keys.row_actions))
        remember_columns(self.table.view, f"pages/{self.spec.title}")

    def _database(self) -> Any:
        """The database of the register's Excel files."""
        return self.spec.database

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def reload(self) -> None:
        keep = self.table.current_row()
        rows = self.spec.load(self.archived.isChecked())
        self.empty_label.setVisible(not rows)
        self.table.set_rows(rows)
        if keep is not None:
            self.table.select_row(keep)
        self.restore_button.refresh()

    def _row_colour(self, row: Any) -> str | None:
        """Archived rows grey (on a page that can show them), others the spec's colour."""
        if self.spec.archived_toggle and self.spec.is_archived(row):
            return ARCHIVED_BACKGROUND
        return self.spec.row_colour(row) if self.spec.row_colour else None

    def _restore(self, row: Any) -> None:
        if self.spec.restore is not None:
            self.spec.restore(row)

    def _dialog(self, row: Any | None) -> QDialog:
        """The record's dialog; a role that may not change records can look, not save."""
        assert self.spec.dialog is not None
        return guard_saving(self.spec.dialog(self, row))

    def add(self) -> None:
        if self.spec.dialog and self._dialog(None).exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def edit(self, row: Any | None = None) -> None:
        row = row if row is not None else self.table.current_row()
        if row is None:
            QMessageBox.information(self, self.spec.title, self.tr("请先在表格中选中一行。"))
            return
        if self.spec.dialog and self._dialog(row).exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def remove(self) -> None:
        row = self.table.current_row()
        if row is None or self.spec.delete is None:
            QMessageBox.information(self, self.spec.title, self.tr("请先在表格中选中一行。"))
            return
        if not confirm(
            self,
            self.spec.title,
            self.tr("确定删除“%1”吗？").replace("%1", self.spec.describe(row)),
        ):
            return
        try:
            message = self.spec.delete(row)
        except LedgerError as exc:
            QMessageBox.warning(self, self.spec.title, error_text(exc))
            return
        if message:
            QMessageBox.information(self, self.spec.title, message)
        self.reload()
        self.changed.emit()
