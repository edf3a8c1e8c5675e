"""One register page read page by page from SQL: for registers too big to load at once.

:class:`PagedRegisterPage` holds what every big register shows and does: the title and the
rule hint, 新增/编辑/删除 with the domain's own actions and a 打印 menu, the Excel buttons,
the search box with the domain's filters, 含已归档 with 恢复, the count, and a
:class:`widgets.paged.PagedTableModel` reading pages through the facade as the clerk
scrolls, its due colours from the rule table (:class:`db.due.DueStyle`, read again on every
reload). A domain's page subclasses it and says only what is its own::

    class EquipmentPage(PagedRegisterPage):
        title, noun, unit = "装备器材", "一件器材", "件"
        def make_columns(self): ...            # its columns (due colours from self.due_style)
        def fetch(self, offset, limit, key, descending): ...  # facade page -> (rows, total)
        def filter_widgets(self): ...          # its combo boxes and check boxes
        def current_filter(self): ...          # the facade's filter from them
        def open_record(self, record_id): ...  # its dialog (None: a new record)
        def delete_record(self, row): ...      # the facade's delete ("archived" or not)
        def restore_record(self, row): ...     # the facade's restore
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.due import DueStyle
from db.errors import LedgerError
from desktop.common import excel
from desktop.common.access import RECORDS
from desktop.common.access import guard
from desktop.common.keys import PageKeys
from desktop.common.keys import focus_search
from desktop.common.restore import RestoreButton
from desktop.common.restore import delete_message
from desktop.common.words import error_text
from widgets.ask import confirm
from widgets.columns import Column
from widgets.forms import hint_label
from widgets.heading import page_title
from widgets.paged import PagedTableModel
from widgets.paged import PagedTableView
from widgets.remember import remember_columns
from widgets.remember import saved_sort


class PagedRegisterPage(QWidget):
    """A big register: the domain subclass gives its columns, filters, dialogs and actions."""

    changed = Signal()

    #: The page title, also the title of its message boxes.
    title = ""
    #: What a row is, in "请先在表格中选中{noun}。" ("一件器材").
    noun = QT_TRANSLATE_NOOP("PagedRegisterPage", "一行")
    #: The counting word of "共 {n} {unit}" ("件", "处").
    unit = QT_TRANSLATE_NOOP("PagedRegisterPage", "条")
    #: The search box's placeholder.
    search_hint = QT_TRANSLATE_NOOP("PagedRegisterPage", "查找…")
    #: Excel registers of the 导入/导出 buttons.
    registers: tuple[str, ...] = ()
    #: What a delete that archived the row says before the note ("{code} 有检查或维修记录").
    archived_text = QT_TRANSLATE_NOOP("PagedRegisterPage", "{code} 有历史记录")
    #: Read the first page again when shown after another page may have changed the rows.
    reload_on_show = False
    #: Its page of the user guide (F1); empty: the one its navigation entry names.
    help_topic = ""
    #: The one line the page shows while the register is empty (what to do first);
    #: empty: 还没有{title}记录：点“新增…”或“导入…”.
    empty_text = ""

    def __init__(self, database: Any, parent: QWidget | None = None):
        super().__init__(parent)
        for name in ("title", "noun", "unit", "search_hint", "archived_text", "empty_text"):
            setattr(self, name, self.tr(getattr(self, name)))  # a subclass marks its own
        self.database = database
        self._shown = False
        self._fresh = False  # read while hidden, just before being shown
        self.due_style = DueStyle.load(database)
        title = page_title(self.title, self)
        self.hint = hint_label(parent=self)
        self.model = PagedTableModel(self.make_columns(), self._fetch, parent=self)
        self.button_row = self._buttons()
        self.filter_row = self._filters()
        self.filter = self.unfiltered = self.current_filter()
        self.empty_label = hint_label(
            self.empty_text
            or self.tr("还没有{title}记录：点“新增…”或“导入…”").format(title=self.title),
            self,
        )
        self.empty_label.setObjectName("empty_hint")
        self.empty_label.setVisible(False)
        self.show_rules()
        self.view = PagedTableView(self.model, self)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.restore_button.follow(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addLayout(self.button_row)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self.model.totalChanged.connect(self._show_total)
        self._keys()
        remember_columns(self.view, f"pages/{self.title}", sort=lambda _c, _o: None)
        self.view.start(saved_sort(f"pages/{self.title}"))  # reads the first page, once

    def _keys(self) -> None:
        """Ctrl+N, F2, Del, the domain's row buttons, Ctrl+F, Ctrl+P, Ctrl+E, F5 and the
        right-click menu."""
        self.keys = keys = PageKeys(self)
        keys.add("add", self.add_button)
        keys.add("edit", self.edit_button)
        keys.add("delete", self.delete_button)
        for button in self.domain_buttons:
            keys.row_button(button)
        keys.row_button(self.restore_button)
        keys.add("find", slot=lambda: focus_search(self.text))
        keys.add("print", self.print_button)
        if self.registers:
            keys.add("export", self.excel.export_button)
        keys.add("refresh", slot=self.reload)
        keys.menu_on(self.view)

    # --- what a domain gives ----------------------------------------------------------------
    def make_columns(self) -> list[Column]:
        """The register's columns; due colours read ``self.due_style``, the style last read."""
        raise NotImplementedError

    def fetch(self, offset: int, limit: int, key: str, descending: bool) -> tuple[Any, int]:
        """One page of rows under ``self.filter`` and the total, from the facade."""
        raise NotImplementedError

    def action_buttons(self) -> list[QPushButton]:
        """The domain's buttons between 删除 and 打印 (checks, history...)."""
        return []

    def more_buttons(self) -> list[QPushButton]:
        """Those of :meth:`action_buttons` that the 更多 menu holds instead of the row."""
        return []

    def fill_print_menu(self, menu: QMenu) -> None:
        """The entries of the 打印 button's menu."""

    def filter_widgets(self) -> list[QWidget]:
        """The domain's filters after the search box; a combo box or a check box among
        them applies the filter when it changes."""
        return []

    def current_filter(self) -> Any:
        """The facade's filter from the search box and the filter widgets."""
        raise NotImplementedError

    def show_rules(self) -> None:
        """Say the windows of the rule table (``self.due_style``) in the hint and filters."""

    def before_reload(self) -> None:
        """Refresh the filters' own choices before the rows are read again."""

    def open_record(self, record_id: int | None) -> bool:
        """Open the domain's dialog on a record (None: a new one); True when it changed."""
        raise NotImplementedError

    def delete_record(self, row: Any) -> str | None:
        """Delete or archive ``row`` through the facade; "archived" when it was archived."""
        raise NotImplementedError

    def restore_record(self, row: Any) -> None:
        """Bring an archived row back through the facade."""
        raise NotImplementedError

    # --- layout --------------------------------------------------------------------------
    def _buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("新增…"), self)
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("编辑…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_menu = QMenu(self.print_button)
        self.fill_print_menu(self.print_menu)
        self.print_button.setMenu(self.print_menu)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.remove)
        guard(RECORDS, self.add_button, self.edit_button, self.delete_button)
        row = QHBoxLayout()
        self.domain_buttons = self.action_buttons()
        for b in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            *self.domain_buttons,
            self.print_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        self.excel = excel.ExcelButtons(
            self, list(self.registers), lambda: self.database, self.reload
        )
        self.more = self.excel.add_to(row)
        self.more.take(*self.more_buttons())
        return row

    def _filters(self) -> QHBoxLayout:
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.search_hint)
        self.text.setToolTip(self.search_hint)  # the whole hint where the box is narrow
        self.text.setClearButtonEnabled(True)
        self.find_button = QPushButton(self.tr("查找"), self)
        widgets = self.filter_widgets()
        self.archived = QCheckBox(self.tr("含已归档"), self)
        self.restore_button = RestoreButton(
            self, self.title, self.current, self.archived.isChecked, self.restore_record
        )
        self.restore_button.restored.connect(self._after_change)
        guard(RECORDS, self.restore_button)
        self.total_label = QLabel(self)
        self.text.returnPressed.connect(self.apply_filter)
        self.text.textChanged.connect(lambda t: self.apply_filter() if not t else None)
        self.find_button.clicked.connect(self.apply_filter)
        self.text.setMinimumWidth(80)  # never squeezed to nothing by long filter choices
        for w in (*widgets, self.archived):
            if isinstance(w, QComboBox):
                _fit_to_first_item(w)
                w.currentIndexChanged.connect(self.apply_filter)
            elif isinstance(w, QCheckBox):
                w.toggled.connect(self.apply_filter)
        row = QHBoxLayout()
        row.addWidget(self.text, 2)
        row.addWidget(self.find_button)
        for w in (*widgets, self.archived, self.restore_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.total_label)
        return row

    # --- data ----------------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int, key: str, descending: bool) -> tuple[Any, int]:
        return self.fetch(offset, limit, key, descending)

    def apply_filter(self) -> None:
        self.filter = self.current_filter()
        self.model.reload()
        self.restore_button.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """With ``reload_on_show``: another page may have changed a row, so read the first
        page again, unless it was read just before being shown (the window reloads the page
        it opens)."""
        super().showEvent(event)
        if self.reload_on_show and self._shown and not self._fresh:
            self.reload()
        self._shown, self._fresh = True, False

    def reload(self) -> None:
        """Read the rules and the first page again, keeping the selected row."""
        current = self.current()
        self.due_style = DueStyle.load(self.database)  # the office may have changed the rules
        self.show_rules()
        self.before_reload()
        self.model.reload()
        self._fresh = not self.isVisible()
        if current is not None:
            for row, x in enumerate(self.model.rows):
                if x.id == current.id:
                    self.view.selectRow(row)
                    break
        self.restore_button.refresh()

    def _show_total(self, total: int) -> None:
        self.total_label.setText(self.tr("共 {n} {unit}").format(n=total, unit=self.unit))
        self.empty_label.setVisible(total == 0 and self.filter == self.unfiltered)

    def current(self) -> Any:
        """The selected row, or None."""
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def need_current(self) -> Any:
        """The selected row; None after telling the clerk to select one."""
        row = self.current()
        if row is None:
            QMessageBox.information(
                self, self.title, self.tr("请先在表格中选中{noun}。").format(noun=self.noun)
            )
        return row

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    # --- actions -------------------------------------------------------------------------
    def add(self) -> None:
        if self.open_record(None):
            self._after_change()

    def edit(self) -> None:
        row = self.need_current()
        if row is not None and row.id is not None and self.open_record(row.id):
            self._after_change()

    def remove(self) -> None:
        row = self.need_current()
        if row is None or row.id is None:
            return
        if not confirm(
            self,
            self.title,
            self.tr("确定删除“{code} {name}”吗？").format(code=row.code, name=row.name),
        ):
            return
        try:
            result = self.delete_record(row)
        except LedgerError as exc:
            QMessageBox.warning(self, self.title, error_text(exc))
            return
        why = self.archived_text.format(code=row.code)
        message = delete_message(result, why, self.archived.text())
        if message:
            QMessageBox.information(self, self.title, message)
        self._after_change()


def _fit_to_first_item(box: QComboBox) -> None:
    """A filter's width is that of its first choice (全部…), not of its longest one; the
    list still opens wide enough for every choice."""
    metrics = box.fontMetrics()
    letters = -(-metrics.horizontalAdvance(box.itemText(0)) // metrics.horizontalAdvance("x"))
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(max(6, letters + 1))
