"""The import preview's layout: file line, counts and notices, options, the table, problems
and words, the buttons (the behaviour is in :mod:`desktop.common.import_dialog`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from desktop.common.import_words import WordChoices
from widgets import palette
from widgets.boxes import column
from widgets.boxes import row
from widgets.forms import hint_label
from widgets.forms import message_banner


class PreviewLayout:
    """Layout only: file line, counts and notices, options, the table, problems and words,
    the buttons."""

    def setup_ui(self, dialog: QDialog) -> None:
        dialog.resize(1100, 720)
        self.file_label = QLabel(dialog)
        self.file_label.setWordWrap(True)
        self.message_label = message_banner(dialog)
        self.counts_label = QLabel(dialog)
        self.counts_label.setObjectName("counts_label")
        self.counts_label.setStyleSheet("font-weight:bold")
        self.check_bar = QProgressBar(dialog)
        self.check_bar.setMaximumWidth(220)
        self.check_bar.setTextVisible(False)
        self.check_bar.setVisible(False)
        self.notices_label = hint_label(parent=dialog)
        self.notices_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.only_bad = QCheckBox(
            QCoreApplication.translate("ImportPreviewDialog", "只看有误的行"), dialog
        )
        self.adjust_stock = QCheckBox(
            QCoreApplication.translate("ImportPreviewDialog", "按实盘调整库存（记盘点调整）"),
            dialog,
        )
        self.adjust_stock.setToolTip(
            QCoreApplication.translate(
                "ImportPreviewDialog",
                "文件中的数量与账面结存不符时，按文件中的实盘数量记一笔盘点调整",
            )
        )
        self.adjust_stock.setVisible(False)
        self.month_box = QWidget(dialog)
        self.month_edit = QLineEdit(self.month_box)
        self.month_edit.setPlaceholderText("YYYY-MM")
        self.month_edit.setMaximumWidth(90)
        self.month_button = QPushButton(
            QCoreApplication.translate("ImportPreviewDialog", "按此月份重新读取"), self.month_box
        )
        month_row = QHBoxLayout(self.month_box)
        month_row.setContentsMargins(0, 0, 0, 0)
        month_row.addWidget(
            QLabel(
                QCoreApplication.translate("ImportPreviewDialog", "日期没有年份时按"),
                self.month_box,
            )
        )
        month_row.addWidget(self.month_edit)
        month_row.addWidget(self.month_button)
        self.month_box.setVisible(False)

        self.view = QTableView(dialog)
        self.view.setObjectName("preview_table")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size hints
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.hint_label = QLabel(
            QCoreApplication.translate(
                "ImportPreviewDialog",
                "双击单元格可直接改正（Enter 确认），改正后自动重新检查；鼠标停在单元格上可看原因。",
            ),
            dialog,
        )
        self.hint_label.setStyleSheet(palette.MUTED_TEXT)

        self.problems_title = QLabel(dialog)
        self.problem_view = QListView(dialog)
        self.problem_view.setObjectName("problem_list")
        self.problem_view.setWordWrap(True)
        self.problem_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.problem_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        problems = QWidget(dialog)
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_title)
        problems_layout.addWidget(self.problem_view, 1)

        self.words_box = QWidget(dialog)
        self.words = WordChoices(self.words_box)
        scroll = QScrollArea(self.words_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.words)
        words_layout = QVBoxLayout(self.words_box)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ImportPreviewDialog", "不认识的词语（选择它的意思，导入时记为本单位的同义词）"
                )
            )
        )
        words_layout.addWidget(scroll, 1)
        self.words_box.setVisible(False)

        bottom = QSplitter(Qt.Orientation.Horizontal, dialog)
        bottom.addWidget(problems)
        bottom.addWidget(self.words_box)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical, dialog)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.recheck_button = QPushButton(
            QCoreApplication.translate("ImportPreviewDialog", "重新检查"), dialog
        )
        self.import_button = QPushButton(
            QCoreApplication.translate("ImportPreviewDialog", "导入"), dialog
        )
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.import_button.setAutoDefault(False)
        self.cancel_button = QPushButton(
            QCoreApplication.translate("ImportPreviewDialog", "取消"), dialog
        )
        self.cancel_button.setAutoDefault(False)
        self.recheck_button.setAutoDefault(False)

        column(
            self.file_label,
            self.message_label,
            row(self.counts_label, self.check_bar, 1),
            self.notices_label,
            row(self.only_bad, self.adjust_stock, self.month_box, 1),
            (self.splitter, 1),
            self.hint_label,
            row(self.recheck_button, 1, self.import_button, self.cancel_button),
            parent=dialog,
        )
