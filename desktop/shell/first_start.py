"""首次设置: on a new database, the town, office, duty phone and shift, and the team (typed into
a small table, pasted from Excel, or imported through the import preview).

Nothing is written until 完成 (the import preview writes what it imports, as it does on the
队员 page). 以后再说 leaves the program usable; the next start asks again while no town is set.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QRect
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QStandardItem
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemDelegate
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from db.duty import Ledger
from db.duty import MemberData
from db.duty.setup import member_key
from desktop.common.words import joined
from desktop.shell.settings import FIELDS
from widgets import palette
from widgets.forms import FormDialog
from widgets.heading import page_title

TITLE = QT_TRANSLATE_NOOP("FirstStartDialog", "首次设置")
COLUMNS = (
    QT_TRANSLATE_NOOP("TeamTable", "姓名"),
    QT_TRANSLATE_NOOP("TeamTable", "电话"),
    QT_TRANSLATE_NOOP("TeamTable", "带班"),
    QT_TRANSLATE_NOOP("TeamTable", "驾驶员"),
)
TEXT_COLUMNS = {0: "name", 1: "phone"}
FLAG_COLUMNS = {2: "can_lead", 3: "driver"}
FIRST_ROWS = 5
YES = ("是", "√", "✓", "1", "y", "yes", "true", "带班", "驾驶员")


class TeamTable(QTableView):
    """New members as rows of 姓名, 电话, 带班, 驾驶员, typed as in a spreadsheet.

    Typing starts editing; Tab moves to the next cell and Enter to the next row's 姓名 (a row
    is added at the end); a click or Space ticks 带班/驾驶员; Ctrl+V pastes rows copied from
    Excel (columns in the same order, 是/√/1 for a tick).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = QStandardItemModel(0, len(COLUMNS), self)
        self.cells.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.setModel(self.cells)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in FLAG_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for _row in range(FIRST_ROWS):
            self.add_row()
        self.clicked.connect(lambda index: self._clicked(index.row(), index.column()))
        self._enter_pending = False

    def add_row(self) -> int:
        cells = [QStandardItem("") for _column in COLUMNS]
        for column in FLAG_COLUMNS:
            # Ticked by this table (a click anywhere in the cell), not by the check mark only.
            cells[column].setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            cells[column].setCheckState(Qt.CheckState.Unchecked)
        self.cells.appendRow(cells)
        return self.cells.rowCount() - 1

    # --- the cells as a spreadsheet has them ---------------------------------------------
    def item(self, row: int, column: int) -> QStandardItem:
        return self.cells.item(row, column)

    def rowCount(self) -> int:  # noqa: N802
        return self.cells.rowCount()

    def currentRow(self) -> int:  # noqa: N802
        return self.currentIndex().row()

    def currentColumn(self) -> int:  # noqa: N802
        return self.currentIndex().column()

    def setCurrentCell(self, row: int, column: int) -> None:  # noqa: N802
        self.setCurrentIndex(self.cells.index(row, column))

    def cell_rect(self, row: int, column: int) -> QRect:
        """Where the cell is in the viewport."""
        return self.visualRect(self.cells.index(row, column))

    # --- reading and writing ---------------------------------------------------------
    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def ticked(self, row: int, column: int) -> bool:
        item = self.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_row(self, row: int, cells: list[str]) -> None:
        while row >= self.rowCount():
            self.add_row()
        for column, value in enumerate(cells[: len(COLUMNS)]):
            item = self.item(row, column)
            if column in FLAG_COLUMNS:
                on = value.strip().lower() in YES
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            else:
                item.setText(value.strip())

    def filled_rows(self) -> list[int]:
        """The rows with anything typed or ticked (blank rows are left out)."""
        return [
            row
            for row in range(self.rowCount())
            if any(self.text(row, c) for c in TEXT_COLUMNS)
            or any(self.ticked(row, c) for c in FLAG_COLUMNS)
        ]

    def members(self) -> list[MemberData]:
        """The filled rows as new members (in the order of :meth:`filled_rows`)."""
        return [
            MemberData(
                name=self.text(row, 0),
                phone=self.text(row, 1),
                can_lead=self.ticked(row, 2),
                driver=self.ticked(row, 3),
            )
            for row in self.filled_rows()
        ]

    def commit(self) -> None:
        """Take what is being typed in a cell (before the rows are read)."""
        self.setCurrentIndex(QModelIndex())

    def mark(self, problems: Mapping[tuple[int, int], str]) -> None:
        """Tint the cells with a problem (by row and column) and give them the message as tip."""
        error = QBrush(QColor(palette.ERROR_FILL))
        for row in range(self.rowCount()):
            for column in range(len(COLUMNS)):
                item = self.item(row, column)
                message = problems.get((row, column), "")
                item.setBackground(error if message else QBrush())
                item.setToolTip(message)

    # --- typing ----------------------------------------------------------------------
    def _clicked(self, row: int, column: int) -> None:
        if column in FLAG_COLUMNS:
            item = self.item(row, column)
            on = item.checkState() != Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _next_row(self) -> None:
        row = self.currentRow() + 1
        if row >= self.rowCount():
            self.add_row()
        self.setCurrentCell(row, 0)

    def closeEditor(  # noqa: N802
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        super().closeEditor(editor, hint)
        if self._enter_pending:
            self._enter_pending = False
            self._next_row()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Paste):
            self._paste()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # As after Tab…Enter in Excel, never the dialog's 完成. In a cell the editor
            # commits first (queued by its delegate): the move waits for it (closeEditor).
            if self.state() == QAbstractItemView.State.EditingState:
                self._enter_pending = True
            else:
                self._next_row()
        elif key == Qt.Key.Key_Space and self.currentColumn() in FLAG_COLUMNS:
            self._clicked(self.currentRow(), self.currentColumn())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
        start = max(self.currentRow(), 0)
        for offset, line in enumerate(lines):
            self.set_row(start + offset, line.split("\t"))


