"""Tabs of the drill workspace: 签到 (attendance) and 评估 (evaluation)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Mapping

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QButtonGroup
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.drills import AttendanceData
from db.drills import DrillData
from db.drills.choices import EVALUATION_ITEMS
from db.drills.choices import RATINGS
from desktop.common.words import db_text
from desktop.common.words import said_items
from desktop.drills.models import STATUS_COLUMN
from desktop.drills.models import AttendanceModel
from widgets import boxes
from widgets import palette
from widgets.forms import ERROR_STYLE
from widgets.forms import Form
from widgets.forms import hint_label


def derive_conclusion(ratings: list[str]) -> str:
    """The overall result: the worst rating given (合格 < 基本合格 < 不合格)."""
    given = [r for r in ratings if r]
    if not given:
        return ""
    return max(given, key=RATINGS.index)


class AttendanceTab(QWidget):
    """Everyone starts 出席; a click on a member's 出勤 cell cycles 出席 → 迟到 → 缺席."""

    edited = Signal()

    def __init__(
        self, roster: list[AttendanceData], drill: DrillData, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.model = AttendanceModel(roster)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((44, 90, 80, 120)):
            self.view.setColumnWidth(col, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.all_present = QPushButton(self.tr("全部出席"), self)
        self.all_absent = QPushButton(self.tr("全部缺席"), self)
        self.counts = QLabel(self)
        self.note = hint_label(parent=self)
        self.form = Form(self)
        self.form.line_edit(
            "other_units",
            self.tr("参演的其他单位"),
            text=drill.other_units,
            placeholder=self.tr("例如 镇卫生院、派出所"),
        )
        self.form.spin_box(
            "other_headcount",
            self.tr("其他单位人数"),
            value=drill.other_headcount,
            maximum=10_000,
            suffix=self.tr(" 人"),
        )
        top = QHBoxLayout()
        top.addWidget(self.all_present)
        top.addWidget(self.all_absent)
        top.addSpacing(16)
        top.addWidget(self.counts)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("单击“出勤”一格切换：出席 → 迟到 → 缺席；双击“备注”填写说明。"), self)
        hint.setStyleSheet(palette.MUTED_TEXT)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.form)
        self.view.clicked.connect(self._clicked)
        self.all_present.clicked.connect(lambda: self.model.set_all("出席"))
        self.all_absent.clicked.connect(lambda: self.model.set_all("缺席"))
        self.model.edited.connect(self._on_edited)
        for name in ("other_units", "other_headcount"):
            editor = self.form.editor(name)
            signal = getattr(editor, "textChanged", None) or editor.valueChanged  # type: ignore[attr-defined]
            signal.connect(self.edited)
        self._update_counts()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == STATUS_COLUMN:
            self.model.cycle(index.row())

    def _on_edited(self) -> None:
        self._update_counts()
        self.edited.emit()

    def _update_counts(self) -> None:
        c = self.model.counts()
        self.counts.setText(
            self.tr("共 {rowCount} 人：出席 <b>{c}</b>　迟到 <b>{c2}</b>　缺席 {span}").format(
                rowCount=self.model.rowCount(),
                c=c["出席"],
                c2=c["迟到"],
                span=palette.span(str(c["缺席"]), bold=True),
            )
        )

    def status_row(self, row: int) -> QModelIndex:
        return self.model.index(row, STATUS_COLUMN)


