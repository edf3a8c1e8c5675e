"""设置: letterhead and shift, the readiness levels' staffing, rules, vocabularies, backups."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.errors import LedgerError
from db.rules import Rules
from db.rules import is_colour_rule
from db.settings import settings_problems
from desktop.common.access import ADMINISTER
from desktop.common.access import RECORDS
from desktop.common.access import allowed
from desktop.common.access import guard
from desktop.common.access import refusal
from desktop.common.words import db_text
from desktop.common.words import error_text
from desktop.common.words import shown_words
from desktop.common.words import stored_words
from desktop.duty.dialogs import LevelDialog
from desktop.language import LANGUAGES
from desktop.language import choose_language
from desktop.language import chosen_language
from widgets.forms import Form
from widgets.heading import page_title
from widgets.table import Column
from widgets.table import FilterableTable
from widgets.tasks import TaskHandle
from widgets.tasks import run_task

if TYPE_CHECKING:
    from desktop.services import Services

log = logging.getLogger(__name__)

FIELDS = (
    (
        "town",
        QT_TRANSLATE_NOOP("SettingsPage", "乡镇名称"),
        QT_TRANSLATE_NOOP("SettingsPage", "打印在每张表的抬头"),
    ),
    (
        "office",
        QT_TRANSLATE_NOOP("SettingsPage", "办公室"),
        QT_TRANSLATE_NOOP("SettingsPage", "例如 镇应急办"),
    ),
    (
        "team",
        QT_TRANSLATE_NOOP("SettingsPage", "队伍名称"),
        QT_TRANSLATE_NOOP("SettingsPage", "例如 综合应急救援队"),
    ),
    (
        "duty_phone",
        QT_TRANSLATE_NOOP("SettingsPage", "值班电话"),
        QT_TRANSLATE_NOOP("SettingsPage", "印在值班表上"),
    ),
    (
        "shift_start",
        QT_TRANSLATE_NOOP("SettingsPage", "交接班时间"),
        QT_TRANSLATE_NOOP("SettingsPage", "例如 08:30（每日24小时一班）"),
    ),
)


def language_choice(page: SettingsPage) -> QComboBox:
    """界面语言: 中文 / English (each in its own language), the user's choice selected."""
    box = QComboBox(page)
    for code, name in LANGUAGES:
        box.addItem(name, code)
    box.setCurrentIndex(box.findData(chosen_language()))
    box.setToolTip(QCoreApplication.translate("SettingsPage", "每位用户各自选择；重新启动后生效"))
    box.currentIndexChanged.connect(page.choose_language)
    return box