class FirstStartDialog(FormDialog):
    """首次设置: the office's settings and its team, saved together by 完成."""

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        self.ledger = ledger
        super().__init__(parent, title=self.tr(TITLE))
        self.ok_button.setText(self.tr("完成"))
        self.cancel_button.setText(self.tr("以后再说"))
        self.ok_button.setToolTip(self.tr("保存以上设置和队员（以后可在“设置”和“队员”页修改）"))
        self.cancel_button.setToolTip(self.tr("暂不设置，下次启动时再问"))
        intro = QLabel(
            self.tr(
                "欢迎使用救援台账。请填写本镇的信息，并登记救援队的队员，"
                "就可以排值班表了。这些以后都可以在“设置”和“队员”页修改。"
            ),
            self,
        )
        intro.setWordWrap(True)
        heading_top = page_title(self.tr(TITLE), self)  # the title bar is not always in view
        self.team = TeamTable(self)
        self.team.setMinimumHeight(self.team.verticalHeader().defaultSectionSize() * 6)
        self.team_message = QLabel(self)
        self.team_message.setWordWrap(True)
        self.team_message.setStyleSheet(palette.ERROR_TEXT)
        self.team_message.setVisible(False)
        self.on_file = QLabel(self)
        import_button = QPushButton(self.tr("从Excel导入队员名单…"), self)
        import_button.setToolTip(self.tr("选一个花名册文件，先预览、核对，再导入"))
        import_button.setObjectName("import_roster")
        import_button.clicked.connect(self.import_roster)
        heading = QLabel(self.tr("队员（姓名、电话；能任带班领导、能开车的打勾）"), self)
        heading.setObjectName("cardTitle")
        row = QHBoxLayout()
        row.addWidget(self.on_file, 1)
        row.addWidget(import_button)
        layout = self.layout()
        layout.insertWidget(0, heading_top)
        layout.insertWidget(1, intro)
        at = layout.indexOf(self.button_box)
        for offset, widget in enumerate((heading, self.team, self.team_message)):
            layout.insertWidget(at + offset, widget, 2 if widget is self.team else 0)
        layout.insertLayout(at + 3, row)
        self.setTabOrder(self.form.editor("shift_start"), self.team)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field goes on to the next (keyPressEvent)
        self.resize(620, 640)
        self._show_on_file()
        self.form.editor("town").setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in a field moves to the next one (never saves a half-filled setup); on a
        button it presses the button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            else:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def build_form(self, form: Any) -> None:
        for key, label, hint in FIELDS:
            translated = QCoreApplication.translate("SettingsPage", label)
            form.line_edit(
                key, translated, placeholder=QCoreApplication.translate("SettingsPage", hint)
            )
        values = self.ledger.settings()
        form.set_values({key: values[key] for key, *_ in FIELDS})
        form.editor("town").setPlaceholderText(self.tr("例如 石门镇（打印在每张表的抬头）"))

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def accept(self) -> None:
        self.team.commit()
        self._save = lambda values: self.ledger.first_start(values, self.team.members())
        self.team.mark({})
        self.team_message.setVisible(False)
        super().accept()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Settings problems beside their fields, the team's in its cells and under it."""
        rows = self.team.filled_rows()
        columns = {field: column for column, field in TEXT_COLUMNS.items()}
        cells: dict[tuple[int, int], str] = {}
        lines = []
        others = {}
        keys = {
            member_key(i, field): (row, field) for i, row in enumerate(rows) for field in columns
        }
        for key, message in problems.items():
            if key in keys:
                row, field = keys[key]
                cells[(row, columns[field])] = message
                lines.append(self.tr("第 {row} 行：{message}").format(row=row + 1, message=message))
            elif key.startswith("members."):
                lines.append(message)
            else:
                others[key] = message
        super().show_problems(others)
        self.team.mark(cells)
        self.team_message.setText("\n".join(lines))
        self.team_message.setVisible(bool(lines))
        if cells and not others:
            row, column = min(cells)
            self.team.setCurrentCell(row, column)
            self.team.setFocus()

    # --- the office's roster file --------------------------------------------------------
    def import_roster(self) -> None:
        from desktop.common.excel import import_dialog

        self._import = import_dialog(self, "members", self.ledger.db, self._show_on_file)

    def _show_on_file(self) -> None:
        names = [m.name for m in self.ledger.members()]
        if not names:
            self.on_file.setText(self.tr("也可以导入办公室现有的花名册（Excel/WPS 表格）。"))
            return
        shown = joined(names[:8]) + ("…" if len(names) > 8 else "")
        self.on_file.setText(
            self.tr("已登记 {count} 名队员：{names}").format(count=len(names), names=shown)
        )