class EvaluationTab(QWidget):
    """The six items of 国办发〔2013〕101号 §23, each 合格/基本合格/不合格 with a comment; the
    overall conclusion follows the worst rating until the clerk picks one."""

    edited = Signal()

    def __init__(
        self, drill: DrillData, default_evaluators: Callable[[], str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._default_evaluators = default_evaluators
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for col, text in enumerate((self.tr("评估项目"), *map(db_text, RATINGS), self.tr("说明"))):
            head = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(head, 0, col)
        self.groups: dict[str, QButtonGroup] = {}
        self.comments: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for i, item in enumerate(EVALUATION_ITEMS):
            row = 1 + 2 * i
            score = drill.score_for(item)
            grid.addWidget(QLabel(f"{i + 1}. {db_text(item)}", self), row, 0)
            group = QButtonGroup(self)
            for j, rating in enumerate(RATINGS):
                button = QRadioButton(self)
                button.setToolTip(db_text(rating))
                button.setAccessibleName(f"{item}：{rating}")
                button.setChecked(score is not None and score.rating == rating)
                group.addButton(button, j)
                grid.addWidget(button, row, 1 + j, Qt.AlignmentFlag.AlignHCenter)
            group.idClicked.connect(self._on_rated)
            comment = QLineEdit(score.comment if score else "", self)
            comment.setPlaceholderText(self.tr("可不填"))
            comment.textChanged.connect(self.edited)
            grid.addWidget(comment, row, 4)
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            grid.addWidget(error, row + 1, 0, 1, 5)
            self.groups[item], self.comments[item], self.errors[item] = group, comment, error
        grid.setColumnStretch(4, 1)
        self.all_pass = QPushButton(self.tr("全部合格"), self)
        self.clear_button = QPushButton(self.tr("清除评价"), self)
        buttons = boxes.row(self.all_pass, self.clear_button, 1)
        self.form = Form(self)
        combo = self.form.combo(
            "conclusion",
            self.tr("总体结论"),
            [(self.tr("（未评估）"), ""), *said_items(RATINGS)],
            value=drill.conclusion,
        )
        combo.activated.connect(lambda _i: self.edited.emit())
        self.form.line_edit(
            "evaluators",
            self.tr("评估人"),
            text=drill.evaluators,
            placeholder=self.tr("例如 王建国、李明"),
        )
        self.form.editor("evaluators").textChanged.connect(self.edited)  # type: ignore[attr-defined]
        self.form.date_edit(
            "date", self.tr("评估日期"), value=drill.evaluated_on or dt.date.today()
        )
        hint = QLabel(self.tr("总体结论按各项中最低的评价自动填写，也可以手动改。"), self)
        hint.setStyleSheet(palette.MUTED_TEXT)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.all_pass.clicked.connect(lambda: self.set_all(RATINGS[0]))
        self.clear_button.clicked.connect(lambda: self.set_all(""))

    def rating(self, item: str) -> str:
        checked = self.groups[item].checkedId()
        return RATINGS[checked] if checked >= 0 else ""

    def set_rating(self, item: str, rating: str) -> None:
        group = self.groups[item]
        if rating:
            group.button(RATINGS.index(rating)).setChecked(True)
        else:
            group.setExclusive(False)  # an exclusive group cannot uncheck its last button
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)

    def set_all(self, rating: str) -> None:
        for item in EVALUATION_ITEMS:
            self.set_rating(item, rating)
        self._on_rated()

    def _on_rated(self, _id: int = -1) -> None:
        conclusion = derive_conclusion([self.rating(item) for item in EVALUATION_ITEMS])
        self.form.set_values({"conclusion": conclusion})
        if conclusion and not self.form.value("evaluators"):
            self.form.set_values({"evaluators": self._default_evaluators()})
        self.edited.emit()

    def is_filled(self) -> bool:
        return any(self.rating(i) for i in EVALUATION_ITEMS) or bool(self.form.value("conclusion"))

    def items(self) -> list[tuple[str, str, int | None, str]]:
        return [(i, self.rating(i), None, self.comments[i].text()) for i in EVALUATION_ITEMS]

    def show_problems(self, problems: Mapping[str, str]) -> dict[str, str]:
        """Item messages under their rows, the rest in the form; returns what fits nowhere."""
        rest = {}
        for item, label in self.errors.items():
            label.setText(problems.get(item, ""))
            label.setVisible(item in problems)
        for key, message in problems.items():
            if key not in self.errors:
                rest[key] = message
        return self.form.set_errors(rest)
