"""The words a vocabulary did not know, each with a drop-down of what it may mean.

A rule vocabulary (水源类型 …) needs one of its values ("— 请选择 —" until then); an office list
(职务 …) takes the word as a new value unless the clerk picks an existing one. The choice
becomes ``ImportOptions.mappings[(vocab, word)]`` and is kept as the office's synonym when the
file is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from db.xlsx.reader import row_list
from desktop.common.import_service import WordChoice
from desktop.common.words import db_text
from desktop.common.words import joined
from widgets import palette

if TYPE_CHECKING:
    from db.xlsx.context import WordUse

Word = tuple[str, str]  # (vocabulary key, word as written)
NEEDS_CHOICE = palette.ERROR_TEXT
SHOWN_ROWS = 3


def _where(rows: list[int]) -> str:
    """（第3行）, （第3、5行）, or for many rows （第3、5、9行等 20 行）."""
    rows = sorted(set(rows))
    if len(rows) <= SHOWN_ROWS:
        return QCoreApplication.translate("common.import_words", "（第{row_list}行）").format(
            row_list=db_text(row_list(rows))
        )
    shown = joined(str(n) for n in rows[:SHOWN_ROWS])
    return QCoreApplication.translate("common.import_words", "（第{shown}行等 {count} 行）").format(
        shown=shown, count=len(rows)
    )


class WordChoices(QWidget):
    """One line per word: where it is written, and a drop-down.

    Signals:
        chosen(str, str, object): vocabulary key, word, the value chosen (None: no mapping).
    """

    chosen = Signal(str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._lines: dict[Word, tuple[QLabel, QComboBox, WordChoice]] = {}
        self._uses: dict[Word, WordUse] = {}  # the last check that named each word
        self._next_row = 0

    # --- public API ---------------------------------------------------------------
    def words(self) -> list[Word]:
        return list(self._lines)

    def combo(self, vocab: str, written: str) -> QComboBox:
        return self._lines[(vocab, written)][1]

    def label(self, vocab: str, written: str) -> QLabel:
        return self._lines[(vocab, written)][0]

    def unresolved(self) -> list[Word]:
        """Words of a rule vocabulary that still need a value."""
        return [w for w, (_, combo, c) in self._lines.items() if c.rule and not combo.currentData()]

    def set_words(
        self,
        words: Iterable[WordUse],
        mappings: Mapping[Word, str],
        choice: Callable[[str], WordChoice],
        header: Callable[[str], str],
    ) -> None:
        """Show ``words`` (a check's unknown words) and every word already mapped; lines
        that stay keep their drop-down as it is."""
        wanted: dict[Word, WordUse | None] = {(w.vocab, w.written): w for w in words}
        for word in mappings:
            wanted.setdefault(word, None)
        for word in [w for w in self._lines if w not in wanted]:
            label, combo, _ = self._lines.pop(word)
            self._uses.pop(word, None)
            label.deleteLater()
            combo.deleteLater()
        for word, use in wanted.items():
            if use is not None:
                self._uses[word] = use
            if word in self._lines:
                self._title(word, header)
            else:
                self._add(word, mappings.get(word), choice(word[0]), header)

    # --- helpers -------------------------------------------------------------------
    def _add(
        self, word: Word, mapped: str | None, choice: WordChoice, header: Callable[[str], str]
    ) -> None:
        vocab, written = word
        use = self._uses.get(word)
        label = QLabel(self)
        combo = QComboBox(self)
        combo.setMinimumContentsLength(8)
        combo.setObjectName(f"word:{vocab}:{written}")
        suggestions = [s for s in (use.suggestions if use else ()) if s in choice.values]
        if choice.rule:
            combo.addItem(self.tr("— 请选择 —"), None)
        else:
            combo.addItem(self.tr("作为新词加入"), None)
        for value in suggestions:
            combo.addItem(value, value)
        others = [v for v in choice.values if v not in suggestions and v != written]
        if suggestions and others:
            combo.insertSeparator(combo.count())
        for value in others:
            combo.addItem(value, value)
        if mapped:
            found = combo.findData(mapped)
            combo.setCurrentIndex(found if found >= 0 else 0)
        self._lines[word] = (label, combo, choice)
        self._grid.addWidget(label, self._next_row, 0)
        self._grid.addWidget(combo, self._next_row, 1)
        self._next_row += 1
        self._title(word, header)
        combo.currentIndexChanged.connect(lambda _=0, w=word: self._on_changed(w))

    def _title(self, word: Word, header: Callable[[str], str]) -> None:
        label, combo, choice = self._lines[word]
        use = self._uses.get(word)
        column = header(use.key) if use is not None else choice.title
        where = _where(use.rows) if use is not None and use.rows else ""
        label.setText(f"{column}「{word[1]}」{where}")
        label.setToolTip(
            self.tr("“{title}”的取值是固定的，请选择它的意思").format(title=choice.title)
            if choice.rule
            else self.tr("“{title}”中还没有这个词：可作为新词加入，或选择它的意思").format(
                title=choice.title
            )
        )
        label.setStyleSheet(NEEDS_CHOICE if choice.rule and not combo.currentData() else "")

    def _on_changed(self, word: Word) -> None:
        label, combo, choice = self._lines[word]
        label.setStyleSheet(NEEDS_CHOICE if choice.rule and not combo.currentData() else "")
        self.chosen.emit(word[0], word[1], combo.currentData())
