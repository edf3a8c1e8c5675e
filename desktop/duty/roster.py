"""值班表: a month of duty, one-click generation, manual edits with conflicts shown at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.calendar import weekday_text
from db.duty import Ledger, MonthRoster, roster
from db.duty.roster import Day
from db.errors import LedgerError
from desktop.common import excel, printing
from widgets.daterange import MonthPicker
from widgets.tasks import run_task

REST_DAY = QColor("#e8f1fb")
CONFLICT = QColor("#c62828")
COLUMNS = ("日期", "星期", "战备等级", "带班领导", "值班员", "备勤", "提示")
_Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    """Rows are the month's days; read-only (edits go through the day dialog)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.month: MonthRoster | None = None
        self.colours: dict[int, str] = {}
        self._issues: dict[dt.date, list[roster.Issue]] = {}

    def set_month(self, month: MonthRoster, colours: dict[int, str]) -> None:
        self.beginResetModel()
        self.month, self.colours = month, colours
        self._issues = {}
        for issue in month.issues:
            self._issues.setdefault(issue.day, []).append(issue)
        self.endResetModel()

    def date_at(self, row: int) -> dt.date | None:
        return self.month.dates[row] if self.month and 0 <= row < len(self.month.dates) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.month is None else len(self.month.dates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def _people(self, ids: list[int]) -> str:
        assert self.month is not None
        return "、".join(
            f"{self.month.name(p)} {self.month.phones.get(p, '')}".strip() for p in ids
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.month is None:
            return None
        date = self.month.dates[index.row()]
        need = self.month.needs[date]
        day = self.month.days.get(date, Day())
        issues = self._issues.get(date, [])
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{date.month}月{date.day}日"
            if col == 1:
                return weekday_text(date)
            if col == 2:
                return need.level_name + (f"（{need.period}）" if need.period else "")
            if col == 3:
                return self._people([day.leader]) if day.leader is not None else ""
            if col == 4:
                return self._people(day.staff)
            if col == 5:
                return self._people(day.standby)
            if col == 6:
                if day.is_empty():
                    return "未排班"
                return "；".join(i.message for i in issues)
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == 2 and need.level > 0:
                return QColor(self.colours.get(need.level, "#fff2b3"))
            if col in (0, 1) and need.rest_day:
                return REST_DAY
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and issues:
            return CONFLICT
        if role == Qt.ItemDataRole.ToolTipRole and issues:
            return "\n".join(str(i) for i in issues)
        return None


class DayDialog(QDialog):
    """Edit one day: leader, staff and standby, with the rules it breaks shown as you click."""

    def __init__(self, parent: QWidget, ledger: Ledger, month: MonthRoster, date: dt.date):
        super().__init__(parent)
        self.ledger, self.month, self.date = ledger, month, date
        self.setWindowTitle(f"{date.year}年{date.month}月{date.day}日 {weekday_text(date)} 值班")
        self.resize(560, 520)
        current = month.days.get(date, Day())
        need = month.needs[date]
        active = [m for m in ledger.members()]
        ids = {m.id for m in active} | set(current.members())
        names = {pid: month.name(pid) for pid in ids}

        self.leader = QComboBox(self)
        self.leader.addItem("（未指定）", None)
        for m in active:
            if m.can_lead or m.id == current.leader:
                self.leader.addItem(m.name, m.id)
        self.leader.setCurrentIndex(max(0, self.leader.findData(current.leader)))
        self.staff = self._checklist(names, current.staff)
        self.standby = self._checklist(names, current.standby)
        self.issues = QLabel(self)
        self.issues.setWordWrap(True)
        self.issues.setObjectName("issues")

        form = QFormLayout()
        form.addRow(
            QLabel(
                f"战备等级：<b>{need.level_name}</b>{('（' + need.period + '）') if need.period else ''}"
                f"，每班至少 {need.staff} 名值班员、{need.standby} 名备勤",
                self,
            )
        )
        form.addRow("带班领导", self.leader)
        lists = QHBoxLayout()
        for title, view in (("值班员", self.staff[0]), ("备勤", self.standby[0])):
            box = QVBoxLayout()
            box.addWidget(QLabel(title, self))
            box.addWidget(view)
            lists.addLayout(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("保存")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.issues)
        layout.addWidget(buttons)
        self.leader.currentIndexChanged.connect(self.refresh)
        self.staff[1].itemChanged.connect(self.refresh)
        self.standby[1].itemChanged.connect(self.refresh)
        self.saved_issues: list[roster.Issue] = []
        self.refresh()

    def _checklist(
        self, names: dict[int, str], checked: list[int]
    ) -> tuple[QListView, QStandardItemModel]:
        model = QStandardItemModel(self)
        for pid, name in sorted(names.items(), key=lambda kv: (kv[0] not in checked, kv[0])):
            item = QStandardItem(name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(pid, Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if pid in checked else Qt.CheckState.Unchecked)
            model.appendRow(item)
        view = QListView(self)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view, model

    @staticmethod
    def _checked(model: QStandardItemModel) -> list[int]:
        out = []
        for row in range(model.rowCount()):
            item = model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, which: str, pid: int, on: bool) -> None:
        model = (self.staff if which == "staff" else self.standby)[1]
        for row in range(model.rowCount()):
            item = model.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == pid:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def day(self) -> Day:
        return Day(
            self.leader.currentData(), self._checked(self.staff[1]), self._checked(self.standby[1])
        )

    def current_issues(self) -> list[roster.Issue]:
        days = dict(self.month.days)
        days[self.date] = self.day()
        around = [self.date - dt.timedelta(days=1), self.date, self.date + dt.timedelta(days=1)]
        return roster.check(days, self.month.people, self.month.needs, only=around)

    def refresh(self) -> None:
        issues = self.current_issues()
        if issues:
            self.issues.setStyleSheet("color:#c62828")
            self.issues.setText("⚠ " + "\n⚠ ".join(str(i) for i in issues))
        else:
            self.issues.setStyleSheet("color:#2e7d32")
            self.issues.setText("✓ 符合排班规则")

    def accept(self) -> None:
        try:
            self.saved_issues = self.ledger.set_day(
                self.date, self.day(), self.month.versions.get(self.date)
            )
        except LedgerError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()


class SwapDialog(QDialog):
    """Swap two members between two days (调班)."""

    def __init__(self, parent: QWidget, month: MonthRoster, first: dt.date):
        super().__init__(parent)
        self.month = month
        self.setWindowTitle("调班（交换两天的人员）")
        self.setMinimumWidth(360)
        self.day_a, self.who_a = QComboBox(self), QComboBox(self)
        self.day_b, self.who_b = QComboBox(self), QComboBox(self)
        for combo in (self.day_a, self.day_b):
            for d in month.dates:
                if d in month.days and not month.days[d].is_empty():
                    combo.addItem(f"{d.month}月{d.day}日 {weekday_text(d)}", d)
        self.day_a.currentIndexChanged.connect(lambda: self._fill(self.day_a, self.who_a))
        self.day_b.currentIndexChanged.connect(lambda: self._fill(self.day_b, self.who_b))
        self.day_a.setCurrentIndex(max(0, self.day_a.findData(first)))
        self.day_b.setCurrentIndex(min(self.day_a.currentIndex() + 1, self.day_b.count() - 1))
        self._fill(self.day_a, self.who_a)
        self._fill(self.day_b, self.who_b)
        form = QFormLayout(self)
        form.addRow("第一天", self.day_a)
        form.addRow("人员", self.who_a)
        form.addRow("第二天", self.day_b)
        form.addRow("人员", self.who_b)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("交换")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill(self, day_combo: QComboBox, who: QComboBox) -> None:
        who.clear()
        date = day_combo.currentData()
        if date is None:
            return
        d = self.month.days[date]
        for pid in d.members():
            who.addItem(f"{self.month.name(pid)}（{roster_role(d, pid)}）", pid)

    def choice(self) -> tuple[tuple[dt.date, int], tuple[dt.date, int]]:
        return (self.day_a.currentData(), self.who_a.currentData()), (
            self.day_b.currentData(),
            self.who_b.currentData(),
        )


def roster_role(day: Day, pid: int) -> str:
    from db.duty.choices import DUTY_ROLE_LABELS

    role = day.role_of(pid)
    return DUTY_ROLE_LABELS.get(role or "", "")


class RosterPage(QWidget):
    changed = Signal()

    def __init__(self, ledger: Ledger, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        title = QLabel("值班表", self)
        title.setObjectName("pageTitle")
        today = dt.date.today()
        self.picker = MonthPicker(today.year, today.month, parent=self)
        self.generate_button = QPushButton("一键排班", self)
        self.generate_button.setObjectName("primary")
        self.generate_button.setToolTip("为本月尚未排班的日期自动排班，已排的日期保持不变")
        self.edit_button = QPushButton("编辑选中日…", self)
        self.edit_button.setToolTip("修改表中选中那一天的带班领导、值班员和备勤（也可双击该行）")
        self.swap_button = QPushButton("调班…", self)
        self.clear_button = QPushButton("清空未来排班…", self)
        self.print_button = QPushButton("打印值班表…", self)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        for b in (
            self.generate_button,
            self.edit_button,
            self.swap_button,
            self.clear_button,
            self.print_button,
        ):
            bar.addWidget(b)
        bar.addStretch(1)
        self.excel = excel.ExcelButtons(self, ["duty"], lambda: self.ledger.db, self._imported)
        self.excel.add_to(bar)
        self.model = RosterModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.picker.monthChanged.connect(lambda y, m: self.reload())
        self.generate_button.clicked.connect(self.generate)
        self.edit_button.clicked.connect(self.edit_current)
        self.view.doubleClicked.connect(
            lambda index: self.edit_day(self.model.date_at(index.row()))
        )
        self.swap_button.clicked.connect(self.swap)
        self.clear_button.clicked.connect(self.clear_future)
        self.print_button.clicked.connect(self.print_roster)
        self.reload()

    @property
    def year_month(self) -> tuple[int, int]:
        return self.picker.year(), self.picker.month()

    def _imported(self) -> None:
        self.reload()
        self.changed.emit()

    def reload(self) -> None:
        year, month = self.year_month
        index = self.view.currentIndex()
        selected = self.model.date_at(index.row()) if index.isValid() else None
        data = self.ledger.month(year, month)
        self.model.set_month(data, self.ledger.level_colours())
        filled = sum(1 for d in data.dates if d in data.days and not data.days[d].is_empty())
        hard = [i for i in data.issues if i.hard]
        text = f"已排 {filled}/{len(data.dates)} 天"
        if data.issues:
            text += f"，<span style='color:#c62828'>{len(data.issues)} 处需注意（{len(hard)} 处违反规则）</span>"
        self.summary.setText(text)
        self.month_data = data
        # Keep the selected day across a reload; otherwise 编辑/调班 start from today.
        for day in (selected, dt.date.today()):
            if day in data.dates:
                self.view.selectRow(data.dates.index(day))
                break

    def generate(self) -> None:
        year, month = self.year_month

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return self.ledger.generate_month(year, month, progress)

        def done(result: roster.Result) -> None:
            self.reload()
            self.changed.emit()
            if not result.ok:
                QMessageBox.warning(
                    self,
                    "无法排班",
                    "以下日期不能满足排班规则，本次没有保存任何排班：\n\n"
                    + "\n".join(str(p) for p in result.problems)
                    + "\n\n请调整请假、队员“可任带班领导”或战备等级人数后再试。",
                )
            elif result.warnings:
                QMessageBox.information(
                    self,
                    "排班完成",
                    f"已排 {len(result.generated)} 天。请注意：\n\n"
                    + "\n".join(str(w) for w in result.warnings),
                )
            elif not result.generated:
                QMessageBox.information(self, "排班", "本月每天都已排班，没有需要新排的日期。")

        run_task(self, "一键排班", work, done)

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, "值班表", "请先选中一天。")
            return
        self.edit_day(self.model.date_at(index.row()))

    def edit_day(self, date: dt.date | None) -> None:
        if date is None:
            return
        dialog = DayDialog(self, self.ledger, self.month_data, date)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def swap(self) -> None:
        index = self.view.currentIndex()
        first = self.model.date_at(index.row()) if index.isValid() else self.month_data.dates[0]
        dialog = SwapDialog(self, self.month_data, first or self.month_data.dates[0])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        a, b = dialog.choice()
        if None in (*a, *b):
            return
        try:
            self.ledger.swap(a, b)
        except LedgerError as exc:
            QMessageBox.warning(self, "调班", str(exc))
        self.reload()
        self.changed.emit()

    def clear_future(self) -> None:
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        dates = [d for d in self.month_data.dates if d >= tomorrow]
        if not dates:
            QMessageBox.information(
                self, "值班表", "本月没有今天以后的日期可清空（已过去的排班保留为记录）。"
            )
            return
        answer = QMessageBox.question(
            self, "清空排班", f"清空 {dates[0]:%m月%d日} 起本月的排班，以便重新一键排班？"
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ledger.clear_days(dates)
            self.reload()
            self.changed.emit()

    def print_roster(self) -> None:
        year, month = self.year_month
        printing.print_document(
            self,
            f"{year}年{month}月值班表",
            lambda: printing.roster_pdf(self.ledger, year, month),
            f"值班表-{year}-{month:02d}.pdf",
        )


__all__ = ["RosterPage", "RosterModel", "DayDialog", "SwapDialog"]