class SettingsPage(QWidget):
    """The office's letterhead, alert levels and rule table.

    Signals:
        rules_changed: a rule was saved (pages showing due dates read them again).
        signed_in: the first user was added in 用户… and is now signed in.
        saved: the letterhead and shift were saved (the window's title names the town).

    The letterhead, rules, vocabularies and users are an admin's (greyed out for the others);
    the readiness levels are records.
    """

    rules_changed = Signal()
    restore_requested = Signal(object)  # a backup's Path: the window restores it
    signed_in = Signal()
    saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = services.duty
        self._rule_task: TaskHandle | None = None
        title = page_title(self.tr("设置"), self)
        self.form = Form(self)
        for key, label, hint in FIELDS:
            self.form.line_edit(key, self.tr(label), placeholder=self.tr(hint))
        save = QPushButton(self.tr("保存设置"), self)
        save.setObjectName("primary")
        save.clicked.connect(self.save)
        self.levels = FilterableTable(
            [
                Column("level", self.tr("级别"), "int"),
                Column("name", self.tr("名称"), formatter=db_text),
                Column("staff", self.tr("每班值班员"), "int", width=130),
                Column("standby", self.tr("每班备勤"), "int", width=130),
                Column("colour", self.tr("标记颜色")),
            ],
            parent=self,
        )
        self.levels.model.set_row_colors(background=lambda row: row.colour)
        self.levels.setMinimumHeight(100)  # a few levels; the page fits a 768-high screen
        self.levels.activated.connect(self.edit_level)
        edit = QPushButton(self.tr("编辑等级…"), self)
        edit.clicked.connect(lambda: self.edit_level(self.levels.current_row()))
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        self.language = language_choice(self)
        row.addWidget(QLabel(self.tr("界面语言"), self))
        row.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.form)
        layout.addLayout(row)
        heading = QLabel(self.tr("战备等级与每班人数"), self)
        heading.setObjectName("cardTitle")
        layout.addWidget(heading)
        level_row = QHBoxLayout()
        level_row.addWidget(edit)
        level_row.addStretch(1)
        layout.addLayout(level_row)
        layout.addWidget(self.levels, 1)
        rules_heading = QLabel(self.tr("检查间隔、期限与阈值（双击修改；右侧为依据）"), self)
        rules_heading.setObjectName("cardTitle")
        self.rules = FilterableTable(
            [
                Column("group", self.tr("类别"), width=100, formatter=db_text),
                Column("label", self.tr("规则"), width=240, formatter=db_text),
                Column(
                    lambda r: "" if is_colour_rule(r.key) else _value_text(r),
                    self.tr("数值"),
                    width=60,
                    background=lambda r: r.value if is_colour_rule(r.key) else None,
                ),
                Column("unit", self.tr("单位"), width=60, formatter=db_text),
                Column(lambda r: self.tr("已修改") if r.changed else "", "", width=50),
                Column("source", self.tr("依据"), formatter=db_text),
            ],
            parent=self,
        )
        self.rules.activated.connect(self.edit_rule)
        vocab = QPushButton(self.tr("词表（导入时认得的词语）…"), self)
        vocab.clicked.connect(self.open_vocab)
        level_row.addWidget(vocab)
        backup = QPushButton(self.tr("备份与恢复…"), self)
        backup.clicked.connect(self.open_backups)
        level_row.addWidget(backup)
        self.users_button = QPushButton(self.tr("用户…"), self)
        self.users_button.setToolTip(self.tr("添加、停用用户，修改角色，重设密码（管理员）"))
        self.users_button.clicked.connect(self.open_users)
        level_row.addWidget(self.users_button)
        guard(ADMINISTER, self.form, save, vocab, self.users_button)
        guard(RECORDS, edit)
        self.save_button, self.vocab_button, self.level_button = save, vocab, edit
        layout.addWidget(rules_heading)
        layout.addWidget(self.rules, 2)
        self.reload()

    def choose_language(self, index: int) -> None:
        """Keep the chosen 界面语言 for this user; it takes effect at the next start."""
        code = self.language.itemData(index)
        if code == chosen_language():
            return
        choose_language(code)
        QMessageBox.information(
            self,
            self.tr("界面语言"),
            self.tr("界面语言已改为 {language}，重新启动救援台账后生效。").format(
                language=self.language.itemText(index)
            ),
        )

    def reload(self) -> None:
        self.form.set_values(self.ledger.settings())
        self.levels.set_rows(self.ledger.levels())
        self.rules.set_rows(Rules(self.ledger.db).all())

    def open_vocab(self) -> None:
        from desktop.shell.vocab_dialog import VocabDialog

        VocabDialog(self.ledger.db, self).exec()

    def open_backups(self) -> None:
        from desktop.shell.backup_dialog import BackupDialog

        BackupDialog(self.ledger.db, self.restore_requested.emit, self).exec()

    def open_users(self) -> None:
        from db.users import Users
        from desktop.shell.users import UsersDialog

        UsersDialog(Users(self.ledger.db), self, self.signed_in.emit).exec()

    def edit_rule(self, rule, typed: str | None = None) -> None:  # type: ignore[no-untyped-def]
        """Ask for the rule's new value (``typed``: what the clerk wrote before it was refused)."""
        if not allowed(ADMINISTER):
            QMessageBox.information(self, self.tr("修改规则"), refusal(ADMINISTER))
            return
        if is_colour_rule(rule.key):
            text, ok = self._pick_colour(rule)
        else:
            text, ok = QInputDialog.getText(
                self,
                self.tr("修改规则"),
                self.tr("{label}（{unit}）\n依据：{source}\n默认值：{default}").format(
                    label=db_text(rule.label),
                    unit=db_text(rule.unit) or self.tr("数值"),
                    source=db_text(rule.source),
                    default=rule.default,
                ),
                text=_value_text(rule) if typed is None else typed,
            )
        if not ok:
            return
        if _is_word_list(rule):  # typed in the window's language: stored as db's words
            lists = [r for r in self.rules.model.rows() if _is_word_list(r)]
            text = stored_words(
                text, [w for r in lists for w in f"{r.value}、{r.default}".split("、")]
            )
        database, key = self.ledger.db, rule.key

        def work(_progress, _cancelled) -> None:  # type: ignore[no-untyped-def]
            # Off the UI thread: the dates stored with records follow the rule in the same
            # transaction (100,000 water sources take a moment).
            Rules(database).set(key, text)

        def done(_result: object) -> None:
            self._rule_task = None
            self.reload()
            self.rules_changed.emit()

        def failed(exc: Exception) -> None:
            self._rule_task = None
            log.warning("rule change failed", exc_info=exc)
            message = (
                error_text(exc)
                if isinstance(exc, LedgerError)
                else self.tr("规则未能保存，请重试。")
            )
            QMessageBox.warning(self, self.tr("修改规则"), message)
            if isinstance(exc, LedgerError):
                self.edit_rule(rule, text)  # again, with what was typed, to correct it

        self._rule_task = run_task(
            self,
            self.tr("修改规则"),
            work,
            done,
            failed,
            label=self.tr("正在按新规则更新到期日期…"),
        )

    def _pick_colour(self, rule) -> tuple[str, bool]:  # type: ignore[no-untyped-def]
        """A colour rule's new colour from the colour picker (#rrggbb); False when cancelled."""
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        title = self.tr("修改规则") + "：" + db_text(rule.label)
        colour = QColorDialog.getColor(QColor(rule.value), self, title)
        return (colour.name(), True) if colour.isValid() else ("", False)

    def save(self) -> None:
        values = self.form.values()
        problems = settings_problems(values)
        if problems:
            self.form.set_errors(problems)
            return
        self.form.clear_errors()
        try:
            self.ledger.save_settings(values)
        except LedgerError as exc:
            QMessageBox.warning(self, self.tr("设置"), error_text(exc))
            return
        self.saved.emit()
        QMessageBox.information(self, self.tr("设置"), self.tr("已保存。"))

    def edit_level(self, level) -> None:  # type: ignore[no-untyped-def]
        if level is None or not allowed(RECORDS):
            return
        if LevelDialog(self, self.ledger, level).exec():
            self.reload()


def _is_word_list(rule) -> bool:  # type: ignore[no-untyped-def]
    """A rule whose value lists fixed words (the site types of 人员密集场所)."""
    return "、" in rule.default


def _value_text(rule) -> str:  # type: ignore[no-untyped-def]
    """A rule's value as 设置 shows it: a list of fixed words in the window's language."""
    return shown_words(rule.value) if _is_word_list(rule) else rule.value
