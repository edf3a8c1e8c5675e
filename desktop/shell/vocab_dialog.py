"""设置 → 词表: the words imports understand, and the office's own lists.

Pick a vocabulary; its values and synonyms are listed with where each comes from. An office list
takes new values, renames and merges (the records follow); every vocabulary takes synonyms.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from db.errors import LedgerError
from db.errors import ValidationError
from db.vocab import Vocab
from db.vocab_builtin import BUILTIN
from desktop.common.access import ADMINISTER
from desktop.common.access import guard
from desktop.common.words import db_text
from desktop.common.words import error_text
from widgets.table import Column
from widgets.table import FilterableTable


def _message(exc: LedgerError) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(db_text(m) for m in exc.problems.values())
    return error_text(exc)


class VocabDialog(QDialog):
    """The vocabularies of one database (``database`` as in the facades)."""

    def __init__(self, database: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("词表"))
        self.vocab = Vocab(database)
        self.picker = QComboBox(self)
        for v in BUILTIN:
            kind = self.tr("固定取值，可加同义词") if v.rule else self.tr("本单位可添加")
            title = self.tr("{title}（{kind}）").format(title=db_text(v.title), kind=kind)
            self.picker.addItem(title, v.key)
        self.picker.currentIndexChanged.connect(self.reload)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = FilterableTable(
            [
                Column("kind", self.tr("类别"), width=60, formatter=db_text),
                Column("written", self.tr("词语"), width=140),
                Column(
                    lambda r: r.canonical if r.kind == "同义词" else "", self.tr("表示"), width=120
                ),
                Column("origin", self.tr("来源"), width=60, formatter=db_text),
            ],
            parent=self,
        )
        self.add_value = QPushButton(self.tr("添加取值…"), self)
        self.add_synonym = QPushButton(self.tr("添加同义词…"), self)
        self.rename = QPushButton(self.tr("改名…"), self)
        self.merge = QPushButton(self.tr("合并到…"), self)
        self.remove = QPushButton(self.tr("删除本单位词语"), self)
        guard(ADMINISTER, self.add_value, self.add_synonym, self.rename, self.merge, self.remove)
        self.add_value.clicked.connect(self.on_add_value)
        self.add_synonym.clicked.connect(self.on_add_synonym)
        self.rename.clicked.connect(self.on_rename)
        self.merge.clicked.connect(self.on_merge)
        self.remove.clicked.connect(self.on_remove)
        buttons = QHBoxLayout()
        for b in (self.add_value, self.add_synonym, self.rename, self.merge, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(self)
        close.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(640, 520)
        self.reload()

    @property
    def key(self) -> str:
        return str(self.picker.currentData())

    def reload(self) -> None:
        terms = self.vocab.terms(self.key)
        office = not terms.vocab.rule
        self.hint.setText(
            self.tr("导入时遇到新的词语会自动加入此列表；改名或合并会同时修改已有记录。")
            if office
            else self.tr(
                "这些取值决定检查周期、可用状态等规则，不能增减；"
                "本单位台账里的其他写法可添加为同义词，下次导入即可识别。"
            )
        )
        for button in (self.add_value, self.rename, self.merge):
            button.setEnabled(office)
        self.table.set_rows(self.vocab.rows(self.key))

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value.strip() if ok and value.strip() else None

    def _pick(self, title: str, label: str, exclude: str = "") -> str | None:
        values = [v for v in self.vocab.terms(self.key).values if v != exclude]
        value, ok = QInputDialog.getItem(self, title, label, values, 0, False)
        return value if ok else None

    def _run(self, title: str, action: Any) -> bool:
        try:
            action()
        except LedgerError as exc:
            QMessageBox.warning(self, title, _message(exc))
            return False
        self.reload()
        return True

    def _selected_value(self, title: str) -> str | None:
        row = self.table.current_row()
        if row is None or row.kind != "取值":
            QMessageBox.information(self, title, self.tr("请先在列表中选中一个取值。"))
            return None
        return str(row.written)

    def on_add_value(self) -> None:
        text = ""
        while (
            text := self._ask(self.tr("添加取值"), self.tr("新的取值："), text) or ""
        ) and not self._run(self.tr("添加取值"), lambda: self.vocab.add(self.key, text)):
            pass  # asked again with what was typed

    def on_add_synonym(self) -> None:
        written = ""
        while (
            written := self._ask(self.tr("添加同义词"), self.tr("本单位台账中的写法："), written)
            or ""
        ):
            means = self._pick(
                self.tr("添加同义词"), self.tr("“{written}”表示：").format(written=written)
            )
            if means is None or self._run(
                self.tr("添加同义词"), lambda m=means: self.vocab.add(self.key, written, means=m)
            ):
                return

    def on_rename(self) -> None:
        old = self._selected_value(self.tr("改名"))
        if old is None:
            return
        new = old
        while (
            new := self._ask(self.tr("改名"), self.tr("“{old}”改为：").format(old=old), new) or ""
        ) and not self._run(self.tr("改名"), lambda: self.vocab.rename(self.key, old, new)):
            pass

    def on_merge(self) -> None:
        source = self._selected_value(self.tr("合并"))
        if source is None:
            return
        target = self._pick(
            self.tr("合并"), self.tr("把“{source}”合并到：").format(source=source), exclude=source
        )
        if target is not None:
            self._run(self.tr("合并"), lambda: self.vocab.merge(self.key, source, target))

    def on_remove(self) -> None:
        row = self.table.current_row()
        if row is None or row.origin != "本单位":
            QMessageBox.information(
                self, self.tr("删除"), self.tr("只能删除本单位添加的取值或同义词。")
            )
            return
        self._run(self.tr("删除"), lambda: self.vocab.remove(self.key, row.written))
